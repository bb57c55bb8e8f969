// The end of a run over many schools: a short Norwegian summary, the failures by school, and an exit code.
import type { Context } from '../context';
import { safeMessage } from '../google/errors';
import type { Outcome } from '../google/pool';

export const EXIT = { ok: 0, someFailed: 1, userError: 2, interrupted: 130 } as const;

export function reportFailures<T extends { name: string }, R>(
  ctx: Context,
  outcomes: readonly Outcome<T, R>[],
  skipped: readonly T[],
): number {
  const failed = outcomes.filter((o): o is Extract<Outcome<T, R>, { ok: false }> => !o.ok);
  for (const f of failed) ctx.reporter.warn(`  ${f.item.name}: ${safeMessage(f.error)}`);
  if (skipped.length > 0)
    ctx.reporter.warn(
      `Avbrutt: ${skipped.length} skoler ble ikke behandlet. Kjør samme kommando igjen for å fortsette.`,
    );
  if (skipped.length > 0) return EXIT.interrupted;
  return failed.length > 0 ? EXIT.someFailed : EXIT.ok;
}

export function apiSummary(ctx: Context, started: number): string {
  const s = ctx.caller.stats;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return `${s.requests} API-kall (${s.retries} nye forsøk) på ${seconds} s.`;
}
