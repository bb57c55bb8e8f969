import { zonedParts, zonedWallToInstant } from '../core/dateFormat.js';
import type { Env } from '../core/env.js';
import { gas } from '../core/gas.js';
import { proxyOf, track } from '../core/tracking.js';
import { parseA1 } from './a1.js';
import type { EmuRange } from './range.js';
import { EmuSheet } from './sheet.js';

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * A spreadsheet file. A new one has one sheet, "Ark 1" in a Norwegian account.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
 *
 * Its time zone and locale are its own (set from the creator's account when it is made; the emulator's
 * account defaults to Etc/GMT and en_US, see EmulatorOptions): typed dates are midnight in its zone,
 * dates are shown in its zone, typed text is read by its locale
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetTimeZone(),
 * #setSpreadsheetTimeZone(String), #getSpreadsheetLocale(), #setSpreadsheetLocale(String)).
 */
export class EmuSpreadsheet implements Partial<GasSpreadsheet> {
  readonly _sheets: EmuSheet[] = [];
  readonly _namedRanges = new Map<string, EmuRange>();
  readonly _editors = new Set<string>();
  _active: { sheet: EmuSheet; range: EmuRange | null } | null = null;
  readonly _toasts: string[] = [];
  _timeZone: string;
  _locale: string;
  private sheetSeq = 0;

  constructor(
    readonly _env: Env,
    readonly _id: string,
    public _name: string,
  ) {
    this._timeZone = _env.spreadsheetDefaults.timeZone;
    this._locale = _env.spreadsheetDefaults.locale;
  }

  static _create(env: Env, name: string): EmuSpreadsheet {
    const ss = track(new EmuSpreadsheet(env, env.newId('ss'), name), 'Spreadsheet', env);
    ss._addSheet('Ark 1', 0);
    return ss;
  }

  _addSheet(name: string, index: number): EmuSheet {
    const sheet = EmuSheet._create(
      this._env,
      this,
      name,
      this.sheetSeq === 0 ? 0 : 100_000 + this.sheetSeq * 7919,
    );
    this.sheetSeq++;
    this._sheets.splice(index, 0, sheet);
    return sheet;
  }

  /** Midnight of a local date in the spreadsheet's time zone (how a typed date is stored). */
  _midnight(year: number, month: number, day: number): number {
    return zonedWallToInstant(this._timeZone, year, month, day);
  }

  _sheetByName(name: string): EmuSheet | null {
    return this._sheets.find((s) => s._name === name) ?? null;
  }

  getId(): string {
    return this._id;
  }
  getName(): string {
    return this._name;
  }
  rename(newName: string): void {
    this._name = newName;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this._timeZone;
  }
  /**
   * A date cell holds a local date and time (a serial number), not an instant: changing the zone keeps
   * what every date cell shows and moves the instant the script reads (inferred from Sheets' serial dates).
   */
  setSpreadsheetTimeZone(timezone: string): void {
    try {
      new Intl.DateTimeFormat('en', { timeZone: timezone });
    } catch {
      throw new Error(`Invalid argument: timezone`);
    }
    const from = this._timeZone;
    if (from === timezone) return;
    for (const sheet of this._sheets) {
      for (const row of sheet._grid) {
        for (const cell of row ?? []) {
          if (!cell || typeof cell.value !== 'object') continue;
          const p = zonedParts(new Date(cell.value.date), from);
          const ms = zonedWallToInstant(timezone, p.year, p.month, p.day, p.hour, p.minute, p.second);
          cell.value = { date: ms + (((cell.value.date % 1000) + 1000) % 1000) };
        }
      }
    }
    this._timeZone = timezone;
  }
  getSpreadsheetLocale(): string {
    return this._locale;
  }
  setSpreadsheetLocale(locale: string): void {
    if (!/^[a-z]{2,3}(_[A-Z]{2})?$/.test(locale)) throw new Error('Invalid argument: locale');
    this._locale = locale;
  }
  getOwner(): GoogleAppsScript.Base.User {
    const email = this._env.owner;
    return gas({ getEmail: () => email });
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    return gas([this._env.owner, ...this._editors].map((email) => ({ getEmail: () => email })));
  }
  addEditor(emailAddress: string | GoogleAppsScript.Base.User): GasSpreadsheet {
    this._editors.add(typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail());
    return gas(proxyOf(this));
  }
  getSheets(): GoogleAppsScript.Spreadsheet.Sheet[] {
    return gas([...this._sheets]);
  }
  getSheetByName(name: string): GoogleAppsScript.Spreadsheet.Sheet | null {
    return gas(this._sheetByName(name));
  }
  getSheetById(id: number): GoogleAppsScript.Spreadsheet.Sheet | null {
    return gas(this._sheets.find((s) => s._id === id) ?? null);
  }
  insertSheet(a?: unknown, b?: unknown): GoogleAppsScript.Spreadsheet.Sheet {
    const name = typeof a === 'string' ? a : `Ark ${this._sheets.length + 1}`;
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : this._sheets.length;
    if (this._sheets.some((s) => s._name.toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = this._addSheet(name, index);
    this._active = { sheet, range: null };
    return gas(sheet);
  }
  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    (sheet as unknown as EmuSheet)._assertSheetEditable();
    if (this._sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    const i = this._sheets.indexOf(sheet as unknown as EmuSheet);
    if (i >= 0) this._sheets.splice(i, 1);
  }
  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return gas(this._active?.sheet ?? this._sheets[0]);
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Sheet {
    this._active = { sheet: sheet as unknown as EmuSheet, range: null };
    return sheet;
  }
  /** null when nothing is selected (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getActiveRange()). */
  getActiveRange(): GoogleAppsScript.Spreadsheet.Range | null {
    return gas(this._active?.range ?? null);
  }
  getActiveCell(): GoogleAppsScript.Spreadsheet.Range {
    const r = this._active?.range;
    const sheet = this._active?.sheet ?? this._sheets[0]!;
    return gas(r ? r._sheet._range(r._row, r._column, 1, 1) : sheet._range(1, 1, 1, 1));
  }
  getRange(a1Notation: string): GoogleAppsScript.Spreadsheet.Range {
    const g = parseA1(a1Notation, 1_000_000, 18_278);
    const sheet = g.sheetName ? this._sheetByName(g.sheetName) : (this._active?.sheet ?? this._sheets[0]!);
    if (!sheet) throw new Error('Range not found');
    return sheet.getRange(a1Notation.slice(a1Notation.lastIndexOf('!') + 1));
  }
  setNamedRange(name: string, range: GoogleAppsScript.Spreadsheet.Range): void {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Invalid name for a named range: ${name}`);
    this._namedRanges.set(name, range as unknown as EmuRange);
  }
  getRangeByName(name: string): GoogleAppsScript.Spreadsheet.Range | null {
    return gas(this._namedRanges.get(name) ?? null);
  }
  removeNamedRange(name: string): void {
    this._namedRanges.delete(name);
  }
  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return gas(
      [...this._namedRanges.entries()].map(([name, range]) =>
        track({ getName: () => name, getRange: () => range }, 'NamedRange', this._env),
      ),
    );
  }
  toast(msg: string, title?: string, _timeoutSeconds?: number | null): void {
    this._toasts.push(title ? `${title}: ${msg}` : msg);
  }
  getFormUrl(): string | null {
    return this._sheets.find((s) => s._formUrl)?._formUrl ?? null;
  }

  // --- row operations on the active sheet (spreadsheet#deleteRow(Integer) …) ----------------------
  private activeSheet(): EmuSheet {
    return this._active?.sheet ?? this._sheets[0]!;
  }
  deleteRow(rowPosition: number): GoogleAppsScript.Spreadsheet.Sheet {
    return this.activeSheet().deleteRow(rowPosition);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.activeSheet().deleteRows(rowPosition, howMany);
  }
  insertRowAfter(afterPosition: number): GoogleAppsScript.Spreadsheet.Sheet {
    return this.activeSheet().insertRowAfter(afterPosition);
  }
  insertRowBefore(beforePosition: number): GoogleAppsScript.Spreadsheet.Sheet {
    return this.activeSheet().insertRowBefore(beforePosition);
  }
  insertRowsAfter(afterPosition: number, howMany: number): GoogleAppsScript.Spreadsheet.Sheet {
    return this.activeSheet().insertRowsAfter(afterPosition, howMany);
  }
  insertRowsBefore(beforePosition: number, howMany: number): GoogleAppsScript.Spreadsheet.Sheet {
    return this.activeSheet().insertRowsBefore(beforePosition, howMany);
  }
  sort(columnPosition: number, ascending?: boolean): GoogleAppsScript.Spreadsheet.Sheet {
    return this.activeSheet().sort(columnPosition, ascending);
  }
}
