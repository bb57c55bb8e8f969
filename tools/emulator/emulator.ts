import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { Env } from './core/env.js';
import { gas } from './core/gas.js';
import type { AuthMode } from './core/tracking.js';
import { createDriveAndDocs, type DriveAndDocs } from './document/index.js';
import { createBlob } from './drive/index.js';
import {
  createFormApp,
  type FormSpec,
  FormsStore,
  formSubmitEventOf,
  type ResponseSpec,
  type SubmitOptions,
} from './forms/formApp.js';
import { createHtmlService, type HtmlFiles } from './services/html.js';
import { createLockService, LockStore } from './services/lock.js';
import { createMailApp, MailStore } from './services/mail.js';
import { createPropertiesService, PropertiesStore } from './services/properties.js';
import { createScriptApp, type TriggerSpec, TriggerStore } from './services/scriptApp.js';
import { createLogging, createSession } from './services/session.js';
import { createUtilities } from './services/utilities.js';
import { createCharts } from './spreadsheet/chart.js';
import type { EmuSpreadsheet } from './spreadsheet/spreadsheet.js';
import { EmuSpreadsheetApp, SheetsStore } from './spreadsheet/spreadsheetApp.js';
import type { MenuItem } from './spreadsheet/ui.js';

export interface EmulatorOptions {
  now?: Date;
  owner?: string;
  /** Name of the spreadsheet the script is bound to. */
  spreadsheetName?: string;
}

export interface RunOptions {
  authMode?: AuthMode;
  user?: string;
}

/** Services beyond the core ones (Drive, Docs) plug in through this. */
export interface ExtraServices {
  globals: Record<string, unknown>;
}

/**
 * The emulated Apps Script project: a bound spreadsheet, the account's services, and the built bundle.
 *
 * Each `run` is one Apps Script execution: a fresh `node:vm` context holding only the emulated globals
 * (no `require`, `process`, `setTimeout` or `fetch`), the bundle evaluated in it, then the named global
 * function called, exactly as Apps Script runs a trigger or a menu item. Nothing survives between
 * executions except what the services store.
 */
export class Emulator {
  readonly env: Env;
  readonly sheets: SheetsStore;
  readonly forms: FormsStore;
  readonly triggers = new TriggerStore();
  readonly properties = new PropertiesStore();
  readonly locks = new LockStore();
  readonly mail = new MailStore();
  readonly spreadsheet: EmuSpreadsheet;
  /** Drive and Docs of the same account. */
  readonly docs: DriveAndDocs;
  readonly htmlFiles = new Map<string, string>();
  readonly extras: ExtraServices[] = [];
  /** Errors thrown by trigger executions (Apps Script e-mails these to the owner). */
  readonly failedExecutions: { handler: string; error: unknown }[] = [];
  private script: vm.Script | null = null;
  private executionSeq = 0;

  constructor(options: EmulatorOptions = {}) {
    this.env = new Env({
      ...(options.now ? { now: options.now } : {}),
      ...(options.owner ? { owner: options.owner } : {}),
    });
    this.sheets = new SheetsStore(this.env);
    this.forms = new FormsStore(this.env, this.sheets);
    this.spreadsheet = this.sheets.create(options.spreadsheetName ?? 'Skolemiljø');
    this.sheets.active = this.spreadsheet;
    this.forms.onSubmit = (form, row, response) => {
      this.fireFormTriggers(form, response);
      if (row !== null) this.fireFormSubmit(form, row);
    };
    this.docs = createDriveAndDocs(this.env);
    this.forms.drive = this.docs.driveStore;
  }

  /** Loads the built bundle and its HTML files. */
  load(code: string, htmlFiles: Record<string, string> = {}): this {
    this.script = new vm.Script(code, { filename: 'Code.js' });
    for (const [k, v] of Object.entries(htmlFiles)) this.htmlFiles.set(k, v);
    return this;
  }

  loadFile(path: string, htmlFiles: Record<string, string> = {}): this {
    return this.load(readFileSync(path, 'utf8'), htmlFiles);
  }

  private globals(
    runInScript: (body: string, vars: Record<string, unknown>) => string,
  ): Record<string, unknown> {
    const env = this.env;
    const files: HtmlFiles = { get: (name) => this.htmlFiles.get(name) };
    const { Logger, console } = createLogging(env);
    const globals: Record<string, unknown> = {
      SpreadsheetApp: EmuSpreadsheetApp._create(this.sheets),
      FormApp: createFormApp(env, this.forms),
      PropertiesService: createPropertiesService(env, this.properties),
      LockService: createLockService(env, this.locks, () => this.spreadsheet._id),
      MailApp: createMailApp(env, this.mail),
      ScriptApp: createScriptApp(env, this.triggers),
      Session: createSession(env),
      Utilities: createUtilities(env, {
        newBlob: (data: unknown, contentType?: string, name?: string) =>
          createBlob(env, data as string, contentType ?? null, name ?? null),
      }),
      ...this.docs.globals,
      Charts: createCharts(env),
      HtmlService: createHtmlService(env, files, runInScript),
      Logger,
      console,
    };
    for (const extra of this.extras) Object.assign(globals, extra.globals);
    return globals;
  }

  private newContext(): vm.Context {
    let context: vm.Context | null = null;
    const runInScript = (body: string, vars: Record<string, unknown>): string => {
      const fn = vm.runInContext(`(function (__vars) { with (__vars) { ${body} } })`, context!) as (
        v: unknown,
      ) => string;
      return fn(vars);
    };
    context = vm.createContext({ ...this.globals(runInScript), __emuNow: () => this.env.now() });
    // The script's clock is the emulator's: `new Date()` and `Date.now()` read it.
    vm.runInContext(
      `(() => {
        const RealDate = globalThis.Date;
        const now = __emuNow;
        class EmuDate extends RealDate {
          constructor(...args) { if (args.length === 0) super(now()); else super(...args); }
          static now() { return now(); }
        }
        Object.defineProperty(EmuDate, 'name', { value: 'Date' });
        globalThis.Date = EmuDate;
        delete globalThis.__emuNow;
      })();`,
      context,
    );
    return context;
  }

  /** Runs a global function of the bundle as one execution and returns what it returns. */
  run<T = unknown>(functionName: string, args: unknown[] = [], options: RunOptions = {}): T {
    if (!this.script) throw new Error('Apps Script emulator: load the bundle first.');
    const context = this.newContext();
    const previous = {
      authMode: this.env.authMode,
      user: this.env.activeUser,
      execution: this.locks.current,
      date: this.env.DateCtor,
    };
    const execution = `exec-${++this.executionSeq}`;
    this.env.DateCtor = context['Date'] as DateConstructor;
    this.script.runInContext(context);
    const fn = context[functionName];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${functionName}`);
    this.env.authMode = options.authMode ?? 'FULL';
    this.env.activeUser = options.user ?? this.env.activeUser;
    this.locks.current = execution;
    try {
      return fn(...args) as T;
    } finally {
      // Apps Script saves and closes every open document when an execution ends.
      this.docs.docStore.flushAll();
      this.locks.releaseAllOf(execution);
      this.env.authMode = previous.authMode;
      this.env.activeUser = previous.user;
      this.locks.current = previous.execution;
      this.env.DateCtor = previous.date;
    }
  }

  /** The top-level functions the bundle defines, as Apps Script lists them in its function picker. */
  definedFunctions(): string[] {
    if (!this.script) return [];
    const context = this.newContext();
    this.script.runInContext(context);
    return Object.keys(context).filter((k) => typeof context[k] === 'function' && !k.startsWith('__'));
  }

  // --- what a person or Google does ------------------------------------------------------------

  /** Opens the spreadsheet: the add-on's onOpen runs in AuthMode.NONE (before the user authorizes). */
  open(authMode: AuthMode = 'NONE'): void {
    this.run(
      'onOpen',
      [{ authMode, source: this.spreadsheet, user: { getEmail: () => this.env.activeUser } }],
      { authMode },
    );
  }

  /** The menu as built by the last onOpen. */
  get menus() {
    return this.sheets.ui.menus;
  }

  /** Clicks a menu item by its caption (searching submenus). */
  clickMenu(caption: string, options: RunOptions = {}): unknown {
    const find = (items: MenuItem[]): MenuItem | undefined => {
      for (const item of items) {
        if (item.caption === caption && item.functionName) return item;
        const inner = item.submenu ? find(item.submenu.items) : undefined;
        if (inner) return inner;
      }
      return undefined;
    };
    const item = this.menus.map((m) => find(m.items)).find(Boolean);
    if (!item?.functionName) throw new Error(`No menu item "${caption}"`);
    return this.run(item.functionName, [], options);
  }

  /** A sidebar calling the server with google.script.run: arguments must survive the trip. */
  callFromClient<T = unknown>(functionName: string, ...args: unknown[]): T {
    assertTransportable(args, 'parameter');
    const result = this.run<T>(functionName, args);
    assertTransportable(result, 'return value');
    // Values cross the network as JSON-like data.
    return result === undefined ? (null as T) : (JSON.parse(JSON.stringify(result)) as T);
  }

  /**
   * A person types `value` into one cell: the value is parsed as typed, then the simple `onEdit` trigger
   * runs (AuthMode.LIMITED) with the real event's shape: range, value, oldValue, source, user
   * (https://developers.google.com/apps-script/guides/triggers/events#edit).
   */
  edit(sheetName: string, a1: string, value: string, user = this.env.activeUser): void {
    const sheet = this.spreadsheet._sheetByName(sheetName);
    if (!sheet) throw new Error(`No sheet ${sheetName}`);
    const range = gas<GoogleAppsScript.Spreadsheet.Range>(sheet.getRange(a1));
    const cell = sheet._cell(range.getRow(), range.getColumn());
    const oldValue = sheet._display(cell, range.getRow(), range.getColumn());
    sheet._write(cell, value);
    const event: Record<string, unknown> = {
      authMode: 'LIMITED',
      range,
      source: this.spreadsheet,
      user: { getEmail: () => user },
      value: sheet._display(cell, range.getRow(), range.getColumn()),
    };
    if (oldValue !== '') event['oldValue'] = oldValue;
    if (this.definedFunctions().includes('onEdit'))
      this.run('onEdit', [event], { authMode: 'LIMITED', user });
  }

  /** Selects a cell range on a sheet, as a user clicking before using a menu item. */
  select(sheetName: string, a1: string): void {
    const sheet = this.spreadsheet._sheetByName(sheetName);
    if (!sheet) throw new Error(`No sheet ${sheetName}`);
    gas<GoogleAppsScript.Spreadsheet.Range>(sheet.getRange(a1)).activate();
  }

  /** Every form linked to the spreadsheet, oldest first. */
  get linkedForms(): FormSpec[] {
    return [...this.forms.forms.values()].filter(
      (f) => f.destination?.spreadsheetId === this.spreadsheet._id,
    );
  }

  /**
   * The first form linked to the spreadsheet: the meldeskjema (setUp makes it before any other form).
   * Other linked forms (the staff confirmation form) are found with `formTitled`.
   */
  get form(): FormSpec {
    const first = this.linkedForms[0];
    if (!first) throw new Error('Expected a linked form, found none');
    return first;
  }

  /** The one linked form whose title starts with `prefix`. */
  formTitled(prefix: string): FormSpec {
    const found = this.linkedForms.filter((f) => f.title.startsWith(prefix));
    if (found.length !== 1)
      throw new Error(`Expected one linked form titled "${prefix}…", found ${found.length}`);
    return found[0]!;
  }

  /** Someone submits the given form; the spreadsheet's form-submit triggers fire. Returns the response row. */
  submitFormTo(
    form: FormSpec,
    answers: Record<string, string | string[]>,
    options: SubmitOptions = {},
  ): number {
    return this.forms.submit(form.id, answers, options);
  }

  /** Someone submits the meldeskjema; installable form-submit triggers fire. Returns the response row. */
  submitForm(answers: Record<string, string | string[]>, options: SubmitOptions = {}): number {
    return this.forms.submit(this.form.id, answers, options);
  }

  /** Builds the form-submit event for a response row, as Apps Script delivers it. */
  formSubmitEvent(form: FormSpec, row: number, trigger: TriggerSpec | null): Record<string, unknown> {
    const sheet = form.destination!.sheet;
    const width = sheet._lastColumn();
    const range = sheet._range(row, 1, 1, width);
    const header = sheet._grid[0]?.map((c) => String(c?.value ?? '')) ?? [];
    // Built from internals: Google makes the event, the script's call budget does not pay for it.
    const display = Array.from({ length: width }, (_, i) =>
      sheet._display(sheet._peek(row, i + 1), row, i + 1),
    );
    const namedValues: Record<string, string[]> = {};
    header.forEach((h, i) => {
      namedValues[h] = [display[i] ?? ''];
    });
    return {
      authMode: 'FULL',
      namedValues,
      range,
      source: this.spreadsheet,
      triggerUid: trigger?.id ?? '0',
      values: display,
    };
  }

  private fireFormSubmit(form: FormSpec, row: number): void {
    const ssId = form.destination?.spreadsheetId;
    for (const t of this.triggers.triggers.filter(
      (t) => t.eventType === 'ON_FORM_SUBMIT' && t.sourceId === ssId,
    )) {
      this.runTrigger(t, this.formSubmitEvent(form, row, t));
    }
  }

  /** Form-bound form-submit triggers (`forForm(form).onFormSubmit()`): see services/formTriggers.ts. */
  private fireFormTriggers(form: FormSpec, response: ResponseSpec): void {
    for (const t of this.triggers.triggers.filter(
      (t) => t.source === 'FORMS' && t.eventType === 'ON_FORM_SUBMIT' && t.sourceId === form.id,
    )) {
      this.runTrigger(t, formSubmitEventOf(this.env, this.forms, form, response, t.id));
    }
  }

  /** Delivers a form-bound trigger's event for a response again, as Apps Script sometimes does. */
  redeliverFormResponse(form: FormSpec, responseId: string): void {
    const response = form.responses.find((r) => r.id === responseId);
    if (!response) throw new Error(`Apps Script emulator: no response ${responseId} in the form`);
    this.fireFormTriggers(form, response);
  }

  /** Delivers the same event again, as Apps Script sometimes does. */
  redeliverFormSubmit(row: number): void {
    this.fireFormSubmit(this.form, row);
  }

  /** Runs every time-driven trigger once, as the daily tick would at the emulator's current time. */
  runTimeTriggers(): void {
    const now = new Date(this.env.now());
    for (const t of this.triggers.triggers.filter((t) => t.eventType === 'CLOCK')) {
      this.runTrigger(t, {
        authMode: 'FULL',
        triggerUid: t.id,
        year: now.getUTCFullYear(),
        month: now.getUTCMonth() + 1,
        'day-of-month': now.getUTCDate(),
        hour: now.getUTCHours(),
        minute: now.getUTCMinutes(),
        second: now.getUTCSeconds(),
        timezone: 'UTC',
      });
    }
  }

  private runTrigger(trigger: TriggerSpec, event: Record<string, unknown>): void {
    try {
      this.run(trigger.handler, [event], { user: trigger.owner });
    } catch (error) {
      // Apps Script records the failure and mails the owner; the caller (Google) does not crash.
      this.failedExecutions.push({ handler: trigger.handler, error });
    }
  }
}

/** What google.script.run refuses: Dates, functions and other non-plain values (even nested). */
function assertTransportable(value: unknown, what: string): void {
  const check = (v: unknown): void => {
    if (v === null || v === undefined) return;
    if (typeof v === 'function')
      throw new Error(`google.script.run: a function cannot be passed as a ${what}.`);
    if (Object.prototype.toString.call(v) === '[object Date]') {
      throw new Error(`google.script.run: a Date cannot be passed as a ${what}; send an ISO string.`);
    }
    if (Array.isArray(v)) v.forEach(check);
    else if (typeof v === 'object') Object.values(v as object).forEach(check);
  };
  check(value);
}
