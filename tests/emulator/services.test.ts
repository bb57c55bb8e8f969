import { describe, expect, it } from 'vitest';
import { Emulator } from '../../tools/emulator/emulator';

/** Each case runs as script code inside the emulator, the way the product calls these services. */
function run<T>(body: string, setup?: (emu: Emulator) => void): T {
  const emu = new Emulator({ now: new Date('2026-03-29T00:30:00Z') }).load(`function t() { ${body} }`);
  setup?.(emu);
  return emu.run<T>('t');
}

describe('Utilities', () => {
  it('formats dates with Java SimpleDateFormat patterns in a time zone, across the DST change', () => {
    // 29 March 2026 00:30 UTC is 01:30 CET; at 01:00 UTC Norway moves to CEST.
    expect(
      run("return Utilities.formatDate(new Date(), 'Europe/Oslo', \"dd.MM.yyyy HH:mm:ss Z '(uke)' EEE\");"),
    ).toBe('29.03.2026 01:30:00 +0100 (uke) Sun');
    expect(
      run(
        "return Utilities.formatDate(new Date(Date.UTC(2026,6,1,12)), 'Europe/Oslo', 'yyyy-MM-dd\\'T\\'HH:mmXXX');",
      ),
    ).toBe('2026-07-01T14:00+02:00');
  });

  it('returns digests as signed Java bytes', () => {
    const bytes = run<number[]>("return Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc');");
    expect(bytes).toHaveLength(32);
    expect(bytes.every((b) => b >= -128 && b <= 127)).toBe(true);
    expect(bytes.slice(0, 4)).toEqual([-70, 120, 22, -65]); // ba 78 16 bf
  });

  it('makes UUIDs', () => {
    expect(run<string>('return Utilities.getUuid();')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('PropertiesService', () => {
  it('stores every value as a string and refuses values over 9 kB', () => {
    expect(
      run(
        "const p = PropertiesService.getScriptProperties(); p.setProperty('n', 42); return typeof p.getProperty('n');",
      ),
    ).toBe('string');
    expect(() =>
      run("PropertiesService.getDocumentProperties().setProperty('big', 'x'.repeat(10000));"),
    ).toThrow('Argument too large');
  });
});

describe('HtmlService templates', () => {
  it('escapes <?= ?>, prints <?!= ?> raw and runs <? ?> code with the template’s variables', () => {
    const html = run<string>(
      "const t = HtmlService.createTemplate('<? for (const x of items) { ?><i><?= x ?></i><? } ?><?!= raw ?>'); t.items = ['<b>', 'a&b']; t.raw = '<hr>'; return t.evaluate().getContent();",
    );
    expect(html).toBe('<i>&lt;b&gt;</i><i>a&amp;b</i><hr>');
  });
});

describe('ScriptApp', () => {
  it('refuses a 21st trigger, as the real quota does', () => {
    const body =
      "for (let i = 0; i < 21; i++) ScriptApp.newTrigger('f' + i).timeBased().everyDays(1).create();";
    expect(() => run(body)).toThrow(/too many triggers/);
  });
});

describe('google.script.run', () => {
  it('refuses a Date as an argument or return value', () => {
    const emu = new Emulator().load('function echo(x) { return x; } function now() { return new Date(); }');
    expect(() => emu.callFromClient('echo', new Date())).toThrow(/Date cannot be passed/);
    expect(() => emu.callFromClient('now')).toThrow(/Date cannot be passed/);
    expect(emu.callFromClient('echo', { a: [1, 'x'] })).toEqual({ a: [1, 'x'] });
  });
});
