import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkProductScopes,
  describeProblems,
  type MemberUse,
  productMembers,
} from '../../tools/scopes/checkScopes';
import { DOCUMENTED_SCOPES_FILE, generateDocumentedScopes, serialize } from '../../tools/scopes/generate';

const AUTH = 'https://www.googleapis.com/auth/';
const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8')) as { oauthScopes: string[] };
const without = (scope: string) => ({ oauthScopes: manifest.oauthScopes.filter((s) => s !== scope) });

describe('the documented scopes table', () => {
  it('is exactly what tools/scopes/generate.ts makes from gas-types-detailed (never edited by hand)', () => {
    const fresh = serialize(generateDocumentedScopes());
    expect(readFileSync(DOCUMENTED_SCOPES_FILE, 'utf8')).toBe(fresh);
  });

  it('keys members as Namespace.Interface.member with the reference scopes and page', () => {
    const table = generateDocumentedScopes();
    expect(table.members['Drive.Folder.addEditors']).toEqual({
      scopes: [`${AUTH}drive`],
      ref: 'drive/folder#addEditors(String)',
    });
    expect(table.members['Spreadsheet.Range.setValues']?.scopes).toEqual([
      `${AUTH}spreadsheets.currentonly`,
      `${AUTH}spreadsheets`,
    ]);
    expect(table.members['Spreadsheet.SpreadsheetApp.openById']?.scopes).toEqual([`${AUTH}spreadsheets`]);
    expect(table.members['Lock.Lock.tryLock']?.scopes).toEqual([]);
  });
});

describe('the product scope check (CI)', () => {
  let members: MemberUse[];
  beforeAll(() => {
    members = productMembers();
  }, 120_000);

  it('finds the Apps Script members src/ uses, with their call sites', () => {
    const keys = members.map((m) => m.key);
    expect(keys).toContain('Drive.DriveApp.createFolder');
    expect(keys).toContain('Spreadsheet.Range.setValues');
    expect(members.find((m) => m.key === 'Drive.DriveApp.createFolder')!.sites[0]).toMatch(
      /^src\/.+\.ts:\d+$/,
    );
  });

  it('passes with the real manifest', () => {
    const report = checkProductScopes(manifest, members);
    expect(describeProblems(report)).toEqual([]);
    expect(report.checked).toBeGreaterThan(100);
  });

  it('fails without the Drive scope, naming each member and the scope it needs', () => {
    const lines = describeProblems(checkProductScopes(without(`${AUTH}drive`), members));
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.find((l) => l.startsWith('Drive.DriveApp.createFolder '))).toMatch(
      /^Drive\.DriveApp\.createFolder needs https:\/\/www\.googleapis\.com\/auth\/drive \(used at src\/.+; https:\/\/developers\.google\.com\/apps-script\/reference\/drive\/drive-app#createFolder\(String\)\)$/,
    );
  });

  it('fails without the spreadsheet scope, naming the spreadsheet members', () => {
    const report = checkProductScopes(without(`${AUTH}spreadsheets`), members);
    const keys = report.problems.map((p) => p.key);
    expect(keys).toContain('Spreadsheet.Range.setValues');
    expect(report.problems.find((p) => p.key === 'Spreadsheet.Range.setValues')!.needsOneOf).toEqual([
      `${AUTH}spreadsheets.currentonly`,
      `${AUTH}spreadsheets`,
    ]);
  });

  it('needs the full spreadsheets scope: the report sheet and the anonymised report are other spreadsheets', () => {
    const narrow = {
      oauthScopes: [...without(`${AUTH}spreadsheets`).oauthScopes, `${AUTH}spreadsheets.currentonly`],
    };
    const keys = checkProductScopes(narrow, members).problems.map((p) => p.key);
    expect(keys).toEqual(
      expect.arrayContaining(['Spreadsheet.SpreadsheetApp.openById', 'Spreadsheet.SpreadsheetApp.create']),
    );
    expect(keys).not.toContain('Spreadsheet.Range.setValues');
  });

  it('checks nothing for a manifest that lets Apps Script detect the scopes', () => {
    expect(checkProductScopes({}, members).problems).toEqual([]);
  });
});
