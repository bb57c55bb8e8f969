import { ExecutionTimeLimitError } from './errors.js';
import type { Execution } from './execution.js';
import { checkScopes } from './scopes.js';
import { type AuthMode, CallCounter, type TrackingHost } from './tracking.js';

/** The rules that make the emulator as strict as Google. Each is on unless a test turns it off. */
export interface StrictOptions {
  /** OAuth scopes of the manifest are enforced on every call (when the manifest lists `oauthScopes`). */
  scopes: boolean;
  /** Protected ranges and sheets refuse writes by users who are not their editors. */
  protections: boolean;
  /** Data validation rules that reject input refuse invalid script writes and typed entries. */
  validation: boolean;
  /** Simple triggers stop at 30 s and every execution at 6 min of modelled time. */
  timeLimits: boolean;
  /** A cell holds at most 50,000 characters. */
  cellSize: boolean;
}

export const STRICT: StrictOptions = {
  scopes: true,
  protections: true,
  validation: true,
  timeLimits: true,
  cellSize: true,
};

export interface EnvOptions {
  now?: Date;
  owner?: string;
  activeUser?: string;
  /** The script's time zone (the manifest's `timeZone`). */
  timeZone?: string;
  /** The manifest's `oauthScopes`; absent: Apps Script detects the scopes itself and nothing is checked. */
  oauthScopes?: readonly string[] | null;
  /** Time zone and locale a new spreadsheet gets from its creator's account. */
  spreadsheetTimeZone?: string;
  spreadsheetLocale?: string;
  strict?: Partial<StrictOptions>;
}

/**
 * The emulated Google account world: the clock, who is running the script, and the counters.
 * Service state (spreadsheets, forms, files, triggers, mail) hangs off the services created with it.
 */
export class Env implements TrackingHost {
  readonly calls = new CallCounter();
  authMode: AuthMode = 'FULL';
  /**
   * The user under whose authority the current execution runs: the person for a menu, a dialog or a simple
   * trigger, the trigger's owner for an installable trigger. Protections are checked against this user.
   */
  activeUser: string;
  /**
   * Session.getActiveUser() is blank in a simple trigger when the person is outside the owner's Workspace
   * domain (https://developers.google.com/apps-script/reference/base/session#getActiveUser()); the runtime
   * sets this for such an execution.
   */
  activeUserHidden = false;
  /** The script owner (Session.getEffectiveUser for triggers, spreadsheet owner). */
  readonly owner: string;
  /** The script's time zone: the manifest's `timeZone` (Session.getScriptTimeZone). */
  readonly timeZone: string;
  /** Granted OAuth scopes; null when the manifest has no `oauthScopes` (automatic detection). */
  readonly grantedScopes: ReadonlySet<string> | null;
  readonly spreadsheetDefaults: { timeZone: string; locale: string };
  readonly strict: StrictOptions;
  /** The execution running now (null between executions: a test or Google acting directly). */
  execution: Execution | null = null;
  /** Log lines written by the script (console.* and Logger.log), to check that no personal data is logged. */
  readonly logs: string[] = [];
  private nowMs: number;
  /**
   * The Date constructor of the script's realm. Values handed to the script must be of its own realm
   * (`value instanceof Date` must hold there, as it does in Apps Script); the runtime sets this.
   */
  DateCtor: DateConstructor = Date;
  private idSeq = 0;

  constructor(options: EnvOptions = {}) {
    this.nowMs = (options.now ?? new Date('2026-09-14T08:00:00+02:00')).getTime();
    this.owner = options.owner ?? 'rektor@skole.no';
    this.activeUser = options.activeUser ?? this.owner;
    this.timeZone = options.timeZone ?? 'Europe/Oslo';
    this.grantedScopes = options.oauthScopes ? new Set(options.oauthScopes) : null;
    // A new spreadsheet takes its creator's settings; the emulator's account is deliberately not Norwegian,
    // so the product has to set the spreadsheet's zone and locale itself.
    this.spreadsheetDefaults = {
      timeZone: options.spreadsheetTimeZone ?? 'Etc/GMT',
      locale: options.spreadsheetLocale ?? 'en_US',
    };
    this.strict = { ...STRICT, ...options.strict };
  }

  now(): number {
    return this.nowMs;
  }

  /** A Date in the script's realm. */
  date(ms: number = this.nowMs): Date {
    return new this.DateCtor(ms);
  }

  setNow(date: Date | string): void {
    this.nowMs = new Date(date).getTime();
  }

  advance(ms: number): void {
    this.nowMs += ms;
  }

  /** Google-style opaque ids, deterministic so previews and snapshots are stable. */
  newId(prefix: string): string {
    this.idSeq++;
    return `${prefix}${this.idSeq.toString(36).padStart(6, '0')}emu`;
  }

  /** The e-mail Session.getActiveUser() gives. */
  visibleActiveUser(): string {
    return this.activeUserHidden ? '' : this.activeUser;
  }

  // --- TrackingHost: the script's own (outermost) calls -----------------------------------------

  beforeCall(typeName: string, member: string, target: object, args: readonly unknown[]): void {
    const execution = this.execution;
    if (!execution) return;
    if (execution.killed) throw new ExecutionTimeLimitError();
    if (this.grantedScopes && this.strict.scopes) checkScopes(this.grantedScopes, typeName, member);
    execution.before(typeName, member, target, args);
  }

  afterCall(typeName: string, member: string, target: object, args: readonly unknown[]): void {
    this.execution?.after(typeName, member, target, args);
  }
}

/** `Object.prototype.toString` is realm-independent, unlike `instanceof Date`. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** The domain of an e-mail address, lower case. */
export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** Consumer accounts share no Google Workspace domain with anyone. */
const CONSUMER_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/**
 * Whether the script may see `user`'s address in a context that runs without that user's authorization:
 * "these restrictions generally do not apply if the developer runs the script themselves or belongs to the
 * same Google Workspace domain as the user" (https://developers.google.com/apps-script/reference/base/session#getActiveUser()).
 */
export function sameWorkspace(user: string, owner: string): boolean {
  if (user === owner) return true;
  const d = domainOf(user);
  return d === domainOf(owner) && !CONSUMER_DOMAINS.has(d);
}
