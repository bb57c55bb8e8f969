import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DIST_CODE, readDistHtml } from '../../tools/build/build';
import { Emulator, type EmulatorOptions, type Manifest } from '../../tools/emulator/emulator';

let cached: { code: string; html: Record<string, string>; manifest: Manifest } | null = null;

/**
 * A fresh emulated account with the built dist/Code.js loaded, as Apps Script would run it, under the
 * built manifest (dist/appsscript.json): its OAuth scopes are enforced and its time zone is the script's.
 * Pass `manifest` (or `oauthScopes`) to run under another one.
 */
export function loadBundle(options: EmulatorOptions = {}): Emulator {
  if (!cached) {
    if (!existsSync(DIST_CODE)) throw new Error('dist/Code.js is missing: run `npm run build`.');
    const manifest = JSON.parse(
      readFileSync(join(dirname(DIST_CODE), 'appsscript.json'), 'utf8'),
    ) as Manifest;
    cached = { code: readFileSync(DIST_CODE, 'utf8'), html: readDistHtml(), manifest };
  }
  return new Emulator({ manifest: cached.manifest, ...options }).load(cached.code, cached.html);
}

/** The values of a sheet as the script would read them (header first). */
export function sheetValues(emu: Emulator, name: string): unknown[][] {
  const sheet = emu.spreadsheet._sheetByName(name);
  if (!sheet) throw new Error(`No sheet ${name}`);
  return sheet.getDataRange().getValues();
}

/** Rows of a sheet as objects keyed by header. */
export function sheetRecords(emu: Emulator, name: string): Record<string, unknown>[] {
  const [header = [], ...rows] = sheetValues(emu, name);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}
