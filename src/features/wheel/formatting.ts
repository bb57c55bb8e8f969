/**
 * The colours of `Årshjul` and `Tiltaksplan` as conditional-format custom formulas over the sheets' own
 * columns, so they stay right every day even before the nightly job has run. Pure: the formulas are built
 * from column positions and unit-tested; `planFormattingStep` installs them.
 *
 * Årshjul (mirrors `wheelStatus`; the three formulas exclude each other, so their order never matters):
 * - red: `Neste` has passed and the row was not done on or after it;
 * - amber: `Neste` is today or within 7 days, and the row was not done for it (nor today);
 * - grey: done for the current occurrence, done today, or done before and `Neste` is not near.
 *
 * Tiltaksplan: `Evaluering` still empty after 15 June of the school year (16 June to the end of July).
 * Formulas use English function names and commas, as Apps Script requires whatever the sheet's locale,
 * and no arithmetic on a cell that may be empty (only comparisons): an empty `Neste` never makes an error.
 */

export const COLORS = {
  red: '#f4cccc',
  amber: '#fce8b2',
  grey: '#eeeeee',
  greyText: '#7f7f7f',
} as const;

export interface RuleDef {
  /** A stable name, for messages and tests. */
  readonly id: string;
  readonly formula: string;
  readonly background: string;
  readonly fontColor: string | null;
}

/** 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `$H2`: the column fixed, the row relative, so the formula written for row 2 moves down each row. */
const ref = (column: number): string => `$${columnLetters(column)}2`;

export function wheelRules(cols: { neste: number; sistGjort: number }): RuleDef[] {
  const n = ref(cols.neste);
  const d = ref(cols.sistGjort);
  const notDoneFor = `OR(NOT(ISNUMBER(${d})),${d}<${n})`;
  return [
    {
      id: 'wheel-overdue',
      formula: `=AND(ISNUMBER(${n}),${n}<TODAY(),${notDoneFor})`,
      background: COLORS.red,
      fontColor: null,
    },
    {
      id: 'wheel-soon',
      formula: `=AND(ISNUMBER(${n}),${n}>=TODAY(),${n}<=TODAY()+7,OR(NOT(ISNUMBER(${d})),AND(${d}<${n},${d}<>TODAY())))`,
      background: COLORS.amber,
      fontColor: null,
    },
    {
      id: 'wheel-done',
      formula: `=AND(ISNUMBER(${d}),OR(NOT(ISNUMBER(${n})),${d}>=${n},${d}=TODAY(),${n}>TODAY()+7))`,
      background: COLORS.grey,
      fontColor: COLORS.greyText,
    },
  ];
}

export function tiltaksplanRules(cols: { maal: number; tiltak: number; evaluering: number }): RuleDef[] {
  const row = `OR(${ref(cols.maal)}<>"",${ref(cols.tiltak)}<>"")`;
  const afterMidJune = 'OR(MONTH(TODAY())=7,AND(MONTH(TODAY())=6,DAY(TODAY())>15))';
  return [
    {
      id: 'tiltaksplan-evaluation-missing',
      formula: `=AND(${row},${ref(cols.evaluering)}="",${afterMidJune})`,
      background: COLORS.red,
      fontColor: null,
    },
  ];
}

/** A formula without spacing and case differences, as compared for "the same rule". */
export function normaliseFormula(formula: string): string {
  return String(formula ?? '')
    .replace(/\s+/g, '')
    .toUpperCase();
}

/**
 * The formula with every cell reference blanked out: the same for our rule wherever its columns are
 * (a school may insert a column, and Sheets then rewrites the references), different from any rule the
 * school wrote itself.
 */
export function formulaShape(formula: string): string {
  return normaliseFormula(formula).replace(/\$?[A-Z]{1,3}\$?\d+/g, '#');
}
