// Calls an API with exponential backoff and full jitter on 429, 5xx and time-outs, safe for creates.
import { AmbiguousError, ApiError, classify, type Failure } from './errors';
import type { RateLimiter } from './rateLimiter';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  retries: number;
  baseMs: number;
  maxMs: number;
  random: () => number;
  sleep: (ms: number) => Promise<void>;
}

export const DEFAULT_POLICY: RetryPolicy = {
  retries: 6,
  baseMs: 500,
  maxMs: 32_000,
  random: Math.random,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * - `idempotent`: reads, and writes that set a state (PUT content, update properties): any transient
 *   failure is retried.
 * - `create`: a request that would make a second thing if repeated. Only a rate-limit refusal (nothing
 *   happened) is retried; a 5xx or a time-out throws AmbiguousError so the caller can look before it
 *   tries again.
 */
export type Safety = 'idempotent' | 'create';

export interface CallStats {
  requests: number;
  retries: number;
  byLabel: Map<string, number>;
}

export function newStats(): CallStats {
  return { requests: 0, retries: 0, byLabel: new Map() };
}

/** Full jitter: a random wait up to the exponential cap, never shorter than Retry-After. */
export function backoffMs(policy: RetryPolicy, attempt: number, failure?: Failure): number {
  const cap = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
  const jittered = Math.floor(policy.random() * cap);
  const asked = failure?.retryAfterS ? Math.min(failure.retryAfterS * 1000, policy.maxMs) : 0;
  return Math.max(jittered, asked);
}

export class Caller {
  readonly stats = newStats();

  constructor(
    readonly policy: RetryPolicy,
    private readonly limiters: Partial<Record<string, RateLimiter>> = {},
  ) {}

  /** Runs `fn` (one googleapis call) and returns its data. `label` is "api.method", used for stats. */
  async call<T>(label: string, safety: Safety, fn: () => Promise<{ data: T }>): Promise<T> {
    const limiter = this.limiters[limiterKey(label)];
    for (let attempt = 0; ; attempt++) {
      await limiter?.take();
      this.stats.requests++;
      this.stats.byLabel.set(label, (this.stats.byLabel.get(label) ?? 0) + 1);
      try {
        return (await fn()).data;
      } catch (error) {
        const failure = classify(error);
        if (failure.kind === 'client') throw new ApiError(label, failure);
        if (safety === 'create' && failure.kind !== 'rate') throw new AmbiguousError(label, failure);
        if (attempt >= this.policy.retries) throw new ApiError(label, failure);
        this.stats.retries++;
        await this.policy.sleep(backoffMs(this.policy, attempt, failure));
      }
    }
  }
}

/** Sheets' per-user quotas are per minute for reads and for writes; other APIs are not limited here. */
export function limiterKey(label: string): string {
  if (!label.startsWith('sheets.')) return '';
  return /\.(get|batchGet)$/.test(label) ? 'sheetsRead' : 'sheetsWrite';
}
