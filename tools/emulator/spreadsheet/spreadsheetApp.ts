import type { Env } from '../core/env.js';
import { gas } from '../core/gas.js';
import { proxyOf, track } from '../core/tracking.js';
import { EmuConditionalFormatRuleBuilder } from './conditionalFormat.js';
import { EmuDataValidationBuilder } from './dataValidation.js';
import { EmuSpreadsheet } from './spreadsheet.js';
import { EmuUi, UiState } from './ui.js';

/** All spreadsheets of the emulated account, and the one the script is bound to. */
export class SheetsStore {
  readonly byId = new Map<string, EmuSpreadsheet>();
  readonly ui = new UiState();
  active: EmuSpreadsheet | null = null;

  constructor(readonly env: Env) {}

  create(name: string): EmuSpreadsheet {
    const ss = EmuSpreadsheet._create(this.env, name);
    this.byId.set(ss._id, ss);
    return ss;
  }
}

class EmuRichTextValueBuilder {
  _text = '';
  _link: string | null = null;
  constructor(readonly _env: Env) {}
  setText(text: string) {
    this._text = text;
    return proxyOf(this);
  }
  setLinkUrl(a: string | number | null, _b?: number, c?: string | null) {
    this._link = typeof a === 'number' ? (c ?? null) : a;
    return proxyOf(this);
  }
  build() {
    const text = this._text;
    const link = this._link;
    return track(
      { _text: text, _link: link, getText: () => text, getLinkUrl: () => link },
      'RichTextValue',
      this._env,
    );
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app */
export class EmuSpreadsheetApp implements Partial<GoogleAppsScript.Spreadsheet.SpreadsheetApp> {
  readonly ProtectionType = gas<GoogleAppsScript.Spreadsheet.SpreadsheetApp['ProtectionType']>({
    SHEET: 'SHEET',
    RANGE: 'RANGE',
  });
  readonly WrapStrategy = gas<GoogleAppsScript.Spreadsheet.SpreadsheetApp['WrapStrategy']>({
    WRAP: 'WRAP',
    CLIP: 'CLIP',
    OVERFLOW: 'OVERFLOW',
  });
  readonly BooleanCriteria = gas<GoogleAppsScript.Spreadsheet.SpreadsheetApp['BooleanCriteria']>({
    CUSTOM_FORMULA: 'CUSTOM_FORMULA',
    TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
    TEXT_CONTAINS: 'TEXT_CONTAINS',
    CELL_EMPTY: 'CELL_EMPTY',
    CELL_NOT_EMPTY: 'CELL_NOT_EMPTY',
  });
  readonly DataValidationCriteria = gas<
    GoogleAppsScript.Spreadsheet.SpreadsheetApp['DataValidationCriteria']
  >({
    VALUE_IN_LIST: 'VALUE_IN_LIST',
    VALUE_IN_RANGE: 'VALUE_IN_RANGE',
    DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
    CHECKBOX: 'CHECKBOX',
    TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  });

  constructor(readonly _store: SheetsStore) {}

  static _create(store: SheetsStore): EmuSpreadsheetApp {
    return track(new EmuSpreadsheetApp(store), 'SpreadsheetApp', store.env, new Set(['getUi']));
  }

  private activeOrThrow(): EmuSpreadsheet {
    if (!this._store.active)
      throw new Error('Apps Script emulator: no active spreadsheet (the script is not bound).');
    return this._store.active;
  }

  /**
   * null where there is no active spreadsheet: an editor add-on's time-driven trigger belongs to the script,
   * not to a document ("A timed trigger will receive null when it calls
   * SpreadsheetApp.getActiveSpreadsheet()", reported: https://github.com/mogsdad/SheetConverter/issues/2).
   */
  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    // Typed non-null by @types/google-apps-script; null at run time, as in Apps Script.
    return gas(this._store.active);
  }
  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return gas(this._store.active);
  }
  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return this.activeOrThrow().getActiveSheet();
  }
  /** null when nothing is selected (typed non-null by @types/google-apps-script). */
  getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    return gas(this.activeOrThrow().getActiveRange());
  }
  openById(id: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    const ss = this._store.byId.get(id);
    // The real error for a missing or inaccessible file.
    if (!ss)
      throw new Error(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    return gas(ss);
  }
  openByUrl(url: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    const id = /\/d\/([^/]+)/.exec(url)?.[1] ?? '';
    return this.openById(id);
  }
  create(name: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return gas(this._store.create(name));
  }
  getUi(): GoogleAppsScript.Base.Ui {
    return gas(EmuUi._create(this._store.env, this._store.ui));
  }
  /**
   * Google buffers spreadsheet writes; flush() applies them. The emulator's writes land at once, so flush
   * only tells the execution that nothing is pending: `Emulator.unflushedLockReleases` records a lock
   * released with writes pending, against the reference's advice to flush first
   * (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()).
   */
  flush(): void {}
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return gas(EmuConditionalFormatRuleBuilder._create(this._store.env));
  }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return gas(EmuDataValidationBuilder._create(this._store.env));
  }
  newRichTextValue(): GoogleAppsScript.Spreadsheet.RichTextValueBuilder {
    return gas(track(new EmuRichTextValueBuilder(this._store.env), 'RichTextValueBuilder', this._store.env));
  }
}
