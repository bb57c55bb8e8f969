import type { Env } from '../core/env.js';
import { gas } from '../core/gas.js';
import { proxyOf, track } from '../core/tracking.js';
import type { DataValidationSpec } from './cell.js';

/** https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder */
export interface EmuDataValidation {
  readonly _spec: DataValidationSpec;
}

export function makeDataValidation(spec: DataValidationSpec, env: Env): EmuDataValidation {
  return track(
    {
      _spec: spec,
      getCriteriaType: () => spec.criteria,
      getCriteriaValues: () => [...spec.args],
      getAllowInvalid: () => spec.allowInvalid,
      getHelpText: () => spec.helpText,
      copy: () => EmuDataValidationBuilder._create(env, { ...spec, args: [...spec.args] }),
    },
    'DataValidation',
    env,
  );
}

export class EmuDataValidationBuilder implements Partial<GoogleAppsScript.Spreadsheet.DataValidationBuilder> {
  constructor(
    readonly _env: Env,
    readonly _spec: DataValidationSpec,
  ) {}
  static _create(
    env: Env,
    spec: DataValidationSpec = { criteria: '', args: [], allowInvalid: true, helpText: null },
  ): EmuDataValidationBuilder {
    return track(new EmuDataValidationBuilder(env, spec), 'DataValidationBuilder', env);
  }
  private self(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return gas(proxyOf(this));
  }
  private require(criteria: string, args: unknown[]) {
    this._spec.criteria = criteria;
    this._spec.args = args;
    return this.self();
  }
  requireValueInList(values: string[], showDropdown = true) {
    return this.require('VALUE_IN_LIST', [values, showDropdown]);
  }
  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown = true) {
    return this.require('VALUE_IN_RANGE', [range, showDropdown]);
  }
  requireDate() {
    return this.require('DATE_IS_VALID_DATE', []);
  }
  requireCheckbox() {
    return this.require('CHECKBOX', []);
  }
  requireTextIsEmail() {
    return this.require('TEXT_IS_VALID_EMAIL', []);
  }
  setAllowInvalid(allowInvalidData: boolean) {
    this._spec.allowInvalid = allowInvalidData;
    return this.self();
  }
  setHelpText(helpText: string) {
    this._spec.helpText = helpText;
    return this.self();
  }
  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    if (!this._spec.criteria) throw new Error('A data validation rule needs a criteria.');
    return gas(makeDataValidation({ ...this._spec, args: [...this._spec.args] }, this._env));
  }
}
