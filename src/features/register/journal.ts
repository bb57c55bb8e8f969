import type { CaseRecord } from '../../domain/cases/caseRecord';
import type { Mail } from '../../domain/notices/notices';
import type { DocState } from '../../gas/docState';
import type { LogEntry } from '../log/auditLog';

/**
 * The write-ahead journal that makes every case operation safe to fail and run again.
 *
 * An operation (a status change, a new measure, a new case's notice, a plan recorded in the register)
 * is written here, in document properties, before its first write to a sheet, and removed in the same
 * save that ends the job. If the run dies in between (a service error, a time-out after the write
 * reached the sheet, the 6-minute limit), the next job that takes the lock (intake, the daily job, any
 * menu or dialog action, a hand edit) finds it and completes it: the register change is applied again
 * (setting a value twice is harmless), the log rows are appended unless the log already has them (each
 * row carries its operation's id), and the e-mails are sent again (at most one extra, identical mail).
 *
 * Entries hold case numbers, dates, statuses, people, the log's own words, and the text of new measures.
 * A property value holds at most 9 KB, so the journal is kept in as many values as it needs (a batch of
 * new cases, an evaluation with long new measures): it never makes the save that starts a job fail.
 */
export interface JournalEntry {
  readonly id: string;
  readonly saksnr: string;
  /** Where the case was when the operation started: read first, checked by number. */
  readonly row?: number;
  /** The register fields the operation sets (JSON: dates as 'YYYY-MM-DD', instants as { $date: ms }). */
  readonly changes?: Readonly<Record<string, unknown>>;
  /** New rows for «Tiltak», by header (dates as 'YYYY-MM-DD'). */
  readonly measures?: readonly Readonly<Record<string, string>>[];
  /** A new case's notice and log rows: dropped when the case never reached the register. */
  readonly requireCase?: boolean;
  readonly log: readonly LogEntry[];
  readonly mails: readonly Mail[];
  /** Epoch ms: the time the log rows carry, on the first run and on a replay. */
  readonly at: number;
}

const KEY = 'journal';
const PARTS = 'journal:parts';
/** Bytes of one part: under the 9 KB a property value may hold. */
export const JOURNAL_PART_BYTES = 8_000;

export class Journal {
  constructor(private readonly state: DocState) {}

  pending(): JournalEntry[] {
    return Object.values(this.read());
  }

  /** Records entries and saves at once (one service call): from here on a dead run is completed later. */
  begin(entries: readonly JournalEntry[]): void {
    if (entries.length === 0) return;
    const all = this.read();
    for (const e of entries) all[e.id] = e;
    this.write(all);
    this.state.save();
  }

  /** Marks entries done; written by the job's final save. */
  end(ids: readonly string[]): void {
    if (ids.length === 0) return;
    const all = this.read();
    for (const id of ids) delete all[id];
    this.write(all);
  }

  private read(): Record<string, JournalEntry> {
    const parts = Number(this.state.get(PARTS) ?? 1);
    let text = this.state.get(KEY) ?? '';
    for (let i = 1; i < parts; i++) text += this.state.get(`${KEY}:${i}`) ?? '';
    try {
      return text ? (JSON.parse(text) as Record<string, JournalEntry>) : {};
    } catch {
      return {};
    }
  }

  private write(all: Record<string, JournalEntry>): void {
    const parts = splitByBytes(JSON.stringify(all), JOURNAL_PART_BYTES);
    const before = Number(this.state.get(PARTS) ?? 1);
    parts.forEach((part, i) => {
      this.state.set(i === 0 ? KEY : `${KEY}:${i}`, part);
    });
    for (let i = parts.length; i < before; i++) this.state.set(`${KEY}:${i}`, '');
    if (parts.length > 1 || before > 1) this.state.set(PARTS, String(parts.length));
  }
}

/** `text` in pieces of at most `max` UTF-8 bytes, cut between code points. */
export function splitByBytes(text: string, max: number): string[] {
  if (text.length * 3 <= max) return [text];
  const out: string[] = [];
  let part = '';
  let size = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (size + n > max && part !== '') {
      out.push(part);
      part = '';
      size = 0;
    }
    part += ch;
    size += n;
  }
  out.push(part);
  return out;
}

/** A record's changed fields as JSON for the journal. */
export function encodeChanges(before: CaseRecord, after: CaseRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof CaseRecord)[]) {
    const a = before[key];
    const b = after[key];
    const same =
      a instanceof Date || b instanceof Date
        ? a instanceof Date && b instanceof Date && a.getTime() === b.getTime()
        : JSON.stringify(a) === JSON.stringify(b);
    if (!same) out[key] = b instanceof Date ? { $date: b.getTime() } : b;
  }
  return out;
}

/** The journal's changes applied to a record. */
export function applyChanges(c: CaseRecord, changes: Readonly<Record<string, unknown>>): CaseRecord {
  const decoded: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(changes)) {
    decoded[k] =
      typeof v === 'object' && v !== null && '$date' in v ? new Date((v as { $date: number }).$date) : v;
  }
  return { ...c, ...decoded } as CaseRecord;
}
