import { describe, expect, it } from 'vitest';
import { Env } from '../../tools/emulator/core/env';
import { gas } from '../../tools/emulator/core/gas';
import { EmuSpreadsheetApp, SheetsStore } from '../../tools/emulator/spreadsheet/spreadsheetApp';

function setup() {
  // A Norwegian spreadsheet (the emulator's account defaults to Etc/GMT and en_US).
  const env = new Env({
    now: new Date('2026-11-20T09:00:00+01:00'),
    spreadsheetTimeZone: 'Europe/Oslo',
    spreadsheetLocale: 'nb_NO',
  });
  const store = new SheetsStore(env);
  store.active = store.create('Test');
  const app = gas<GoogleAppsScript.Spreadsheet.SpreadsheetApp>(EmuSpreadsheetApp._create(store));
  const sheet = app.getActiveSpreadsheet().getSheets()[0]!;
  return { env, app, sheet, store };
}

describe('Range values', () => {
  it('reads empty cells as empty strings', () => {
    const { sheet } = setup();
    expect(sheet.getRange(1, 1, 2, 3).getValues()).toEqual([
      ['', '', ''],
      ['', '', ''],
    ]);
  });

  it('reads dates as Date objects and numbers as numbers', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([[new Date('2026-05-17T10:00:00Z'), 42, '17.05.2026']]);
    const [a, b, c] = sheet.getRange('A1:C1').getValues()[0]!;
    expect(a).toBeInstanceOf(Date);
    expect(b).toBe(42);
    // A typed Norwegian date becomes a date at local midnight.
    expect(c).toBeInstanceOf(Date);
    expect(sheet.getRange('C1').getDisplayValue()).toBe('17.05.2026');
  });

  it('parses strings as if typed: "=" makes a formula, an apostrophe forces text', () => {
    const { sheet } = setup();
    sheet.getRange('A1:D1').setValues([['=HYPERLINK("https://x.no","lenke")', "'=1+1", '+47 123', '0042']]);
    expect(sheet.getRange('A1').getFormula()).toBe('=HYPERLINK("https://x.no","lenke")');
    expect(sheet.getRange('A1').getValue()).toBe('lenke');
    expect(sheet.getRange('B1').getFormula()).toBe('');
    expect(sheet.getRange('B1').getValue()).toBe('=1+1');
    expect(sheet.getRange('C1').getFormula()).toBe('=+47 123');
    expect(sheet.getRange('D1').getValue()).toBe(42);
  });

  it('keeps text in a plain-text column', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setNumberFormat('@').setValue('0042');
    expect(sheet.getRange('A1').getValue()).toBe('0042');
  });

  it('demands exact dimensions in setValues', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(/number of columns in the data/);
  });

  it('throws outside the sheet grid until rows are inserted', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1001, 1)).toThrow(/outside the dimensions/);
    sheet.insertRowsAfter(1000, 10);
    expect(sheet.getMaxRows()).toBe(1010);
    expect(() => sheet.getRange(1001, 1).setValue('x')).not.toThrow();
  });

  it('getLastRow is the last row with content, not with formatting or cleared values', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A5').setValues([['a'], ['b'], ['c'], ['d'], ['e']]);
    sheet.getRange('A4:A5').clearContent();
    sheet.getRange('A10').setBackground('#ff0000');
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:A3');
  });

  it('supports A1 notation with sheet names and whole columns', () => {
    const { app, sheet } = setup();
    sheet.setName('Saker');
    const r = app.getActiveSpreadsheet().getRange("'Saker'!B2:C4");
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 2, 3, 2]);
    expect(sheet.getRange('A:B').getNumRows()).toBe(1000);
  });
});

describe('conditional format rules', () => {
  it('setConditionalFormatRules replaces all rules', () => {
    const { app, sheet } = setup();
    const rule = (color: string) =>
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=$A1="x"')
        .setBackground(color)
        .setRanges([sheet.getRange('A1:B10')])
        .build();
    sheet.setConditionalFormatRules([rule('#ff0000'), rule('#00ff00')]);
    sheet.setConditionalFormatRules([rule('#0000ff')]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(1);
    expect(rules[0]!.getBooleanCondition()!.getBackground()).toBe('#0000ff');
  });

  it('evaluates custom formulas with relative references and TODAY()', () => {
    const { app, sheet, store } = setup();
    sheet.getRange('A1:B2').setValues([
      ['Meldt', new Date('2026-11-10T00:00:00+01:00')],
      ['Meldt', new Date('2026-12-10T00:00:00+01:00')],
    ]);
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=AND($A1="Meldt",$B1<>"",$B1<TODAY())')
      .setBackground('#f4cccc')
      .setRanges([sheet.getRange('B1:B2')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    const emuSheet = store.active!._sheets[0]!;
    const emuRule = emuSheet._rules[0]!;
    expect(emuRule._matches(1, 2, emuSheet._peek(1, 2)!.value, '')).toBe(true);
    expect(emuRule._matches(2, 2, emuSheet._peek(2, 2)!.value, '')).toBe(false);
  });
});

describe('call counting and gaps', () => {
  it('counts each call the script makes, not the emulator’s internal calls', () => {
    const { env, sheet } = setup();
    env.calls.reset();
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getDataRange().getValues();
    expect(env.calls.snapshot()).toEqual({
      'Range.getValues': 1,
      'Range.setValues': 1,
      'Sheet.getDataRange': 1,
      'Sheet.getRange': 1,
    });
  });

  it('throws by name for anything not implemented', () => {
    const { sheet } = setup();
    const anySheet = sheet as unknown as { getImages(): unknown };
    expect(() => anySheet.getImages()).toThrow('Apps Script emulator: Sheet.getImages() is not implemented');
  });

  it('refuses data access in AuthMode.NONE but allows the menu', () => {
    const { env, app } = setup();
    env.authMode = 'NONE';
    expect(() => app.getActiveSpreadsheet()).toThrow(/permission/);
    expect(() => app.getUi().createMenu('x').addItem('a', 'b').addToUi()).not.toThrow();
  });
});

describe('simple triggers', () => {
  it('LIMITED mode keeps the spreadsheet but refuses services that need authorization', async () => {
    const { Emulator } = await import('../../tools/emulator/emulator');
    const emu = new Emulator().load(`function tryAll() {
      SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').setValue('ok');
      try { MailApp.sendEmail('a@b.no', 's', 'b'); return 'sent'; } catch (e) { return e.message; }
    }`);
    expect(emu.run('tryAll', [], { authMode: 'LIMITED' })).toMatch(/permission to call MailApp.sendEmail/);
    expect(emu.spreadsheet._sheets[0]!.getRange('A1').getValue()).toBe('ok');
  });
});

describe('protections and validation', () => {
  it('records protections and data validation rules', () => {
    const { app, sheet } = setup();
    const p = sheet.protect().setDescription('Bare ledelsen');
    p.addEditors(['a@skole.no']);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    const rule = app
      .newDataValidation()
      .requireValueInList(['Meldt', 'Avsluttet'])
      .setAllowInvalid(false)
      .build();
    sheet.getRange('A2:A10').setDataValidation(rule);
    expect(sheet.getRange('A5').getDataValidation()!.getCriteriaValues()[0]).toEqual(['Meldt', 'Avsluttet']);
  });
});
