import { describe, expect, it } from 'vitest';
import { Emulator, type EmulatorOptions } from '../../tools/emulator/emulator';
import { parseTyped } from '../../tools/emulator/spreadsheet/cell';
import { loadBundle } from '../support/bundle';

const NOW = new Date('2026-09-14T08:00:00+02:00');
const script = `
function sheet() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]; }
function settings() {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return [ss.getSpreadsheetTimeZone(), ss.getSpreadsheetLocale(), Session.getScriptTimeZone()];
}
function norwegian() { const ss = SpreadsheetApp.getActiveSpreadsheet(); ss.setSpreadsheetTimeZone('Europe/Oslo'); ss.setSpreadsheetLocale('nb_NO'); }
function zone(tz) { SpreadsheetApp.getActiveSpreadsheet().setSpreadsheetTimeZone(tz); }
function typed(text) {
  const r = sheet().getRange('A1');
  r.setValue(text);
  const v = r.getValue();
  return { type: Object.prototype.toString.call(v).slice(8, -1), value: v instanceof Date ? v.toISOString() : v, shown: r.getDisplayValue(), formula: r.getFormula() };
}
function osloMidnight() { sheet().getRange('B1').setValue(new Date('2026-09-14T00:00:00+02:00')); return sheet().getRange('B1').getDisplayValue(); }
function shown(a1) { return sheet().getRange(a1).getDisplayValue(); }
function read(a1) { const v = sheet().getRange(a1).getValue(); return v instanceof Date ? v.toISOString() : v; }
function makeForm() {
  const f = FormApp.create('Meld');
  f.addTextItem().setTitle('Når');
  f.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId());
}
`;

function emulator(options: EmulatorOptions = {}): Emulator {
  return new Emulator({ now: NOW, ...options }).load(script);
}

describe('spreadsheet time zone and locale', () => {
  it("a new spreadsheet has the creator's defaults: Etc/GMT and en_US here, configurable", () => {
    expect(emulator().run('settings')).toEqual(['Etc/GMT', 'en_US', 'Europe/Oslo']);
    const emu = emulator({ spreadsheetTimeZone: 'Europe/London', spreadsheetLocale: 'en_GB' });
    expect(emu.run('settings')).toEqual(['Europe/London', 'en_GB', 'Europe/Oslo']);
    emu.run('norwegian');
    expect(emu.run('settings')).toEqual(['Europe/Oslo', 'nb_NO', 'Europe/Oslo']);
  });

  it('the script time zone is the manifest’s', () => {
    const emu = new Emulator({ manifest: { timeZone: 'America/New_York' } }).load(script);
    expect(emu.run<string[]>('settings')[2]).toBe('America/New_York');
  });

  it('dates are shown in the spreadsheet’s zone: Oslo midnight is the evening before in GMT', () => {
    const gmt = emulator();
    expect(gmt.run('osloMidnight')).toBe('9/13/2026 22:00:00');
    const oslo = emulator();
    oslo.run('norwegian');
    expect(oslo.run('osloMidnight')).toBe('14.09.2026');
  });

  it('a new zone keeps what date cells show and moves the instant the script reads', () => {
    const emu = emulator();
    emu.run('norwegian');
    emu.run('typed', ['14.09.2026']);
    expect(emu.run('read', ['A1'])).toBe('2026-09-13T22:00:00.000Z');
    emu.run('zone', ['Etc/GMT']);
    expect(emu.run('shown', ['A1'])).toBe('14.09.2026');
    expect(emu.run('read', ['A1'])).toBe('2026-09-14T00:00:00.000Z');
  });

  it('reads typed text the Norwegian way in nb_NO', () => {
    const emu = emulator();
    emu.run('norwegian');
    const t = (text: string) =>
      emu.run<{ type: string; value: unknown; shown: string; formula: string }>('typed', [text]);
    expect(t('14.09.2026')).toMatchObject({
      type: 'Date',
      value: '2026-09-13T22:00:00.000Z',
      shown: '14.09.2026',
    });
    expect(t('14.09')).toMatchObject({ type: 'Date', shown: '14.09.2026' });
    expect(t('1.5')).toMatchObject({ type: 'Date', shown: '01.05.2026' });
    expect(t('14/09/2026')).toMatchObject({ type: 'Date', shown: '14.09.2026' });
    expect(t('2026-09-14')).toMatchObject({ type: 'Date', shown: '14.09.2026' });
    expect(t('14.09.2026 10:30')).toMatchObject({ type: 'Date', shown: '14.09.2026 10:30:00' });
    expect(t('31.02.2026')).toMatchObject({ type: 'String', value: '31.02.2026' });
    expect(t('1,5')).toMatchObject({ type: 'Number', value: 1.5, shown: '1,5' });
    expect(t('1e5')).toMatchObject({ type: 'Number', value: 100000 });
    expect(t('2E3')).toMatchObject({ type: 'Number', value: 2000 });
    expect(t('50%')).toMatchObject({ type: 'Number', value: 0.5, shown: '50%' });
    expect(t('kr 10')).toMatchObject({ type: 'Number', value: 10 });
    expect(t('sann')).toMatchObject({ type: 'Boolean', value: true });
    expect(t("'1.5")).toMatchObject({ type: 'String', value: '1.5' });
    expect(t('=1+1')).toMatchObject({ formula: '=1+1', value: 2 });
    expect(t('0042')).toMatchObject({ type: 'Number', value: 42 });
    expect(t('5B')).toMatchObject({ type: 'String', value: '5B' });
  });

  it('reads typed text the American way in en_US', () => {
    const emu = emulator();
    const t = (text: string) => emu.run<{ type: string; value: unknown; shown: string }>('typed', [text]);
    expect(t('9/14/2026')).toMatchObject({
      type: 'Date',
      value: '2026-09-14T00:00:00.000Z',
      shown: '9/14/2026',
    });
    expect(t('1.5')).toMatchObject({ type: 'Number', value: 1.5, shown: '1.5' });
    expect(t('1,000')).toMatchObject({ type: 'Number', value: 1000 });
    expect(t('14.09.2026')).toMatchObject({ type: 'String' });
    expect(t('$10')).toMatchObject({ type: 'Number', value: 10 });
  });

  it('a person’s typed entry is read by the locale too', () => {
    const emu = emulator();
    emu.run('norwegian');
    emu.edit('Ark 1', 'C1', '1.5');
    expect(emu.run('shown', ['C1'])).toBe('01.05.2026');
  });

  it('form answers are typed into the response sheet by its locale, never as formulas', () => {
    const emu = emulator();
    emu.run('norwegian');
    emu.run('makeForm');
    const sheet = emu.spreadsheet._sheets[0]!;
    for (const [answer, expected] of [
      ['14.09', '14.09.2026'],
      ['1,5', '1,5'],
      ['=1+1', '=1+1'],
      ['+47 123', '+47 123'],
    ] as const) {
      const row = emu.submitForm({ Når: answer });
      expect(sheet.getRange(row, 2).getDisplayValue(), answer).toBe(expected);
      expect(sheet.getRange(row, 2).getFormula()).toBe('');
    }
  });

  it('exposes the parse for other emulated services', () => {
    const ctx = { locale: 'nb_NO', timeZone: 'Europe/Oslo', nowMs: NOW.getTime() };
    expect(parseTyped('1,5', ctx)).toEqual({ value: 1.5, formula: '' });
    expect(parseTyped('=A1', { ...ctx, formAnswer: true })).toEqual({ value: '=A1', formula: '' });
  });

  it('setUp gives the product’s spreadsheet Europe/Oslo and nb_NO', () => {
    const emu = loadBundle({ now: NOW });
    emu.open('NONE');
    emu.run('setUp');
    expect(emu.spreadsheet.getSpreadsheetTimeZone()).toBe('Europe/Oslo');
    expect(emu.spreadsheet.getSpreadsheetLocale()).toBe('nb_NO');
  });
});
