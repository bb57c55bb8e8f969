// The built Apps Script project (dist/) as the Apps Script API wants it, and its version.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from './google/errors';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface ScriptFile {
  name: string;
  type: 'SERVER_JS' | 'JSON' | 'HTML';
  source: string;
}

export interface Dist {
  files: ScriptFile[];
  /** package version + a hash of the files: what the registry records per school. */
  version: string;
}

export function readDist(dir = join(REPO_ROOT, 'dist')): Dist {
  if (!existsSync(join(dir, 'Code.js')) || !existsSync(join(dir, 'appsscript.json')))
    throw new UserError(`Fant ikke det bygde skriptet i ${dir}. Kjør «npm run build» først.`);
  const files: ScriptFile[] = [];
  for (const file of readdirSync(dir).sort()) {
    const source = readFileSync(join(dir, file), 'utf8');
    if (file === 'appsscript.json') files.push({ name: 'appsscript', type: 'JSON', source });
    else if (file.endsWith('.js')) files.push({ name: file.slice(0, -3), type: 'SERVER_JS', source });
    else if (file.endsWith('.html')) files.push({ name: file.slice(0, -5), type: 'HTML', source });
  }
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f.name}\0${f.type}\0${f.source}\0`);
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  return { files, version: `${pkg.version}+${hash.digest('hex').slice(0, 12)}` };
}
