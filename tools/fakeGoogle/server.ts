// A local fake of the Google APIs the command line uses (Drive v3, Sheets v4, Apps Script v1, Forms v1,
// and the OAuth token endpoint) on 127.0.0.1, so the real googleapis client, its request building, paging,
// our retries and error handling all run. It injects faults, and it knows which spreadsheets are schools'
// registers: any read of one is a violation the tests check for.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { driveRoutes } from './drive';
import { type FaultConfig, Faults } from './faults';
import { formsRoutes } from './forms';
import { errorBody, type FakeRequest, type FakeResponse, HttpError } from './http';
import { World } from './model';
import { scriptRoutes } from './script';
import { sheetsRoutes } from './sheets';

export interface FakeGoogleOptions {
  faults?: FaultConfig;
  /** Drive's largest page in this fake (forces paging). */
  maxPageSize?: number;
  /** How long a "time-out" keeps the connection open before dropping it. */
  hangMs?: number;
}

export interface LoggedRequest {
  key: string;
  method: string;
  path: string;
  status: number;
  fault: string | null;
}

interface Route {
  key: string;
  method: string;
  pattern: RegExp;
  handle: (req: FakeRequest) => FakeResponse;
}

export class FakeGoogle {
  readonly world = new World();
  readonly faults: Faults;
  readonly log: LoggedRequest[] = [];
  /** Reads of a school's register, or writes outside its settings tab: must stay empty. */
  readonly violations: string[] = [];
  readonly unimplemented: string[] = [];
  readonly tokenRequests: Record<string, string>[] = [];
  url = '';
  private server: Server | null = null;
  private readonly routes: Route[];
  private readonly hanging = new Set<ServerResponse>();

  constructor(private readonly options: FakeGoogleOptions = {}) {
    this.faults = new Faults(options.faults);
    const onRegisterRead = (what: string) => this.violations.push(`read of a register: ${what}`);
    this.routes = [
      ...driveRoutes(this.world, { maxPageSize: options.maxPageSize ?? 100, onRegisterRead }),
      ...sheetsRoutes(this.world, {
        onRegisterRead,
        onRegisterWrite: (what, id, sheetId) => {
          const tab = this.world.spreadsheets.get(id)?.tabs.find((t) => t.sheetId === sheetId);
          if (tab?.title !== 'Innstillinger')
            this.violations.push(`${what} outside Innstillinger in a register: ${id}`);
        },
      }),
      ...scriptRoutes(this.world),
      ...formsRoutes(this.world, { maxResponsesPage: 50 }),
    ];
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error) => {
        res.writeHead(500).end(String(error));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  count(key?: string | RegExp): number {
    return this.log.filter((l) => !key || (typeof key === 'string' ? l.key === key : key.test(l.key))).length;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');

    if (url.pathname === '/token') {
      // The OAuth token endpoint: a login's code (with its PKCE verifier) or a refresh token.
      const form = new URLSearchParams(text);
      this.tokenRequests.push(Object.fromEntries(form));
      const login = form.get('grant_type') === 'authorization_code';
      if (login && (!form.get('code_verifier') || form.get('code') !== 'good-code')) {
        send(res, { status: 400, body: { error: 'invalid_grant' } });
        return;
      }
      send(res, {
        status: 200,
        body: {
          access_token: 'ya29.fake-access-token',
          expires_in: 3600,
          token_type: 'Bearer',
          ...(login ? { refresh_token: '1//fake-refresh-token-0123456789' } : {}),
        },
      });
      return;
    }
    if (!/^Bearer \S+/.test(String(req.headers.authorization ?? ''))) {
      send(res, { status: 401, body: errorBody(401, 'UNAUTHENTICATED', 'Login Required.', 'required') });
      return;
    }
    const method = req.method ?? 'GET';
    let params: string[] = [];
    const route = this.routes.find((r) => {
      if (r.method !== method) return false;
      const m = r.pattern.exec(url.pathname);
      if (m) params = m.slice(1).map((p) => decodeURIComponent(p));
      return Boolean(m);
    });
    if (!route) {
      this.unimplemented.push(`${method} ${url.pathname}`);
      send(res, { status: 404, body: errorBody(404, 'NOT_FOUND', 'Not in this fake.', 'notFound') });
      return;
    }
    const request: FakeRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      body: text ? JSON.parse(text) : undefined,
      params,
    };
    const fault = this.faults.next(route.key);
    const entry: LoggedRequest = { key: route.key, method, path: url.pathname, status: 0, fault };
    this.log.push(entry);

    if (fault === '429') {
      // Drive says «rate limit» with a 403 and a reason half the time, as it does.
      const drive = route.key.startsWith('drive.') && this.faults.roll() < 0.5;
      entry.status = drive ? 403 : 429;
      send(res, {
        status: entry.status,
        body: errorBody(
          entry.status,
          'RESOURCE_EXHAUSTED',
          'Quota exceeded.',
          drive ? 'userRateLimitExceeded' : 'rateLimitExceeded',
        ),
        ...(this.faults.roll() < 0.3 ? { headers: { 'retry-after': '1' } } : {}),
      });
      return;
    }
    if (fault === '500' || fault === 'timeout') {
      if (fault === 'timeout') return this.hang(res, entry);
      entry.status = this.faults.roll() < 0.5 ? 500 : 503;
      send(res, {
        status: entry.status,
        body: errorBody(entry.status, 'INTERNAL', 'Internal error.', 'backendError'),
      });
      return;
    }
    let response: FakeResponse;
    try {
      response = route.handle(request);
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      response = {
        status: error.status,
        body: errorBody(error.status, error.googleStatus, error.message, error.reason),
      };
    }
    // The ambiguous outcomes: the change is made, but the client never learns it.
    if (fault === 'commit-timeout') return this.hang(res, entry);
    if (fault === 'commit-500') {
      entry.status = 500;
      send(res, { status: 500, body: errorBody(500, 'INTERNAL', 'Internal error.', 'backendError') });
      return;
    }
    entry.status = response.status;
    send(res, response);
  }

  private hang(res: ServerResponse, entry: LoggedRequest): void {
    entry.status = -1;
    this.hanging.add(res);
    setTimeout(() => {
      this.hanging.delete(res);
      res.destroy();
    }, this.options.hangMs ?? 2_000).unref();
  }
}

function send(res: ServerResponse, r: FakeResponse): void {
  res.writeHead(r.status, { 'content-type': 'application/json; charset=utf-8', ...(r.headers ?? {}) });
  res.end(JSON.stringify(r.body));
}
