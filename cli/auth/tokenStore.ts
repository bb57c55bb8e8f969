// The cached login, outside the repository, readable by the user only.
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { REPO_ROOT } from '../dist';
import { UserError } from '../google/errors';

export interface StoredLogin {
  type: 'authorized_user';
  client_id: string;
  client_secret: string;
  refresh_token: string;
}

/** $SKOLEMILJO_CONFIG_DIR, else $XDG_CONFIG_HOME/skolemiljo, else ~/.config/skolemiljo. */
export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  const dir =
    env.SKOLEMILJO_CONFIG_DIR || join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'skolemiljo');
  const rel = relative(REPO_ROOT, resolve(dir));
  // A token inside the working tree could end up in a commit.
  if (!rel.startsWith('..'))
    throw new UserError(
      'Innloggingen kan ikke lagres inne i prosjektmappen. Velg en annen SKOLEMILJO_CONFIG_DIR.',
    );
  return dir;
}

export const tokenPath = (dir = configDir()) => join(dir, 'innlogging.json');

export function saveLogin(login: StoredLogin, dir = configDir()): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = tokenPath(dir);
  writeFileSync(path, `${JSON.stringify(login, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
  return path;
}

export function loadLogin(dir = configDir()): StoredLogin | null {
  const path = tokenPath(dir);
  if (!existsSync(path)) return null;
  const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<StoredLogin>;
  if (!data.client_id || !data.refresh_token) return null;
  return data as StoredLogin;
}

export function removeLogin(dir = configDir()): boolean {
  const path = tokenPath(dir);
  if (!existsSync(path)) return false;
  rmSync(path);
  return true;
}
