import { describe, expect, it } from 'vitest';
import { Emulator } from '../../tools/emulator/emulator';

const script = `
function job() {
  const lock = LockService.getScriptLock();
  lock.waitLock(1000);
  const sheet = SpreadsheetApp.getActiveSheet();
  sheet.getRange('A1').setValue('skrevet');
  PropertiesService.getScriptProperties().setProperty('done', 'yes');
  SpreadsheetApp.flush();
  lock.releaseLock();
  return 'ok';
}
function unflushed() {
  const lock = LockService.getScriptLock();
  lock.waitLock(1000);
  SpreadsheetApp.getActiveSheet().getRange('A1').setValue('x');
  lock.releaseLock();
}
function readOnly() {
  const lock = LockService.getScriptLock();
  lock.waitLock(1000);
  SpreadsheetApp.getActiveSheet().getRange('A1').getValue();
  lock.releaseLock();
}
function openDoc() { return DriveApp.getFileById('nope'); }
`;

const emu = () => new Emulator().load(script);
const cell = (e: Emulator) => e.spreadsheet._sheets[0]!.getRange('A1').getValue();

describe('fault injection', () => {
  it('counts the service calls of an execution, locks and properties included, builders not', () => {
    const e = emu();
    expect(e.run('job')).toBe('ok');
    expect(e.lastExecution!.calls).toEqual([
      'LockService.getScriptLock',
      'Lock.waitLock',
      'SpreadsheetApp.getActiveSheet',
      'Sheet.getRange',
      'Range.setValue',
      'PropertiesService.getScriptProperties',
      'Properties.setProperty',
      'SpreadsheetApp.flush',
      'Lock.releaseLock',
    ]);
    expect(e.lastExecution!.serviceCalls).toBe(9);
  });

  it("'error' fails the k-th call before its effect, with the service's own text", () => {
    const e = emu();
    e.faults.inject({ call: 5, kind: 'error' });
    expect(() => e.run('job')).toThrow('Service error: Spreadsheets');
    expect(cell(e)).toBe('');
    expect(e.faults.fired).toMatchObject([{ call: 5, member: 'Range.setValue', kind: 'error' }]);
    // Only the next execution: the one after runs clean.
    expect(e.run('job')).toBe('ok');
  });

  it("'timeoutAfter' lets the call take effect, then throws the time-out text", () => {
    const e = emu();
    e.faults.inject({ call: 5, kind: 'timeoutAfter' });
    let error: unknown;
    try {
      e.run('job');
    } catch (err) {
      error = err;
    }
    expect(String(error)).toBe(
      `Exception: Service Spreadsheets timed out while accessing document with id ${e.spreadsheet._id}.`,
    );
    expect(cell(e)).toBe('skrevet');
    expect(e.properties.script.get('done')).toBeUndefined();
  });

  it('lock and properties calls fail with their own texts', () => {
    const e = emu();
    e.faults.inject({ call: 2, kind: 'error' });
    expect(() => e.run('job')).toThrow('There are too many LockService operations against the same script.');
    e.faults.inject({ call: 7, kind: 'error' });
    expect(() => e.run('job')).toThrow(
      "We're sorry, a server error occurred. Please wait a bit and try again.",
    );
    e.faults.inject({ call: 1, kind: 'error' });
    expect(() => e.run('openDoc')).toThrow('Service error: Drive');
  });

  it('can fail every execution until cleared, and every position can be tried in turn', () => {
    const e = emu();
    e.faults.inject({ call: 3, kind: 'error', every: true });
    expect(() => e.run('job')).toThrow();
    expect(() => e.run('job')).toThrow();
    e.faults.clear();
    expect(e.run('job')).toBe('ok');
    const n = e.lastExecution!.serviceCalls;
    const outcomes: string[] = [];
    for (let k = 1; k <= n; k++) {
      const fresh = emu();
      fresh.faults.inject({ call: k, kind: 'error' });
      try {
        fresh.run('job');
        outcomes.push('ok');
      } catch {
        outcomes.push(cell(fresh) === '' ? 'nothing written' : 'written');
      }
    }
    expect(outcomes).toEqual([...Array(5).fill('nothing written'), ...Array(4).fill('written')]);
  });
});

describe('flush before lock release', () => {
  it('records a lock released with unflushed spreadsheet writes, and does not throw', () => {
    const e = emu();
    e.run('unflushed');
    expect(e.unflushedLockReleases).toEqual([
      { execution: e.lastExecution!.id, handler: 'unflushed', lock: 'script:', writes: 1 },
    ]);
  });

  it('records nothing after SpreadsheetApp.flush() or without writes', () => {
    const e = emu();
    e.run('job');
    e.run('readOnly');
    expect(e.unflushedLockReleases).toEqual([]);
  });
});

describe('hooks: something happening elsewhere during a call', () => {
  it('runs before (or after) the k-th call, outside the script: its calls are not the execution’s', () => {
    const e = emu();
    const seen: string[] = [];
    e.faults.during({
      call: 5,
      run: (at) => {
        seen.push(`${at.call} ${at.member} ${String(cell(e))}`);
        e.spreadsheet._sheets[0]!.getRange('B1').setValue('en person');
      },
    });
    e.faults.during({ call: 5, after: true, run: () => seen.push(`after ${String(cell(e))}`) });
    expect(e.run('job')).toBe('ok');
    expect(seen).toEqual(['5 Range.setValue ', 'after skrevet']);
    expect(e.lastExecution!.serviceCalls).toBe(9);
    expect(e.spreadsheet._sheets[0]!.getRange('B1').getValue()).toBe('en person');
    // Used up: the next execution runs without it.
    e.run('job');
    expect(seen).toHaveLength(2);
  });
});

describe('cells moved', () => {
  it('counts the cells an execution reads and writes, by range size', () => {
    const e = new Emulator().load(`
      function move() {
        const sheet = SpreadsheetApp.getActiveSheet();
        sheet.getRange(1, 1, 10, 3).getValues();
        sheet.getRange(1, 1, 10, 3).getFormulas();
        sheet.getRange(1, 1, 10, 3).getValue();
        sheet.getRange(2, 1, 2, 4).setValues([[1, 2, 3, 4], [5, 6, 7, 8]]);
        sheet.appendRow(['a', 'b', 'c']);
        sheet.getRange('A1:B2').setValue('x');
      }`);
    e.run('move');
    expect(e.lastExecution!.cellsRead).toBe(30 + 30 + 1);
    expect(e.lastExecution!.cellsWritten).toBe(8 + 3 + 4);
  });
});
