import { gas } from '../core/gas.js';
import { track } from '../core/tracking.js';
import type { EmuRange } from './range.js';
import type { EmuSheet } from './sheet.js';

/** A sheet's basic filter. https://developers.google.com/apps-script/reference/spreadsheet/filter */
export class EmuFilter implements Partial<GoogleAppsScript.Spreadsheet.Filter> {
  constructor(
    readonly _sheet: EmuSheet,
    public _range: EmuRange,
  ) {}
  static _create(sheet: EmuSheet, range: EmuRange): EmuFilter {
    return track(new EmuFilter(sheet, range), 'Filter', sheet._env);
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    return gas(this._range);
  }
  /** Removing a filter is an edit of its range: refused where the range is protected against the user. */
  remove(): void {
    const r = this._range;
    this._sheet._assertEditable(r._row, r._column, r._numRows, r._numColumns);
    this._sheet._filter = null;
  }
}
