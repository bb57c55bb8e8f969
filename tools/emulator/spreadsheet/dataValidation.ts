import type { Env } from '../core/env.js';
import { gas } from '../core/gas.js';
import { proxyOf, track } from '../core/tracking.js';
import type { DataValidationSpec, Stored, Typed } from './cell.js';

/**
 * Strict data validation (`setAllowInvalid(false)`, "Reject input"): a script write of a value that breaks
 * the rule throws, a person's entry is refused. The text is the one reported from live runs:
 * "The data you entered in cell M2 violates the data validation rules set on this cell. Please enter one of
 * the following values: Publish, Add to T0xx, Reject." (the list of values only for list rules). Empty
 * values are always allowed (a rule never forces a value in). The value is checked as it would be stored:
 * text typed into a date rule is a date only if the locale reads it as one. List items are compared with
 * the value as displayed, case and all, and formulas are not checked (both inferred). https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 */
export function validationMessage(
  rule: DataValidationSpec,
  typed: Typed,
  a1: string,
  display: (v: Stored) => string,
): string | null {
  if (typed.formula || typed.value === '') return null;
  const base = `The data you entered in cell ${a1} violates the data validation rules set on this cell.`;
  const v = typed.value;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST': {
      const items = ((rule.args[0] as unknown[]) ?? []).map(String);
      return items.includes(display(v))
        ? null
        : `${base} Please enter one of the following values: ${items.join(', ')}.`;
    }
    case 'VALUE_IN_RANGE': {
      const range = rule.args[0] as { getDisplayValues(): string[][] } | undefined;
      const items = range ? range.getDisplayValues().flat().filter(Boolean) : [];
      return items.includes(display(v)) ? null : base;
    }
    case 'DATE_IS_VALID_DATE':
      return typeof v === 'object' ? null : base;
    case 'CHECKBOX': {
      const [checked, unchecked] = rule.args;
      if (checked === undefined) return typeof v === 'boolean' ? null : base;
      const shown = display(v);
      return shown === String(checked) || shown === String(unchecked ?? '') ? null : base;
    }
    case 'TEXT_IS_VALID_EMAIL':
      return typeof v === 'string' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v) ? null : base;
    default:
      return null;
  }
}

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
  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown) {
    const args =
      checkedValue === undefined
        ? []
        : [checkedValue, ...(uncheckedValue === undefined ? [] : [uncheckedValue])];
    return this.require('CHECKBOX', args);
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
