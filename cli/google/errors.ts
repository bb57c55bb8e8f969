// What an API failure means for the caller: retry, give up, or "it may have happened" (ambiguous).
import { redact } from '../output/redact';

export type FailureKind = 'rate' | 'server' | 'network' | 'client';

export interface Failure {
  kind: FailureKind;
  status: number | null;
  /** Google's reason (e.g. rateLimitExceeded), never the message, which can quote personal data. */
  reason: string;
  /** Seconds the server asked us to wait (Retry-After), if any. */
  retryAfterS: number | null;
}

interface ErrorLike {
  status?: unknown;
  code?: unknown;
  name?: unknown;
  cause?: { code?: unknown; name?: unknown };
  response?: { status?: unknown; headers?: unknown; data?: unknown };
}

function header(headers: unknown, name: string): string | null {
  if (!headers) return null;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name);
  const v = (headers as Record<string, unknown>)[name];
  return typeof v === 'string' ? v : null;
}

function googleReason(data: unknown): string {
  const err = (data as { error?: { status?: unknown; errors?: { reason?: unknown }[] } } | undefined)?.error;
  const reason = err?.errors?.[0]?.reason ?? err?.status;
  return typeof reason === 'string' ? reason : '';
}

/** Classifies any thrown value from a googleapis call. */
export function classify(error: unknown): Failure {
  const e = (error ?? {}) as ErrorLike;
  const statusRaw = e.response?.status ?? e.status;
  const status = typeof statusRaw === 'number' ? statusRaw : null;
  const reason = googleReason(e.response?.data);
  const retryAfter = Number(header(e.response?.headers, 'retry-after'));
  const retryAfterS = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null;
  if (status === null) {
    // A time-out reaches us as an aborted fetch (the cause's name); a refused or reset connection by its code.
    const code = [e.code, e.cause?.code, e.cause?.name].find((c): c is string => typeof c === 'string') ?? '';
    const reason = /abort|timeout/i.test(code) ? 'tidsavbrudd' : code;
    return { kind: 'network', status: null, reason, retryAfterS: null };
  }
  // Drive reports rate limits as 403 with a reason; Sheets and Apps Script as 429.
  if (
    status === 429 ||
    (status === 403 && /rateLimitExceeded|userRateLimitExceeded|RESOURCE_EXHAUSTED/.test(reason))
  )
    return { kind: 'rate', status, reason, retryAfterS };
  if (status >= 500 || status === 408) return { kind: 'server', status, reason, retryAfterS };
  return { kind: 'client', status, reason, retryAfterS };
}

/** A failure that may or may not have changed something (a create that timed out or got a 5xx). */
export class AmbiguousError extends Error {
  constructor(
    readonly label: string,
    readonly failure: Failure,
  ) {
    super(`${label}: uavklart utfall (${describe(failure)})`);
  }
}

/** A failure that did not change anything and will not go away by retrying now. */
export class ApiError extends Error {
  constructor(
    readonly label: string,
    readonly failure: Failure,
  ) {
    super(`${label}: ${describe(failure)}`);
  }
}

/** Short Norwegian description, safe to print. */
export function describe(f: Failure): string {
  const what =
    f.kind === 'rate'
      ? 'for mange forespørsler'
      : f.kind === 'server'
        ? 'feil hos Google'
        : f.kind === 'network'
          ? f.reason === 'tidsavbrudd'
            ? 'ikke svar innen tidsfristen'
            : 'nettverksfeil'
          : f.status === 404
            ? 'finnes ikke'
            : f.status === 403
              ? 'ingen tilgang'
              : f.status === 401
                ? 'ikke innlogget'
                : 'avvist';
  const reason = f.reason === 'tidsavbrudd' ? '' : f.reason;
  return redact([what, f.status ?? '', reason].filter(Boolean).join(' '));
}

/** Message for any error, safe to print: our own errors as they are, others only by class. */
export function safeMessage(error: unknown): string {
  if (error instanceof AmbiguousError || error instanceof ApiError) return redact(error.message);
  if (error instanceof UserError) return redact(error.message);
  return describe(classify(error));
}

/** A problem the user can fix (bad CSV, missing login); its message is meant for them. */
export class UserError extends Error {}
