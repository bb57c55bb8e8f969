import { type AuthMode, CallCounter, type TrackingHost } from './tracking.js';

/**
 * The emulated Google account world: the clock, who is running the script, and the counters.
 * Service state (spreadsheets, forms, files, triggers, mail) hangs off the services created with it.
 */
export class Env implements TrackingHost {
  readonly calls = new CallCounter();
  authMode: AuthMode = 'FULL';
  /** The user running the current execution (Session.getActiveUser). */
  activeUser: string;
  /** The script owner (Session.getEffectiveUser for triggers, spreadsheet owner). */
  readonly owner: string;
  readonly timeZone = 'Europe/Oslo';
  /** Log lines written by the script (console.* and Logger.log), to check that no personal data is logged. */
  readonly logs: string[] = [];
  private nowMs: number;
  /**
   * The Date constructor of the script's realm. Values handed to the script must be of its own realm
   * (`value instanceof Date` must hold there, as it does in Apps Script); the runtime sets this.
   */
  DateCtor: DateConstructor = Date;
  private idSeq = 0;

  constructor(options: { now?: Date; owner?: string; activeUser?: string } = {}) {
    this.nowMs = (options.now ?? new Date('2026-09-14T08:00:00+02:00')).getTime();
    this.owner = options.owner ?? 'rektor@skole.no';
    this.activeUser = options.activeUser ?? this.owner;
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
}

/** `Object.prototype.toString` is realm-independent, unlike `instanceof Date`. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
