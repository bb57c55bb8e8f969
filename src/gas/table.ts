import type { SheetSpec } from './sheetSpec';

/**
 * A sheet read once into memory and written back in as few calls as possible.
 *
 * Columns are found by their header text, so a school may reorder or add columns without breaking
 * the product. Every read is one `getValues` + one `getFormulas` of the data range; a write sets only the
 * cells that changed (a few `setValues`, see flush); appends are one `setValues`.
 *
 * Writing back must never change what a cell means: a formula stays a formula, and a text that looks like
 * a formula, a number or a date (a student's name typed as "=HYPERLINK(…)", a class "10") stays text.
 */
export type CellValue = string | number | boolean | Date;

/** A formula the product itself builds (a link). Any other string is data and is written as text. */
export class Formula {
  constructor(readonly text: string) {}
}

/**
 * `=HYPERLINK("url","label")`, both parts quoted so neither can break out of the formula. Formulas set from
 * a script use English separators (commas) whatever the spreadsheet locale.
 */
export function hyperlink(url: string, label: string): Formula {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return new Formula(`=HYPERLINK(${q(url)},${q(label)})`);
}

export class Table {
  private readonly index: Map<string, number>;
  /** The cells set since the last flush: data row → 0-based columns. */
  private readonly dirty = new Map<number, Set<number>>();

  private constructor(
    readonly sheet: GoogleAppsScript.Spreadsheet.Sheet,
    readonly header: string[],
    private readonly values: CellValue[][],
    private readonly formulas: string[][] | null,
  ) {
    this.index = new Map(header.map((h, i) => [h.trim(), i]));
  }

  /**
   * Reads the whole sheet: 3 service calls whatever its size. `formulas: false` saves one more for
   * jobs that only read and append; such a table refuses `flush`, which could overwrite formulas.
   */
  static read(sheet: GoogleAppsScript.Spreadsheet.Sheet, options: { formulas?: boolean } = {}): Table {
    const range = sheet.getDataRange();
    const all = range.getValues() as CellValue[][];
    const withFormulas = options.formulas ?? true;
    const formulas = withFormulas ? range.getFormulas().slice(1) : null;
    const header = (all[0] ?? []).map((h) => String(h));
    return new Table(sheet, header, all.slice(1), formulas);
  }

  static open(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: SheetSpec): Table {
    const sheet = ss.getSheetByName(spec.name);
    if (!sheet) throw new MissingSheetError(spec.name);
    return Table.read(sheet);
  }

  get rowCount(): number {
    return this.values.length;
  }

  /** 0-based column of a header, or -1. */
  column(header: string): number {
    return this.index.get(header) ?? -1;
  }

  /** Header → 1-based column, as headerPositions() would read it, without a service call. */
  positions(): Map<string, number> {
    return new Map([...this.index.entries()].map(([h, i]) => [h, i + 1]));
  }

  has(header: string): boolean {
    return this.index.has(header);
  }

  /** The value at data row `i` (0-based, below the header). */
  get(i: number, header: string): CellValue {
    const c = this.column(header);
    if (c < 0) return '';
    return this.values[i]?.[c] ?? '';
  }

  text(i: number, header: string): string {
    const v = this.get(i, header);
    return v instanceof Date ? v.toISOString() : String(v).trim();
  }

  set(i: number, header: string, value: CellValue | Formula): void {
    const c = this.column(header);
    if (c < 0) throw new MissingColumnError(this.sheet.getName(), header);
    const row = this.values[i];
    if (!row) throw new Error(`Row ${i} is outside the table.`);
    const f = this.formulas?.[i];
    if (value instanceof Formula) {
      row[c] = value.text;
      if (f) f[c] = value.text;
    } else {
      row[c] = value;
      if (f) f[c] = '';
    }
    const cells = this.dirty.get(i) ?? new Set<number>();
    cells.add(c);
    this.dirty.set(i, cells);
  }

  /** The whole column below the header. */
  columnValues(header: string): CellValue[] {
    const c = this.column(header);
    return c < 0 ? [] : this.values.map((r) => r[c] ?? '');
  }

  /** The sheet row number (1-based) of data row i. */
  sheetRow(i: number): number {
    return i + 2;
  }

  findRow(header: string, value: string): number {
    const c = this.column(header);
    if (c < 0) return -1;
    return this.values.findIndex((r) => String(r[c] ?? '').trim() === value);
  }

  /**
   * Writes back only the columns that were set: a person may edit another column of the sheet (the
   * activity, who is responsible, «Gjort») while the job runs, and writing back what the job read would
   * undo it. Each set column is written from its first to its last set row in one call (side by side with
   * the next column when it spans the same rows), so the calls stay the same however many rows changed;
   * the cells of that column between are written back as read, which the product's own columns allow.
   */
  flush(): void {
    if (this.dirty.size === 0) return;
    if (!this.formulas) throw new Error('Table read without formulas cannot be written back.');
    const formulas = this.formulas;
    const rowsOf = new Map<number, number[]>();
    for (const [i, columns] of this.dirty)
      for (const c of columns) rowsOf.set(c, [...(rowsOf.get(c) ?? []), i]);
    const strips: { column: number; from: number; to: number }[] = [];
    for (const [column, rows] of rowsOf)
      strips.push({ column, from: Math.min(...rows), to: Math.max(...rows) });
    strips.sort((a, b) => a.from - b.from || a.to - b.to || a.column - b.column);
    const blocks: { from: number; to: number; first: number; last: number }[] = [];
    for (const s of strips) {
      const b = blocks[blocks.length - 1];
      if (b && b.from === s.from && b.to === s.to && b.last === s.column - 1) b.last = s.column;
      else blocks.push({ from: s.from, to: s.to, first: s.column, last: s.column });
    }
    for (const b of blocks) {
      const block: unknown[][] = [];
      for (let i = b.from; i <= b.to; i++) {
        const row = this.values[i] ?? [];
        const f = formulas[i] ?? [];
        block.push(
          Array.from({ length: b.last - b.first + 1 }, (_, k) => {
            const c = b.first + k;
            return f[c] ? f[c] : toWritable(row[c] ?? '');
          }),
        );
      }
      this.sheet
        .getRange(this.sheetRow(b.from), b.first + 1, block.length, block[0]!.length)
        .setValues(block);
    }
    this.dirty.clear();
  }

  /** Appends records (by header) below the last row in one write, growing the sheet if needed. */
  append(records: Record<string, CellValue | Formula>[]): number {
    if (records.length === 0) return this.sheetRow(this.values.length);
    const width = this.header.length;
    const rows = records.map((rec) => {
      const row: unknown[] = Array.from({ length: width }, () => '');
      for (const [k, v] of Object.entries(rec)) {
        const c = this.column(k);
        if (c < 0) throw new MissingColumnError(this.sheet.getName(), k);
        row[c] = v instanceof Formula ? v.text : toWritable(v);
      }
      return row;
    });
    const start = this.sheetRow(this.values.length);
    ensureRows(this.sheet, start + rows.length - 1);
    this.sheet.getRange(start, 1, rows.length, width).setValues(rows);
    for (const r of rows) {
      this.values.push(
        r.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)) as CellValue[],
      );
      this.formulas?.push(r.map((v) => (typeof v === 'string' && v.startsWith('=') ? v : '')));
    }
    return start;
  }
}

/**
 * A value as it must be handed to setValues so that Sheets stores exactly it. Sheets parses what a
 * script writes as if a person typed it, in the spreadsheet's locale: a formula, a number ("1e5",
 * "50 %", "1,5"), a date ("14.09", "1.5"), a time, a boolean. A leading apostrophe makes any text stay
 * text (the apostrophe itself is not stored), so every non-empty string gets one: the only rule that
 * keeps every answer exactly as typed whatever the locale parses.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)
 */
export function toWritable(value: CellValue): CellValue {
  if (typeof value !== 'string' || value === '') return value;
  return `'${value}`;
}

/** Makes sure the sheet has at least `lastRow` rows (writes past the grid throw in Apps Script). */
export function ensureRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, lastRow: number): void {
  const max = sheet.getMaxRows();
  if (lastRow > max) sheet.insertRowsAfter(max, Math.max(lastRow - max, 100));
}

export class MissingSheetError extends Error {
  constructor(readonly sheetName: string) {
    super(`Fant ikke arket «${sheetName}». Kjør «Sett opp / reparer» i Skolemiljø-menyen.`);
    this.name = 'MissingSheetError';
  }
}

export class MissingColumnError extends Error {
  constructor(sheetName: string, header: string) {
    super(
      `Arket «${sheetName}» mangler kolonnen «${header}». Kjør «Sett opp / reparer» i Skolemiljø-menyen.`,
    );
    this.name = 'MissingColumnError';
  }
}
