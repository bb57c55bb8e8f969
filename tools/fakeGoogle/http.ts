// Request and response shapes of the fake, and Google's error body.
export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  params: string[];
}

export interface FakeResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly googleStatus: string,
    message: string,
    readonly reason = googleStatus.toLowerCase(),
  ) {
    super(message);
  }
}

export function errorBody(status: number, googleStatus: string, message: string, reason: string): unknown {
  return {
    error: { code: status, message, status: googleStatus, errors: [{ reason, message, domain: 'global' }] },
  };
}

export const ok = (body: unknown): FakeResponse => ({ status: 200, body });
