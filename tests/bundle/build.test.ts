import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { checkBundle, DIST_CODE } from '../../tools/build/build';

const code = readFileSync(DIST_CODE, 'utf8');
const manifest = JSON.parse(readFileSync('dist/appsscript.json', 'utf8'));

describe('dist/Code.js', () => {
  it('is one plain script Apps Script can load: no require, export, Node built-ins or timers', () => {
    expect(checkBundle(code)).toEqual([]);
    expect(() => new vm.Script(code)).not.toThrow();
  });

  it('defines a top-level function for every entry point, and nothing runs on load', () => {
    const context = vm.createContext({});
    new vm.Script(code).runInContext(context);
    for (const name of ['onOpen', 'onInstall', 'setUp', 'onFormSubmit', 'onEdit', 'runDailyJobs']) {
      expect(typeof context[name], name).toBe('function');
    }
  });

  it('stays small: every trigger run parses the whole bundle', () => {
    // Unminified on purpose, so Apps Script's stack traces point at readable lines. Most of it is the
    // document templates (as text) and every message in two languages; V8 parses it in a few ms.
    // 800 → 900 KiB with the absence routine (issue 14), kept unminified for readable Apps Script stack traces.
    expect(Buffer.byteLength(code)).toBeLessThan(900 * 1024);
  });

  it('ships the manifest: V8, Europe/Oslo, the scopes the README justifies', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Europe/Oslo');
    // Every DriveApp member is documented as needing the full Drive scope (drive.file is not enough).
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/drive');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive.file');
    // SpreadsheetApp.openById (skoleeier's report sheet) and create (the anonymised report) need the full
    // spreadsheets scope, which covers the bound spreadsheet too: the narrow one would be redundant.
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/spreadsheets');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets.currentonly');
  });
});
