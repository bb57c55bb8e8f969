// Plumbing for tests and the bench: a context whose googleapis clients talk to the local fake, with fast backoff.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OAuth2Client } from 'google-auth-library';
import type { Context } from '../../cli/context';
import { createApis } from '../../cli/google/apis';
import { Caller } from '../../cli/google/retry';
import { MemoryReporter } from '../../cli/output/reporter';
import { prng } from './faults';
import type { FakeGoogle } from './server';

export interface FakeContextOptions {
  dryRun?: boolean;
  concurrency?: number;
  timeoutMs?: number;
  today?: string;
  stopped?: () => boolean;
  retries?: number;
}

export function fakeContext(
  fake: FakeGoogle,
  o: FakeContextOptions = {},
): { ctx: Context; reporter: MemoryReporter } {
  // The real OAuth client: it gets its access token from the fake's token endpoint.
  const auth = new OAuth2Client({
    clientId: 'test',
    clientSecret: 'test',
    endpoints: { oauth2TokenUrl: `${fake.url}token` },
  });
  auth.setCredentials({ refresh_token: 'test-refresh-token' });
  const reporter = new MemoryReporter();
  const random = prng(7);
  const ctx: Context = {
    apis: createApis(auth, { rootUrl: fake.url, timeoutMs: o.timeoutMs ?? 250 }),
    caller: new Caller({
      retries: o.retries ?? 8,
      baseMs: 2,
      maxMs: 25,
      random,
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    }),
    reporter,
    dryRun: o.dryRun ?? false,
    concurrency: o.concurrency ?? 16,
    today: () => o.today ?? '2026-03-02',
    stopped: o.stopped ?? (() => false),
  };
  return { ctx, reporter };
}

/** A CSV of n schools, some with a contact, in the semicolon form Norwegian spreadsheets export. */
export function schoolsCsv(n: number, dir = mkdtempSync(join(tmpdir(), 'skolemiljo-'))): string {
  const lines = ['Skole;Rektor;Kontakt'];
  for (let i = 1; i <= n; i++)
    lines.push(
      `Testskole ${String(i).padStart(3, '0')};rektor${i}@skole${i}.kommune.example;${i % 3 === 0 ? 'radgiver@kommune.example' : ''}`,
    );
  const path = join(dir, 'skoler.csv');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** A small stand-in for dist/ (the real bundle is 450 kB: 200 uploads of it would only test the disk). */
export function tinyDist(version: string, dir = mkdtempSync(join(tmpdir(), 'skolemiljo-dist-'))): string {
  writeFileSync(join(dir, 'Code.js'), `function onOpen() {}\nfunction setUp() {}\n// ${version}\n`);
  writeFileSync(
    join(dir, 'appsscript.json'),
    JSON.stringify({ timeZone: 'Europe/Oslo', runtimeVersion: 'V8' }),
  );
  writeFileSync(join(dir, 'Help.html'), '<p>Hjelp</p>');
  return dir;
}
