// The credentials a command runs with: a service account acting for a Workspace user (domain-wide
// delegation), or the cached login of the person running the tool.
import { JWT, OAuth2Client } from 'google-auth-library';
import { UserError } from '../google/errors';
import { SCOPES } from './scopes';
import { loadLogin } from './tokenStore';

export interface AuthOptions {
  serviceAccount?: string;
  subject?: string;
  configDir?: string;
  /** Token endpoint of a local fake of Google (hidden --api-root); never set against real Google. */
  tokenUrl?: string;
}

export function authClient(options: AuthOptions): OAuth2Client {
  if (options.serviceAccount) {
    // The Apps Script API refuses service accounts acting as themselves: they must act as a user.
    if (!options.subject)
      throw new UserError(
        '--service-account krever --subject <bruker@kommune.no> (brukeren kontoen opptrer som).',
      );
    return new JWT({ keyFile: options.serviceAccount, scopes: [...SCOPES], subject: options.subject });
  }
  if (options.subject) throw new UserError('--subject brukes bare sammen med --service-account.');
  const stored = loadLogin(options.configDir);
  if (!stored)
    throw new UserError(
      'Du er ikke logget inn. Kjør «npx skolemiljo login --client <klientfil.json>» først.',
    );
  const client = new OAuth2Client({
    clientId: stored.client_id,
    clientSecret: stored.client_secret,
    ...(options.tokenUrl ? { endpoints: { oauth2TokenUrl: options.tokenUrl } } : {}),
  });
  client.setCredentials({ refresh_token: stored.refresh_token });
  return client;
}
