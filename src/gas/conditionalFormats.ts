import type { DocState } from './docState';

/**
 * Installs the product's conditional format rules on a sheet without disturbing rules the school added.
 * setConditionalFormatRules replaces every rule of a sheet, so the product remembers (in document
 * properties) the formulas it installed last time: those are replaced, all others are kept after ours.
 * Returns true when the rules changed.
 */
export interface FormatRule {
  formula: string;
  background: string;
  fontColor: string;
  bold?: boolean;
  /** A1 notation of the range, e.g. "M2:M1000". */
  a1: string;
}

export function installRules(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  rules: FormatRule[],
  state: DocState,
  options: { verify?: boolean } = {},
): boolean {
  const key = `cf:${sheet.getName()}`;
  const signature = JSON.stringify(rules);
  // Unchanged since last time: nothing to read or write (the daily job relies on this being free).
  // setUp also verifies the rules are still there, in case someone deleted them by hand.
  if (state.get(key) === signature && !options.verify) return false;
  const existing = sheet.getConditionalFormatRules();
  const previous = state.getJson<FormatRule[]>(key, []);
  if (state.get(key) === signature && existing.length >= rules.length) return false;

  const ours = new Set(previous.map((r) => r.formula));
  const theirs = existing.filter((r) => {
    const formula = r.getBooleanCondition()?.getCriteriaValues()[0];
    return !(typeof formula === 'string' && ours.has(formula));
  });
  const built = rules.map((r) => {
    const b = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(r.formula)
      .setBackground(r.background)
      .setFontColor(r.fontColor)
      .setRanges([sheet.getRange(r.a1)]);
    if (r.bold) b.setBold(true);
    return b.build();
  });
  sheet.setConditionalFormatRules([...built, ...theirs]);
  state.set(key, signature);
  return true;
}
