import { describe, expect, it } from 'vitest';
import { Emulator } from '../../tools/emulator/emulator';

const script = `
function whatIsThere() {
  return { require: typeof require, process: typeof process, setTimeout: typeof setTimeout, fetch: typeof fetch,
           SpreadsheetApp: typeof SpreadsheetApp, now: new Date().toISOString(), isDate: SpreadsheetApp.getActiveSheet().getRange('A1').getValue() instanceof Date };
}
function remember() { globalThis.counter = (globalThis.counter || 0) + 1; return globalThis.counter; }
function onSubmit(e) { PropertiesService.getScriptProperties().setProperty('event', JSON.stringify({ keys: Object.keys(e).sort(), values: e.values, named: e.namedValues, row: e.range.getRow() })); }
function lockTwice() { const l = LockService.getScriptLock(); return [l.tryLock(1000), l.hasLock()]; }
function makeForm() {
  const f = FormApp.create('Meld');
  f.setCollectEmail(true);
  f.addTextItem().setTitle('Elevens navn').setRequired(true);
  f.addCheckboxItem().setTitle('Hva gjelder meldingen?').setChoiceValues(['Mobbing', 'Vold']);
  f.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId());
  ScriptApp.newTrigger('onSubmit').forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create();
}
function sendQuota() { MailApp.sendEmail('a@b.no', 's', 'b'); return MailApp.getRemainingDailyQuota(); }
`;

describe('the runtime', () => {
  it('runs each execution in a fresh context with only the Apps Script globals and the emulated clock', () => {
    const emu = new Emulator({ now: new Date('2026-11-20T08:00:00Z') }).load(script);
    emu.spreadsheet.getSheets()[0]!.getRange('A1').setValue(new Date('2026-01-01T00:00:00Z'));
    const r = emu.run<Record<string, unknown>>('whatIsThere');
    expect(r).toEqual({
      require: 'undefined',
      process: 'undefined',
      setTimeout: 'undefined',
      fetch: 'undefined',
      SpreadsheetApp: 'object',
      now: '2026-11-20T08:00:00.000Z',
      isDate: true,
    });
    expect(emu.run('remember')).toBe(1);
    expect(emu.run('remember')).toBe(1);
  });

  it('links a form: a new first sheet with the real header row', () => {
    const emu = new Emulator().load(script);
    emu.run('makeForm');
    const sheet = emu.spreadsheet._sheets[0]!;
    expect(sheet._name).toBe('Skjemasvar 1');
    expect(sheet.getRange(1, 1, 1, 4).getValues()[0]).toEqual([
      'Tidsmerke',
      'E-postadresse',
      'Elevens navn',
      'Hva gjelder meldingen?',
    ]);
  });

  it('delivers the form-submit event with the real shape', () => {
    const emu = new Emulator({
      now: new Date('2026-11-20T08:15:03Z'),
      spreadsheetTimeZone: 'Europe/Oslo',
      spreadsheetLocale: 'nb_NO',
    }).load(script);
    emu.run('makeForm');
    const row = emu.submitForm(
      { 'Elevens navn': '=HYPERLINK("x")', 'Hva gjelder meldingen?': ['Mobbing', 'Vold'] },
      { email: 'larer@skole.no' },
    );
    expect(row).toBe(2);
    const event = JSON.parse(emu.properties.script.get('event')!);
    expect(event.keys).toEqual(['authMode', 'namedValues', 'range', 'source', 'triggerUid', 'values']);
    expect(event.values).toEqual([
      '20.11.2026 09:15:03',
      'larer@skole.no',
      '=HYPERLINK("x")',
      'Mobbing, Vold',
    ]);
    expect(event.named['Hva gjelder meldingen?']).toEqual(['Mobbing, Vold']);
    expect(event.row).toBe(2);
    // The answer was stored as text, not as a formula.
    expect(emu.spreadsheet._sheets[0]!.getRange('C2').getFormula()).toBe('');
  });

  it('refuses a submission that misses a required answer, unless the school made it optional', () => {
    const emu = new Emulator().load(script);
    emu.run('makeForm');
    expect(() => emu.submitForm({}, { email: 'a@b.no' })).toThrow(/required/);
    expect(emu.submitForm({}, { email: 'a@b.no', skipRequiredCheck: true })).toBe(2);
  });

  it('holds locks per execution and releases them when it ends', () => {
    const emu = new Emulator().load(script);
    expect(emu.run('lockTwice')).toEqual([true, true]);
    emu.locks.holdByOther('script');
    const before = emu.env.now();
    expect(emu.run('lockTwice')).toEqual([false, false]);
    expect(emu.env.now() - before).toBe(1000);
  });

  it('enforces the mail quota', () => {
    const emu = new Emulator().load(script);
    emu.mail.quota = 1;
    expect(emu.run('sendQuota')).toBe(0);
    expect(() => emu.run('sendQuota')).toThrow('Service invoked too many times for one day: email.');
    expect(emu.mail.sent).toHaveLength(1);
  });
});
