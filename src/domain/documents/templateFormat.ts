/**
 * The document templates' Markdown subset, parsed to a small document model.
 *
 * Templates are written once in the repository (`templates/<nb|nn>/<name>.md`) and rendered by
 * setUp() into an editable Google Doc; the school edits that Doc, not the Markdown. So the syntax
 * stays tiny and strict: a template error is a developer's bug and should fail loudly, with a line.
 *
 * Syntax (one construct per line):
 * - `# `, `## `, `### ` headings; the first `# ` heading is also the document's title.
 * - paragraphs: consecutive plain lines, ended by a blank line; their lines are joined with `\n`.
 * - `- ` bullet items, one per line.
 * - pipe tables: header row, a `|---|---|` separator, then body rows; `\|` is a literal pipe.
 *   A blank line must follow a table: Markdown would read the next line as another row.
 * - `{{Navn}}` placeholders anywhere in text; `{{Gruppe.Felt}}` only in a table row, which then
 *   repeats once per data row (a "repeating row").
 * - `{{#hvis Navn}}` … `{{/hvis}}` (nynorsk `{{#viss Navn}}` … `{{/viss}}`), each alone on its line:
 *   an optional section, removed when its value is empty. Sections may nest.
 * No inline formatting: `*`, `_` and the like are kept as typed.
 */

export type Block =
  | { readonly type: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly type: 'paragraph'; readonly text: string }
  | { readonly type: 'bullet'; readonly text: string }
  | { readonly type: 'table'; readonly header: string[]; readonly rows: string[][] }
  | { readonly type: 'sectionStart'; readonly name: string }
  | { readonly type: 'sectionEnd' };

export interface DocModel {
  readonly title: string;
  readonly blocks: Block[];
}

export class TemplateSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`Line ${line}: ${message}`);
    this.name = 'TemplateSyntaxError';
  }
}

/** A placeholder name: a letter, then letters or digits (æøå included), no spaces. */
export const NAME_SOURCE = '[A-Za-zÆØÅæøå][A-Za-z0-9ÆØÅæøå]*';
const NAME = new RegExp(`^${NAME_SOURCE}$`);

/** Both written forms of the section keyword: bokmål `hvis`, nynorsk `viss`. */
const SECTION_START = new RegExp(`^\\{\\{#(?:hvis|viss) (${NAME_SOURCE})\\}\\}$`);
const SECTION_END = /^\{\{\/(?:hvis|viss)\}\}$/;
const ROW_FIELD = new RegExp(`\\{\\{(${NAME_SOURCE})\\.(${NAME_SOURCE})\\}\\}`, 'g');

export function isPlaceholderName(name: string): boolean {
  return NAME.test(name);
}

/** `{ start, name }`, `{ end }` or null for a line that is not a section marker. */
export function classifySectionLine(line: string): { kind: 'start'; name: string } | { kind: 'end' } | null {
  const trimmed = line.trim();
  const start = SECTION_START.exec(trimmed);
  if (start) return { kind: 'start', name: start[1]! };
  if (SECTION_END.test(trimmed)) return { kind: 'end' };
  return null;
}

/**
 * The row group a table row repeats over (`Tiltak` for `{{Tiltak.Beskrivelse}}`), or null for a
 * plain row. Throws when one row mixes groups: the filler could not know which data to repeat.
 */
export function repeatingRowGroup(cells: readonly string[]): string | null {
  const groups = new Set<string>();
  for (const cell of cells) {
    for (const m of cell.matchAll(ROW_FIELD)) groups.add(m[1]!);
  }
  if (groups.size > 1) throw new Error(`A table row mixes row groups: ${[...groups].join(', ')}`);
  return groups.size === 1 ? [...groups][0]! : null;
}

const HEADING = /^(#{1,6}) +(.*)$/;
const TABLE_SEPARATOR_CELL = /^:?-+:?$/;

export function parseTemplate(text: string): DocModel {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let table: { header: string[]; rows: string[][]; line: number; separatorSeen: boolean } | null = null;
  const openSections: number[] = [];

  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', text: paragraph.join('\n') });
    paragraph = [];
  };
  const flushTable = () => {
    if (table) {
      if (!table.separatorSeen)
        throw new TemplateSyntaxError('table without a |---| separator line', table.line);
      blocks.push({ type: 'table', header: table.header, rows: table.rows });
    }
    table = null;
  };
  const flush = () => {
    flushParagraph();
    flushTable();
  };

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.trimEnd();
    const trimmed = line.trim();

    if (trimmed === '') {
      flush();
      return;
    }

    // Markdown (and the repository's formatter) reads any non-blank line after a table as one more row.
    if (table && !trimmed.startsWith('|')) {
      throw new TemplateSyntaxError('a table must be followed by a blank line', lineNo);
    }

    const section = classifySectionLine(trimmed);
    if (section || /^\{\{[#/]/.test(trimmed)) {
      flush();
      if (!section) throw new TemplateSyntaxError(`malformed section marker: ${trimmed}`, lineNo);
      if (section.kind === 'start') {
        openSections.push(lineNo);
        blocks.push({ type: 'sectionStart', name: section.name });
      } else {
        if (openSections.pop() === undefined)
          throw new TemplateSyntaxError('{{/hvis}} without {{#hvis …}}', lineNo);
        blocks.push({ type: 'sectionEnd' });
      }
      return;
    }

    if (trimmed.startsWith('|')) {
      flushParagraph();
      const cells = splitRow(trimmed, lineNo);
      if (!table) {
        table = { header: cells, rows: [], line: lineNo, separatorSeen: false };
        return;
      }
      if (!table.separatorSeen) {
        if (!cells.every((c) => TABLE_SEPARATOR_CELL.test(c))) {
          throw new TemplateSyntaxError('the second table line must be the |---| separator', lineNo);
        }
        if (cells.length !== table.header.length) {
          throw new TemplateSyntaxError('separator and header have different numbers of cells', lineNo);
        }
        table.separatorSeen = true;
        return;
      }
      if (cells.length !== table.header.length) {
        throw new TemplateSyntaxError(
          `table row has ${cells.length} cells, the header has ${table.header.length}`,
          lineNo,
        );
      }
      try {
        repeatingRowGroup(cells);
      } catch (e) {
        throw new TemplateSyntaxError((e as Error).message, lineNo);
      }
      table.rows.push(cells);
      return;
    }
    if (/^#+$/.test(trimmed)) throw new TemplateSyntaxError('empty heading', lineNo);
    const heading = HEADING.exec(trimmed);
    if (heading) {
      flushParagraph();
      const level = heading[1]!.length;
      if (level > 3) throw new TemplateSyntaxError('only #, ## and ### headings are supported', lineNo);
      const headingText = heading[2]!.trim();
      if (headingText === '') throw new TemplateSyntaxError('empty heading', lineNo);
      blocks.push({ type: 'heading', level: level as 1 | 2 | 3, text: headingText });
      return;
    }

    if (trimmed.startsWith('- ')) {
      flushParagraph();
      blocks.push({ type: 'bullet', text: trimmed.slice(2).trim() });
      return;
    }

    paragraph.push(trimmed);
  });
  flush();

  const unclosed = openSections.pop();
  if (unclosed !== undefined) throw new TemplateSyntaxError('{{#hvis …}} without {{/hvis}}', unclosed);

  const titleBlock = blocks.find((b) => b.type === 'heading' && b.level === 1);
  return { title: titleBlock?.type === 'heading' ? titleBlock.text : '', blocks };
}

/** Splits `| a | b \| c |` into cells, honouring `\|` as a literal pipe. */
function splitRow(line: string, lineNo: number): string[] {
  if (!line.endsWith('|') || line.endsWith('\\|')) {
    throw new TemplateSyntaxError('a table row must start and end with |', lineNo);
  }
  const cells: string[] = [];
  let current = '';
  for (let i = 1; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '\\' && line[i + 1] === '|') {
      current += '|';
      i++;
    } else if (ch === '|') {
      cells.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  return cells;
}

/** Every text of the model (headings, paragraphs, bullets, table cells), for placeholder checks. */
export function modelTexts(model: DocModel): string[] {
  const texts: string[] = [];
  for (const b of model.blocks) {
    if (b.type === 'table') {
      texts.push(...b.header);
      for (const row of b.rows) texts.push(...row);
    } else if (b.type === 'heading' || b.type === 'paragraph' || b.type === 'bullet') {
      texts.push(b.text);
    }
  }
  return texts;
}
