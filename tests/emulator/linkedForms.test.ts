import { describe, expect, it } from 'vitest';
import { Emulator } from '../../tools/emulator/emulator';

const script = `
function makeForms() {
  const ss = SpreadsheetApp.getActive();
  const a = FormApp.create('Meld fra');
  a.addTextItem().setTitle('Elevens navn');
  a.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  const b = FormApp.create('Bekreftelse: lest planen');
  b.setCollectEmail(true);
  b.addCheckboxItem().setTitle('Lest?').setChoiceValues(['Ja']);
  b.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  ScriptApp.newTrigger('onSubmit').forSpreadsheet(ss).onFormSubmit().create();
}
function onSubmit(e) {
  PropertiesService.getScriptProperties().setProperty('last', e.range.getSheet().getName() + ':' + e.range.getRow());
}
`;

describe('two forms linked to one spreadsheet', () => {
  it('each writes its own response sheet; the spreadsheet trigger fires for both', () => {
    const emu = new Emulator().load(script);
    emu.run('makeForms');
    expect(emu.linkedForms.map((f) => f.title)).toEqual(['Meld fra', 'Bekreftelse: lest planen']);
    // The first linked form is the one `form` and `submitForm` use.
    expect(emu.form.title).toBe('Meld fra');
    expect(emu.formTitled('Bekreftelse').destination?.sheet._name).toBe('Skjemasvar 2');
    expect(() => emu.formTitled('Ukjent')).toThrow(/found 0/);

    emu.submitForm({ 'Elevens navn': 'Kari' });
    expect(emu.properties.script.get('last')).toBe('Skjemasvar 1:2');
    const row = emu.submitFormTo(emu.formTitled('Bekreftelse'), { 'Lest?': ['Ja'] }, { email: 'a@skole.no' });
    expect(row).toBe(2);
    expect(emu.properties.script.get('last')).toBe('Skjemasvar 2:2');
    expect(emu.formTitled('Bekreftelse').destination?.sheet.getRange(2, 2, 1, 2).getValues()[0]).toEqual([
      'a@skole.no',
      'Ja',
    ]);
  });
});
