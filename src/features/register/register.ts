import {
  type CaseRecord,
  type DateSettings,
  type DocLink,
  withDerivedDates,
} from '../../domain/cases/caseRecord';
import { isCaseStatus } from '../../domain/cases/lifecycle';
import { cellDate, cellText, dateCell } from '../../gas/cellValues';
import {
  type CellValue,
  ensureRows,
  Formula,
  hyperlink,
  MissingColumnError,
  toWritable,
} from '../../gas/table';
import { COL, REGISTER_SHEET } from './registerSheet';

/**
 * The case register «Saker»: the one model every path reads and writes cases through (intake, status
 * changes, measures, plans, evaluations, hand edits, the daily job, the sidebar).
 *
 * - Columns are found by header, so a school may reorder columns or add its own.
 * - It reads only what a job needs: one row (a menu action on the selected row), one case found by
 *   number without moving the register (TextFinder), or the whole register (the daily job).
 * - It writes back only the cells that changed (and, between them, cells the product derives), a block
 *   of rows and columns at a time, never a column that is not the register's own: a person's edit to
 *   another row, or another cell of the same row, during a run survives.
 * - Every change re-derives the case's dates (caseRecord.ts), so a deadline and its colour always agree.
 */

type Kind = 'text' | 'date' | 'datetime' | 'yesno' | 'link' | 'status';

const FIELDS: readonly { key: keyof CaseRecord; header: string; kind: Kind }[] = [
  { key: 'saksnr', header: COL.saksnr, kind: 'text' },
  { key: 'meldt', header: COL.meldt, kind: 'datetime' },
  { key: 'meldtAv', header: COL.meldtAv, kind: 'text' },
  { key: 'rolle', header: COL.rolle, kind: 'text' },
  { key: 'kanal', header: COL.kanal, kind: 'text' },
  { key: 'mottattAv', header: COL.mottattAv, kind: 'text' },
  { key: 'elev', header: COL.elev, kind: 'text' },
  { key: 'klasse', header: COL.klasse, kind: 'text' },
  { key: 'kategori', header: COL.kategori, kind: 'text' },
  { key: 'ansattInvolvert', header: COL.ansattInvolvert, kind: 'yesno' },
  { key: 'ledelseInvolvert', header: COL.ledelseInvolvert, kind: 'yesno' },
  { key: 'status', header: COL.status, kind: 'status' },
  { key: 'ansvarlig', header: COL.ansvarlig, kind: 'text' },
  { key: 'rektorKjent', header: COL.rektorKjent, kind: 'date' },
  { key: 'fristUndersokelse', header: COL.fristUndersokelse, kind: 'date' },
  { key: 'undersokelseStartet', header: COL.undersokelseStartet, kind: 'date' },
  { key: 'fristAktivitetsplan', header: COL.fristAktivitetsplan, kind: 'date' },
  { key: 'planIverksatt', header: COL.planIverksatt, kind: 'date' },
  { key: 'aktivitetsplan', header: COL.aktivitetsplan, kind: 'link' },
  { key: 'nesteEvaluering', header: COL.nesteEvaluering, kind: 'date' },
  { key: 'sistEvaluert', header: COL.sistEvaluert, kind: 'date' },
  { key: 'statsforvalterFra', header: COL.statsforvalterFra, kind: 'date' },
  { key: 'statsforvalterMeldt', header: COL.statsforvalterMeldt, kind: 'date' },
  { key: 'fristStatsforvalter', header: COL.fristStatsforvalter, kind: 'date' },
  { key: 'dokumentasjonSendt', header: COL.dokumentasjonSendt, kind: 'date' },
  { key: 'statsforvalterVedtak', header: COL.statsforvalterVedtak, kind: 'date' },
  { key: 'alvorligSak', header: COL.alvorligSak, kind: 'yesno' },
  { key: 'fristSkoleeier', header: COL.fristSkoleeier, kind: 'date' },
  { key: 'skoleeierVarslet', header: COL.skoleeierVarslet, kind: 'date' },
  { key: 'avsluttet', header: COL.avsluttet, kind: 'date' },
  { key: 'avslutningsgrunn', header: COL.avslutningsgrunn, kind: 'text' },
  { key: 'hvaSkjedde', header: COL.hvaSkjedde, kind: 'text' },
  { key: 'naar', header: COL.naar, kind: 'text' },
  { key: 'hvor', header: COL.hvor, kind: 'text' },
  { key: 'grepetInn', header: COL.grepetInn, kind: 'text' },
  { key: 'elevenSagtFra', header: COL.elevenSagtFra, kind: 'text' },
  { key: 'svarId', header: COL.svarId, kind: 'text' },
  { key: 'kompletteres', header: COL.kompletteres, kind: 'text' },
  { key: 'varselUndersokelse', header: COL.varselUndersokelse, kind: 'date' },
  { key: 'varselAktivitetsplan', header: COL.varselAktivitetsplan, kind: 'date' },
  { key: 'varselEvaluering', header: COL.varselEvaluering, kind: 'date' },
  { key: 'varselStatsforvalter', header: COL.varselStatsforvalter, kind: 'date' },
  { key: 'foresatteInformert', header: COL.foresatteInformert, kind: 'date' },
  { key: 'planGittForesatte', header: COL.planGittForesatte, kind: 'date' },
  { key: 'evalueringGittForesatte', header: COL.evalueringGittForesatte, kind: 'date' },
  { key: 'samtykke', header: COL.samtykke, kind: 'text' },
  { key: 'fravaer', header: COL.fravaer, kind: 'text' },
  { key: 'fravaerFra', header: COL.fravaerFra, kind: 'date' },
  { key: 'undersokelsenViste', header: COL.undersokelsenViste, kind: 'text' },
  { key: 'fristFamiliemote', header: COL.fristFamiliemote, kind: 'date' },
  { key: 'familiemote', header: COL.familiemote, kind: 'date' },
  { key: 'fristSamarbeidsavtale', header: COL.fristSamarbeidsavtale, kind: 'date' },
  { key: 'samarbeidsavtale', header: COL.samarbeidsavtale, kind: 'link' },
  { key: 'nesteOppfolging', header: COL.nesteOppfolging, kind: 'date' },
  { key: 'varselFamiliemote', header: COL.varselFamiliemote, kind: 'date' },
  { key: 'varselSamarbeidsavtale', header: COL.varselSamarbeidsavtale, kind: 'date' },
  { key: 'varselOppfolging', header: COL.varselOppfolging, kind: 'date' },
];

/**
 * Fields only the product writes: derived from the others every time (caseRecord.withDerivedDates), never
 * typed by a person («Neste evaluering», also derived, is corrected by hand and is not among them).
 */
const DERIVED: readonly (keyof CaseRecord)[] = [
  'fristUndersokelse',
  'fristAktivitetsplan',
  'statsforvalterFra',
  'fristSkoleeier',
  'varselUndersokelse',
  'varselAktivitetsplan',
  'varselEvaluering',
];

/** A case and where it stands in the sheet. */
export interface CaseRow {
  readonly sheetRow: number;
  readonly record: CaseRecord;
}

/** A row that is not a case the product can work with (no number, a status typed by hand). */
export interface OddRow {
  readonly sheetRow: number;
  readonly saksnr: string;
  readonly status: string;
}

type Cell = CellValue | Formula;

interface Loaded {
  record: CaseRecord;
  /** The record as read, to know which cells changed. */
  original: CaseRecord;
  /** The row's cells as read, by 0-based column (formulas as Formula). */
  cells: Cell[];
}

export class Register {
  private readonly loaded = new Map<number, Loaded>();
  /** Every row's response id and case number, once `all()` read them: lookups then need no call. */
  private index: { ids: Set<string>; numbers: Set<string> } | null = null;
  private readonly byColumn: Map<string, number>;
  private readonly linkColumns: number[];
  /** 0-based columns the product derives and no one types in (see DERIVED). */
  private readonly derivedColumns: Set<number>;

  private constructor(
    readonly sheet: GoogleAppsScript.Spreadsheet.Sheet,
    readonly header: readonly string[],
    private readonly dates: DateSettings,
  ) {
    this.byColumn = new Map(header.map((h, i) => [h.trim(), i]));
    for (const f of FIELDS)
      if (!this.byColumn.has(f.header)) throw new MissingColumnError(REGISTER_SHEET.name, f.header);
    this.linkColumns = FIELDS.filter((f) => f.kind === 'link').map((f) => this.byColumn.get(f.header)!);
    this.derivedColumns = new Set(
      DERIVED.map((k) => this.byColumn.get(FIELDS.find((f) => f.key === k)!.header)!),
    );
  }

  /** The register's sheet and header: two service calls. */
  static open(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, dates: DateSettings): Register {
    const sheet = ss.getSheetByName(REGISTER_SHEET.name);
    if (!sheet) throw new Error(`Fant ikke arket «${REGISTER_SHEET.name}». Kjør «Sett opp / reparer».`);
    return Register.onSheet(sheet, dates);
  }

  static onSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, dates: DateSettings): Register {
    const width = Math.max(sheet.getLastColumn(), 1);
    const header = sheet
      .getRange(1, 1, 1, width)
      .getValues()[0]!
      .map((h) => String(h));
    return new Register(sheet, header, dates);
  }

  /** Header → 1-based column, without a service call. */
  positions(): Map<string, number> {
    return new Map([...this.byColumn.entries()].map(([h, i]) => [h, i + 1]));
  }

  /** 1-based column of a header, or 0. */
  column(header: string): number {
    return (this.byColumn.get(header) ?? -1) + 1;
  }

  // --- reading ---------------------------------------------------------------------------------

  /** One row: the case there, an odd row, or null for an empty row. Two service calls, the first time. */
  row(sheetRow: number): CaseRow | OddRow | null {
    if (sheetRow < 2) return null;
    // A row this job already read is not read again: its changes (and a replayed operation's) stand.
    const known = this.loaded.get(sheetRow);
    if (known) return { sheetRow, record: known.record };
    const values = this.sheet.getRange(sheetRow, 1, 1, this.header.length).getValues()[0] ?? [];
    const formulas = this.linkFormulas(sheetRow, 1);
    return this.take(sheetRow, values as CellValue[], formulas[0] ?? []);
  }

  /**
   * A case by number, found by the sheet itself (no cells move). `hint` is the row it was on when a
   * dialog opened: read first, and trusted if the number still matches.
   */
  find(saksnr: string, hint?: number): CaseRow | null {
    if (hint) {
      const r = this.row(hint);
      if (r && isCase(r) && r.record.saksnr === saksnr) return r;
    }
    const col = this.column(COL.saksnr);
    const hit = this.sheet
      .createTextFinder(saksnr)
      .matchEntireCell(true)
      .findAll()
      .find((range) => range.getColumn() === col && range.getRow() > 1);
    if (!hit) return null;
    const r = this.row(hit.getRow());
    return r && isCase(r) && r.record.saksnr === saksnr ? r : null;
  }

  /** Every row: for jobs about the whole register (the daily job). Values, and formulas of the link column. */
  all(): { cases: CaseRow[]; odd: OddRow[] } {
    const last = this.sheet.getLastRow();
    const cases: CaseRow[] = [];
    const odd: OddRow[] = [];
    if (last < 2) {
      this.index = { ids: new Set(), numbers: new Set() };
      return { cases, odd };
    }
    const values = this.sheet.getRange(2, 1, last - 1, this.header.length).getValues() as CellValue[][];
    const formulas = this.linkFormulas(2, last - 1);
    const idColumn = this.byColumn.get(COL.svarId)!;
    const numberColumn = this.byColumn.get(COL.saksnr)!;
    this.index = {
      ids: new Set(values.map((v) => cellText(v[idColumn] ?? '')).filter(Boolean)),
      numbers: new Set(values.map((v) => cellText(v[numberColumn] ?? '')).filter(Boolean)),
    };
    values.forEach((v, i) => {
      const r = this.take(i + 2, v, formulas[i] ?? []);
      if (!r) return;
      if (isCase(r)) cases.push(r);
      else odd.push(r);
    });
    return { cases, odd };
  }

  /** One column of every row, for intake's numbering (the case numbers issued this year). */
  columnValues(header: string): CellValue[] {
    const last = this.sheet.getLastRow();
    if (last < 2) return [];
    return this.sheet
      .getRange(2, this.column(header), last - 1, 1)
      .getValues()
      .map((r) => r[0] as CellValue);
  }

  /**
   * Whether a report (by its form response id) already is a case: found by the sheet, no cells move; or
   * without a call when the job read the whole register (the daily job's reconciliation of a backlog).
   */
  hasResponse(svarId: string): boolean {
    if (svarId === '') return false;
    return this.index ? this.index.ids.has(svarId) : this.found(svarId, COL.svarId);
  }

  /** Whether a case number is taken (a number typed by hand, a row restored): no cells move. */
  hasNumber(saksnr: string): boolean {
    return this.index ? this.index.numbers.has(saksnr) : this.found(saksnr, COL.saksnr);
  }

  /** The row a new case would be written to. */
  nextRow(): number {
    return Math.max(this.sheet.getLastRow(), 1) + 1;
  }

  private found(text: string, header: string): boolean {
    const col = this.column(header);
    return this.sheet
      .createTextFinder(text)
      .matchEntireCell(true)
      .findAll()
      .some((range) => range.getColumn() === col && range.getRow() > 1);
  }

  /** The link columns' formulas: one read spanning them all (a link is a =HYPERLINK the product wrote). */
  private linkFormulas(fromRow: number, rows: number): string[][] {
    const out: string[][] = Array.from({ length: rows }, () => []);
    if (this.linkColumns.length === 0) return out;
    // A few rows: one read across every link column (a call costs more than a few dozen cells). The whole
    // register: one read per group of neighbouring link columns, since «Aktivitetsplan» and
    // «Samarbeidsavtale» are far apart and the columns between would move ~40 cells a case for nothing.
    const groups: [number, number][] =
      rows <= 10
        ? [[Math.min(...this.linkColumns), Math.max(...this.linkColumns)]]
        : spans(this.linkColumns, 3);
    for (const [first, last] of groups) {
      const f = this.sheet.getRange(fromRow, first + 1, rows, last - first + 1).getFormulas();
      f.forEach((r, i) => {
        for (const c of this.linkColumns) if (c >= first && c <= last) out[i]![c] = r[c - first] ?? '';
      });
    }
    return out;
  }

  /**
   * A row this job already changed in memory (not yet flushed): read again, it is the change that counts,
   * or a replayed operation (work.ts) would be undone by the job's own next read of the row.
   */
  private changedRow(sheetRow: number): CaseRow | null {
    const l = this.loaded.get(sheetRow);
    return l && l.record !== l.original ? { sheetRow, record: l.record } : null;
  }

  private take(sheetRow: number, values: CellValue[], formulas: string[]): CaseRow | OddRow | null {
    const changed = this.changedRow(sheetRow);
    if (changed) return changed;
    const cells: Cell[] = values.map((v, c) => (formulas[c] ? new Formula(formulas[c]!) : v));
    const get = (h: string) => cells[this.byColumn.get(h)!] ?? '';
    const saksnr = cellText(plainValue(get(COL.saksnr)));
    const status = cellText(plainValue(get(COL.status)));
    if (!saksnr) return null;
    if (!isCaseStatus(status)) return { sheetRow, saksnr, status };
    const record = {} as Record<keyof CaseRecord, unknown>;
    for (const f of FIELDS) record[f.key] = fromCell(get(f.header), f.kind);
    const r = record as unknown as CaseRecord;
    this.loaded.set(sheetRow, { record: r, original: r, cells });
    return { sheetRow, record: r };
  }

  // --- changing --------------------------------------------------------------------------------

  /** Changes a case in memory (written by `flush`); its dates are derived again. Returns the new record. */
  update(row: CaseRow, change: (c: CaseRecord) => CaseRecord): CaseRecord {
    const loaded = this.loaded.get(row.sheetRow);
    if (!loaded) throw new Error(`Register: row ${row.sheetRow} was not read.`);
    loaded.record = withDerivedDates(change(loaded.record), this.dates);
    return loaded.record;
  }

  /** The current record of a row read earlier. */
  current(row: CaseRow): CaseRecord {
    return this.loaded.get(row.sheetRow)?.record ?? row.record;
  }

  /** New cases below the last row, in one write; their dates derived. */
  append(records: readonly CaseRecord[], at?: number): CaseRow[] {
    if (records.length === 0) return [];
    const start = at ?? this.nextRow();
    const derived = records.map((r) => withDerivedDates(r, this.dates));
    const rows = derived.map((r) => {
      const row: unknown[] = this.header.map(() => '');
      for (const f of FIELDS) row[this.byColumn.get(f.header)!] = writable(toCell(r[f.key], f.kind));
      return row;
    });
    ensureRows(this.sheet, start + rows.length - 1);
    this.sheet.getRange(start, 1, rows.length, this.header.length).setValues(rows);
    for (const r of derived) {
      if (r.svarId) this.index?.ids.add(r.svarId);
      this.index?.numbers.add(r.saksnr);
    }
    return derived.map((record, i) => {
      const cells = rows[i]!.map((v) =>
        typeof v === 'string' && v.startsWith('=') ? new Formula(v) : v,
      ) as Cell[];
      this.loaded.set(start + i, { record, original: record, cells });
      return { sheetRow: start + i, record };
    });
  }

  /**
   * Writes the cells that changed and no other a person may type in: a cell a person edited while the
   * job ran (another case, or another column of a case the job changed) is never written back with what
   * the job read. Cells are written in blocks: the rows that changed a column, a run of consecutive rows
   * at a time, side by side with the next column when it changed in the same rows. A school's own columns
   * never change, so they are never written.
   */
  flush(): number {
    const changed = [...this.loaded.entries()]
      .map(([sheetRow, l]) => ({ sheetRow, l, columns: this.changedColumns(l) }))
      .filter((x) => x.columns.length > 0);
    const now = new Map(changed.map((x) => [x.sheetRow, this.cellsOf(x.l.record)]));
    // Each column's changed rows, in runs of consecutive rows. A column the product derives and no one
    // types in (a deadline, a warning date) may also be written, unchanged, in a changed row between two
    // that changed it: the daily job's new deadlines then go in a few writes, not one per gap.
    const changedRows = changed.map((x) => x.sheetRow).sort((a, b) => a - b);
    const rowRuns = runs(changedRows.map((sheetRow) => ({ sheetRow }))).map((run) =>
      run.map((r) => r.sheetRow),
    );
    const rowsOf = new Map<number, number[]>();
    for (const x of changed) for (const c of x.columns) rowsOf.set(c, [...(rowsOf.get(c) ?? []), x.sheetRow]);
    const strips: { column: number; from: number; to: number }[] = [];
    for (const [column, rows] of rowsOf) {
      const set = new Set(rows);
      if (this.derivedColumns.has(column)) {
        for (const run of rowRuns) {
          const hits = run.filter((r) => set.has(r));
          if (hits.length > 0) strips.push({ column, from: hits[0]!, to: hits[hits.length - 1]! });
        }
        continue;
      }
      for (const run of runs(rows.sort((a, b) => a - b).map((sheetRow) => ({ sheetRow }))))
        strips.push({ column, from: run[0]!.sheetRow, to: run[run.length - 1]!.sheetRow });
    }
    // Strips over the same rows in neighbouring columns are one block, also across columns the product
    // derives (written with what they derive to now): a status change's status, plan link and warning
    // dates go in a few writes.
    strips.sort((a, b) => a.from - b.from || a.to - b.to || a.column - b.column);
    const blocks: { from: number; to: number; first: number; last: number }[] = [];
    const derivedBetween = (from: number, to: number) => {
      for (let c = from + 1; c < to; c++) if (!this.derivedColumns.has(c)) return false;
      return true;
    };
    for (const s of strips) {
      const b = blocks[blocks.length - 1];
      if (b && b.from === s.from && b.to === s.to && derivedBetween(b.last, s.column)) b.last = s.column;
      else blocks.push({ from: s.from, to: s.to, first: s.column, last: s.column });
    }
    for (const b of blocks) {
      const values: unknown[][] = [];
      for (let r = b.from; r <= b.to; r++) {
        const cells = now.get(r)!;
        values.push(Array.from({ length: b.last - b.first + 1 }, (_, k) => writable(cells[b.first + k]!)));
      }
      this.sheet.getRange(b.from, b.first + 1, values.length, b.last - b.first + 1).setValues(values);
    }
    // What the sheet now holds: the cells written (changed, or derived and written between them).
    for (const b of blocks)
      for (let r = b.from; r <= b.to; r++) {
        const l = this.loaded.get(r)!;
        const cells = now.get(r)!;
        l.cells = l.cells.map((v, c) => (c >= b.first && c <= b.last ? cells[c]! : v));
      }
    for (const x of changed) x.l.original = x.l.record;
    return blocks.length;
  }

  private cellsOf(r: CaseRecord): Cell[] {
    const cells: Cell[] = this.header.map(() => '');
    for (const f of FIELDS) cells[this.byColumn.get(f.header)!] = toCell(r[f.key], f.kind);
    return cells;
  }

  private changedColumns(l: Loaded): number[] {
    const out: number[] = [];
    for (const f of FIELDS) {
      if (!same(l.original[f.key], l.record[f.key])) out.push(this.byColumn.get(f.header)!);
    }
    return out;
  }
}

/** Sorted columns grouped where they are at most `gap` apart: [first, last] of each group. */
function spans(columns: readonly number[], gap: number): [number, number][] {
  const out: [number, number][] = [];
  for (const c of [...columns].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && c - last[1] <= gap) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}

export function isCase(r: CaseRow | OddRow): r is CaseRow {
  return 'record' in r;
}

function runs<T extends { sheetRow: number }>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last[last.length - 1]!.sheetRow === r.sheetRow - 1) last.push(r);
    else out.push([r]);
  }
  return out;
}

function plainValue(c: Cell): CellValue {
  return c instanceof Formula ? '' : c;
}

function fromCell(c: Cell, kind: Kind): unknown {
  if (kind === 'link') {
    if (c instanceof Formula) return parseHyperlink(c.text) ?? '';
    return cellText(c);
  }
  const v = plainValue(c);
  switch (kind) {
    case 'date':
      return cellDate(v);
    case 'datetime':
      return v instanceof Date ? v : null;
    case 'yesno':
      return cellText(v) === 'Ja';
    default:
      // Text exactly as stored: a value Sheets made a number or a date shows as the person sees it.
      return v instanceof Date ? cellText(v) : String(v ?? '');
  }
}

function toCell(v: unknown, kind: Kind): Cell {
  switch (kind) {
    case 'link':
      return typeof v === 'object' && v !== null
        ? hyperlink((v as DocLink).url, (v as DocLink).label)
        : String(v ?? '');
    case 'date':
      return dateCell((v as CaseRecord['rektorKjent']) ?? null);
    case 'datetime':
      return v instanceof Date ? v : '';
    case 'yesno':
      return v ? 'Ja' : 'Nei';
    default:
      return String(v ?? '');
  }
}

function writable(c: Cell): unknown {
  return c instanceof Formula ? c.text : toWritable(c);
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null)
    return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

/** The url and label of `=HYPERLINK("url","label")` as the product writes it. */
export function parseHyperlink(formula: string): DocLink | null {
  const m = /^=HYPERLINK\(\s*"((?:[^"]|"")*)"\s*[,;]\s*"((?:[^"]|"")*)"\s*\)$/i.exec(formula.trim());
  if (!m) return null;
  return { url: m[1]!.replace(/""/g, '"'), label: m[2]!.replace(/""/g, '"') };
}
