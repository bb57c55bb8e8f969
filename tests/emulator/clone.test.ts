import { describe, expect, it } from 'vitest';
import { Emulator } from '../../tools/emulator/emulator';

const script = `
function write(v) {
  SpreadsheetApp.getActiveSheet().getRange('A1').setValue(v);
  PropertiesService.getDocumentProperties().setProperty('v', v);
  DriveApp.createFolder('mappe ' + v);
  return SpreadsheetApp.getActiveSheet().getRange('A1').getValue();
}
function makeForm() {
  const f = FormApp.create('Skjema');
  ScriptApp.newTrigger('onSubmit').forForm(f).onFormSubmit().create();
  return f.getId();
}
function onSubmit(e) { PropertiesService.getDocumentProperties().setProperty('svar', e.response.getId()); }
`;

const a1 = (e: Emulator) => e.spreadsheet._sheets[0]!.getRange('A1').getValue();
const folders = (e: Emulator) =>
  [...e.docs.driveStore.items.values()].filter((i) => i.name.startsWith('mappe'));

describe('Emulator.clone', () => {
  it('is a world of its own: neither sees the other’s writes', () => {
    const original = new Emulator().load(script);
    original.run('write', ['før']);
    const copy = original.clone();
    expect(a1(copy)).toBe('før');
    expect(copy.run('write', ['kopi'])).toBe('kopi');
    expect(a1(original)).toBe('før');
    expect(original.properties.document.get('v')).toBe('før');
    expect(folders(original)).toHaveLength(1);
    expect(folders(copy)).toHaveLength(2);
    original.run('write', ['etter']);
    expect(a1(copy)).toBe('kopi');
  });

  it('counts its own calls and injects its own faults, with no history', () => {
    const original = new Emulator().load(script);
    original.run('write', ['x']);
    original.faults.inject({ call: 1, kind: 'error' });
    const copy = original.clone();
    expect(copy.executions).toHaveLength(0);
    copy.run('write', ['y']);
    expect(copy.lastExecution!.serviceCalls).toBe(original.lastExecution!.serviceCalls);
    expect(copy.faults.fired).toHaveLength(0);
    expect(() => original.run('write', ['z'])).toThrow('Service error');
  });

  it('fires its own triggers', () => {
    const original = new Emulator().load(script);
    const formId = original.run<string>('makeForm');
    const copy = original.clone();
    copy.forms.submit(formId, {});
    expect(copy.properties.document.get('svar')).toBeTruthy();
    expect(original.properties.document.get('svar')).toBeUndefined();
  });
});
