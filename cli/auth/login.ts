// OAuth for installed apps: the user signs in in a browser, Google redirects to a one-off server on
// 127.0.0.1, and the refresh token is cached outside the repository. PKCE and a state check protect the code.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CodeChallengeMethod, OAuth2Client, type OAuth2ClientOptions } from 'google-auth-library';
import { UserError } from '../google/errors';
import type { Reporter } from '../output/reporter';
import { SCOPES } from './scopes';
import { saveLogin } from './tokenStore';

export interface LoginOptions {
  /** The OAuth client (type «Desktop app») downloaded from Google Cloud Console. */
  clientFile: string;
  reporter: Reporter;
  /** Opens or shows the sign-in URL; the default prints it. */
  open?: (url: string) => void;
  endpoints?: OAuth2ClientOptions['endpoints'];
  configDir?: string;
  timeoutMs?: number;
}

export function readClientFile(path: string): { clientId: string; clientSecret: string } {
  let json: {
    installed?: { client_id?: string; client_secret?: string };
    web?: { client_id?: string; client_secret?: string };
  };
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new UserError('Kunne ikke lese OAuth-klientfilen (JSON fra Google Cloud Console).');
  }
  const c = json.installed ?? json.web;
  if (!c?.client_id || !c.client_secret)
    throw new UserError(
      'OAuth-klientfilen mangler client_id/client_secret. Last ned en klient av typen «Skrivebordsapp».',
    );
  return { clientId: c.client_id, clientSecret: c.client_secret };
}

export async function login(options: LoginOptions): Promise<string> {
  const { clientId, clientSecret } = readClientFile(options.clientFile);
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const redirectUri = `http://127.0.0.1:${port}`;
  try {
    const client = new OAuth2Client({
      clientId,
      clientSecret,
      redirectUri,
      ...(options.endpoints ? { endpoints: options.endpoints } : {}),
    });
    const { codeVerifier, codeChallenge } = await client.generateCodeVerifierAsync();
    const state = randomBytes(16).toString('hex');
    const url = client.generateAuthUrl({
      access_type: 'offline',
      prompt: 'consent',
      scope: [...SCOPES],
      state,
      code_challenge: codeChallenge,
      code_challenge_method: CodeChallengeMethod.S256,
    });
    const code = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new UserError('Innloggingen ble ikke fullført innen fristen.')),
        options.timeoutMs ?? 300_000,
      );
      server.on('request', (req, res) => {
        const params = new URL(req.url ?? '/', redirectUri).searchParams;
        if (params.get('state') !== state) {
          res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Ugyldig forespørsel.');
          return;
        }
        clearTimeout(timer);
        const got = params.get('code');
        res
          .writeHead(got ? 200 : 400, { 'content-type': 'text/html; charset=utf-8' })
          .end(
            got
              ? '<!doctype html><meta charset="utf-8"><p>Du er logget inn i Skolemiljø. Du kan lukke dette vinduet.</p>'
              : '<!doctype html><meta charset="utf-8"><p>Innloggingen ble avbrutt.</p>',
          );
        if (got) resolve(got);
        else reject(new UserError(`Innloggingen ble avbrutt (${params.get('error') ?? 'ukjent grunn'}).`));
      });
    });
    options.reporter.info(
      'Åpne denne lenken i nettleseren og logg inn med kontoen som skal eie skolenes filer:',
    );
    (options.open ?? ((u: string) => options.reporter.info(u)))(url);
    const { tokens } = await client.getToken({ code: await code, codeVerifier });
    if (!tokens.refresh_token)
      throw new UserError('Google ga ingen varig innlogging (refresh token). Prøv igjen.');
    return saveLogin(
      {
        type: 'authorized_user',
        client_id: clientId,
        client_secret: clientSecret,
        refresh_token: tokens.refresh_token,
      },
      options.configDir,
    );
  } finally {
    server.close();
  }
}
