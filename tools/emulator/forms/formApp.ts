import type { Env } from '../core/env.js';
import { gas } from '../core/gas.js';
import { proxyOf, track } from '../core/tracking.js';
import { addEditors, removeEditor } from '../drive/entries.js';
import { isItemFace, itemFace, typedFace } from './items.js';
import {
  type FormSpec,
  type FormsStore,
  type ItemSpec,
  type ItemType,
  NAV_TYPES,
  QUESTION_TYPES,
  type ResponseSpec,
} from './model.js';

export {
  type FormSpec,
  FormsStore,
  type ItemSpec,
  type ItemType,
  type ResponseSpec,
  type ResponseView,
  type SubmitListener,
  type SubmitOptions,
} from './model.js';

/**
 * FormApp, Form, FormResponse and ItemResponse over the FormsStore (see model.ts for what is copied from
 * the real service). https://developers.google.com/apps-script/reference/forms/form-app
 */

const ITEM_TYPES: readonly ItemType[] = [
  'TEXT',
  'PARAGRAPH_TEXT',
  'MULTIPLE_CHOICE',
  'CHECKBOX',
  'LIST',
  'DATE',
  'SECTION_HEADER',
  'PAGE_BREAK',
];

/** Text-like items: getItemResponses() lists them even unanswered, with '' as the response. */
const LISTED_WHEN_EMPTY: ReadonlySet<ItemType> = new Set(['TEXT', 'PARAGRAPH_TEXT', 'DATE']);

/**
 * https://developers.google.com/apps-script/reference/forms/item-response
 * getResponse(): a String for most items, a String[] for CheckboxItem (a fresh copy each call).
 */
function itemResponse(
  env: Env,
  store: FormsStore,
  form: FormSpec,
  item: ItemSpec,
  answer: string | string[],
): GoogleAppsScript.Forms.ItemResponse {
  return gas(
    track(
      {
        getItem: () => itemFace(env, store, form, item),
        getResponse: () => (Array.isArray(answer) ? [...answer] : answer),
      },
      'ItemResponse',
      env,
    ),
  );
}

/** https://developers.google.com/apps-script/reference/forms/form-response */
class EmuFormResponse implements Partial<GoogleAppsScript.Forms.FormResponse> {
  constructor(
    readonly _env: Env,
    readonly _store: FormsStore,
    readonly _form: FormSpec,
    readonly _response: ResponseSpec,
  ) {}
  static _create(env: Env, store: FormsStore, form: FormSpec, response: ResponseSpec) {
    return gas<GoogleAppsScript.Forms.FormResponse>(
      track(new EmuFormResponse(env, store, form, response), 'FormResponse', env),
    );
  }
  getId(): string {
    return this._response.id;
  }
  getTimestamp(): GoogleAppsScript.Base.Date {
    return gas(this._env.date(this._response.timestamp));
  }
  /** The e-mail when the form collected e-mails at the time of the response; '' otherwise. */
  getRespondentEmail(): string {
    return this._response.email;
  }
  getEditResponseUrl(): string {
    return `https://docs.google.com/forms/d/e/${this._form.id}/viewform?edit2=${this._response.id}`;
  }
  /**
   * "in the same order that the items appear in the form. If the form response does not contain a response
   * for a given TextItem, DateItem, TimeItem, or ParagraphTextItem, the ItemResponse returned for that item
   * will have an empty string as the response. If the form response omits a response for any other item
   * type, this method excludes that item" (form-response#getItemResponses()).
   */
  getItemResponses(): GoogleAppsScript.Forms.ItemResponse[] {
    const out: GoogleAppsScript.Forms.ItemResponse[] = [];
    for (const item of this._form.items) {
      if (!QUESTION_TYPES.has(item.type)) continue;
      const a = this._response.answers.get(item.id);
      if (a !== undefined) out.push(itemResponse(this._env, this._store, this._form, item, a));
      else if (LISTED_WHEN_EMPTY.has(item.type))
        out.push(itemResponse(this._env, this._store, this._form, item, ''));
    }
    return out;
  }
  /** "The response for a given item, or null if none exists." */
  getResponseForItem(item: GoogleAppsScript.Forms.Item): GoogleAppsScript.Forms.ItemResponse {
    if (!isItemFace(item) || item._form !== this._form)
      throw new Error(
        "The parameters (Object) don't match the method signature for FormApp.FormResponse.getResponseForItem.",
      );
    const a = this._response.answers.get(item._spec.id);
    if (a !== undefined) return itemResponse(this._env, this._store, this._form, item._spec, a);
    if (this._form.items.includes(item._spec) && LISTED_WHEN_EMPTY.has(item._spec.type))
      return itemResponse(this._env, this._store, this._form, item._spec, '');
    return gas(null);
  }
}

export function formResponseFor(env: Env, store: FormsStore, form: FormSpec, response: ResponseSpec) {
  return EmuFormResponse._create(env, store, form, response);
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
  private add(type: ItemType) {
    const spec = this._store.newItem(type);
    this._spec.items.push(spec);
    this._store.writeHeader(this._spec);
    return gas<never>(typedFace(this._env, this._store, this._spec, spec));
  }
  private response(r: ResponseSpec) {
    return formResponseFor(this._env, this._store, this._spec, r);
  }
  /** The index of an item given by index or as an Item of this form; throws when there is none. */
  private indexOf(item: number | GoogleAppsScript.Forms.Item, what: string): number {
    if (typeof item === 'number') {
      if (!Number.isInteger(item) || item < 0 || item >= this._spec.items.length)
        throw new Error(`Invalid argument: ${what} (no item at index ${item})`);
      return item;
    }
    if (!isItemFace(item) || item._form !== this._spec) throw new Error(`Invalid argument: ${what}`);
    const i = this._spec.items.indexOf(item._spec);
    if (i < 0) throw new Error('The item has already been deleted.');
    return i;
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
    this._spec.collectEmail = Boolean(collect);
    this._store.writeHeader(this._spec);
    return this.self();
  }
  collectsEmail(): boolean {
    return this._spec.collectEmail;
  }
  setConfirmationMessage(message: string) {
    this._spec.confirmation = String(message ?? '');
    return this.self();
  }
  getConfirmationMessage(): string {
    return this._spec.confirmation;
  }
  setAcceptingResponses(enabled: boolean) {
    this._spec.accepting = Boolean(enabled);
    return this.self();
  }
  isAcceptingResponses(): boolean {
    return this._spec.accepting;
  }
  setAllowResponseEdits(enabled: boolean) {
    this._spec.allowResponseEdits = Boolean(enabled);
    return this.self();
  }
  canEditResponse(): boolean {
    return this._spec.allowResponseEdits;
  }
  setLimitOneResponsePerUser(_enabled: boolean) {
    return this.self();
  }
  setShowLinkToRespondAgain(_enabled: boolean) {
    return this.self();
  }
  /** Still in the reference, marked "@deprecated DO NOT USE" (form#setRequireLogin(Boolean)); it still works. */
  setRequireLogin(requireLogin: boolean) {
    this._spec.requireLogin = Boolean(requireLogin);
    return this.self();
  }
  requiresLogin(): boolean {
    return this._spec.requireLogin;
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
  /** "The unlinked former destination still retains a copy of all previous responses." */
  removeDestination() {
    this._spec.destination = null;
    return this.self();
  }
  getItems(itemType?: GoogleAppsScript.Forms.ItemType): GoogleAppsScript.Forms.Item[] {
    if (itemType !== undefined && !ITEM_TYPES.includes(String(itemType) as ItemType))
      throw new Error('Invalid argument: itemType');
    return this._spec.items
      .filter((s) => itemType === undefined || s.type === String(itemType))
      .map((s) => itemFace(this._env, this._store, this._spec, s));
  }
  /** "Returns null if the ID does not correspond to an item in the form." */
  getItemById(id: number): GoogleAppsScript.Forms.Item {
    const s = this._spec.items.find((i) => i.id === id);
    return gas(s ? itemFace(this._env, this._store, this._spec, s) : null);
  }
  /**
   * "Throws a scripting exception if no item exists at the given index" / "if the item has already been
   * deleted". The deleted question's column stays in the response sheet with its answers.
   */
  deleteItem(item: number | GoogleAppsScript.Forms.Item): void {
    this._spec.items.splice(this.indexOf(item, 'index'), 1);
  }
  /** moveItem(from, to) / moveItem(item, toIndex): "Throws a scripting exception if the to index is out of bounds." */
  moveItem(from: number | GoogleAppsScript.Forms.Item, to: number): GoogleAppsScript.Forms.Item {
    const i = this.indexOf(from, 'from');
    if (!Number.isInteger(to) || to < 0 || to >= this._spec.items.length)
      throw new Error(`Invalid argument: to (index ${to} is out of bounds)`);
    const [spec] = this._spec.items.splice(i, 1);
    this._spec.items.splice(to, 0, spec!);
    return itemFace(this._env, this._store, this._spec, spec!);
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
  /** "Adds a new layout item that marks the start of a page." */
  addPageBreakItem(): GoogleAppsScript.Forms.PageBreakItem {
    return this.add('PAGE_BREAK');
  }

  // --- sharing: the form's Drive file (form#addEditor(String) …) ---------------------------------
  private file() {
    const drive = this._store.drive;
    const item = drive?.items.get(this._spec.id);
    if (!drive || !item) throw new Error('Apps Script emulator: this form has no Drive file.');
    return { drive, item };
  }
  addEditor(user: string | GoogleAppsScript.Base.User) {
    const { drive, item } = this.file();
    addEditors(drive, item, [user]);
    return this.self();
  }
  addEditors(emailAddresses: string[]) {
    const { drive, item } = this.file();
    addEditors(drive, item, emailAddresses);
    return this.self();
  }
  removeEditor(user: string | GoogleAppsScript.Base.User) {
    const { drive, item } = this.file();
    removeEditor(drive, item, user);
    return this.self();
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    const { drive, item } = this.file();
    return gas(drive.editorsOf(item).map((e) => drive.user(e)));
  }

  // --- the form's response store -------------------------------------------------------------------
  getResponses(timestamp?: GoogleAppsScript.Base.Date): GoogleAppsScript.Forms.FormResponse[] {
    let list = this._spec.responses;
    if (timestamp !== undefined) {
      if (Object.prototype.toString.call(timestamp) !== '[object Date]')
        throw new Error(
          "The parameters (String) don't match the method signature for FormApp.Form.getResponses.",
        );
      // "The earliest date and time for which form responses should be returned."
      const from = (timestamp as unknown as Date).getTime();
      list = list.filter((r) => r.timestamp >= from);
    }
    return list.map((r) => this.response(r));
  }
  /** "Throws: Error — if the response does not exist" (form#getResponse(String)). */
  getResponse(responseId: string): GoogleAppsScript.Forms.FormResponse {
    const r = this._spec.responses.find((x) => x.id === responseId);
    if (!r) throw new Error(`No response with ID ${responseId} exists for this form.`);
    return this.response(r);
  }
  /** Removes the response from the form's store only: its row in a response sheet stays. */
  deleteResponse(responseId: string) {
    const i = this._spec.responses.findIndex((x) => x.id === responseId);
    if (i < 0) throw new Error(`No response with ID ${responseId} exists for this form.`);
    this._spec.responses.splice(i, 1);
    return this.self();
  }
  deleteAllResponses() {
    this._spec.responses.length = 0;
    return this.self();
  }
}

export function formFor(env: Env, store: FormsStore, spec: FormSpec): GoogleAppsScript.Forms.Form {
  return gas<GoogleAppsScript.Forms.Form>(track(new EmuForm(env, store, spec), 'Form', env));
}

export function createFormApp(env: Env, store: FormsStore): GoogleAppsScript.Forms.FormApp {
  const open = (id: string) => {
    const spec = store.forms.get(id);
    if (!spec || !store.canOpen(id))
      throw new Error(
        'No item with the given ID could be found, or you do not have permission to access it.',
      );
    return formFor(env, store, spec);
  };
  return gas(
    track(
      {
        DestinationType: { SPREADSHEET: 'SPREADSHEET' },
        ItemType: Object.fromEntries(ITEM_TYPES.map((t) => [t, t])),
        PageNavigationType: Object.fromEntries(NAV_TYPES.map((t) => [t, t])),
        /** "Throws an exception if the given title is null or empty." */
        create: (title: string) => {
          if (title === null || title === undefined || String(title) === '')
            throw new Error('Invalid argument: title');
          return open(store.newForm(String(title)).id);
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

/**
 * The event of a form-bound installable form-submit trigger: `authMode`, `response` (the FormResponse),
 * `source` (the Form) and `triggerUid` (https://developers.google.com/apps-script/guides/triggers/events#form-submit_1).
 */
export function formSubmitEventOf(
  env: Env,
  store: FormsStore,
  form: FormSpec,
  response: ResponseSpec,
  triggerUid: string,
): Record<string, unknown> {
  return {
    authMode: 'FULL',
    response: formResponseFor(env, store, form, response),
    source: formFor(env, store, form),
    triggerUid,
  };
}
