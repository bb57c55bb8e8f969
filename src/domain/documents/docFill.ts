/**
 * Plans the filling of a copied template Doc from a few cheap reads, so that the number of Docs calls does
 * not grow with the document's length or the number of table rows.
 *
 * What the filler reads (one call each): the body's text, the body's paragraphs and its tables' texts.
 * `Body.getText()` joins the body's children with "\n", a table's rows and cells with "\n" too, so the
 * text has exactly one line per paragraph, in document order, table cells included: the same order as
 * `Body.getParagraphs()`. Each table's text locates its block of lines.
 *
 * What the filler then does (see features/documents/docEngine.ts):
 * 1. rebuilds each table holding a repeating row in one `insertTable` with every data row, keeping a
 *    copy of the template's header row (a constant number of calls, whatever the number of rows);
 * 2. removes the paragraphs and tables of optional sections whose value is empty, and paragraphs that
 *    hold nothing but section markers (one call per element removed);
 * 3. strips the markers left in kept sections in one `replaceText`;
 * 4. runs one `replaceText` per distinct value of the single placeholders still in the document;
 * 5. turns protected braces back into `{` in one pass, when a value held any.
 * User text never becomes a placeholder: values are protected (placeholders.ts), so `{{Elev}}`, `$1` and
 * `\` typed by a person come out literally.
 */
import type { DocumentValues } from './documentData';
import {
  CATALOGUE,
  type DocumentKind,
  findPlaceholders,
  has,
  isKnownToken,
  type Lang,
  prepareForReplacement,
  protectBraces,
  stripPrivateUse,
  unknownPlaceholderMessage,
} from './placeholders';
import { NAME_SOURCE, repeatingRowGroup } from './templateFormat';

/** Where a table's lines are in the body's text. A nested table lies inside its parent's block. */
export interface TableSpan {
  readonly start: number;
  readonly length: number;
  readonly nested: boolean;
}

/**
 * Optional sections: `{{#hvis X}}` opens a section at the start of a paragraph, `{{/hvis}}` closes one at
 * the end of a paragraph (nynorsk `viss`); a paragraph may hold nothing but markers. The renderer writes
 * the markers onto the section's first and last paragraphs, so that a removed section costs one call per
 * paragraph it holds, and a kept one costs nothing but the shared strip pass below.
 *
 * `Body.replaceText` pattern for the markers left in kept sections; they are replaced by ''.
 */
export const INLINE_MARKERS = '\\{\\{#(?:hvis|viss) [^{}]*\\}\\}|\\{\\{/(?:hvis|viss)\\}\\}';

const HAS_MARKER = /\{\{[#/](?:hvis|viss)\b[^{}]*\}\}/;
const LEADING_START = new RegExp(`^\\s*\\{\\{#(?:hvis|viss) (${NAME_SOURCE})\\}\\}`);
const TRAILING_END = /\{\{\/(?:hvis|viss)\}\}\s*$/;
const GROUP_FIELD = new RegExp(`\\{\\{(${NAME_SOURCE})\\.(${NAME_SOURCE})\\}\\}`, 'g');
const HAS_GROUP_FIELD = new RegExp(`\\{\\{${NAME_SOURCE}\\.${NAME_SOURCE}\\}\\}`);

/**
 * The section markers of one line. Markers open a section at the start of a line and close one at its
 * end, so a section can be written around one line (`{{#hvis X}}text{{/hvis}}`), around several
 * (`{{#hvis X}}Heading` … `text{{/hvis}}`), or with markers on lines of their own. `invalid` when a
 * marker stands inside the text, where the engine cannot tell what it encloses.
 */
export interface LineMarkers {
  readonly starts: string[];
  readonly ends: number;
  readonly content: string;
  readonly invalid: boolean;
}

export function lineMarkers(line: string): LineMarkers {
  let rest = line;
  const starts: string[] = [];
  for (let m = LEADING_START.exec(rest); m; m = LEADING_START.exec(rest)) {
    starts.push(m[1]!);
    rest = rest.slice(m[0].length);
  }
  let ends = 0;
  for (let m = TRAILING_END.exec(rest); m; m = TRAILING_END.exec(rest)) {
    ends++;
    rest = rest.slice(0, m.index);
  }
  return { starts, ends, content: rest, invalid: HAS_MARKER.test(rest) };
}

/** `{{#hvis X}}text{{/hvis}}`: the section's name and its text, for a one-line section; null otherwise. */
export function inlineSection(line: string): { name: string; inner: string } | null {
  const m = lineMarkers(line);
  if (m.invalid || m.starts.length !== 1 || m.ends !== 1 || m.content.trim() === '') return null;
  return { name: m.starts[0]!, inner: m.content };
}

/** How the sections of a body's lines fall: ranges of lines to remove, marker-only lines, problems. */
interface SectionScan {
  /** Inclusive line ranges of sections whose value is empty. */
  readonly removed: [number, number][];
  /** Lines holding nothing but markers. */
  readonly markerOnly: Set<number>;
  readonly invalid: number[];
  readonly unopened: number;
  readonly unclosed: number;
}

function scanSections(
  lines: readonly string[],
  skip: ReadonlySet<number>,
  keep: (name: string) => boolean,
): SectionScan {
  const stack: { name: string; line: number }[] = [];
  const removed: [number, number][] = [];
  const markerOnly = new Set<number>();
  const invalid: number[] = [];
  let unopened = 0;
  lines.forEach((line, i) => {
    if (skip.has(i)) return;
    const m = lineMarkers(line);
    if (m.invalid) {
      invalid.push(i);
      return;
    }
    for (const name of m.starts) stack.push({ name, line: i });
    for (let k = 0; k < m.ends; k++) {
      const open = stack.pop();
      if (!open) {
        unopened++;
        continue;
      }
      if (!keep(open.name)) removed.push([open.line, i]);
    }
    if ((m.starts.length > 0 || m.ends > 0) && m.content.trim() === '') markerOnly.add(i);
  });
  return { removed, markerOnly, invalid, unopened, unclosed: stack.length };
}

/**
 * Finds each table's block of lines, tables in document order (as `Body.getTables()` lists them).
 * Null when a table's text cannot be found, which happens only when a paragraph's text holds a line break.
 */
export function locateTables(lines: readonly string[], tableTexts: readonly string[]): TableSpan[] | null {
  const spans: TableSpan[] = [];
  let from = 0;
  let parent: TableSpan | null = null;
  const matchAt = (at: number, tl: readonly string[]) =>
    at + tl.length <= lines.length && tl.every((l, k) => lines[at + k] === l);
  for (const text of tableTexts) {
    const tl = text.split('\n');
    let found = -1;
    for (let i = from; i + tl.length <= lines.length; i++) {
      if (matchAt(i, tl)) {
        found = i;
        break;
      }
    }
    if (found >= 0) {
      parent = { start: found, length: tl.length, nested: false };
      spans.push(parent);
      from = found + tl.length;
      continue;
    }
    const p: TableSpan | null = parent;
    let nestedAt = -1;
    if (p) {
      for (let i = p.start; i + tl.length <= p.start + p.length; i++) {
        if (matchAt(i, tl)) {
          nestedAt = i;
          break;
        }
      }
    }
    if (nestedAt < 0) return null;
    spans.push({ start: nestedAt, length: tl.length, nested: true });
  }
  return spans;
}

/** The body's children as the text shows them: paragraphs (by line) and top-level tables (by index). */
type BodyElement = { kind: 'paragraph'; line: number } | { kind: 'table'; table: number };

function bodyElements(lineCount: number, spans: readonly TableSpan[]): BodyElement[] {
  const starts = new Map<number, number>();
  spans.forEach((s, k) => {
    if (!s.nested) starts.set(s.start, k);
  });
  const out: BodyElement[] = [];
  for (let i = 0; i < lineCount; i++) {
    const k = starts.get(i);
    if (k === undefined) {
      out.push({ kind: 'paragraph', line: i });
    } else {
      out.push({ kind: 'table', table: k });
      i += spans[k]!.length - 1;
    }
  }
  return out;
}

/** Line indexes that belong to a top-level table. */
function tableLines(spans: readonly TableSpan[]): Set<number> {
  const inTable = new Set<number>();
  for (const s of spans) {
    if (s.nested) continue;
    for (let i = s.start; i < s.start + s.length; i++) inTable.add(i);
  }
  return inTable;
}

export interface FillPlan {
  /** Paragraph indexes (as `Body.getParagraphs()` lists them, equal to line indexes) to remove. */
  readonly removeParagraphs: number[];
  /** Table indexes (as `Body.getTables()` lists them) to remove. */
  readonly removeTables: number[];
  /** Tables with a repeating row, to rebuild with `rebuildCells`. */
  readonly rebuildTables: number[];
  /** Whether kept sections left markers to strip (done by one of `replacements`). */
  readonly stripInlineMarkers: boolean;
  /**
   * `Body.replaceText(search, replacement)` calls, in order: one per distinct value of the single
   * placeholders still in the document; the markers of kept sections go with the empty values.
   */
  readonly replacements: { readonly search: string; readonly replacement: string }[];
  /** Whether protected braces must be turned back (`unprotectPattern`). */
  readonly unprotect: boolean;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What to do to the copied Doc whose text is `lines` (one per paragraph) with tables at `spans`.
 * Values come from documentData.ts: `sections` says which optional sections stay.
 */
export function planFill(
  lines: readonly string[],
  spans: readonly TableSpan[],
  values: DocumentValues,
  kind: DocumentKind,
): FillPlan {
  const inTable = tableLines(spans);
  const scan = scanSections(lines, inTable, (name) => values.sections[name] === true);
  const inRemoved = (i: number) => scan.removed.some(([a, b]) => i >= a && i <= b);
  const removeParagraphs = new Set<number>();
  const removeTables = new Set<number>();
  for (const e of bodyElements(lines.length, spans)) {
    if (e.kind === 'paragraph') {
      if (inRemoved(e.line) || scan.markerOnly.has(e.line)) removeParagraphs.add(e.line);
    } else if (inRemoved(spans[e.table]!.start)) {
      removeTables.add(e.table);
    }
  }

  const removedTableLines = new Set<number>();
  spans.forEach((s, k) => {
    const parentRemoved = s.nested && spans.some((p, j) => !p.nested && removeTables.has(j) && within(s, p));
    if (!removeTables.has(k) && !parentRemoved) return;
    for (let i = s.start; i < s.start + s.length; i++) removedTableLines.add(i);
  });
  const kept = (i: number) => !removeParagraphs.has(i) && !removedTableLines.has(i);
  // Markers still in the document belong to kept sections (in a table cell they are only stripped:
  // a section inside a cell cannot be removed).
  const stripInlineMarkers = lines.some((l, i) => kept(i) && HAS_MARKER.test(l));

  const rebuildTables: number[] = [];
  spans.forEach((s, k) => {
    if (s.nested || removeTables.has(k)) return;
    const rows = lines.slice(s.start, s.start + s.length);
    if (rows.some((l) => HAS_GROUP_FIELD.test(l))) rebuildTables.push(k);
  });

  // Singles still in the document, grouped by their (prepared) value: one replaceText per value.
  const singles = CATALOGUE[kind].singles;
  const byValue = new Map<string, string[]>();
  let unprotect = false;
  lines.forEach((line, i) => {
    if (!kept(i)) return;
    for (const token of findPlaceholders(line)) {
      if (!has(singles, token)) continue;
      const value = values.singles[token] ?? '';
      const names = byValue.get(value) ?? [];
      if (!names.includes(token)) names.push(token);
      byValue.set(value, names);
    }
  });
  const replacements = [...byValue.entries()].map(([value, names]) => {
    if (stripPrivateUse(value).includes('{')) unprotect = true;
    const search = `\\{\\{(?:${names.map(escapeRe).join('|')})\\}\\}`;
    // Kept section markers go in the same pass as the empty values: both become ''.
    if (value === '' && stripInlineMarkers) return { search: `${INLINE_MARKERS}|${search}`, replacement: '' };
    return { search, replacement: prepareForReplacement(value) };
  });
  if (stripInlineMarkers && !byValue.has(''))
    replacements.unshift({ search: INLINE_MARKERS, replacement: '' });
  for (const k of rebuildTables) {
    const s = spans[k]!;
    for (const line of lines.slice(s.start, s.start + s.length)) {
      for (const m of line.matchAll(GROUP_FIELD)) {
        const rows = values.groups[m[1]!] ?? [];
        if (rows.some((r) => stripPrivateUse(r[m[2]!] ?? '').includes('{'))) unprotect = true;
      }
    }
  }

  return {
    removeParagraphs: [...removeParagraphs].sort((a, b) => a - b),
    removeTables: [...removeTables].sort((a, b) => a - b),
    rebuildTables,
    stripInlineMarkers,
    replacements,
    unprotect,
  };
}

function within(inner: TableSpan, outer: TableSpan): boolean {
  return inner.start >= outer.start && inner.start + inner.length <= outer.start + outer.length;
}

export interface RebuiltTable {
  /** The template's first row is a plain header: keep a copy of it (with its formatting) on top. */
  readonly copyHeader: boolean;
  /** The rows to write below the header, repeating rows expanded once per data row. */
  readonly rows: string[][];
}

/**
 * The cells of a rebuilt table. `tableLines` is the table's text split by line, `rowCount` its number of
 * rows. Null when the lines do not divide into equal rows (a cell holding more than one paragraph).
 */
export function rebuildCells(
  tableLines: readonly string[],
  rowCount: number,
  values: DocumentValues,
): RebuiltTable | null {
  if (rowCount <= 0 || tableLines.length % rowCount !== 0) return null;
  const width = tableLines.length / rowCount;
  const rows: string[][] = [];
  let copyHeader = false;
  for (let r = 0; r < rowCount; r++) {
    const cells = tableLines.slice(r * width, (r + 1) * width);
    const group = repeatingRowGroup(cells);
    if (group === null) {
      if (r === 0) copyHeader = true;
      else rows.push([...cells]);
      continue;
    }
    for (const record of values.groups[group] ?? []) {
      rows.push(
        cells.map((cell) =>
          cell.replace(GROUP_FIELD, (match: string, g: string, field: string) =>
            g === group && has(record, field) ? protectBraces(record[field] ?? '') : match,
          ),
        ),
      );
    }
  }
  return { copyHeader, rows };
}

// ---------------------------------------------------------------------------------------------
// Checking a school's edited template

const TOKEN = /\{\{([^{}\n]*)\}\}/g;

/**
 * Everything wrong with a school's template Doc for `kind`, as Norwegian messages that name the
 * problem: unknown placeholders first (the engine cannot fill them), then half-written ones,
 * misplaced section markers, row fields outside a table, and sections that are not closed.
 */
export function templateDocProblems(
  lines: readonly string[],
  spans: readonly TableSpan[],
  kind: DocumentKind,
  lang: Lang,
): string[] {
  const problems: string[] = [];
  const add = (m: string) => {
    if (!problems.includes(m)) problems.push(m);
  };
  for (const line of lines) {
    for (const token of findPlaceholders(line)) {
      if (!isKnownToken(token, kind)) add(unknownPlaceholderMessage(token, lang));
    }
  }
  const inTable = tableLines(spans);
  lines.forEach((line, i) => {
    const leftover = line.replace(TOKEN, '');
    if (leftover.includes('{{') || leftover.includes('}}')) add(msg(lang).incomplete(excerpt(line)));
    if (!inTable.has(i)) {
      for (const m of line.matchAll(GROUP_FIELD)) {
        if (isKnownToken(`${m[1]}.${m[2]}`, kind)) add(msg(lang).rowFieldOutsideTable(`${m[1]}.${m[2]}`));
      }
    }
  });
  const scan = scanSections(lines, inTable, () => true);
  for (const i of scan.invalid) add(msg(lang).markerInside(excerpt(lines[i]!)));
  if (scan.unopened > 0) add(msg(lang).endWithoutStart);
  if (scan.unclosed > 0) add(msg(lang).startWithoutEnd);
  return problems;
}

function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function msg(lang: Lang) {
  return lang === 'nn'
    ? {
        incomplete: (t: string) =>
          `Malen har ein ufullstendig plasshaldar i «${t}». Rett eller fjern han i malen.`,
        markerInside: (t: string) =>
          `I «${t}» står eit {{#viss …}}- eller {{/viss}}-merke inne i teksten. Eit {{#viss …}}-merke må stå først i eit avsnitt og {{/viss}} sist.`,
        endWithoutStart: 'Malen har eit {{/viss}} utan {{#viss …}} før seg.',
        startWithoutEnd: 'Malen har eit {{#viss …}} som ikkje blir avslutta med {{/viss}}.',
        rowFieldOutsideTable: (t: string) =>
          `Plasshaldaren {{${t}}} må stå i ei tabellrad, som blir gjenteken for kvar rad med data.`,
      }
    : {
        incomplete: (t: string) =>
          `Malen har en ufullstendig plassholder i «${t}». Rett eller fjern den i malen.`,
        markerInside: (t: string) =>
          `I «${t}» står et {{#hvis …}}- eller {{/hvis}}-merke inne i teksten. Et {{#hvis …}}-merke må stå først i et avsnitt og {{/hvis}} sist.`,
        endWithoutStart: 'Malen har et {{/hvis}} uten {{#hvis …}} foran.',
        startWithoutEnd: 'Malen har et {{#hvis …}} som ikke avsluttes med {{/hvis}}.',
        rowFieldOutsideTable: (t: string) =>
          `Plassholderen {{${t}}} må stå i en tabellrad, som gjentas for hver rad med data.`,
      };
}
