import { describe, expect, it } from 'vitest';
import {
  BUNDLE_EVALUATION_MS,
  CENTRAL_MS,
  costClass,
  EXECUTION_LIMIT_MS,
  SIMPLE_TRIGGER_LIMIT_MS,
} from '../../tools/emulator/core/execution';
import { Emulator } from '../../tools/emulator/emulator';

const script = `
function read() { return SpreadsheetApp.getActiveSheet().getRange('A1:B2').getValues().length; }
function writeThenRead() { const r = SpreadsheetApp.getActiveSheet().getRange('A1'); r.setValue(1); return r.getValue(); }
function waitForLock() { return LockService.getScriptLock().tryLock(10000); }
function props(n) { const p = PropertiesService.getScriptProperties(); for (let i = 0; i < n; i++) p.setProperty('k', String(i)); return n; }
function stubborn(n) {
  const p = PropertiesService.getScriptProperties();
  for (let i = 0; i < n; i++) { try { p.setProperty('k', String(i)); } catch (e) { p.setProperty('caught', String(e)); } }
  return 'finished';
}
function onEdit(e) { props(500); }
`;

const emu = () => new Emulator().load(script);

describe('execution time', () => {
  it('models each call by its class (performance.md §2, central), plus the bundle, per execution', () => {
    const e = emu();
    e.run('read');
    const handle = CENTRAL_MS.handle;
    // getActiveSheet + getRange (handles) + getValues (bulk read, 4 cells)
    expect(e.lastExecution!.modeledMs).toBeCloseTo(
      BUNDLE_EVALUATION_MS + 2 * handle + CENTRAL_MS.bulkRead + 4 * 0.01,
    );
    expect(e.lastExecution!.serviceCalls).toBe(3);
    expect(e.lastExecution!.calls).toEqual([
      'SpreadsheetApp.getActiveSheet',
      'Sheet.getRange',
      'Range.getValues',
    ]);
    expect(costClass('Range', 'setValues')).toBe('bulkWrite');
    expect(costClass('DriveApp', 'createFolder')).toBe('driveWrite');
    expect(costClass('DataValidationBuilder', 'build')).toBe('local');
  });

  it('a read after a write pays for the write cache', () => {
    const e = emu();
    e.run('writeThenRead');
    const { handle, cellWrite, cellRead } = CENTRAL_MS;
    expect(e.lastExecution!.modeledMs).toBeCloseTo(
      BUNDLE_EVALUATION_MS + 2 * handle + cellWrite + cellRead + 30,
    );
  });

  it('lock waits add the time waited', () => {
    const e = emu();
    e.locks.holdByOther('script');
    expect(e.run('waitForLock')).toBe(false);
    expect(e.lastExecution!.byClass.wait).toBe(10_000);
  });

  it('stops a simple trigger at 30 s with Google’s message', () => {
    const e = emu();
    expect(() => e.edit('Ark 1', 'A1', 'x')).toThrow('Exceeded maximum execution time');
    const run = e.lastExecution!;
    expect(run.limitMs).toBe(SIMPLE_TRIGGER_LIMIT_MS);
    expect(run.timedOut).toBe(true);
    // 30 s of 62 ms property writes after the bundle: the 480th call passes the limit.
    expect(run.serviceCalls).toBe(Math.floor((30_000 - BUNDLE_EVALUATION_MS) / CENTRAL_MS.propsSet) + 2);
    expect(e.properties.script.get('k')).toBe(String(run.serviceCalls - 3));
  });

  it('stops any execution at 6 min, even when the script catches the error', () => {
    const e = emu();
    expect(e.run('props', [5000])).toBe(5000); // 5000 × 62 ms = 5.2 min
    expect(e.lastExecution!.limitMs).toBe(EXECUTION_LIMIT_MS);
    expect(() => e.run('stubborn', [6000])).toThrow('Exceeded maximum execution time');
    expect(e.lastExecution!.error).toBeInstanceOf(Error);
    expect(String(e.lastExecution!.error)).toBe('Exception: Exceeded maximum execution time');
  });

  it('can be turned off for a test that needs a long run', () => {
    const e = new Emulator({ strict: { timeLimits: false } }).load(script);
    expect(e.run('props', [7000])).toBe(7000);
    expect(e.lastExecution!.modeledMs).toBeGreaterThan(EXECUTION_LIMIT_MS);
  });
});
