import { locateTables, planFill, rebuildCells, templateDocProblems } from '../../domain/documents/docFill';
import type { DocOp } from '../../domain/documents/docRender';
import type { DocumentValues } from '../../domain/documents/documentData';
import { type DocumentKind, type Lang, unprotectPattern } from '../../domain/documents/placeholders';
import { UserError } from '../menu/userError';

type Body = GoogleAppsScript.Document.Body;
type Table = GoogleAppsScript.Document.Table;

/** Problems the engine reports in the user's words; `name` is the template's name. */
export interface EngineMessages {
  unreadableTemplate(name: string): string;
  cellParagraphs(name: string): string;
  nestedTable(name: string): string;
}

const HEADINGS = ['NORMAL', 'HEADING1', 'HEADING2', 'HEADING3'] as const;

/**
 * Writes a template into a new Doc's body (setUp only): one call per paragraph, two for a heading,
 * four for a table (its header row in bold). The empty paragraph a new body starts with is removed, and
 * one empty paragraph ends the body, so that the last line of the template can always be removed.
 */
export function writeTemplate(body: Body, ops: readonly DocOp[]): void {
  const first = body.getChild(0);
  for (const op of ops) {
    if (op.type === 'paragraph') {
      const p = body.appendParagraph(op.text);
      if (op.heading > 0) p.setHeading(DocumentApp.ParagraphHeading[HEADINGS[op.heading]]);
    } else if (op.type === 'bullet') {
      body.appendListItem(op.text);
    } else {
      const table = body.appendTable(op.cells);
      table.getRow(0).editAsText().setBold(true);
    }
  }
  body.appendParagraph('');
  if (ops.length > 0) first.removeFromParent();
}

/** What a template's tables look like; read once per template version and remembered. */
export interface TableFacts {
  readonly start: number;
  readonly length: number;
  readonly nested: boolean;
  /** Rows and child index of a table with a repeating row (null for the others). */
  readonly rows: number | null;
  readonly index: number | null;
}

export interface LayoutFacts {
  /** Number of lines (paragraphs) of the body. */
  readonly lines: number;
  readonly tables: TableFacts[];
}

const REPEATING = /\{\{[^{}.]+\.[^{}]+\}\}/;

/**
 * Reads a body's layout in full: each table's text and, for tables with a repeating row, their rows and
 * position. Done once per version of a template (generate.ts remembers it by the text's hash).
 */
export function readFacts(
  body: Body,
  lines: readonly string[],
  messages: EngineMessages,
  name: string,
): { facts: LayoutFacts; tables: Table[] } {
  const tables = body.getTables();
  const spans = locateTables(
    lines,
    tables.map((t) => t.getText()),
  );
  if (!spans) throw new UserError(messages.unreadableTemplate(name));
  const facts = spans.map((span, k) => {
    const repeating =
      !span.nested && lines.slice(span.start, span.start + span.length).some((l) => REPEATING.test(l));
    if (!repeating) return { ...span, rows: null, index: null };
    let index: number;
    try {
      index = body.getChildIndex(tables[k]!);
    } catch {
      throw new UserError(messages.nestedTable(name));
    }
    return { ...span, rows: tables[k]!.getNumRows(), index };
  });
  return { facts: { lines: lines.length, tables: facts }, tables };
}

/** Problems with a school's template Doc, from its layout. */
export function checkLayout(
  lines: readonly string[],
  facts: LayoutFacts,
  kind: DocumentKind,
  lang: Lang,
): string[] {
  return templateDocProblems(lines, facts.tables, kind, lang);
}

/**
 * Fills a copied template in place (see domain/documents/docFill.ts for the plan). `lines` is the copy's
 * text, split by line; `known` the template's remembered layout (the copy is identical to it). The number of calls
 * depends on the template (its optional sections, placeholders and tables), never on the number of
 * table rows or the length of the texts.
 */
export function fillBody(
  body: Body,
  text: readonly string[],
  known: LayoutFacts | null,
  values: DocumentValues,
  kind: DocumentKind,
  messages: EngineMessages,
  name: string,
  prefetched: Table[] | null = null,
): void {
  let tables: Table[] | null = prefetched;
  const getTables = () => {
    tables ??= body.getTables();
    return tables;
  };
  const locate = (lines: readonly string[]) => {
    const located = locateTables(
      lines,
      getTables().map((t) => t.getText()),
    );
    if (!located) throw new UserError(messages.unreadableTemplate(name));
    return located;
  };
  let lines = text;
  let facts: LayoutFacts | null = known && known.lines === lines.length ? known : null;
  let spans = facts
    ? facts.tables.map((f) => ({ start: f.start, length: f.length, nested: f.nested }))
    : locate(lines);
  let plan = planFill(lines, spans, values, kind);

  // Paragraphs are taken before anything changes: their order is the lines' order.
  let paragraphs = plan.removeParagraphs.length > 0 ? body.getParagraphs() : [];
  if (plan.removeParagraphs.length > 0 && paragraphs.length !== lines.length) {
    // The body's text did not split into one line per paragraph (a line break inside a paragraph):
    // read each paragraph's own text instead (one call each) and plan again.
    lines = paragraphs.map((p) => p.getText().replace(/[\r\n]/g, ' '));
    facts = null;
    spans = locate(lines);
    plan = planFill(lines, spans, values, kind);
    if (plan.removeParagraphs.length === 0) paragraphs = [];
  }

  // Tables first: each rebuild takes the old table's place, so remembered positions stay right.
  for (const k of plan.rebuildTables) {
    const table = getTables()[k]!;
    const span = spans[k]!;
    const rows = facts?.tables[k]?.rows ?? table.getNumRows();
    const rebuilt = rebuildCells(lines.slice(span.start, span.start + span.length), rows, values);
    if (!rebuilt) throw new UserError(messages.cellParagraphs(name));
    if (rebuilt.rows.length === 0) {
      if (rebuilt.copyHeader) for (let r = rows - 1; r >= 1; r--) table.removeRow(r);
      else table.removeFromParent();
      continue;
    }
    let index = facts?.tables[k]?.index ?? null;
    if (index === null) {
      try {
        index = body.getChildIndex(table);
      } catch {
        throw new UserError(messages.nestedTable(name));
      }
    }
    const fresh = body.insertTable(index, rebuilt.rows);
    // The template's header row moves over with its formatting; the rest of the old table goes.
    if (rebuilt.copyHeader) fresh.insertTableRow(0, table.removeRow(0));
    table.removeFromParent();
  }

  for (const i of plan.removeParagraphs) removeParagraph(paragraphs[i]!);
  for (const k of plan.removeTables) getTables()[k]!.removeFromParent();

  for (const r of plan.replacements) body.replaceText(r.search, r.replacement);
  if (plan.unprotect) body.replaceText(unprotectPattern.search, unprotectPattern.replacement);
}

/** The last paragraph of a section cannot be removed: it is emptied instead. */
function removeParagraph(p: GoogleAppsScript.Document.Paragraph): void {
  try {
    p.removeFromParent();
  } catch {
    p.clear();
  }
}
