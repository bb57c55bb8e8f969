// `npx skolemiljo` as a user runs it: the launcher, the help, and a provision and report through the real
// entry point, signed in with a cached login whose token is refreshed at the fake's token endpoint.
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveLogin } from '../../cli/auth/tokenStore';
import { REPO_ROOT } from '../../cli/dist';
import { FakeGoogle } from '../../tools/fakeGoogle/server';
import { schoolsCsv } from '../../tools/fakeGoogle/support';
import { expectNothingTwice, expectRegistersUntouched } from './invariants';

const run = promisify(execFile);
const BIN = join(REPO_ROOT, 'cli/bin/skolemiljo.js');
const config = mkdtempSync(join(tmpdir(), 'skolemiljo-bin-'));
let fake: FakeGoogle;

const cli = async (...args: string[]) => {
  try {
    const r = await run(process.execPath, [BIN, ...args], {
      env: { ...process.env, SKOLEMILJO_CONFIG_DIR: config },
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
};

beforeAll(async () => {
  fake = await new FakeGoogle().start();
});
afterAll(async () => {
  await fake.stop();
});

describe('npx skolemiljo', () => {
  it('documents every command in Norwegian', async () => {
    const { code, stdout } = await cli('--help');
    expect(code).toBe(0);
    for (const command of [
      'login',
      'logout',
      'provision',
      'update',
      'report',
      'status',
      'skoleeier-meldinger',
    ])
      expect(stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(stdout).toContain('Bruk: skolemiljo [valg] <kommando>');
    expect(stdout).toContain('--dry-run');
    expect(stdout).toContain('--service-account');
  });

  it('explains a wrong combination of options, with exit code 2', async () => {
    const { code, stderr } = await cli('--subject', 'admin@kommune.example', 'status');
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('--subject brukes bare sammen med --service-account.');
  });

  it('provisions and reports through the entry point, printing no address and no token', async () => {
    saveLogin(
      {
        type: 'authorized_user',
        client_id: 'k',
        client_secret: 's',
        refresh_token: '1//cached-refresh-token-abcdefghij',
      },
      config,
    );
    const csv = schoolsCsv(3);
    const p = await cli('--api-root', fake.url, '--quiet', 'provision', csv);
    expect(p.stderr).toBe('');
    expect(p.code).toBe(0);
    expect(p.stdout).toContain('Ferdig: 3 skoler klare (3 endret nå), 0 uavklart, 0 feilet.');
    const r = await cli('--api-root', fake.url, '--quiet', 'report');
    expect(r.code).toBe(0);
    for (const out of [p.stdout, p.stderr, r.stdout, r.stderr]) {
      expect(out).not.toMatch(/@|ya29\.|1\/\/cached/);
    }
    expect(fake.tokenRequests.every((t) => t.grant_type === 'refresh_token')).toBe(true);
    expectNothingTwice(fake);
    expectRegistersUntouched(fake);
  });
});
