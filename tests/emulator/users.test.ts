import { describe, expect, it } from 'vitest';
import { Emulator } from '../../tools/emulator/emulator';

const OWNER = 'rektor@skole.no';
const script = `
function onEdit(e) {
  PropertiesService.getScriptProperties().setProperty('who', JSON.stringify({
    active: Session.getActiveUser().getEmail(), effective: Session.getEffectiveUser().getEmail(), event: e.user.getEmail() }));
}
function onOpen(e) { PropertiesService.getScriptProperties().setProperty('opened', e.user.getEmail() + '|' + Session.getActiveUser().getEmail()); }
function menu() { return Session.getActiveUser().getEmail() + '|' + Session.getEffectiveUser().getEmail(); }
function makeTrigger() { ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(6).create(); }
function daily() { PropertiesService.getScriptProperties().setProperty('daily', Session.getEffectiveUser().getEmail()); }
function long(n) { SpreadsheetApp.getActiveSheet().getRange('A1').setValue(new Array(n + 1).join('x')); return 'written'; }
function longRow(n) { SpreadsheetApp.getActiveSheet().appendRow(['ok', new Array(n + 1).join('x')]); return 'written'; }
function prop(value) { PropertiesService.getDocumentProperties().setProperty('p', value); return 'stored'; }
function fill(n, size) { const p = PropertiesService.getScriptProperties(); for (let i = 0; i < n; i++) p.setProperty('k' + i, new Array(size + 1).join('x')); }
`;

describe('who the script sees', () => {
  it('a simple trigger run by someone outside the owner’s Workspace domain sees a blank user', () => {
    const emu = new Emulator({ owner: OWNER }).load(script);
    emu.edit('Ark 1', 'A1', 'x', 'vikar@gmail.com');
    expect(JSON.parse(emu.properties.script.get('who')!)).toEqual({ active: '', effective: '', event: '' });
    emu.edit('Ark 1', 'A1', 'y', 'larer@skole.no');
    expect(JSON.parse(emu.properties.script.get('who')!)).toEqual({
      active: 'larer@skole.no',
      effective: 'larer@skole.no',
      event: 'larer@skole.no',
    });
    emu.open('LIMITED', 'ansatt@kommune.no');
    expect(emu.properties.script.get('opened')).toBe('|');
  });

  it('two consumer accounts share no domain, but the owner always sees itself', () => {
    const emu = new Emulator({ owner: 'rektor@gmail.com' }).load(script);
    emu.edit('Ark 1', 'A1', 'x', 'larer@gmail.com');
    expect(JSON.parse(emu.properties.script.get('who')!).active).toBe('');
    emu.edit('Ark 1', 'A1', 'y', 'rektor@gmail.com');
    expect(JSON.parse(emu.properties.script.get('who')!).active).toBe('rektor@gmail.com');
  });

  it('a menu action (authorized) sees the person; an installable trigger runs as its owner', () => {
    const emu = new Emulator({ owner: OWNER }).load(script);
    expect(emu.run('menu', [], { user: 'vikar@gmail.com' })).toBe('vikar@gmail.com|vikar@gmail.com');
    emu.run('makeTrigger', [], { user: 'inspektor@skole.no' });
    emu.runTimeTriggers();
    expect(emu.properties.script.get('daily')).toBe('inspektor@skole.no');
  });
});

describe('limits', () => {
  const TOO_LONG = 'Your input contains more than the maximum of 50000 characters in a single cell.';

  it('a cell holds at most 50,000 characters, for scripts and for people', () => {
    const emu = new Emulator().load(script);
    expect(emu.run('long', [50_000])).toBe('written');
    expect(() => emu.run('long', [50_001])).toThrow(TOO_LONG);
    expect(() => emu.run('longRow', [50_001])).toThrow(TOO_LONG);
    expect(emu.spreadsheet._sheets[0]!.getLastRow()).toBe(1);
    expect(emu.edit('Ark 1', 'B1', 'x'.repeat(50_001))).toEqual({ refused: 'tooLong', message: TOO_LONG });
  });

  it('a property value holds 9 KB and a store 500 KB, counted in UTF-8 bytes (æ, ø, å count twice)', () => {
    const emu = new Emulator().load(script);
    expect(emu.run('prop', ['a'.repeat(9 * 1024)])).toBe('stored');
    expect(() => emu.run('prop', ['æ'.repeat(4609)])).toThrow('Argument too large: value'); // 9218 bytes
    expect(emu.run('prop', ['æ'.repeat(4608)])).toBe('stored'); // 9216 bytes
    expect(() => emu.run('fill', [60, 9000])).toThrow(/property storage quota/);
  });
});
