import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referenceMember } from '../../tools/emulator/core/scopes';
import { Emulator } from '../../tools/emulator/emulator';
import { loadBundle } from '../support/bundle';
import { answers, STAFF } from '../support/school';

const AUTH = 'https://www.googleapis.com/auth/';
const MANIFEST = JSON.parse(readFileSync('appsscript.json', 'utf8')) as { oauthScopes: string[] };

const script = `
function folder() { return DriveApp.createFolder('Saker').getName(); }
function active() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').setValue('x').getValue(); }
function other() { return SpreadsheetApp.create('Kopi').getId(); }
function open(id) { return SpreadsheetApp.openById(id).getName(); }
function mail() { MailApp.sendEmail('a@skole.no', 's', 'b'); }
function noScope() { return Utilities.formatDate(new Date(0), 'UTC', 'yyyy') + LockService.getScriptLock().tryLock(10); }
`;

function emulator(scopes: string[] | null): Emulator {
  return new Emulator({ oauthScopes: scopes }).load(script);
}

function error(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an exception');
}

describe('OAuth scopes of the manifest', () => {
  it("throws Google's own error when none of the member's documented scopes is granted", () => {
    const emu = emulator([`${AUTH}spreadsheets.currentonly`, `${AUTH}drive.file`]);
    const e = error(() => emu.run('folder'));
    expect(e.message).toBe(
      `Specified permissions are not sufficient to call DriveApp.createFolder. Required permissions: ${AUTH}drive`,
    );
    expect(String(e)).toBe(`Exception: ${e.message}`);
    expect([...emu.docs.driveStore.items.values()].filter((i) => !i.isRoot)).toEqual([]); // nothing made
  });

  it('lists every documented scope, in the reference order, when several would do', () => {
    const emu = emulator([`${AUTH}drive`]);
    expect(() => emu.run('active')).toThrow(
      `Specified permissions are not sufficient to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (${AUTH}spreadsheets.currentonly || ${AUTH}spreadsheets)`,
    );
  });

  it('spreadsheets.currentonly covers the bound spreadsheet but not openById or create', () => {
    const emu = emulator([`${AUTH}spreadsheets.currentonly`]);
    expect(emu.run('active')).toBe('x');
    expect(() => emu.run('other')).toThrow(
      `Specified permissions are not sufficient to call SpreadsheetApp.create. Required permissions: ${AUTH}spreadsheets`,
    );
    expect(() => emu.run('open', [emu.spreadsheet._id])).toThrow(/call SpreadsheetApp\.openById\./);
    const full = emulator([`${AUTH}spreadsheets`]);
    expect(full.run('open', [full.spreadsheet._id])).toBe('Skolemiljø');
  });

  it('needs no scope for members the reference documents none for (Utilities, Lock)', () => {
    expect(emulator([]).run('noScope')).toBe('1970true');
  });

  it('checks nothing when the manifest has no oauthScopes: Apps Script detects them', () => {
    const emu = emulator(null);
    expect(emu.run('folder')).toBe('Saker');
    expect(() => emu.run('mail')).not.toThrow();
  });

  it('loadBundle runs the product under the built manifest, with the full Drive scope', () => {
    const emu = loadBundle();
    expect(emu.env.grantedScopes).toEqual(new Set(MANIFEST.oauthScopes));
    expect(MANIFEST.oauthScopes).toContain(`${AUTH}drive`);
  });

  it('finds a documented entry for every member the product calls while it works', () => {
    const emu = loadBundle({ now: new Date('2026-09-14T09:00:00+02:00') });
    emu.open('NONE');
    emu.run('setUp');
    emu.open('FULL');
    emu.submitForm(answers(), { email: STAFF });
    emu.runTimeTriggers();
    expect(emu.failedExecutions).toEqual([]);
    const called = Object.keys(emu.env.calls.snapshot());
    const unknown = called.filter((name) => {
      const [type = '', member = ''] = name.split('.');
      return referenceMember(type, member) === null;
    });
    expect(unknown).toEqual([]);
    // The product under drive.file alone: setUp cannot make its folders.
    const narrow = loadBundle({
      oauthScopes: MANIFEST.oauthScopes.map((s) => (s === `${AUTH}drive` ? `${AUTH}drive.file` : s)),
    });
    narrow.open('NONE');
    narrow.run('setUp');
    expect(narrow.sheets.ui.dialogs.map((d) => d.prompt).join('\n')).toContain(
      'Specified permissions are not sufficient to call DriveApp.createFolder',
    );
  });
});
