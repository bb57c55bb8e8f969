import { describe, expect, it } from 'vitest';
import { Emulator } from '../../tools/emulator/emulator';

const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
const OWNER = 'eier@skole.no';
const REKTOR = 'rektor@skole.no';
const TEACHER = 'larer@skole.no';

const script = `
function sheet() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]; }
function protectFor(editors) {
  const p = sheet().protect();
  p.removeEditors(p.getEditors().map(function (u) { return u.getEmail(); }));
  p.addEditors(editors);
  return p.getEditors().map(function (u) { return u.getEmail(); }).sort();
}
function protectOnly() { sheet().protect().setDescription('speil'); }
function warningOnly() { sheet().getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].setWarningOnly(true); }
function unprotect(a1) { const s = sheet(); s.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].setUnprotectedRanges([s.getRange(a1)]); }
function protectRange(a1, editors) { const p = sheet().getRange(a1).protect(); p.removeEditors(p.getEditors()); p.addEditors(editors); }
function write(a1, value) { sheet().getRange(a1).setValue(value); return 'written'; }
function writeBlock(a1, rows) { sheet().getRange(a1).setValues(rows); }
function act(what) {
  const s = sheet();
  const r = s.getRange('A1:B2');
  const rule = SpreadsheetApp.newDataValidation().requireValueInList(['a']).build();
  const actions = {
    setValues: function () { r.setValues([[1, 2], [3, 4]]); },
    setFormula: function () { s.getRange('A1').setFormula('=1+1'); },
    setNote: function () { r.setNote('x'); },
    setBackground: function () { r.setBackground('#ff0000'); },
    setNumberFormat: function () { r.setNumberFormat('@'); },
    setFontWeight: function () { r.setFontWeight('bold'); },
    setDataValidation: function () { r.setDataValidation(rule); },
    clearContent: function () { r.clearContent(); },
    clear: function () { r.clear(); },
    appendRow: function () { s.appendRow(['x']); },
    insertRowsAfter: function () { s.insertRowsAfter(1, 2); },
    deleteRow: function () { s.deleteRow(2); },
    setConditionalFormatRules: function () { s.setConditionalFormatRules([]); },
    setFrozenRows: function () { s.setFrozenRows(1); },
    setColumnWidth: function () { s.setColumnWidth(1, 50); },
    setName: function () { s.setName('Nytt'); },
    createFilter: function () { r.createFilter(); },
    deleteSheet: function () {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      if (!ss.getSheetByName('Annet')) ss.insertSheet('Annet');
      ss.deleteSheet(s);
    },
  };
  actions[what]();
  return 'done';
}
function removeAll() {
  const p = sheet().getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
  p.removeEditors([${JSON.stringify(OWNER)}, ${JSON.stringify(REKTOR)}, 'annen@skole.no']);
  return p.getEditors().map(function (u) { return u.getEmail(); }).sort();
}
function editors() { return sheet().getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].getEditors().length; }
function makeDailyTrigger() { ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(6).create(); }
function daily() { sheet().getRange('C3').setValue('kjørt'); }
function onEdit(e) { PropertiesService.getScriptProperties().setProperty('onEdit', e.value); }
`;

function setUp(): Emulator {
  const emu = new Emulator({ owner: OWNER }).load(script);
  expect(emu.run('protectFor', [[REKTOR, 'inspektor@skole.no']], { user: OWNER })).toEqual([
    'eier@skole.no',
    'inspektor@skole.no',
    'rektor@skole.no',
  ]);
  return emu;
}

describe('protections', () => {
  it("refuse a script's write by a user who is not an editor, with Sheets' message", () => {
    const emu = setUp();
    expect(() => emu.run('write', ['A1', 'x'], { user: TEACHER })).toThrow(PROTECTED);
    expect(emu.spreadsheet._sheets[0]!.getRange('A1').getValue()).toBe('');
    expect(emu.run('write', ['A1', 'rektor'], { user: REKTOR })).toBe('written');
    expect(emu.run('write', ['A2', 'eier'], { user: OWNER })).toBe('written');
  });

  it('guard every mutating Range and Sheet method', () => {
    const actions = [
      'setValues',
      'setFormula',
      'setNote',
      'setBackground',
      'setNumberFormat',
      'setFontWeight',
      'setDataValidation',
      'clearContent',
      'clear',
      'appendRow',
      'insertRowsAfter',
      'deleteRow',
      'setConditionalFormatRules',
      'setFrozenRows',
      'setColumnWidth',
      'setName',
      'createFilter',
      'deleteSheet',
    ];
    for (const action of actions) {
      const emu = setUp();
      expect(() => emu.run('act', [action], { user: TEACHER }), action).toThrow(PROTECTED);
      expect(emu.run('act', [action], { user: REKTOR }), action).toBe('done');
    }
  });

  it('a new protection mirrors the spreadsheet until its editors are changed: it protects nothing', () => {
    const emu = new Emulator({ owner: OWNER }).load(script);
    emu.run('protectOnly', [], { user: OWNER });
    expect(emu.run('write', ['A1', 'x'], { user: TEACHER })).toBe('written');
  });

  it('warning-only protections do not stop scripts, and may keep their editors', () => {
    const emu = setUp();
    expect(() => emu.run('warningOnly', [], { user: OWNER })).not.toThrow();
    expect(emu.run('editors', [], { user: OWNER })).toBe(3);
    expect(emu.run('write', ['A1', 'x'], { user: TEACHER })).toBe('written');
  });

  it('honour the unprotected ranges of a sheet protection', () => {
    const emu = setUp();
    emu.run('unprotect', ['B2:C3'], { user: OWNER });
    expect(emu.run('write', ['C3', 'fritt'], { user: TEACHER })).toBe('written');
    expect(() => emu.run('write', ['A1', 'x'], { user: TEACHER })).toThrow(PROTECTED);
    expect(() => emu.run('writeBlock', ['B2:D2', [[1, 2, 3]]], { user: TEACHER })).toThrow(PROTECTED);
    expect(emu.spreadsheet._sheets[0]!.getRange('B2').getValue()).toBe('');
  });

  it('protect ranges: only cells inside the range are guarded', () => {
    const emu = new Emulator({ owner: OWNER }).load(script);
    emu.run('protectRange', ['A1:A5', [REKTOR]], { user: OWNER });
    expect(() => emu.run('write', ['A3', 'x'], { user: TEACHER })).toThrow(PROTECTED);
    expect(emu.run('write', ['B3', 'x'], { user: TEACHER })).toBe('written');
  });

  it('removeEditors keeps the owner and the current user', () => {
    const emu = setUp();
    expect(emu.run('removeAll', [], { user: REKTOR })).toEqual([
      'eier@skole.no',
      'inspektor@skole.no',
      'rektor@skole.no',
    ]);
    expect(emu.run('removeAll', [], { user: OWNER })).toEqual(['eier@skole.no', 'inspektor@skole.no']);
  });

  it('getEditors throws for a user who may not edit the protection', () => {
    const emu = setUp();
    expect(() => emu.run('editors', [], { user: TEACHER })).toThrow(PROTECTED);
  });

  it("an installable trigger writes as its owner: once the owner leaves the protection, the trigger's run fails", () => {
    const emu = setUp();
    emu.run('makeDailyTrigger', [], { user: REKTOR });
    emu.runTimeTriggers();
    expect(emu.failedExecutions).toEqual([]);
    emu.run('protectFor', [['inspektor@skole.no']], { user: OWNER });
    emu.runTimeTriggers();
    expect(emu.failedExecutions.map((f) => String(f.error))).toEqual([`Exception: ${PROTECTED}`]);
  });

  it("refuse a person's typed entry: nothing stored, onEdit not run", () => {
    const emu = setUp();
    expect(emu.edit('Ark 1', 'A1', 'hei', TEACHER)).toEqual({ refused: 'protection', message: PROTECTED });
    expect(emu.spreadsheet._sheets[0]!.getRange('A1').getValue()).toBe('');
    expect(emu.properties.script.get('onEdit')).toBeUndefined();
    expect(emu.edit('Ark 1', 'A1', 'hei', REKTOR)).toEqual({ refused: null });
    expect(emu.properties.script.get('onEdit')).toBe('hei');
  });

  it('can be turned off for a test that needs Google-free writes', () => {
    const emu = new Emulator({ owner: OWNER, strict: { protections: false } }).load(script);
    emu.run('protectFor', [[REKTOR]], { user: OWNER });
    expect(emu.run('write', ['A1', 'x'], { user: TEACHER })).toBe('written');
  });
});

describe('selection', () => {
  it('getActiveRange is null when nothing is selected', () => {
    const emu = new Emulator().load(
      'function r() { const a = SpreadsheetApp.getActiveSpreadsheet().getActiveRange(); return a === null ? null : a.getA1Notation(); }',
    );
    expect(emu.run('r')).toBeNull();
    emu.select('Ark 1', 'B2:C3');
    expect(emu.run('r')).toBe('B2:C3');
  });
});
