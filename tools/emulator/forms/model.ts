import { createHash } from 'node:crypto';
import type { Env } from '../core/env.js';
import { MIME } from '../drive/mimeType.js';
import type { DriveStore } from '../drive/store.js';
import type { EmuSheet } from '../spreadsheet/sheet.js';
import type { SheetsStore } from '../spreadsheet/spreadsheetApp.js';

/**
 * The state of Google Forms behind FormApp: forms, their items, the form's own response store and the link
 * to a response sheet. https://developers.google.com/apps-script/reference/forms/form
 *
 * What the real service does and this copies:
 *  - `setDestination(SPREADSHEET, id)` inserts a new first sheet ("Skjemasvar 1" in a Norwegian account)
 *    whose header row is the timestamp ("Tidsmerke"), then "E-postadresse" when e-mails are collected,
 *    then one column per question; a question added later gets a new column at the end; a question
 *    renamed keeps its column, whose header is renamed in place (see `writeHeader`).
 *  - Every submission is kept in the form's own response store with an opaque id
 *    ("All forms, including those that do not have a destination set explicitly, save a copy of responses in
 *    the form's response store", form#setDestination), and, when linked, appended as a row: a Date
 *    timestamp, the e-mail, each answer as typed; checkbox answers are joined with ", ".
 *  - Deleting a response from the form leaves its row in the sheet: deleteResponse/deleteAllResponses do
 *    "not delete copies of responses stored in an external response destination (like a spreadsheet)"
 *    (https://developers.google.com/apps-script/reference/forms/form#deleteResponse(String)).
 *  - A respondent moves through the form's pages (sections) as the page breaks and navigation choices say;
 *    questions on pages they never reach are not answered. Submitting answers the form could not have taken
 *    (an unreachable question, a value that is not a choice) is a test error.
 */

export type ItemType =
  | 'TEXT'
  | 'PARAGRAPH_TEXT'
  | 'MULTIPLE_CHOICE'
  | 'CHECKBOX'
  | 'LIST'
  | 'DATE'
  | 'SECTION_HEADER'
  | 'PAGE_BREAK';

export type NavType = 'CONTINUE' | 'GO_TO_PAGE' | 'RESTART' | 'SUBMIT';
export const NAV_TYPES: readonly NavType[] = ['CONTINUE', 'GO_TO_PAGE', 'RESTART', 'SUBMIT'];

export interface Navigation {
  type: NavType;
  /** The PAGE_BREAK item id for GO_TO_PAGE. */
  goto: number | null;
}

export interface ItemSpec {
  id: number;
  type: ItemType;
  title: string;
  helpText: string;
  required: boolean;
  choices: string[];
  /** Page navigation of each choice (MULTIPLE_CHOICE, LIST), aligned with `choices`, or null for none. */
  choiceNav: Navigation[] | null;
  otherOption: boolean;
  /** For PAGE_BREAK: where the respondent goes after the page before this break (default CONTINUE). */
  pageNav: Navigation;
}

/** A stored response: answers by item id (only items the respondent reached and answered). */
export interface ResponseSpec {
  readonly id: string;
  readonly timestamp: number;
  readonly email: string;
  readonly answers: ReadonlyMap<number, string | string[]>;
  /** The row it was written to, when the form had a destination then. */
  readonly row: number | null;
}

export interface FormSpec {
  id: string;
  title: string;
  description: string;
  collectEmail: boolean;
  confirmation: string;
  accepting: boolean;
  requireLogin: boolean;
  allowResponseEdits: boolean;
  items: ItemSpec[];
  responses: ResponseSpec[];
  destination: {
    spreadsheetId: string;
    sheet: EmuSheet;
    /** The column (1-based) of each question, by item id: renaming a question renames its column. */
    columns: Map<number, number>;
    emailColumn: number | null;
  } | null;
}

export interface SubmitOptions {
  email?: string;
  /** Simulates a school that made a question optional or edited the form: required answers may be missing. */
  skipRequiredCheck?: boolean;
}

export type SubmitListener = (form: FormSpec, row: number | null, response: ResponseSpec) => void;

/** A response as tests read it: answers by question title. */
export interface ResponseView {
  id: string;
  timestamp: Date;
  email: string;
  answers: Record<string, string | string[]>;
  row: number | null;
}

export const QUESTION_TYPES: ReadonlySet<ItemType> = new Set([
  'TEXT',
  'PARAGRAPH_TEXT',
  'MULTIPLE_CHOICE',
  'CHECKBOX',
  'LIST',
  'DATE',
]);

export class FormsStore {
  readonly forms = new Map<string, FormSpec>();
  private itemSeq = 100;
  private responseSeq = 0;
  onSubmit: SubmitListener = () => {};
  /**
   * The account's Drive, when the emulator has one: a form is then a Drive file of its creator, and
   * FormApp.openById needs edit access to it ("Throws an exception if the ID is invalid or the user does not
   * have permission to open the form", https://developers.google.com/apps-script/reference/forms/form-app#openById(String)).
   */
  drive: DriveStore | null = null;
  constructor(
    readonly env: Env,
    readonly sheets: SheetsStore,
  ) {}

  nextItemId(): number {
    return ++this.itemSeq;
  }

  newForm(title: string): FormSpec {
    const id = this.drive
      ? this.drive.add({ name: title, mimeType: MIME.GOOGLE_FORMS, parents: [this.drive.rootOf().id] }).id
      : this.env.newId('form');
    const spec: FormSpec = {
      id,
      title,
      description: '',
      collectEmail: false,
      confirmation: '',
      accepting: true,
      requireLogin: false,
      allowResponseEdits: false,
      items: [],
      responses: [],
      destination: null,
    };
    this.forms.set(id, spec);
    return spec;
  }

  /** Whether the active user may open the form with FormApp (it exists and they can edit its file). */
  canOpen(id: string): boolean {
    if (!this.forms.has(id)) return false;
    if (!this.drive) return true;
    const item = this.drive.items.get(id);
    return item !== undefined && this.drive.canEdit(item);
  }

  newItem(type: ItemType): ItemSpec {
    return {
      id: this.nextItemId(),
      type,
      title: '',
      helpText: '',
      required: false,
      choices: [],
      choiceNav: null,
      otherOption: false,
      pageNav: { type: 'CONTINUE', goto: null },
    };
  }

  /** Response ids look like Google's: long, opaque, stable ("2_ABaOnu…"). */
  private newResponseId(formId: string): string {
    this.responseSeq++;
    const hash = createHash('sha256').update(`${formId}:${this.responseSeq}`).digest('base64url');
    return `2_ABaOnu${hash.slice(0, 40)}`;
  }

  /**
   * The pages a respondent with these final answers goes through, as indexes into `pages`.
   * After a page: the navigation of the answered navigation question on it (the last one, if several),
   * else the navigation of the page break that starts the next page, else the next page; after the last
   * page the form is submitted. https://developers.google.com/apps-script/reference/forms/page-break-item#setGoToPage(PageBreakItem)
   */
  path(form: FormSpec, answerOf: (item: ItemSpec) => string | string[] | undefined): ItemSpec[][] {
    const pages: ItemSpec[][] = [[]];
    for (const item of form.items) {
      if (item.type === 'PAGE_BREAK') pages.push([item]);
      else pages[pages.length - 1]!.push(item);
    }
    const pageOf = (breakId: number | null) => pages.findIndex((p) => p[0]?.id === breakId);
    const reached: ItemSpec[][] = [];
    const seen = new Set<number>();
    let p = 0;
    while (p >= 0 && p < pages.length) {
      if (seen.has(p))
        throw new Error(
          'Apps Script emulator: with these answers the respondent goes round in a loop and never reaches Submit.',
        );
      seen.add(p);
      const page = pages[p]!;
      reached.push(page);
      let nav: Navigation | null = null;
      for (const item of page) {
        if (!item.choiceNav) continue;
        const a = answerOf(item);
        const i = typeof a === 'string' ? item.choices.indexOf(a) : -1;
        if (i >= 0) nav = item.choiceNav[i] ?? null;
      }
      nav ??= pages[p + 1]?.[0]?.pageNav ?? { type: 'SUBMIT', goto: null };
      if (nav.type === 'SUBMIT') break;
      if (nav.type === 'RESTART') p = 0;
      else if (nav.type === 'GO_TO_PAGE') {
        const target = pageOf(nav.goto);
        p = target >= 0 ? target : p + 1;
      } else p++;
    }
    return reached;
  }

  /** A person fills in and sends the form. Returns the response row in the destination sheet (0 when unlinked). */
  submit(formId: string, answers: Record<string, string | string[]>, options: SubmitOptions = {}): number {
    return this.submitResponse(formId, answers, options).row ?? 0;
  }

  submitResponse(
    formId: string,
    answers: Record<string, string | string[]>,
    options: SubmitOptions = {},
  ): ResponseSpec {
    const form = this.forms.get(formId);
    if (!form) throw new Error(`Apps Script emulator: no form ${formId}`);
    if (!form.accepting) throw new Error('The form is not accepting responses.');
    const byTitle = new Map<string, ItemSpec[]>();
    for (const item of form.items) byTitle.set(item.title, [...(byTitle.get(item.title) ?? []), item]);
    const itemOf = new Map<ItemSpec, string | string[]>();
    for (const [title, value] of Object.entries(answers)) {
      const items = (byTitle.get(title) ?? []).filter((i) => QUESTION_TYPES.has(i.type));
      if (items.length === 0) throw new Error(`The form has no question titled "${title}".`);
      if (items.length > 1)
        throw new Error(
          `Apps Script emulator: several questions are titled "${title}"; answers are by title.`,
        );
      itemOf.set(items[0]!, value);
    }
    const isEmpty = (a: string | string[] | undefined) =>
      a === undefined || (Array.isArray(a) ? a.length === 0 : String(a).trim() === '');
    const reached = new Set(this.path(form, (item) => itemOf.get(item)).flat());
    for (const item of form.items) {
      if (!QUESTION_TYPES.has(item.type)) continue;
      const a = itemOf.get(item);
      if (!reached.has(item)) {
        if (!isEmpty(a))
          throw new Error(
            `Apps Script emulator: "${item.title}" is on a page the respondent never reaches with these answers.`,
          );
        continue;
      }
      if (item.required && isEmpty(a) && !options.skipRequiredCheck)
        throw new Error(`"${item.title}" is required.`);
      if (isEmpty(a)) continue;
      if (item.type === 'CHECKBOX') {
        if (!Array.isArray(a)) throw new Error(`"${item.title}" takes a list of choices.`);
        for (const v of a)
          if (!item.choices.includes(v) && !item.otherOption)
            throw new Error(`"${v}" is not a choice of "${item.title}".`);
        if (a.filter((v) => !item.choices.includes(v)).length > 1)
          throw new Error(`"${item.title}" has one "other" answer at most.`);
      } else if (Array.isArray(a)) throw new Error(`"${item.title}" takes one answer.`);
      else if (
        (item.type === 'MULTIPLE_CHOICE' || item.type === 'LIST') &&
        !item.choices.includes(a!) &&
        !(item.type === 'MULTIPLE_CHOICE' && item.otherOption)
      )
        throw new Error(`"${String(a)}" is not a choice of "${item.title}".`);
    }
    if (form.collectEmail && !options.email)
      throw new Error('This form collects e-mail addresses: give the respondent.');
    const stored = new Map<number, string | string[]>();
    for (const [item, a] of itemOf)
      if (!isEmpty(a)) stored.set(item.id, Array.isArray(a) ? [...a] : String(a));
    const row = form.destination ? this.writeRow(form, stored, options.email ?? '') : null;
    const response: ResponseSpec = {
      id: this.newResponseId(form.id),
      timestamp: this.env.now(),
      email: form.collectEmail ? (options.email ?? '') : '',
      answers: stored,
      row,
    };
    form.responses.push(response);
    this.onSubmit(form, row, response);
    return response;
  }

  private writeRow(form: FormSpec, answers: ReadonlyMap<number, string | string[]>, email: string): number {
    const dest = form.destination!;
    const sheet = dest.sheet;
    this.followMovedColumns(form);
    const row = sheet._lastRow() + 1;
    if (row > sheet._maxRows) sheet._maxRows = row;
    const width = Math.max(sheet._lastColumn(), 1, ...dest.columns.values(), dest.emailColumn ?? 0);
    const byColumn = new Map<number, string>();
    for (const [id, column] of dest.columns) {
      const a = answers.get(id);
      byColumn.set(column, Array.isArray(a) ? a.join(', ') : (a ?? ''));
    }
    if (dest.emailColumn && form.collectEmail) byColumn.set(dest.emailColumn, email);
    for (let column = 1; column <= width; column++) {
      const cell = sheet._cell(row, column);
      const text = byColumn.get(column) ?? '';
      // Forms writes answers as values, never as formulas ("=1+1" stays text), parsed as Sheets parses
      // typed text in the spreadsheet's locale: a number-like or date-like answer becomes a number or a
      // date, as in a real response sheet (cell.ts, parseTyped).
      cell.value = column === 1 ? { date: this.env.now() } : sheet._answerValue(text);
      cell.formula = '';
    }
    return row;
  }

  /**
   * Columns inserted or moved in the response sheet by a person: Forms keeps writing each answer under its
   * question (inferred from Sheets keeping references to moved cells), so a question whose header is no
   * longer in its column is looked up by its header text.
   */
  followMovedColumns(form: FormSpec): void {
    const dest = form.destination;
    if (!dest) return;
    const header = (dest.sheet._grid[0] ?? []).map((c) => String(c?.value ?? ''));
    const relocate = (column: number, title: string): number => {
      if (header[column - 1] === title) return column;
      const found = header.indexOf(title);
      return found >= 0 ? found + 1 : column;
    };
    for (const [id, column] of dest.columns) {
      const item = form.items.find((i) => i.id === id);
      if (item) dest.columns.set(id, relocate(column, item.title));
    }
    if (dest.emailColumn) dest.emailColumn = relocate(dest.emailColumn, 'E-postadresse');
  }

  /** Links the form to a new response sheet of the spreadsheet. */
  link(form: FormSpec, spreadsheetId: string): void {
    const ss = this.sheets.byId.get(spreadsheetId);
    if (!ss) throw new Error('Invalid argument: id');
    let n = 1;
    while (ss._sheetByName(`Skjemasvar ${n}`)) n++;
    const sheet = ss._addSheet(`Skjemasvar ${n}`, 0);
    sheet._formUrl = `https://docs.google.com/forms/d/${form.id}/edit`;
    form.destination = { spreadsheetId, sheet, columns: new Map(), emailColumn: null };
    this.writeHeader(form);
    // Responses the form already has are copied into the new sheet.
    for (const r of form.responses) this.writeRow(form, r.answers, r.email);
  }

  /**
   * Keeps the response sheet's header in step with the form: the timestamp in A1, a column for the e-mail
   * when collected, one per question. A new question gets a new column at the end; a renamed question's
   * header is renamed in place (its answers stay in its column); a deleted question's column stays.
   */
  writeHeader(form: FormSpec): void {
    const dest = form.destination;
    if (!dest) return;
    const sheet = dest.sheet;
    const set = (column: number, title: string) => {
      if (column > sheet._maxColumns) sheet._maxColumns = column;
      const c = sheet._cell(1, column);
      c.value = title;
      c.formula = '';
    };
    let next = Math.max(sheet._lastColumn(), 1, ...dest.columns.values(), dest.emailColumn ?? 0) + 1;
    set(1, 'Tidsmerke');
    if (form.collectEmail && dest.emailColumn === null) {
      dest.emailColumn = dest.columns.size === 0 ? 2 : next;
      next = Math.max(next, dest.emailColumn) + 1;
      set(dest.emailColumn, 'E-postadresse');
    }
    for (const item of form.items) {
      if (!QUESTION_TYPES.has(item.type)) continue;
      let column = dest.columns.get(item.id);
      if (column === undefined) {
        column = next++;
        dest.columns.set(item.id, column);
      }
      set(column, item.title);
    }
  }

  // --- read helpers for tests ------------------------------------------------------------------------

  /** The responses the form's own store holds, oldest first. */
  responses(formId: string): ResponseView[] {
    const form = this.forms.get(formId);
    if (!form) throw new Error(`Apps Script emulator: no form ${formId}`);
    return form.responses.map((r) => ({
      id: r.id,
      timestamp: new Date(r.timestamp),
      email: r.email,
      row: r.row,
      answers: Object.fromEntries(
        [...r.answers].map(([id, a]) => [form.items.find((i) => i.id === id)?.title ?? `#${id}`, a]),
      ),
    }));
  }

  /** The item ids of each page a respondent with these answers would go through (for tests of branching). */
  pagesReached(formId: string, answers: Record<string, string | string[]>): string[][] {
    const form = this.forms.get(formId);
    if (!form) throw new Error(`Apps Script emulator: no form ${formId}`);
    return this.path(form, (item) => answers[item.title]).map((page) => page.map((i) => i.title));
  }
}
