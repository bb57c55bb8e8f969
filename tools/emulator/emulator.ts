import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { type Closure, cloneGraph } from './core/clone.js';
import { Env, type StrictOptions, sameWorkspace } from './core/env.js';
import { ExecutionTimeLimitError } from './core/errors.js';
import {
  Execution,
  type ExecutionRecord,
  Faults,
  type TriggerKind,
  type UnflushedLockRelease,
} from './core/execution.js';
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
import { createScriptApp, type Deployment, type TriggerSpec, TriggerStore } from './services/scriptApp.js';
import { createLogging, createSession } from './services/session.js';
import { createUtilities } from './services/utilities.js';
import { CELL_TOO_LONG, MAX_CELL_CHARS } from './spreadsheet/cell.js';
import { createCharts } from './spreadsheet/chart.js';
import { PROTECTED } from './spreadsheet/protection.js';
import type { EmuSpreadsheet } from './spreadsheet/spreadsheet.js';
import { EmuSpreadsheetApp, SheetsStore } from './spreadsheet/spreadsheetApp.js';
import type { MenuItem } from './spreadsheet/ui.js';

/** The parts of appsscript.json the emulator reads. */
export interface Manifest {
  timeZone?: string;
  oauthScopes?: string[];
}

export interface EmulatorOptions {
  now?: Date;
  owner?: string;
  /** Name of the spreadsheet the script is bound to. */
  spreadsheetName?: string;
  /**
   * The project's manifest: its `timeZone` is the script's (Session.getScriptTimeZone), its `oauthScopes`
   * are enforced on every call. Without `oauthScopes` (or without a manifest) Apps Script detects the
   * scopes itself and nothing is checked.
   */
  manifest?: Manifest;
  /** Overrides the manifest's `oauthScopes` (null: automatic detection, no check). */
  oauthScopes?: string[] | null;
  /**
   * What a new spreadsheet gets from its creator's account. Deliberately not Norwegian by default
   * (`Etc/GMT`, `en_US`): the product must set its spreadsheet's zone and locale itself.
   */
  spreadsheetTimeZone?: string;
  spreadsheetLocale?: string;
  /**
   * How the project is deployed: a script bound to the spreadsheet (default), an editor add-on, or an
   * add-on test deployment (where installable triggers never fire).
   */
  deployment?: Deployment;
  /** Turn single strict rules off where a test needs Google's leniency (all on by default). */
  strict?: Partial<StrictOptions>;
}

export interface RunOptions {
  authMode?: AuthMode;
  user?: string;
  /** How Google starts the execution: a simple trigger runs 30 s at most, any execution 6 min. */
  trigger?: TriggerKind;
}

/** What became of a person's typed entry (`Emulator.edit`). */
export type EditOutcome =
  | { refused: null }
  | { refused: 'protection' | 'validation' | 'tooLong'; message: string };

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
  /**
   * Errors thrown by trigger executions. A bound script's failures are e-mailed to the trigger's owner
   * (`notified`); an add-on's are not ("Add-ons don't automatically send the user an email when code run
   * by an installable trigger throws", https://developers.google.com/workspace/add-ons/concepts/editor-triggers).
   */
  readonly failedExecutions: { handler: string; error: unknown; notified: boolean }[] = [];
  /** Every execution so far, with its modelled time and service calls (see core/execution.ts). */
  readonly executions: ExecutionRecord[] = [];
  /** Faults to inject into coming executions (the reliability suite). */
  readonly faults = new Faults();
  /** Locks released while spreadsheet writes were still unflushed (should stay empty). */
  readonly unflushedLockReleases: UnflushedLockRelease[] = [];
  /** Installable triggers that did not fire because the deployment does not run them. */
  readonly skippedTriggers: { handler: string; reason: string }[] = [];
  readonly deployment: Deployment;
  private script: vm.Script | null = null;
  private executionSeq = 0;

  constructor(options: EmulatorOptions = {}) {
    const manifest = options.manifest ?? {};
    const scopes = options.oauthScopes !== undefined ? options.oauthScopes : (manifest.oauthScopes ?? null);
    this.env = new Env({
      ...(options.now ? { now: options.now } : {}),
      ...(options.owner ? { owner: options.owner } : {}),
      ...(manifest.timeZone ? { timeZone: manifest.timeZone } : {}),
      oauthScopes: scopes,
      ...(options.spreadsheetTimeZone ? { spreadsheetTimeZone: options.spreadsheetTimeZone } : {}),
      ...(options.spreadsheetLocale ? { spreadsheetLocale: options.spreadsheetLocale } : {}),
      ...(options.strict ? { strict: options.strict } : {}),
    });
    this.deployment = options.deployment ?? 'bound';
    this.sheets = new SheetsStore(this.env);
    this.forms = new FormsStore(this.env, this.sheets);
    this.spreadsheet = this.sheets.create(options.spreadsheetName ?? 'Skolemiljø');
    this.sheets.active = this.spreadsheet;
    this.triggers.deployment = this.deployment;
    this.docs = createDriveAndDocs(this.env);
    this.bindStores();
    this.forms.drive = this.docs.driveStore;
  }

  /**
   * An independent copy of this account world (spreadsheets, forms, Drive and Docs, properties, triggers,
   * locks, mail, the clock, queued UI answers) with the same bundle loaded: for suites that run many
   * variations from one set-up school. The copy starts with no execution history and no faults queued.
   * Only between executions.
   */
  clone(): Emulator {
    if (this.env.execution) throw new Error('Apps Script emulator: clone between executions only.');
    const shared = new Set<unknown>([this.script, Date]);
    const fresh = new Map<unknown, unknown>([
      [this.executions, []],
      [this.failedExecutions, []],
      [this.unflushedLockReleases, []],
      [this.skippedTriggers, []],
    ]);
    // A sheet's grid is most of the world (every formatted cell): copied cell by cell, without the
    // bookkeeping of shared references (a cell is only in its grid; its validation rule may be shared).
    const grids = new Map<object, (clone: (v: unknown) => unknown) => unknown>();
    for (const ss of this.sheets.byId.values())
      for (const sheet of ss._sheets)
        grids.set(sheet._grid, (clone) =>
          sheet._grid.map((row) =>
            row?.map((cell) => {
              if (!cell) return cell;
              const c = { ...cell };
              if (typeof c.value === 'object') c.value = { date: c.value.date };
              if (c.validation) c.validation = clone(c.validation) as typeof c.validation;
              return c;
            }),
          ),
        );
    const { copy, closures } = cloneGraph(this, shared, fresh, grids);
    // The stores' callbacks are set again below; MimeType's toString holds nothing.
    const rebound = (c: Closure) =>
      (c.holder === copy.triggers && c.key === 'activeDocument') ||
      (c.holder === copy.forms && c.key === 'onSubmit') ||
      (c.holder === copy.docs.MimeType && c.key === 'toString');
    const unknown = closures.filter((c) => !rebound(c)).map((c) => String(c.key));
    if (unknown.length > 0)
      throw new Error(`Emulator.clone: closures it cannot rebind: ${unknown.join(', ')}`);
    copy.bindStores();
    copy.faults.clear();
    copy.faults.fired.length = 0;
    copy.env.calls.reset();
    return copy;
  }

  /** The stores' callbacks into this emulator (set again on a clone). */
  private bindStores(): void {
    this.triggers.activeDocument = () => this.sheets.active?._id ?? null;
    this.forms.onSubmit = (form, row, response) => {
      this.fireFormTriggers(form, response);
      if (row !== null) this.fireFormSubmit(form, row);
    };
  }

  /** The last execution that ran (its modelled time, service calls, outcome). */
  get lastExecution(): ExecutionRecord | null {
    return this.executions.at(-1) ?? null;
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
      LockService: createLockService(env, this.locks, () => this.sheets.active?._id ?? null),
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

  /**
   * Runs a global function of the bundle as one execution and returns what it returns.
   * The execution has a modelled clock (`lastExecution.modeledMs`) and stops, as Apps Script stops it, past
   * 30 s for a simple trigger and 6 min for anything else: "Exceeded maximum execution time", which the
   * script cannot catch away (the run fails even if it does).
   */
  run<T = unknown>(functionName: string, args: unknown[] = [], options: RunOptions = {}): T {
    if (!this.script) throw new Error('Apps Script emulator: load the bundle first.');
    const context = this.newContext();
    const previous = {
      authMode: this.env.authMode,
      user: this.env.activeUser,
      hidden: this.env.activeUserHidden,
      execution: this.locks.current,
      running: this.env.execution,
      date: this.env.DateCtor,
    };
    const id = `exec-${++this.executionSeq}`;
    const trigger = options.trigger ?? 'none';
    const execution = new Execution({
      id,
      handler: functionName,
      trigger,
      faults: this.faults.take(),
      hooks: this.faults.takeHooks(),
      // A hook acts outside the script: none of its calls are the execution's.
      runHook: (fn) => {
        const running = this.env.execution;
        this.env.execution = null;
        try {
          this.env.calls.outside(fn);
        } finally {
          this.env.execution = running;
        }
      },
      timeLimits: this.env.strict.timeLimits,
      documentId: this.spreadsheet._id,
      onFault: (f) => this.faults.fired.push(f),
      onUnflushedRelease: (r) => this.unflushedLockReleases.push(r),
    });
    this.executions.push(execution.record);
    this.env.DateCtor = context['Date'] as DateConstructor;
    this.script.runInContext(context);
    const fn = context[functionName];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${functionName}`);
    this.env.authMode = options.authMode ?? 'FULL';
    this.env.activeUser = options.user ?? this.env.activeUser;
    this.env.activeUserHidden = trigger === 'simple' && !sameWorkspace(this.env.activeUser, this.env.owner);
    this.env.execution = execution;
    this.locks.current = id;
    try {
      const result = fn(...args) as T;
      // A script that caught the time-out still failed.
      if (execution.killed) throw new ExecutionTimeLimitError();
      return result;
    } catch (error) {
      execution.record.error = execution.killed ? new ExecutionTimeLimitError() : error;
      throw execution.record.error;
    } finally {
      // Apps Script saves and closes every open document, and applies pending writes, when an execution ends.
      this.env.execution = null;
      this.docs.docStore.flushAll();
      this.locks.releaseAllOf(id);
      this.env.authMode = previous.authMode;
      this.env.activeUser = previous.user;
      this.env.activeUserHidden = previous.hidden;
      this.env.execution = previous.running;
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
  open(authMode: AuthMode = 'NONE', user = this.env.activeUser): void {
    const email = sameWorkspace(user, this.env.owner) ? user : '';
    this.run('onOpen', [{ authMode, source: this.spreadsheet, user: { getEmail: () => email } }], {
      authMode,
      user,
      trigger: 'simple',
    });
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
   * A person types `value` into one cell: the value is parsed as typed (the spreadsheet's locale), then the
   * simple `onEdit` trigger runs (AuthMode.LIMITED) with the real event's shape: range, value, oldValue,
   * source, user (https://developers.google.com/apps-script/guides/triggers/events#edit). `user` is blank
   * for someone outside the owner's Workspace domain (see Session.getActiveUser).
   *
   * Sheets refuses the entry, storing nothing and running no trigger, when the cell is protected against
   * the person (a warning-only protection only warns), when it breaks a data validation rule that rejects
   * input, or when it is longer than 50,000 characters. The outcome says which.
   */
  edit(sheetName: string, a1: string, value: string, user = this.env.activeUser): EditOutcome {
    const sheet = this.spreadsheet._sheetByName(sheetName);
    if (!sheet) throw new Error(`No sheet ${sheetName}`);
    const range = gas<GoogleAppsScript.Spreadsheet.Range>(sheet.getRange(a1));
    const [row, column] = [range.getRow(), range.getColumn()];
    const strict = this.env.strict;
    if (strict.cellSize && value.length > MAX_CELL_CHARS)
      return { refused: 'tooLong', message: CELL_TOO_LONG };
    if (strict.protections && sheet._blockingProtection(user, row, column, 1, 1))
      return { refused: 'protection', message: PROTECTED };
    const cell = sheet._cell(row, column);
    const typed = sheet._parse(cell, value);
    const invalid = strict.validation ? sheet._validationError(row, column, typed) : null;
    if (invalid) return { refused: 'validation', message: invalid };
    const oldValue = sheet._display(cell, row, column);
    sheet._store(cell, typed);
    const email = sameWorkspace(user, this.env.owner) ? user : '';
    const event: Record<string, unknown> = {
      authMode: 'LIMITED',
      range,
      source: this.spreadsheet,
      user: { getEmail: () => email },
      value: sheet._display(cell, row, column),
    };
    if (oldValue !== '') event['oldValue'] = oldValue;
    if (this.definedFunctions().includes('onEdit'))
      this.run('onEdit', [event], { authMode: 'LIMITED', user, trigger: 'simple' });
    return { refused: null };
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
      if (this.firesInstallableTriggers(t.handler)) this.runTrigger(t, this.formSubmitEvent(form, row, t));
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

  /**
   * "Installable triggers aren't supported when testing" an add-on
   * (https://developers.google.com/workspace/add-ons/how-tos/testing-editor-addons).
   */
  private firesInstallableTriggers(handler: string): boolean {
    if (this.deployment !== 'addonTest') return true;
    this.skippedTriggers.push({ handler, reason: "Installable triggers aren't supported when testing." });
    return false;
  }

  /**
   * Runs every time-driven trigger once, as the daily tick would at the emulator's current time.
   * An add-on's time-driven trigger belongs to the script, not to the document: it runs with no active
   * spreadsheet (SpreadsheetApp.getActiveSpreadsheet() is null, LockService.getDocumentLock() too).
   */
  runTimeTriggers(): void {
    const now = new Date(this.env.now());
    for (const t of this.triggers.triggers.filter((t) => t.eventType === 'CLOCK')) {
      if (!this.firesInstallableTriggers(t.handler)) continue;
      const active = this.sheets.active;
      if (this.deployment !== 'bound') this.sheets.active = null;
      try {
        this.runClockTrigger(t, now);
      } finally {
        this.sheets.active = active;
      }
    }
  }

  private runClockTrigger(t: TriggerSpec, now: Date): void {
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

  private runTrigger(trigger: TriggerSpec, event: Record<string, unknown>): void {
    try {
      this.run(trigger.handler, [event], { user: trigger.owner, trigger: 'installable' });
    } catch (error) {
      // Apps Script records the failure (and mails the owner of a bound script's trigger); the caller
      // (Google) does not crash.
      this.failedExecutions.push({ handler: trigger.handler, error, notified: this.deployment === 'bound' });
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
