import type { Env } from '../core/env.js';
import { gas } from '../core/gas.js';
import { proxyOf, track } from '../core/tracking.js';
import type { EmuSheet } from '../spreadsheet/sheet.js';
import type { SheetsStore } from '../spreadsheet/spreadsheetApp.js';

/**
 * Google Forms and the link to a response spreadsheet.
 * https://developers.google.com/apps-script/reference/forms/form-app
 *
 * What the real service does and this copies:
 *  - `setDestination(SPREADSHEET, id)` inserts a new first sheet ("Skjemasvar 1" in a Norwegian account)
 *    whose header row is the timestamp ("Tidsmerke"), then "E-postadresse" when e-mails are collected,
 *    then one column per question title; a question added later gets a new column at the end.
 *  - A submission appends a row: a Date timestamp, the e-mail, each answer as typed; checkbox answers
 *    are joined with ", ". The spreadsheet's form-submit triggers then fire with an event whose
 *    `values` are display strings and `namedValues` maps each header to a one-element array
 *    (https://developers.google.com/apps-script/guides/triggers/events#form-submit).
 */

export type ItemType =
  | 'TEXT'
  | 'PARAGRAPH_TEXT'
  | 'MULTIPLE_CHOICE'
  | 'CHECKBOX'
  | 'LIST'
  | 'DATE'
  | 'SECTION_HEADER';

interface ItemSpec {
  id: number;
  type: ItemType;
  title: string;
  helpText: string;
  required: boolean;
  choices: string[];
}

export interface FormSpec {
  id: string;
  title: string;
  description: string;
  collectEmail: boolean;
  confirmation: string;
  accepting: boolean;
  items: ItemSpec[];
  destination: { spreadsheetId: string; sheet: EmuSheet } | null;
}

export interface SubmitOptions {
  email?: string;
  /** Simulates a school that made a question optional or edited the form: required answers may be missing. */
  skipRequiredCheck?: boolean;
}

export type SubmitListener = (form: FormSpec, row: number) => void;

export class FormsStore {
  readonly forms = new Map<string, FormSpec>();
  private itemSeq = 100;
  onSubmit: SubmitListener = () => {};
  constructor(
    readonly env: Env,
    readonly sheets: SheetsStore,
  ) {}

  nextItemId(): number {
    return ++this.itemSeq;
  }

  /** A person fills in and sends the form. Returns the response row in the destination sheet. */
  submit(formId: string, answers: Record<string, string | string[]>, options: SubmitOptions = {}): number {
    const form = this.forms.get(formId);
    if (!form) throw new Error(`Apps Script emulator: no form ${formId}`);
    if (!form.accepting) throw new Error('The form is not accepting responses.');
    const known = new Set(form.items.map((i) => i.title));
    for (const title of Object.keys(answers))
      if (!known.has(title)) throw new Error(`The form has no question titled "${title}".`);
    for (const item of form.items) {
      const a = answers[item.title];
      const empty = a === undefined || (Array.isArray(a) ? a.length === 0 : a.trim() === '');
      if (item.required && empty && !options.skipRequiredCheck)
        throw new Error(`"${item.title}" is required.`);
      if (
        !empty &&
        (item.type === 'MULTIPLE_CHOICE' || item.type === 'LIST') &&
        !item.choices.includes(String(a))
      ) {
        throw new Error(`"${String(a)}" is not a choice of "${item.title}".`);
      }
    }
    if (form.collectEmail && !options.email)
      throw new Error('This form collects e-mail addresses: give the respondent.');
    if (!form.destination) throw new Error('Apps Script emulator: the form has no destination spreadsheet.');
    const sheet = form.destination.sheet;
    const header = sheet._grid[0]?.map((c) => String(c?.value ?? '')) ?? [];
    const row = sheet._lastRow() + 1;
    if (row > sheet._maxRows) sheet._maxRows = row;
    header.forEach((title, i) => {
      let v: unknown;
      if (i === 0) v = '';
      else if (title === 'E-postadresse' && form.collectEmail) v = options.email ?? '';
      else {
        const a = answers[title];
        v = Array.isArray(a) ? a.join(', ') : (a ?? '');
      }
      // Forms writes answers as values, never as formulas ("=1+1" stays text); a purely numeric answer
      // becomes a number, as in a real response sheet.
      const cell = sheet._cell(row, i + 1);
      const text = typeof v === 'string' ? v : '';
      cell.value = i === 0 ? { date: this.env.now() } : sheet._answerValue(text);
      cell.formula = '';
    });
    this.onSubmit(form, row);
    return row;
  }

  /** Header titles of the linked response sheet. */
  link(form: FormSpec, spreadsheetId: string): void {
    const ss = this.sheets.byId.get(spreadsheetId);
    if (!ss) throw new Error('Invalid argument: id');
    let n = 1;
    while (ss._sheetByName(`Skjemasvar ${n}`)) n++;
    const sheet = ss._addSheet(`Skjemasvar ${n}`, 0);
    sheet._formUrl = `https://docs.google.com/forms/d/${form.id}/edit`;
    form.destination = { spreadsheetId, sheet };
    this.writeHeader(form);
  }

  writeHeader(form: FormSpec): void {
    const sheet = form.destination?.sheet;
    if (!sheet) return;
    const existing = sheet._grid[0]?.map((c) => String(c?.value ?? '')) ?? [];
    const wanted = ['Tidsmerke', ...(form.collectEmail ? ['E-postadresse'] : [])];
    for (const item of form.items) if (item.type !== 'SECTION_HEADER') wanted.push(item.title);
    // Existing columns are never removed or reordered; new titles are appended.
    const header = existing.length > 0 ? [...existing] : [];
    for (const t of wanted) if (!header.includes(t)) header.push(t);
    if (header.length > sheet._maxColumns) sheet._maxColumns = header.length;
    header.forEach((t, i) => {
      const c = sheet._cell(1, i + 1);
      c.value = t;
      c.formula = '';
    });
  }
}

class EmuItem {
  constructor(
    readonly _env: Env,
    readonly _store: FormsStore,
    readonly _form: FormSpec,
    readonly _spec: ItemSpec,
  ) {}
  private self() {
    return proxyOf(this);
  }
  getId(): number {
    return this._spec.id;
  }
  getIndex(): number {
    return this._form.items.indexOf(this._spec);
  }
  getType(): string {
    return this._spec.type;
  }
  getTitle(): string {
    return this._spec.title;
  }
  setTitle(title: string) {
    this._spec.title = title;
    this._store.writeHeader(this._form);
    return this.self();
  }
  getHelpText(): string {
    return this._spec.helpText;
  }
  setHelpText(text: string) {
    this._spec.helpText = text;
    return this.self();
  }
  isRequired(): boolean {
    return this._spec.required;
  }
  setRequired(enabled: boolean) {
    this._spec.required = enabled;
    return this.self();
  }
  setChoiceValues(values: string[]) {
    if (!['MULTIPLE_CHOICE', 'CHECKBOX', 'LIST'].includes(this._spec.type)) throw new NotAChoiceItem();
    this._spec.choices = [...values];
    return this.self();
  }
  getChoices() {
    return this._spec.choices.map((value) => track({ getValue: () => value }, 'Choice', this._env));
  }
  private as(type: ItemType, name: string) {
    if (this._spec.type !== type) throw new Error(`Item is not a ${name}.`);
    return this.self();
  }
  asTextItem() {
    return this.as('TEXT', 'TextItem');
  }
  asParagraphTextItem() {
    return this.as('PARAGRAPH_TEXT', 'ParagraphTextItem');
  }
  asMultipleChoiceItem() {
    return this.as('MULTIPLE_CHOICE', 'MultipleChoiceItem');
  }
  asCheckboxItem() {
    return this.as('CHECKBOX', 'CheckboxItem');
  }
  asListItem() {
    return this.as('LIST', 'ListItem');
  }
  asDateItem() {
    return this.as('DATE', 'DateItem');
  }
}

class NotAChoiceItem extends Error {
  constructor() {
    super('This item does not have choices.');
  }
}

class EmuForm implements Partial<GoogleAppsScript.Forms.Form> {
  constructor(
    readonly _env: Env,
    readonly _store: FormsStore,
    readonly _spec: FormSpec,
  ) {}
  private self(): GoogleAppsScript.Forms.Form {
    return gas(proxyOf(this));
  }
  private item(spec: ItemSpec): EmuItem {
    return track(new EmuItem(this._env, this._store, this._spec, spec), 'Item', this._env);
  }
  private add(type: ItemType) {
    const spec: ItemSpec = {
      id: this._store.nextItemId(),
      type,
      title: '',
      helpText: '',
      required: false,
      choices: [],
    };
    this._spec.items.push(spec);
    this._store.writeHeader(this._spec);
    return gas<never>(this.item(spec));
  }
  getId(): string {
    return this._spec.id;
  }
  getTitle(): string {
    return this._spec.title;
  }
  setTitle(title: string) {
    this._spec.title = title;
    return this.self();
  }
  getDescription(): string {
    return this._spec.description;
  }
  setDescription(description: string) {
    this._spec.description = description;
    return this.self();
  }
  getPublishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this._spec.id}/viewform`;
  }
  getEditUrl(): string {
    return `https://docs.google.com/forms/d/${this._spec.id}/edit`;
  }
  shortenFormUrl(url: string): string {
    return url;
  }
  setCollectEmail(collect: boolean) {
    this._spec.collectEmail = collect;
    this._store.writeHeader(this._spec);
    return this.self();
  }
  collectsEmail(): boolean {
    return this._spec.collectEmail;
  }
  setConfirmationMessage(message: string) {
    this._spec.confirmation = message;
    return this.self();
  }
  getConfirmationMessage(): string {
    return this._spec.confirmation;
  }
  setAcceptingResponses(enabled: boolean) {
    this._spec.accepting = enabled;
    return this.self();
  }
  isAcceptingResponses(): boolean {
    return this._spec.accepting;
  }
  setAllowResponseEdits(_enabled: boolean) {
    return this.self();
  }
  setLimitOneResponsePerUser(_enabled: boolean) {
    return this.self();
  }
  setShowLinkToRespondAgain(_enabled: boolean) {
    return this.self();
  }
  setRequireLogin(_requireLogin: boolean) {
    return this.self();
  }
  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string) {
    if (String(type) !== 'SPREADSHEET') throw new Error('Invalid argument: type');
    this._store.link(this._spec, id);
    return this.self();
  }
  getDestinationId(): string {
    if (!this._spec.destination) throw new Error('The form currently has no response destination.');
    return this._spec.destination.spreadsheetId;
  }
  getDestinationType(): GoogleAppsScript.Forms.DestinationType {
    return gas('SPREADSHEET');
  }
  removeDestination() {
    this._spec.destination = null;
    return this.self();
  }
  getItems(): GoogleAppsScript.Forms.Item[] {
    return gas(this._spec.items.map((s) => this.item(s)));
  }
  getItemById(id: number): GoogleAppsScript.Forms.Item {
    const s = this._spec.items.find((i) => i.id === id);
    return gas(s ? this.item(s) : null);
  }
  deleteItem(item: number | GoogleAppsScript.Forms.Item): void {
    const index = typeof item === 'number' ? item : item.getIndex();
    this._spec.items.splice(index, 1);
  }
  addTextItem(): GoogleAppsScript.Forms.TextItem {
    return this.add('TEXT');
  }
  addParagraphTextItem(): GoogleAppsScript.Forms.ParagraphTextItem {
    return this.add('PARAGRAPH_TEXT');
  }
  addMultipleChoiceItem(): GoogleAppsScript.Forms.MultipleChoiceItem {
    return this.add('MULTIPLE_CHOICE');
  }
  addCheckboxItem(): GoogleAppsScript.Forms.CheckboxItem {
    return this.add('CHECKBOX');
  }
  addListItem(): GoogleAppsScript.Forms.ListItem {
    return this.add('LIST');
  }
  addDateItem(): GoogleAppsScript.Forms.DateItem {
    return this.add('DATE');
  }
  addSectionHeaderItem(): GoogleAppsScript.Forms.SectionHeaderItem {
    return this.add('SECTION_HEADER');
  }
}

export function createFormApp(env: Env, store: FormsStore): GoogleAppsScript.Forms.FormApp {
  const open = (id: string) => {
    const spec = store.forms.get(id);
    if (!spec)
      throw new Error(
        'No item with the given ID could be found, or you do not have permission to access it.',
      );
    return gas<GoogleAppsScript.Forms.Form>(track(new EmuForm(env, store, spec), 'Form', env));
  };
  return gas(
    track(
      {
        DestinationType: { SPREADSHEET: 'SPREADSHEET' },
        ItemType: {
          TEXT: 'TEXT',
          PARAGRAPH_TEXT: 'PARAGRAPH_TEXT',
          MULTIPLE_CHOICE: 'MULTIPLE_CHOICE',
          CHECKBOX: 'CHECKBOX',
          LIST: 'LIST',
          DATE: 'DATE',
          SECTION_HEADER: 'SECTION_HEADER',
        },
        create: (title: string) => {
          const id = env.newId('form');
          store.forms.set(id, {
            id,
            title,
            description: '',
            collectEmail: false,
            confirmation: '',
            accepting: true,
            items: [],
            destination: null,
          });
          return open(id);
        },
        openById: open,
        openByUrl: (url: string) => open(/\/d\/(?:e\/)?([^/]+)/.exec(url)?.[1] ?? ''),
        getActiveForm: () => {
          throw new Error('Apps Script emulator: the script is bound to a spreadsheet, not a form.');
        },
      },
      'FormApp',
      env,
    ),
  );
}
