// Backoff with jitter, what counts as retryable, and the rule that a create is never blindly repeated.
import { describe, expect, it } from 'vitest';
import { AmbiguousError, ApiError, classify, describe as describeFailure } from '../../cli/google/errors';
import { RateLimiter } from '../../cli/google/rateLimiter';
import { backoffMs, Caller, limiterKey, type RetryPolicy } from '../../cli/google/retry';
import { redact } from '../../cli/output/redact';

const policy = (random = () => 0.5): RetryPolicy => ({
  retries: 3,
  baseMs: 100,
  maxMs: 1000,
  random,
  sleep: async () => {},
});
const httpError = (status: number, reason = '', headers: Record<string, string> = {}) =>
  Object.assign(new Error('x'), {
    response: {
      status,
      headers,
      data: { error: { errors: [{ reason, message: 'Hemmelig@adresse.no finnes ikke' }] } },
    },
  });

describe('backoff', () => {
  it('grows exponentially up to the cap, with full jitter', () => {
    expect(
      [0, 1, 2, 3, 4, 5].map((a) =>
        backoffMs(
          policy(() => 0.999),
          a,
        ),
      ),
    ).toEqual([99, 199, 399, 799, 999, 999]);
    expect(
      backoffMs(
        policy(() => 0),
        3,
      ),
    ).toBe(0);
  });

  it('waits at least what Retry-After asks, within the cap', () => {
    expect(
      backoffMs(
        policy(() => 0),
        0,
        classify(httpError(429, '', { 'retry-after': '0.5' })),
      ),
    ).toBe(500);
    expect(
      backoffMs(
        policy(() => 0),
        0,
        classify(httpError(429, '', { 'retry-after': '60' })),
      ),
    ).toBe(1000);
  });
});

describe('classify', () => {
  it('sorts failures into rate limits, Google faults, network faults and refusals', () => {
    expect(classify(httpError(429)).kind).toBe('rate');
    expect(classify(httpError(403, 'userRateLimitExceeded')).kind).toBe('rate');
    expect(classify(httpError(403, 'forbidden')).kind).toBe('client');
    expect(classify(httpError(503)).kind).toBe('server');
    expect(classify(Object.assign(new Error('aborted'), { cause: { name: 'AbortError' } }))).toMatchObject({
      kind: 'network',
      reason: 'tidsavbrudd',
    });
  });

  it('never repeats Google’s message, which can quote personal data', () => {
    expect(describeFailure(classify(httpError(404, 'notFound')))).toBe('finnes ikke 404 notFound');
  });
});

describe('Caller', () => {
  it('retries reads on 429 and 5xx, and gives up with ApiError', async () => {
    const caller = new Caller(policy());
    let n = 0;
    await expect(
      caller.call('drive.files.list', 'idempotent', async () => {
        n++;
        if (n < 3) throw httpError(n === 1 ? 429 : 500);
        return { data: 'ok' };
      }),
    ).resolves.toBe('ok');
    await expect(
      caller.call('x.get', 'idempotent', () => Promise.reject(httpError(500))),
    ).rejects.toBeInstanceOf(ApiError);
    expect(caller.stats.requests).toBe(3 + 4);
  });

  it('retries a create only when it was refused, and reports any other failure as ambiguous', async () => {
    const caller = new Caller(policy());
    let n = 0;
    const create = () => {
      n++;
      return n === 1 ? Promise.reject(httpError(429)) : Promise.reject(httpError(500));
    };
    await expect(caller.call('script.projects.create', 'create', create)).rejects.toBeInstanceOf(
      AmbiguousError,
    );
    expect(n).toBe(2);
    await expect(
      caller.call('x.create', 'create', () => Promise.reject(httpError(400))),
    ).rejects.toBeInstanceOf(ApiError);
  });

  it('limits Sheets reads and writes separately, and nothing else', () => {
    expect(limiterKey('sheets.spreadsheets.values.batchGet')).toBe('sheetsRead');
    expect(limiterKey('sheets.spreadsheets.values.batchUpdate')).toBe('sheetsWrite');
    expect(limiterKey('drive.files.list')).toBe('');
  });
});

describe('RateLimiter', () => {
  it('lets a burst through, then spaces requests to the per-minute rate', async () => {
    let now = 0;
    const waits: number[] = [];
    const limiter = new RateLimiter(
      60,
      () => now,
      async (ms) => {
        waits.push(ms);
        now += ms;
      },
    );
    for (let i = 0; i < 12; i++) await limiter.take();
    expect(waits).toEqual([1000, 1000]);
  });
});

describe('redact', () => {
  it('removes addresses, bearer tokens, refresh tokens and keys', () => {
    expect(redact('rektor@skole.no fikk Bearer ya29.abc-DEF og 1//0gAbCdEfGhIjKlMnOpQrStUv')).toBe(
      '<e-post> fikk Bearer *** og ***',
    );
    expect(redact('-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----')).toBe('***');
  });
});
