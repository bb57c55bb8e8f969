/**
 * Installs conditional-format rules and list validations idempotently: what is already right is left
 * alone (no write at all), and the school's own rules are kept.
 */
import { formulaShape, normaliseFormula, type RuleDef } from './formatting';

interface Found {
  formula: string;
  background: string;
  fontColor: string;
  ranges: string;
}

const colour = (c: unknown): string => (c ? String(c).toLowerCase() : '');

/**
 * Makes the sheet's rules of the same shape as `wanted` exactly `wanted`, each over `range`.
 * A rule is ours when its custom formula has the shape of one of ours (see `formulaShape`); every other
 * rule is the school's and stays, after ours. Returns true when it had to write.
 */
export function ensureConditionalRules(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  wanted: readonly RuleDef[],
  range: GoogleAppsScript.Spreadsheet.Range,
): boolean {
  const shapes = new Set(wanted.map((w) => formulaShape(w.formula)));
  const existing = sheet.getConditionalFormatRules();
  const ours: Found[] = [];
  const theirs: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  for (const rule of existing) {
    const condition = rule.getBooleanCondition();
    const formula =
      condition && String(condition.getCriteriaType()) === 'CUSTOM_FORMULA'
        ? String(condition.getCriteriaValues()[0] ?? '')
        : '';
    if (condition && formula && shapes.has(formulaShape(formula))) {
      ours.push({
        formula: normaliseFormula(formula),
        background: colour(condition.getBackground()),
        fontColor: colour(condition.getFontColor()),
        ranges: rule
          .getRanges()
          .map((r) => r.getA1Notation())
          .join(','),
      });
    } else theirs.push(rule);
  }
  const a1 = range.getA1Notation();
  const same =
    ours.length === wanted.length &&
    wanted.every((w) =>
      ours.some(
        (o) =>
          o.formula === normaliseFormula(w.formula) &&
          o.background === colour(w.background) &&
          o.fontColor === colour(w.fontColor) &&
          o.ranges === a1,
      ),
    );
  if (same) return false;
  const built = wanted.map((w) => {
    const builder = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(w.formula)
      .setBackground(w.background)
      .setRanges([range]);
    if (w.fontColor) builder.setFontColor(w.fontColor);
    return builder.build();
  });
  sheet.setConditionalFormatRules([...built, ...theirs]);
  return true;
}

export interface ListValidation {
  readonly values: readonly string[];
  readonly allowInvalid: boolean;
  readonly helpText: string;
  /** False for a column the product fills in: the values are checked, no arrow invites a choice. */
  readonly showDropdown: boolean;
}

function sameValidation(
  v: GoogleAppsScript.Spreadsheet.DataValidation | null,
  want: ListValidation,
): boolean {
  if (!v || String(v.getCriteriaType()) !== 'VALUE_IN_LIST') return false;
  const [list, dropdown] = v.getCriteriaValues();
  return (
    Array.isArray(list) &&
    Boolean(dropdown ?? true) === want.showDropdown &&
    list.join('\n') === want.values.join('\n') &&
    v.getAllowInvalid() === want.allowInvalid &&
    (v.getHelpText() ?? '') === want.helpText
  );
}

/**
 * A drop-down list on a column from row 2 to the sheet's last row. Checks the first and the last cell
 * (a few calls, whatever the sheet's size) and writes the whole column in one call when either differs.
 */
export function ensureListValidation(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  column: number,
  want: ListValidation,
): boolean {
  const maxRows = sheet.getMaxRows();
  if (maxRows < 2) return false;
  const first = sheet.getRange(2, column).getDataValidation();
  const last = maxRows === 2 ? first : sheet.getRange(maxRows, column).getDataValidation();
  if (sameValidation(first, want) && sameValidation(last, want)) return false;
  const rule = SpreadsheetApp.newDataValidation()
    .requireValueInList([...want.values], want.showDropdown)
    .setAllowInvalid(want.allowInvalid)
    .setHelpText(want.helpText)
    .build();
  sheet.getRange(2, column, maxRows - 1, 1).setDataValidation(rule);
  return true;
}
