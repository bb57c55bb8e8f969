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
  remove(): void {
    this._sheet._filter = null;
  }
}
