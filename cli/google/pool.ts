// Runs one job per item with bounded concurrency; a failing item never stops the others.
import pLimit from 'p-limit';

export type Outcome<T, R> = { item: T; ok: true; value: R } | { item: T; ok: false; error: unknown };

export interface PoolOptions<T, R> {
  concurrency: number;
  /** Checked before each item starts: an interrupted run finishes what it started and stops. */
  stopped?: () => boolean;
  onDone?: (outcome: Outcome<T, R>) => void | Promise<void>;
}

export async function runEach<T, R>(
  items: readonly T[],
  job: (item: T) => Promise<R>,
  options: PoolOptions<T, R>,
): Promise<{ outcomes: Outcome<T, R>[]; skipped: T[] }> {
  const limit = pLimit(Math.max(1, options.concurrency));
  const outcomes: Outcome<T, R>[] = [];
  const skipped: T[] = [];
  await Promise.all(
    items.map((item) =>
      limit(async () => {
        if (options.stopped?.()) {
          skipped.push(item);
          return;
        }
        let outcome: Outcome<T, R>;
        try {
          outcome = { item, ok: true, value: await job(item) };
        } catch (error) {
          outcome = { item, ok: false, error };
        }
        outcomes.push(outcome);
        await options.onDone?.(outcome);
      }),
    ),
  );
  return { outcomes, skipped };
}
