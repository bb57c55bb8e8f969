import { describe, expect, it } from 'vitest';
import { Emulator, type EmulatorOptions } from '../../tools/emulator/emulator';

const script = `
function sheet() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]; }
function rules(allowInvalid) {
  const s = sheet();
  s.getRange('A1:A5').setDataValidation(
    SpreadsheetApp.newDataValidation().requireValueInList(['Meldt', 'Undersøkes'], true).setAllowInvalid(allowInvalid).build());
  s.getRange('B1:B5').setDataValidation(SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(allowInvalid).build());
  s.getRange('C1:C5').setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().setAllowInvalid(allowInvalid).build());
}
function write(a1, value) { sheet().getRange(a1).setValue(value); return 'written'; }
function writeBlock(a1, rows) { sheet().getRange(a1).setValues(rows); return 'written'; }
function writeDate(a1) { sheet().getRange(a1).setValue(new Date(2026, 8, 14)); return 'written'; }
function onEdit(e) { PropertiesService.getScriptProperties().setProperty('onEdit', String(e.value)); }
`;

const violates = (a1: string) =>
  `The data you entered in cell ${a1} violates the data validation rules set on this cell.`;

function emulator(options: EmulatorOptions = {}, allowInvalid = false): Emulator {
  const emu = new Emulator(options).load(script);
  emu.run('rules', [allowInvalid]);
  return emu;
}
const value = (emu: Emulator, a1: string) => emu.spreadsheet._sheets[0]!.getRange(a1).getValue();

describe('strict data validation (setAllowInvalid(false))', () => {
  it('a script write of a value outside the list throws, naming the cell and the allowed values', () => {
    const emu = emulator();
    expect(() => emu.run('write', ['A2', 'Ferdig'])).toThrow(
      `${violates('A2')} Please enter one of the following values: Meldt, Undersøkes.`,
    );
    expect(value(emu, 'A2')).toBe('');
    expect(emu.run('write', ['A2', 'Meldt'])).toBe('written');
    expect(emu.run('write', ['A2', ''])).toBe('written'); // empty values are always allowed
  });

  it('checks every cell a setValues block writes, unchanged ones too, and writes nothing when one fails', () => {
    const emu = new Emulator().load(script);
    emu.run('write', ['A3', 'Gammel verdi']); // a legacy value from before the rule
    emu.run('rules', [false]);
    expect(() => emu.run('writeBlock', ['A2:A3', [['Meldt'], ['Gammel verdi']]])).toThrow(violates('A3'));
    expect(value(emu, 'A2')).toBe('');
  });

  it('requireDate accepts a date, or text the locale reads as a date, and refuses other text', () => {
    const emu = emulator({ spreadsheetLocale: 'nb_NO', spreadsheetTimeZone: 'Europe/Oslo' });
    expect(emu.run('writeDate', ['B1'])).toBe('written');
    expect(emu.run('write', ['B2', '14.09.2026'])).toBe('written');
    expect(value(emu, 'B2')).toBeInstanceOf(Date);
    expect(() => emu.run('write', ['B3', 'snarest'])).toThrow(violates('B3'));
    // The same text is no date in an en_US spreadsheet.
    const us = emulator({ spreadsheetLocale: 'en_US' });
    expect(() => us.run('write', ['B2', '14.09.2026'])).toThrow(violates('B2'));
  });

  it('requireCheckbox accepts true and false only', () => {
    const emu = emulator();
    expect(emu.run('write', ['C1', true])).toBe('written');
    expect(emu.run('write', ['C2', 'FALSE'])).toBe('written');
    expect(() => emu.run('write', ['C3', 'ja'])).toThrow(violates('C3'));
  });

  it("refuses a person's typed entry: nothing stored, onEdit not run", () => {
    const emu = emulator();
    const outcome = emu.edit('Ark 1', 'A1', 'Ferdig');
    expect(outcome).toEqual({
      refused: 'validation',
      message: `${violates('A1')} Please enter one of the following values: Meldt, Undersøkes.`,
    });
    expect(value(emu, 'A1')).toBe('');
    expect(emu.properties.script.get('onEdit')).toBeUndefined();
    expect(emu.edit('Ark 1', 'A1', 'Undersøkes')).toEqual({ refused: null });
    expect(emu.properties.script.get('onEdit')).toBe('Undersøkes');
  });

  it('rules that allow invalid data only mark it', () => {
    const emu = emulator({}, true);
    expect(emu.run('write', ['A1', 'Ferdig'])).toBe('written');
    expect(emu.edit('Ark 1', 'B1', 'snarest')).toEqual({ refused: null });
  });
});
