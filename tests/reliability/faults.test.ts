/**
 * The fault-injection suite (issue 9, «Every job safe to retry»): each job of the product run from one
 * set-up school with a failure at its k-th service call, for every k of a clean run and both kinds of
 * failure (the call fails before its effect; the call takes effect and then times out), then recovered as
 * Apps Script gives it (jobs.ts), then the invariants checked (invariants.ts). Every position of intake
 * and of a status change is tried; the longer jobs try every call that writes and a spread of the rest
 * (`RELIABILITY_FULL=1` tries every position of every job).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Emulator } from '../../tools/emulator/emulator';
import { brokenInvariants, rawRecord } from './invariants';
import { JOBS, type Job } from './jobs';

const KINDS = ['error', 'timeoutAfter'] as const;
const FULL = process.env['RELIABILITY_FULL'] === '1';
/** Jobs tried at every position; the others at most SAMPLE positions. */
const EVERY_POSITION = new Set(['intake', 'status change']);
const SAMPLE = 24;

/**
 * Calls that change something Google keeps (a sheet, a property, a file, a form, a mail, the lock): where
 * a time-out after the effect matters. Edits inside an open Doc are not: it is saved at once at the end.
 */
const WRITES =
  /^(Range|Sheet|Spreadsheet|Properties|MailApp|File|Folder|DriveApp|Form|Lock)\.(set|append|insert|delete|remove|add|create|make|send|flush|protect|clear|release)\w*$|^(Document\.saveAndClose|SpreadsheetApp\.flush)$/;

/** The positions to try: all, or every write and an even spread of the rest. */
function positions(calls: readonly string[], all: boolean): number[] {
  const n = calls.length;
  const every = Array.from({ length: n }, (_, i) => i + 1);
  if (all || n <= SAMPLE) return every;
  const writes = every.filter((k) => WRITES.test(calls[k - 1]!));
  const rest = every.filter((k) => !writes.includes(k));
  const room = Math.max(SAMPLE - writes.length, Math.ceil(rest.length / 4));
  const step = rest.length / room;
  const spread = Array.from({ length: Math.min(room, rest.length) }, (_, i) => rest[Math.floor(i * step)]!);
  return [...new Set([1, ...writes, ...spread, n])].sort((a, b) => a - b);
}

interface Tally {
  job: string;
  calls: number;
  positions: number;
  runs: number;
  broken: number;
  ms: number;
  cpuMs: number;
}
const tallies: Tally[] = [];

function check(job: Job, emu: Emulator, raw: ReturnType<typeof rawRecord> | undefined): string[] {
  return [...brokenInvariants(emu, { reports: job.reports, ...(raw ? { raw } : {}) }), ...job.check(emu)];
}

describe('fault injection: a failure at every service call, then the retry Apps Script gives', () => {
  afterAll(() => {
    const lines = tallies.map(
      (t) =>
        `${t.job.padEnd(40)} ${String(t.calls).padStart(4)} calls  ${String(t.positions).padStart(4)} positions  ${String(t.runs).padStart(4)} runs  ${t.broken} broken invariants  ${(t.ms / 1000).toFixed(1)} s (${(t.cpuMs / 1000).toFixed(1)} s CPU)`,
    );
    console.log(`Fault injection (faults.test.ts):\n${lines.join('\n')}`);
  });

  for (const job of JOBS) {
    it(`${job.name}: 0 broken invariants at every position tried`, () => {
      const start = performance.now();
      const cpu = process.cpuUsage();
      const base = job.prepare();

      // One clean run: the calls to fail, and the raw record every faulted run must leave too.
      const clean = base.clone();
      job.run(clean, () => {});
      const execution = clean.executions.find((e) => e.handler === job.handler);
      if (!execution) throw new Error(`${job.name}: no ${job.handler} execution`);
      const calls = [...execution.calls];
      job.recover(clean);
      expect(check(job, clean, undefined), `${job.name}: a clean run`).toEqual([]);
      const raw = rawRecord(clean);

      const tried = positions(calls, FULL || EVERY_POSITION.has(job.name));
      const failures: string[] = [];
      let runs = 0;
      for (const k of tried) {
        for (const kind of KINDS) {
          const emu = base.clone();
          job.run(emu, () => emu.faults.inject({ call: k, kind }));
          runs++;
          const where = `k=${k} ${kind} at ${calls[k - 1]}`;
          if (emu.faults.fired.length !== 1) {
            failures.push(`${where}: the fault did not fire`);
            continue;
          }
          job.recover(emu);
          for (const b of check(job, emu, raw)) failures.push(`${where}: ${b}`);
        }
      }
      tallies.push({
        job: job.name,
        calls: calls.length,
        positions: tried.length,
        runs,
        broken: failures.length,
        ms: performance.now() - start,
        cpuMs: (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1000,
      });
      expect(failures, `${job.name}: broken invariants`).toEqual([]);
    }, 600_000);
  }
});
