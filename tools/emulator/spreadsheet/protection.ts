import { gasException } from '../core/errors.js';
import { gas } from '../core/gas.js';
import { proxyOf, track } from '../core/tracking.js';
import type { EmuRange } from './range.js';
import type { EmuSheet } from './sheet.js';

/** Sheets' refusal of an edit to a protected range (the standard message, reported from script runs). */
export const PROTECTED =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/**
 * https://developers.google.com/apps-script/reference/spreadsheet/protection
 *
 * - A new protection mirrors the spreadsheet's own permissions "until the script actually changes the list
 *   of editors … (by calling removeEditor, removeEditors, addEditor, addEditors, or setting a new value for
 *   setDomainEdit) … which effectively means that the range remains unprotected" (Range.protect(),
 *   Sheet.protect()). The first such change starts from the spreadsheet's editors: the owner, the
 *   spreadsheet's editors and the user who protected it.
 * - "The spreadsheet owner is always able to edit protected ranges and sheets" (canEdit()).
 * - removeEditor(s): "Neither the owner of the spreadsheet nor the current user can be removed": they are
 *   kept, silently (the reference's own example calls removeEditors(protection.getEditors())).
 * - getEditors() and canDomainEdit() "throw an exception if the user does not have permission to edit the
 *   protected range or sheet" (the text is not documented; the emulator uses the protection message).
 * - setWarningOnly has no rule about editors (the emulator once refused a warning-only protection with
 *   editors; the reference documents no such rule).
 * - setUnprotectedRanges "throws an exception if the Protection object corresponds to a protected range
 *   instead of a protected sheet or if any of the ranges are not on the protected sheet".
 */
export class EmuProtection implements Partial<GoogleAppsScript.Spreadsheet.Protection> {
  _description = '';
  _warningOnly = false;
  /** Editors, once the script has changed them; until then the protection mirrors the spreadsheet's. */
  readonly _editors = new Set<string>();
  _mirror = true;
  _domainEdit = false;
  _unprotected: EmuRange[] = [];
  _removed = false;
  /** Who protected it. */
  readonly _creator: string;

  constructor(
    readonly _sheet: EmuSheet,
    readonly _type: 'SHEET' | 'RANGE',
    readonly _range: EmuRange | null,
  ) {
    this._creator = _sheet._env.activeUser;
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
  private get owner(): string {
    return this._sheet._env.owner;
  }
  /** The spreadsheet's editors: whom a mirroring protection lets edit. */
  private spreadsheetEditors(): string[] {
    return [this.owner, ...this._sheet._parent._editors, this._creator];
  }
  /** The script changes the editors: the list stops mirroring the spreadsheet's. */
  private materialize(): void {
    if (!this._mirror) return;
    for (const e of this.spreadsheetEditors()) this._editors.add(e);
    this._mirror = false;
  }
  /** Whether `user` may edit the protected cells (the owner always may). */
  _canEditUser(user: string): boolean {
    return user === this.owner || this._mirror || this._editors.has(user);
  }
  /** Whether this protection refuses a script's or a person's edit by `user`. */
  _blocks(user: string): boolean {
    return !this._warningOnly && !this._canEditUser(user);
  }
  private assertMayManage(): void {
    if (this._sheet._env.strict.protections && !this._canEditUser(this._sheet._env.activeUser))
      throw gasException(PROTECTED);
  }

  setDescription(description: string) {
    this.assertMayManage();
    this._description = description;
    return this.self();
  }
  getDescription(): string {
    return this._description;
  }
  setWarningOnly(warningOnly: boolean) {
    this.assertMayManage();
    this._warningOnly = warningOnly;
    return this.self();
  }
  isWarningOnly(): boolean {
    return this._warningOnly;
  }
  addEditor(emailAddress: string | GoogleAppsScript.Base.User): GoogleAppsScript.Spreadsheet.Protection {
    this.assertMayManage();
    this.materialize();
    this._editors.add(this.user(emailAddress));
    return this.self();
  }
  addEditors(emailAddresses: string[]) {
    this.assertMayManage();
    this.materialize();
    for (const e of emailAddresses) this._editors.add(e);
    return this.self();
  }
  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): GoogleAppsScript.Spreadsheet.Protection {
    return this.removeEditors([emailAddress]);
  }
  removeEditors(
    emailAddresses: (string | GoogleAppsScript.Base.User)[],
  ): GoogleAppsScript.Spreadsheet.Protection {
    this.assertMayManage();
    this.materialize();
    const current = this._sheet._env.activeUser;
    for (const u of emailAddresses) {
      const e = this.user(u);
      // "Neither the owner of the spreadsheet nor the current user can be removed."
      if (e !== this.owner && e !== current) this._editors.delete(e);
    }
    return this.self();
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    this.assertMayManage();
    const emails = this._mirror ? [...new Set(this.spreadsheetEditors())] : [...this._editors];
    return gas(emails.map((email) => ({ getEmail: () => email })));
  }
  setDomainEdit(editable: boolean) {
    this.assertMayManage();
    this.materialize();
    this._domainEdit = editable;
    return this.self();
  }
  canDomainEdit(): boolean {
    this.assertMayManage();
    return this._domainEdit;
  }
  canEdit(): boolean {
    return this._warningOnly || this._canEditUser(this._sheet._env.activeUser);
  }
  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]) {
    this.assertMayManage();
    if (this._type !== 'SHEET') throw new Error('Unprotected ranges can only be set on a protected sheet.');
    const raw = ranges as unknown as EmuRange[];
    if (raw.some((r) => proxyOf(r._sheet) !== proxyOf(this._sheet)))
      throw new Error('The unprotected ranges must be on the protected sheet.');
    this._unprotected = [...raw];
    return this.self();
  }
  getUnprotectedRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return gas([...this._unprotected]);
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    return gas(this._range ?? this._sheet.getDataRange());
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return gas(this._type);
  }
  remove(): void {
    this.assertMayManage();
    this._removed = true;
    const i = this._sheet._protections.indexOf(proxyOf(this));
    if (i >= 0) this._sheet._protections.splice(i, 1);
  }
}
