import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type ChainHead,
  type ChainRow,
  canonicalRow,
  formatLink,
  GENESIS,
  type Link,
  linkFor,
  parseLink,
  redactAndRelink,
  resumeFrom,
  verifyChain,
} from '../../../src/domain/log/chain';

/** A log as the product writes it: `legacy` rows without a link, then `n` chained rows, from sheet row 2. */
function log(n: number, legacy = 0): { rows: ChainRow[]; head: ChainHead } {
  const rows: ChainRow[] = [];
  for (let i = 0; i < legacy; i++)
    rows.push({
      row: rows.length + 2,
      cells: [new Date(Date.UTC(2025, 0, 1, 8, i)), 'a@skole.no', '', '', 'Oppsett', `gammel ${i}`, ''],
      link: '',
    });
  let prev: Link = GENESIS;
  for (let i = 0; i < n; i++) {
    const cells = [
      new Date(Date.UTC(2026, 8, 14, 7, i, 3)),
      `leder${i % 3}@skole.no`,
      `2026-00${(i % 4) + 1}`,
      'undersøke',
      'Samtale med eleven',
      `Detaljer ${i}\nlinje to`,
      `op-${i}`,
    ];
    prev = linkFor(prev, cells);
    rows.push({ row: rows.length + 2, cells, link: formatLink(prev) });
  }
  return { rows, head: { ...prev, row: rows.length + 1, legacy } };
}

const renumber = (rows: ChainRow[]) => rows.map((r, i) => ({ ...r, row: i + 2 }));

describe('the chain', () => {
  it('hashes the documented canonical form: SHA-256 of the JSON of number, previous hash and cells', () => {
    const cells = [
      new Date('2026-09-14T09:00:00.750+02:00'),
      'rektor@skole.no',
      '2026-001',
      'melde',
      'Melding mottatt',
      'a\r\nb',
      'id-1',
    ];
    const text = canonicalRow(1, '', cells);
    expect(text).toBe(
      '[1,"","2026-09-14T07:00:00Z","rektor@skole.no","2026-001","melde","Melding mottatt","a\\nb","id-1"]',
    );
    expect(linkFor(GENESIS, cells)).toEqual({
      seq: 1,
      hash: createHash('sha256').update(text).digest('hex'),
    });
    expect(parseLink(formatLink({ seq: 12, hash: 'a'.repeat(64) }))).toEqual({
      seq: 12,
      hash: 'a'.repeat(64),
    });
    expect(parseLink('12:abc')).toBeNull();
  });

  it('verifies an untouched log, with rows from before the chain above it', () => {
    const { rows, head } = log(30, 4);
    const v = verifyChain(rows, head);
    expect(v).toMatchObject({ ok: true, findings: [], chained: 30, legacy: 4, last: { seq: 30, row: 35 } });
  });

  it('names every edited row, wherever it is (each of 40 positions, each hashed cell)', () => {
    const { rows, head } = log(40, 2);
    for (let i = 2; i < rows.length; i++) {
      for (let k = 0; k < 7; k++) {
        const edited = rows.map((r, j) => {
          if (j !== i) return r;
          const cells = [...r.cells];
          cells[k] = k === 0 ? new Date((cells[0] as Date).getTime() + 60_000) : `${String(cells[k])}x`;
          return { ...r, cells };
        });
        const v = verifyChain(edited, head);
        expect(v.ok).toBe(false);
        expect(v.findings).toEqual([{ kind: 'edited', row: i + 2, seq: i - 1 }]);
      }
    }
  });

  it('names the place of every removed row (each of 40 positions), the end included', () => {
    const { rows, head } = log(40);
    for (let i = 0; i < rows.length; i++) {
      const removed = renumber(rows.filter((_, j) => j !== i));
      const v = verifyChain(removed, head);
      expect(v.ok).toBe(false);
      expect(v.findings).toEqual(
        i === rows.length - 1
          ? [{ kind: 'removedAtEnd', after: i + 1, from: 40, to: 40 }]
          : [{ kind: 'removed', row: i + 2, from: i + 1, to: i + 1 }],
      );
    }
  });

  it('names every inserted row (each of 41 positions): a new row, or a copy of another', () => {
    const { rows, head } = log(40);
    for (let i = 0; i <= rows.length; i++) {
      const fresh = {
        row: 0,
        cells: [new Date(), 'x@skole.no', '2026-001', 'tiltak', 'Samtale', 'lagt inn for hånd', ''],
        link: '',
      };
      const copy = { ...rows[Math.max(i - 2, 0)]!, row: 0 };
      for (const extra of [fresh, copy]) {
        const inserted = renumber([...rows.slice(0, i), extra, ...rows.slice(i)]);
        const v = verifyChain(inserted, head);
        expect(v.ok).toBe(false);
        // Above the first row of a log without older rows: the row is named as the one above the chain.
        // A copy of the first row put above it is identical to it: the second of the two is named.
        const expected =
          i > 0
            ? { kind: 'inserted', row: i + 2 }
            : extra === fresh
              ? { kind: 'aboveChain', found: 1, expected: 0, first: 3 }
              : { kind: 'inserted', row: 3 };
        expect(v.findings[0]).toEqual(expected);
      }
    }
  });

  it('notices rows removed from the end and a chain emptied, thanks to the head', () => {
    const { rows, head } = log(10);
    expect(verifyChain(rows.slice(0, 7), head).findings).toEqual([
      { kind: 'removedAtEnd', after: 8, from: 8, to: 10 },
    ]);
    expect(verifyChain([], head).findings).toEqual([{ kind: 'removedAtEnd', after: 1, from: 1, to: 10 }]);
  });

  it('notices a last row replaced by one hashed by hand', () => {
    const { rows, head } = log(5);
    const prev = parseLink(rows[3]!.link)!;
    const cells = ['2026-09-15', 'x@skole.no', '2026-001', '', 'Forfalsket', '', ''];
    const forged = [...rows.slice(0, 4), { row: 6, cells, link: formatLink(linkFor(prev, cells)) }];
    expect(verifyChain(forged, head).findings).toEqual([{ kind: 'edited', row: 6, seq: 5 }]);
  });

  it('accepts rows past the head only when they continue it (a run that died before saving the head)', () => {
    const { rows, head } = log(12);
    const short: ChainHead = { ...parseLink(rows[9]!.link)!, row: 11, legacy: 0 };
    expect(verifyChain(rows, short).ok).toBe(true);
    expect(resumeFrom(rows.slice(-5), short, 13)).toMatchObject({ seq: 12, hash: head.hash, row: 13 });
    // A row added by hand after the head: the head stands, and the check names the row.
    const hand = [...rows.slice(0, 10), { row: 12, cells: ['x'], link: '' }];
    expect(resumeFrom(hand.slice(-4), short, 12)).toMatchObject({ seq: 10, hash: short.hash, row: 12 });
    // Rows removed at the end: the head stands, so the next row's number shows the gap.
    expect(resumeFrom(rows.slice(0, 8), head, 9)).toMatchObject({ seq: 12, hash: head.hash });
    // No head: a log from before the chain starts at 1 and remembers its rows; a chained log goes on.
    expect(resumeFrom([{ row: 5, cells: ['x'], link: '' }], null, 5)).toEqual({
      ...GENESIS,
      row: 5,
      legacy: 4,
    });
    expect(resumeFrom(rows.slice(-2), null, 13)).toMatchObject({ seq: 12, hash: head.hash, legacy: null });
  });

  it('rewrites the chain after redacting rows, so the log verifies again and the old hashes are gone', () => {
    const { rows, head } = log(20, 3);
    const target = (r: ChainRow) => r.cells[2] === '2026-002' || r.row === 3;
    const {
      rows: changed,
      end,
      redacted,
    } = redactAndRelink(rows, (r) =>
      target(r)
        ? [r.cells[0], '', r.cells[2], r.cells[3], r.cells[4], 'Slettet ved arkivering.', r.cells[6]]
        : null,
    );
    expect(redacted).toBe(6);
    expect(changed[0]!.row).toBe(3);
    const after = rows.map((r) => changed.find((c) => c.row === r.row) ?? r);
    const newHead: ChainHead = { ...end!, row: head.row, legacy: 3 };
    expect(verifyChain(after, newHead)).toMatchObject({ ok: true, chained: 20 });
    const oldHashes = new Set(rows.map((r) => parseLink(r.link)?.hash).filter(Boolean));
    for (const r of after.filter((r) => r.cells[2] === '2026-002'))
      expect(oldHashes.has(parseLink(r.link)!.hash)).toBe(false);
    expect(after.filter((r) => r.cells[5] === 'Slettet ved arkivering.')).toHaveLength(6);
  });
});
