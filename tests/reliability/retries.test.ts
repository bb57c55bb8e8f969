/**
 * The smallest reproductions of what the fault-injection suite found, one per fix: each fails the k-th
 * service call named here (found by name in a clean run) and then recovers as the suite does.
 */
import { describe, expect, it } from 'vitest';
import { splitByBytes } from '../../src/features/register/journal';
import type { Emulator } from '../../tools/emulator/emulator';
import { sheetRecords } from '../support/bundle';
import { lastForm, submitForm } from '../support/dialogs';
import { answers, STAFF, school } from '../support/school';
import { brokenInvariants } from './invariants';
import { JOBS, type Job, NOW } from './jobs';

const job = (name: string): Job => JOBS.find((j) => j.name === name)!;

/** The calls of the job's execution in a clean run from `base`. */
function callsOf(j: Job, base: Emulator): string[] {
  const clean = base.clone();
  j.run(clean, () => {});
  return [...clean.executions.find((e) => e.handler === j.handler)!.calls];
}

/** The position of the `nth` call of `member` (1-based), counting from `after`. */
function position(calls: readonly string[], member: string, nth = 1, after = 0): number {
  let seen = 0;
  for (let k = after + 1; k <= calls.length; k++) if (calls[k - 1] === member && ++seen === nth) return k;
  throw new Error(`No call ${nth} of ${member}`);
}

/** The job with a fault at `member`, then its recovery: the broken invariants. */
function faulted(
  name: string,
  member: string,
  kind: 'error' | 'timeoutAfter',
  options: { nth?: number; after?: string; recover?: boolean } = {},
): { emu: Emulator; broken: string[] } {
  const j = job(name);
  const base = j.prepare();
  const calls = callsOf(j, base);
  const after = options.after ? position(calls, options.after) : 0;
  const k = position(calls, member, options.nth ?? 1, after);
  const emu = base.clone();
  j.run(emu, () => emu.faults.inject({ call: k, kind }));
  expect(emu.faults.fired).toHaveLength(1);
  if (options.recover !== false) j.recover(emu);
  return { emu, broken: [...brokenInvariants(emu, { reports: j.reports }), ...j.check(emu)] };
}

const log = (emu: Emulator, event: string) =>
  sheetRecords(emu, 'Logg').filter((r) => r['Hendelse'] === event);

describe('a job that died after its journal entry was saved', () => {
  it('a status change sent again is made and logged once', () => {
    // The first save of the run is the journal entry; the run dies while reading the row again.
    const { emu, broken } = faulted('status change', 'Properties.setProperties', 'timeoutAfter');
    expect(broken).toEqual([]);
    expect(log(emu, 'Status endret')).toHaveLength(1);
  });

  it('a measure sent again is one measure and one log row', () => {
    const { emu, broken } = faulted('new measure', 'Properties.setProperties', 'timeoutAfter');
    expect(broken).toEqual([]);
    expect(log(emu, 'Tiltak lagt til')).toHaveLength(1);
  });

  it('a status change nobody sends again is completed by the daily job, register and log alike', () => {
    const j = job('status change');
    const base = j.prepare();
    const calls = callsOf(j, base);
    const emu = base.clone();
    emu.clickMenu('Endre status …');
    const spec = lastForm(emu);
    emu.faults.inject({ call: position(calls, 'Properties.setProperties'), kind: 'timeoutAfter' });
    expect(submitForm(emu, { status: 'Undersøkes' }, { spec }).status).toBe('error');
    emu.env.setNow('2026-09-15T06:00:00+02:00');
    emu.runTimeTriggers();
    expect(sheetRecords(emu, 'Saker')[0]!['Status']).toBe('Undersøkes');
    expect(log(emu, 'Status endret')).toHaveLength(1);
    expect(brokenInvariants(emu, { reports: 1 })).toEqual([]);
  });
});

describe('documents are made once, whole', () => {
  it('a plan whose copy timed out: the retry leaves one complete plan, and «Saker» links it', () => {
    expect(faulted('plan', 'File.makeCopy', 'timeoutAfter').broken).toEqual([]);
  });

  it('a plan whose PDF failed: the retry leaves one plan and one PDF', () => {
    expect(faulted('plan', 'Folder.createFile', 'error').broken).toEqual([]);
    expect(faulted('plan', 'Folder.createFile', 'timeoutAfter').broken).toEqual([]);
  });

  it('an evaluation whose verdicts were written and whose run then died: one evaluation', () => {
    expect(faulted('evaluation', 'Properties.setProperties', 'error').broken).toEqual([]);
  });

  it('a documentation whose Doc could not be opened: no half-filled copy is left', () => {
    const { broken } = faulted('documentation', 'DocumentApp.openById', 'error', { recover: false });
    expect(broken.filter((b) => b.includes('half-filled'))).toEqual([]);
  });
});

describe('notices and § 12-5', () => {
  it('a notice that failed to send in the daily job goes with the next run', () => {
    expect(faulted('daily job', 'MailApp.sendEmail', 'error').broken).toEqual([]);
  });

  it('a leadership report Forms failed to delete is deleted later and counted once', () => {
    expect(faulted('intake of a § 12-5 leadership report', 'Form.deleteResponse', 'error').broken).toEqual(
      [],
    );
  });

  it('a leadership report left in the response sheet by a dead run is removed by the next', () => {
    const { broken } = faulted('intake of a § 12-5 leadership report', 'Sheet.deleteRow', 'error');
    expect(broken).toEqual([]);
  });
});

describe('a backlog', () => {
  it('twenty reports whose triggers never ran become twenty cases in one daily run', () => {
    const emu = school(NOW);
    emu.locks.holdByOther('script');
    for (let i = 0; i < 20; i++) {
      emu.env.advance(60_000);
      emu.submitForm(answers({ 'Elevens navn': `Elev ${i + 1}` }), { email: STAFF });
    }
    emu.locks.release('script');
    expect(sheetRecords(emu, 'Saker').filter((c) => c['Saksnr'] !== '')).toHaveLength(0);
    emu.env.setNow('2026-09-15T06:00:00+02:00');
    emu.runTimeTriggers();
    expect(emu.failedExecutions).toEqual([]);
    expect(brokenInvariants(emu, { reports: 20 })).toEqual([]);
    // The daily job read the whole register: it knows which reports are cases without searching.
    expect(emu.lastExecution!.calls.filter((c) => c.startsWith('Sheet.createTextFinder'))).toEqual([]);
  });

  it('an answer of 50,000 characters makes a case, marked for completion, and holds up no other report', () => {
    const emu = school(NOW);
    emu.submitForm(answers({ 'Hva har skjedd?': 'a'.repeat(50_000) }), { email: STAFF });
    emu.submitForm(answers(), { email: STAFF });
    expect(emu.failedExecutions).toEqual([]);
    const [first] = sheetRecords(emu, 'Saker');
    expect(String(first!['Hva har skjedd'])).toBe('a'.repeat(49_999));
    expect(String(first!['Må kompletteres'])).toContain('Hva har skjedd?');
    expect(brokenInvariants(emu, { reports: 2 })).toEqual([]);
  });

  it('the journal is kept in parts of at most 8,000 bytes, cut between characters', () => {
    const text = `${'æ'.repeat(5000)}👩‍👩‍👧${'a'.repeat(9000)}`;
    const parts = splitByBytes(text, 8_000);
    expect(parts.join('')).toBe(text);
    for (const p of parts) {
      expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(8_000);
      expect(p).toBe(
        p.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '?'),
      );
    }
  });
});
