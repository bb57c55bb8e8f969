// Signing in: the installed-app flow with a local redirect and PKCE, the cached login outside the
// repository, and the service account's rules.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JWT } from 'google-auth-library';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authClient } from '../../cli/auth/authClient';
import { login } from '../../cli/auth/login';
import { SCOPES } from '../../cli/auth/scopes';
import { configDir, loadLogin, tokenPath } from '../../cli/auth/tokenStore';
import { REPO_ROOT } from '../../cli/dist';
import { MemoryReporter } from '../../cli/output/reporter';
import { FakeGoogle } from '../../tools/fakeGoogle/server';

let fake: FakeGoogle;
const dir = mkdtempSync(join(tmpdir(), 'skolemiljo-auth-'));
const clientFile = join(dir, 'klient.json');
writeFileSync(
  clientFile,
  JSON.stringify({ installed: { client_id: 'kommune-klient', client_secret: 'hemmelig-klient' } }),
);

beforeAll(async () => {
  fake = await new FakeGoogle().start();
});
afterAll(async () => {
  await fake.stop();
});

/** Plays the browser: follows the sign-in URL's redirect back to the local server with a code. */
const browser =
  (code: string, tamper = false) =>
  (url: string) => {
    const u = new URL(url);
    const back = new URL(u.searchParams.get('redirect_uri')!);
    back.searchParams.set('code', code);
    back.searchParams.set('state', tamper ? 'wrong' : u.searchParams.get('state')!);
    void fetch(back);
  };

describe('login', () => {
  it('signs in through a local redirect with PKCE and caches the refresh token privately', async () => {
    const reporter = new MemoryReporter();
    let shown = '';
    const path = await login({
      clientFile,
      reporter,
      configDir: join(dir, 'config'),
      endpoints: { oauth2TokenUrl: `${fake.url}token` },
      open: (url) => {
        shown = url;
        browser('good-code')(url);
      },
    });
    const u = new URL(shown);
    expect(u.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(u.searchParams.get('code_challenge_method')).toBe('S256');
    expect(u.searchParams.get('access_type')).toBe('offline');
    expect(u.searchParams.get('scope')?.split(' ')).toEqual([...SCOPES]);
    expect(fake.tokenRequests.at(-1)?.code_verifier).toBeTruthy();
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(loadLogin(join(dir, 'config'))?.refresh_token).toBe('1//fake-refresh-token-0123456789');
    expect(JSON.stringify(reporter.lines)).not.toContain('fake-refresh-token');
  });

  it('ignores a redirect with the wrong state, and gives up after the time limit', async () => {
    await expect(
      login({
        clientFile,
        reporter: new MemoryReporter(),
        configDir: join(dir, 'config2'),
        endpoints: { oauth2TokenUrl: `${fake.url}token` },
        open: browser('good-code', true),
        timeoutMs: 300,
      }),
    ).rejects.toThrow('Innloggingen ble ikke fullført innen fristen.');
  });

  it('keeps the login out of the repository', () => {
    expect(() => configDir({ SKOLEMILJO_CONFIG_DIR: join(REPO_ROOT, '.skolemiljo') })).toThrow(
      /inne i prosjektmappen/,
    );
    expect(tokenPath(join(dir, 'x'))).toBe(join(dir, 'x', 'innlogging.json'));
    expect(readFileSync(join(REPO_ROOT, '.gitignore'), 'utf8')).toBeTruthy();
  });
});

describe('authClient', () => {
  it('acts as the --subject user with a service account, and only then', () => {
    const keyFile = join(dir, 'nøkkel.json');
    const client = authClient({ serviceAccount: keyFile, subject: 'skolemiljo@kommune.example' });
    expect(client).toBeInstanceOf(JWT);
    expect((client as JWT).subject).toBe('skolemiljo@kommune.example');
    expect((client as JWT).scopes).toEqual([...SCOPES]);
    expect(() => authClient({ serviceAccount: keyFile })).toThrow(/krever --subject/);
    expect(() => authClient({ subject: 'a@b.no' })).toThrow(/bare sammen med --service-account/);
  });

  it('asks the user to sign in when there is no cached login', () => {
    expect(() => authClient({ configDir: join(dir, 'tom') })).toThrow(/skolemiljo login --client/);
  });
});
