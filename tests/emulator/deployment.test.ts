import { describe, expect, it } from 'vitest';
import { Emulator, type EmulatorOptions } from '../../tools/emulator/emulator';

const script = `
function install() {
  ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(6).create();
  ScriptApp.newTrigger('submitted').forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create();
}
function secondClock() { ScriptApp.newTrigger('daily2').timeBased().everyDays(1).atHour(7).create(); return ScriptApp.getProjectTriggers().length; }
function daily() {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lock = LockService.getDocumentLock();
  PropertiesService.getScriptProperties().setProperty('daily', (ss === null ? 'no spreadsheet' : ss.getName()) + ', ' + (lock === null ? 'no document lock' : 'document lock'));
}
function failing() { throw new Error('boom'); }
function failingTrigger() { ScriptApp.newTrigger('failing').timeBased().everyDays(1).atHour(5).create(); }
function submitted() { PropertiesService.getScriptProperties().setProperty('submitted', 'yes'); }
function makeForm() {
  const f = FormApp.create('Meld');
  f.addTextItem().setTitle('Hva');
  f.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId());
}
`;

function emulator(options: EmulatorOptions = {}): Emulator {
  const emu = new Emulator(options).load(script);
  emu.run('makeForm');
  emu.run('install');
  return emu;
}

describe('bound script, editor add-on, add-on test deployment', () => {
  it('a bound script’s time-driven trigger has its spreadsheet and document lock', () => {
    const emu = emulator();
    emu.runTimeTriggers();
    expect(emu.properties.script.get('daily')).toBe('Skolemiljø, document lock');
  });

  it("an add-on's time-driven trigger runs with no active spreadsheet and no document lock", () => {
    const emu = emulator({ deployment: 'addon' });
    emu.runTimeTriggers();
    expect(emu.properties.script.get('daily')).toBe('no spreadsheet, no document lock');
    // Its form-submit trigger still has the spreadsheet as its source.
    emu.submitForm({ Hva: 'x' });
    expect(emu.properties.script.get('submitted')).toBe('yes');
  });

  it('an add-on gets one trigger of each type per user per document; a bound script up to 20', () => {
    expect(emulator().run('secondClock')).toBe(3);
    const addon = emulator({ deployment: 'addon' });
    expect(() => addon.run('secondClock')).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    // Another user may have their own.
    expect(addon.run('secondClock', [], { user: 'inspektor@skole.no' })).toBe(1);
  });

  it('trigger failures are mailed for a bound script, not for an add-on', () => {
    const bound = new Emulator().load(script);
    bound.run('failingTrigger');
    bound.runTimeTriggers();
    expect(bound.failedExecutions.map((f) => f.notified)).toEqual([true]);
    const addon = new Emulator({ deployment: 'addon' }).load(script);
    addon.run('failingTrigger');
    addon.runTimeTriggers();
    expect(addon.failedExecutions.map((f) => [String(f.error), f.notified])).toEqual([
      ['Error: boom', false],
    ]);
  });

  it('installable triggers never fire in an add-on test deployment', () => {
    const emu = emulator({ deployment: 'addonTest' });
    emu.submitForm({ Hva: 'x' });
    emu.runTimeTriggers();
    expect(emu.properties.script.get('submitted')).toBeUndefined();
    expect(emu.properties.script.get('daily')).toBeUndefined();
    expect(emu.skippedTriggers.map((s) => s.handler)).toEqual(['submitted', 'daily']);
    expect(emu.skippedTriggers[0]!.reason).toBe("Installable triggers aren't supported when testing.");
  });
});
