import type { Env } from '../core/env.js';
import { gas } from '../core/gas.js';
import { proxyOf, track } from '../core/tracking.js';
import type { Stored } from './cell.js';
import { evaluate, isTruthy } from './formula.js';
import type { EmuRange } from './range.js';

/**
 * Conditional format rules and their builder.
 * https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
 * A custom formula is written for the top-left cell of the rule's first range; relative references
 * move with each cell. For each cell the first matching rule in the sheet's list wins.
 */

export interface RuleSpec {
  criteria: string;
  values: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  ranges: EmuRange[];
}

const emptySpec = (): RuleSpec => ({
  criteria: '',
  values: [],
  background: null,
  fontColor: null,
  bold: null,
  italic: null,
  strikethrough: null,
  ranges: [],
});

export class EmuConditionalFormatRule implements Partial<GoogleAppsScript.Spreadsheet.ConditionalFormatRule> {
  constructor(
    readonly _env: Env,
    readonly _spec: RuleSpec,
  ) {}
  static _create(env: Env, spec: RuleSpec): EmuConditionalFormatRule {
    return track(new EmuConditionalFormatRule(env, spec), 'ConditionalFormatRule', env);
  }
  _copy(): EmuConditionalFormatRule {
    return EmuConditionalFormatRule._create(this._env, {
      ...this._spec,
      values: [...this._spec.values],
      ranges: [...this._spec.ranges],
    });
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return gas(this._spec.ranges);
  }
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    const s = this._spec;
    return gas(
      track(
        {
          getCriteriaType: () => s.criteria,
          getCriteriaValues: () => [...s.values],
          getBackground: () => s.background,
          getBackgroundObject: () => s.background,
          getFontColor: () => s.fontColor,
          getBold: () => s.bold,
          getItalic: () => s.italic,
          getStrikethrough: () => s.strikethrough,
        },
        'BooleanCondition',
        this._env,
      ),
    );
  }
  copy(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return gas(
      EmuConditionalFormatRuleBuilder._create(this._env, { ...this._spec, ranges: [...this._spec.ranges] }),
    );
  }

  /** Whether the rule applies to (row, column) of its sheet, given the cell's stored value. */
  _matches(row: number, column: number, value: Stored, display: string): boolean {
    const inRange = this._spec.ranges.some(
      (r) =>
        row >= r._row &&
        row < r._row + r._numRows &&
        column >= r._column &&
        column < r._column + r._numColumns,
    );
    if (!inRange) return false;
    const [arg] = this._spec.values;
    switch (this._spec.criteria) {
      case 'CUSTOM_FORMULA': {
        const anchor = this._spec.ranges[0]!;
        const ctx = anchor._sheet._formulaContext();
        return isTruthy(
          evaluate(String(arg), ctx, { rows: row - anchor._row, columns: column - anchor._column }),
        );
      }
      case 'TEXT_EQUAL_TO':
        return display === String(arg);
      case 'TEXT_CONTAINS':
        return display.includes(String(arg));
      case 'CELL_EMPTY':
        return value === '';
      case 'CELL_NOT_EMPTY':
        return value !== '';
      default:
        throw new Error(
          `Apps Script emulator: conditional format criteria ${this._spec.criteria} is not implemented.`,
        );
    }
  }
}

export class EmuConditionalFormatRuleBuilder
  implements Partial<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>
{
  constructor(
    readonly _env: Env,
    readonly _spec: RuleSpec,
  ) {}
  static _create(env: Env, spec: RuleSpec = emptySpec()): EmuConditionalFormatRuleBuilder {
    return track(new EmuConditionalFormatRuleBuilder(env, spec), 'ConditionalFormatRuleBuilder', env);
  }
  private self(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return gas(proxyOf(this));
  }
  private when(criteria: string, values: unknown[]) {
    this._spec.criteria = criteria;
    this._spec.values = values;
    return this.self();
  }
  whenFormulaSatisfied(formula: string) {
    return this.when('CUSTOM_FORMULA', [formula]);
  }
  whenTextEqualTo(text: string) {
    return this.when('TEXT_EQUAL_TO', [text]);
  }
  whenTextContains(text: string) {
    return this.when('TEXT_CONTAINS', [text]);
  }
  whenCellEmpty() {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty() {
    return this.when('CELL_NOT_EMPTY', []);
  }
  setBackground(color: string | null) {
    this._spec.background = color;
    return this.self();
  }
  setFontColor(color: string | null) {
    this._spec.fontColor = color;
    return this.self();
  }
  setBold(bold: boolean | null) {
    this._spec.bold = bold;
    return this.self();
  }
  setItalic(italic: boolean | null) {
    this._spec.italic = italic;
    return this.self();
  }
  setStrikethrough(strikethrough: boolean | null) {
    this._spec.strikethrough = strikethrough;
    return this.self();
  }
  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]) {
    this._spec.ranges = [...(ranges as unknown as EmuRange[])];
    return this.self();
  }
  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return gas(this._spec.ranges);
  }
  build(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
    if (!this._spec.criteria) throw new Error('A conditional format rule needs a condition.');
    if (this._spec.ranges.length === 0)
      throw new Error('A conditional format rule needs at least one range.');
    return gas(
      EmuConditionalFormatRule._create(this._env, { ...this._spec, ranges: [...this._spec.ranges] }),
    );
  }
}
