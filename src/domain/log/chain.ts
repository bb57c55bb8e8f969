/**
 * The hash chain that makes «Logg» tamper-evident.
 *
 * Each row the product writes carries, in «Kjede», its number in the chain and a SHA-256 hash:
 *
 *     Kjede = "<n>:<hash>"      hash = SHA-256(UTF-8(JSON.stringify([n, previous hash, Tid, Bruker,
 *                                       Saksnr, Delplikt, Hendelse, Detaljer, Id])))
 *
 * with Tid as an ISO 8601 instant in UTC to the second (`2026-09-14T07:00:00Z`), every other cell as its
 * text (line breaks as \n), and "" as the previous hash of row number 1. Anyone can recompute it (see the
 * README, «Security and privacy»). The number and hash of the last row are also kept outside the sheet
 * (document properties, `ChainHead`), so rows removed from the end are found too.
 *
 * - A row edited by hand no longer matches its hash.
 * - A row removed leaves a gap in the numbers.
 * - A row inserted has no link, or a number that does not come next.
 * - Rows written before the chain existed (no link) are accepted up to the first chained row; their
 *   number is recorded when the chain starts, so a row added or removed above the chain is noticed too.
 *
 * Pure: the features read the log once and write it once (features/log).
 */
import { sha256Hex } from './sha256';

/** The log's columns that are hashed, in this order (LOG_COLUMNS without «Kjede»). */
export const HASHED_COLUMNS = ['Tid', 'Bruker', 'Saksnr', 'Delplikt', 'Hendelse', 'Detaljer', 'Id'] as const;

export interface Link {
  readonly seq: number;
  readonly hash: string;
}

/** The chain's end as the product last wrote it, kept in document properties. */
export interface ChainHead extends Link {
  /** The sheet row the log ended on after the last write: another value means someone changed the sheet. */
  readonly row: number;
  /** Rows without a link above the chain when it started; null when not known (the head was lost). */
  readonly legacy: number | null;
  /**
   * A new hash for the last row while archiving rewrites the chain (archive/logRedaction.ts): until the
   * rewrite is confirmed, either hash is the chain's end.
   */
  readonly pending?: string;
}

export const GENESIS: Link = { seq: 0, hash: '' };

const LINK = /^(\d+):([0-9a-f]{64})$/;

export function formatLink(link: Link): string {
  return `${link.seq}:${link.hash}`;
}

export function parseLink(value: unknown): Link | null {
  if (typeof value !== 'string') return null;
  const m = LINK.exec(value.trim());
  return m ? { seq: Number(m[1]), hash: m[2]! } : null;
}

/** Whole seconds: what «Logg» shows and what a spreadsheet keeps exactly. */
export function toSecond(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

function canonicalCell(value: unknown, k: number): string {
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const d = value as Date;
    if (Number.isNaN(d.getTime())) return '';
    return `${toSecond(d).toISOString().slice(0, 19)}Z`;
  }
  const text = String(value ?? '');
  return k === 0 ? text : text.replace(/\r\n?/g, '\n');
}

/** The text that is hashed for a row: its number, the previous hash and the seven cells. */
export function canonicalRow(seq: number, prev: string, cells: readonly unknown[]): string {
  return JSON.stringify([seq, prev, ...HASHED_COLUMNS.map((_, k) => canonicalCell(cells[k], k))]);
}

export function linkFor(prev: Link, cells: readonly unknown[]): Link {
  const seq = prev.seq + 1;
  return { seq, hash: sha256Hex(canonicalRow(seq, prev.hash, cells)) };
}

/** A row of «Logg» as read: its sheet row, the seven hashed cells and the «Kjede» cell. */
export interface ChainRow {
  readonly row: number;
  readonly cells: readonly unknown[];
  readonly link: unknown;
}

export type Finding =
  /** The row's content (or its link) was changed after it was written. */
  | { readonly kind: 'edited'; readonly row: number; readonly seq: number }
  /** Rows numbered `from`–`to` are missing just above sheet row `row`. */
  | { readonly kind: 'removed'; readonly row: number; readonly from: number; readonly to: number }
  /** The row was not written by the product (no link, or a number out of turn: a copy, a moved row). */
  | { readonly kind: 'inserted'; readonly row: number }
  /** The last rows, numbered `from`–`to`, are gone; `after` is the sheet row they followed (1: none left). */
  | { readonly kind: 'removedAtEnd'; readonly after: number; readonly from: number; readonly to: number }
  /** Above the chain there are `found` rows without a link where there were `expected`. */
  | {
      readonly kind: 'aboveChain';
      readonly found: number;
      readonly expected: number;
      readonly first: number;
    };

export interface Verification {
  readonly ok: boolean;
  /** Every break, in sheet order; the first is the one to look at. */
  readonly findings: readonly Finding[];
  readonly chained: number;
  /** Rows above the chain, written before it existed. */
  readonly legacy: number;
  /** The chain's last row as found. */
  readonly last: (Link & { readonly row: number }) | null;
}

const isEmpty = (r: ChainRow) => r.cells.every((c) => c === '' || c === null) && (r.link ?? '') === '';

/**
 * Checks every row against the one before it and the chain's end against the head. Reports each break
 * and goes on from the row's own link, so one edit is one finding and the rows after it still count.
 */
export function verifyChain(rows: readonly ChainRow[], head: ChainHead | null): Verification {
  const findings: Finding[] = [];
  let prev: Link = GENESIS;
  let legacy = 0;
  let chained = 0;
  let started = false;
  let firstChained = 0;
  let last: (Link & { row: number }) | null = null;
  let atHeadSeq: string | null = null;
  for (const r of rows) {
    if (isEmpty(r)) continue;
    const link = parseLink(r.link);
    if (!started) {
      if (!link) {
        legacy++;
        continue;
      }
      started = true;
      firstChained = r.row;
    }
    if (!link) {
      findings.push({ kind: 'inserted', row: r.row });
      continue;
    }
    chained++;
    if (link.seq <= prev.seq) {
      findings.push({ kind: 'inserted', row: r.row });
      continue;
    }
    if (link.seq > prev.seq + 1) {
      findings.push({ kind: 'removed', row: r.row, from: prev.seq + 1, to: link.seq - 1 });
    } else if (linkFor(prev, r.cells).hash !== link.hash) {
      findings.push({ kind: 'edited', row: r.row, seq: link.seq });
    }
    prev = link;
    last = { ...link, row: r.row };
    if (head && link.seq === head.seq) atHeadSeq = link.hash;
  }
  if (head) {
    if (head.legacy !== null && started && legacy !== head.legacy)
      findings.unshift({ kind: 'aboveChain', found: legacy, expected: head.legacy, first: firstChained });
    const endSeq = last?.seq ?? 0;
    if (endSeq < head.seq) {
      findings.push({ kind: 'removedAtEnd', after: last?.row ?? 1, from: endSeq + 1, to: head.seq });
    } else if (head.seq > 0 && atHeadSeq !== null && atHeadSeq !== head.hash && atHeadSeq !== head.pending) {
      // The row the product wrote last was replaced by one with a hash of its own making.
      const row = rows.find((r) => parseLink(r.link)?.seq === head.seq)?.row ?? 0;
      if (!findings.some((f) => 'row' in f && f.row === row))
        findings.push({ kind: 'edited', row, seq: head.seq });
    }
  }
  findings.sort((a, b) => position(a) - position(b));
  return { ok: findings.length === 0, findings, chained, legacy, last };
}

function position(f: Finding): number {
  switch (f.kind) {
    case 'aboveChain':
      return 0;
    case 'removedAtEnd':
      return f.after + 0.5;
    default:
      return f.row;
  }
}

/**
 * Where the product's next row goes on from, read from the log's last rows when the sheet does not end
 * where the head says (a run that died after writing its rows but before saving the head, or a hand
 * edit). Rows past the head are taken only if they continue it hash by hash; otherwise the head stands,
 * and the check reports what happened. `tail` is the log's last rows, in sheet order.
 */
export function resumeFrom(tail: readonly ChainRow[], head: ChainHead | null, lastRow: number): ChainHead {
  const links = tail
    .map((r) => ({ r, link: parseLink(r.link) }))
    .filter((x): x is { r: ChainRow; link: Link } => x.link !== null);
  const end = links.at(-1)?.link ?? null;
  if (!head) {
    // No head: a log from before the chain (it starts here), or the properties were lost (go on).
    return end
      ? { seq: end.seq, hash: end.hash, row: lastRow, legacy: null }
      : { ...GENESIS, row: lastRow, legacy: Math.max(lastRow - 1, 0) };
  }
  const base: ChainHead = { seq: head.seq, hash: head.hash, row: lastRow, legacy: head.legacy };
  if (!end) return base;
  if (head.pending && end.seq === head.seq && end.hash === head.pending)
    return { ...base, hash: head.pending };
  if (end.seq <= head.seq) return base;
  // Past the head: accept only an unbroken continuation of it.
  let prev: Link = head.seq === 0 ? GENESIS : { seq: head.seq, hash: head.hash };
  const start = head.seq === 0 ? 0 : links.findIndex((x) => x.link.seq === head.seq);
  if (start < 0) return base;
  if (head.seq > 0 && links[start]!.link.hash !== head.hash && links[start]!.link.hash !== head.pending)
    return base;
  if (head.seq > 0) prev = links[start]!.link;
  for (const { r, link } of links.slice(head.seq === 0 ? 0 : start + 1)) {
    const next = linkFor(prev, r.cells);
    if (link.seq !== next.seq || link.hash !== next.hash) return base;
    prev = link;
  }
  return { ...base, seq: prev.seq, hash: prev.hash };
}

/**
 * Rewrites the chain from the first row `redact` changes to the end, after a successful check: the rows
 * of an archived case lose their personal details (their text is gone, and so is every hash that was
 * made from it), the rows after them keep their content and get new hashes. Returns the rows to write
 * (from the first changed row to the end, cells and link) and the chain's new end.
 */
export function redactAndRelink(
  rows: readonly ChainRow[],
  redact: (r: ChainRow) => readonly unknown[] | null,
): { rows: { row: number; cells: readonly unknown[]; link: unknown }[]; end: Link | null; redacted: number } {
  const out: { row: number; cells: readonly unknown[]; link: unknown }[] = [];
  let prev: Link = GENESIS;
  let changing = false;
  let redacted = 0;
  let end: Link | null = null;
  for (const r of rows) {
    const link = parseLink(r.link);
    const cells = redact(r);
    if (cells) redacted++;
    if (cells && !changing) changing = true;
    const content = cells ?? r.cells;
    if (link) {
      const next = changing ? linkFor(prev, content) : link;
      if (changing && next.seq !== link.seq)
        throw new Error('The chain must be checked before it is rewritten.');
      prev = next;
      end = next;
      if (changing) out.push({ row: r.row, cells: content, link: formatLink(next) });
    } else if (changing) {
      out.push({ row: r.row, cells: content, link: r.link });
    }
  }
  return { rows: out, end, redacted };
}
