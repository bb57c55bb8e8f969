import { gas } from '../core/gas.js';
import { proxyOf, track } from '../core/tracking.js';
import type { EmuRange } from './range.js';
import type { EmuSheet } from './sheet.js';

/**
 * https://developers.google.com/apps-script/reference/spreadsheet/protection
 * A new protection's editors are the owner and the user who protected it.
 */
export class EmuProtection implements Partial<GoogleAppsScript.Spreadsheet.Protection> {
  _description = '';
  _warningOnly = false;
  readonly _editors = new Set<string>();
  _unprotected: EmuRange[] = [];
  _removed = false;

  constructor(
    readonly _sheet: EmuSheet,
    readonly _type: 'SHEET' | 'RANGE',
    readonly _range: EmuRange | null,
  ) {
    this._editors.add(_sheet._env.owner);
    this._editors.add(_sheet._env.activeUser);
  }
  static _create(sheet: EmuSheet, type: 'SHEET' | 'RANGE', range: EmuRange | null): EmuProtection {
    return track(new EmuProtection(sheet, type, range), 'Protection', sheet._env);
  }
  private self(): GoogleAppsScript.Spreadsheet.Protection {
    return gas(proxyOf(this));
  }
  private user(u: string | GoogleAppsScript.Base.User): string {
    return typeof u === 'string' ? u : u.getEmail();
  }
  setDescription(description: string) {
    this._description = description;
    return this.self();
  }
  getDescription(): string {
    return this._description;
  }
  setWarningOnly(warningOnly: boolean) {
    if (warningOnly && this._editors.size > 2)
      throw new Error('A warning-only protection cannot have editors.');
    this._warningOnly = warningOnly;
    return this.self();
  }
  isWarningOnly(): boolean {
    return this._warningOnly;
  }
  addEditor(emailAddress: string | GoogleAppsScript.Base.User): GoogleAppsScript.Spreadsheet.Protection {
    this._editors.add(this.user(emailAddress));
    return this.self();
  }
  addEditors(emailAddresses: string[]) {
    for (const e of emailAddresses) this._editors.add(e);
    return this.self();
  }
  removeEditors(
    emailAddresses: (string | GoogleAppsScript.Base.User)[],
  ): GoogleAppsScript.Spreadsheet.Protection {
    // The owner cannot be removed.
    for (const u of emailAddresses) {
      const e = this.user(u);
      if (e !== this._sheet._env.owner) this._editors.delete(e);
    }
    return this.self();
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    return gas([...this._editors].map((email) => ({ getEmail: () => email })));
  }
  setDomainEdit(_editable: boolean) {
    return this.self();
  }
  canDomainEdit(): boolean {
    return false;
  }
  canEdit(): boolean {
    return this._warningOnly || this._editors.has(this._sheet._env.activeUser);
  }
  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]) {
    this._unprotected = [...(ranges as unknown as EmuRange[])];
    return this.self();
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    return gas(this._range ?? this._sheet.getDataRange());
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return gas(this._type);
  }
  remove(): void {
    this._removed = true;
    const i = this._sheet._protections.indexOf(this);
    if (i >= 0) this._sheet._protections.splice(i, 1);
  }
}
