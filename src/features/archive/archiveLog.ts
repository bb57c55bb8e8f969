import { redactAndRelink } from '../../domain/log/chain';
import { toWritable } from '../../gas/table';
import { readHead, writeHead } from '../log/auditLog';
import { checkLog, describeFinding } from '../log/logCheck';
import { LOG_SHEET } from '../log/logSheet';
import { UserError } from '../menu/userError';
import type { Work } from '../register/work';

/**
 * Archiving and the tamper-evident log (domain/log/chain.ts). The case's rows keep their time, case
 * number, sub-duty, event and operation id; who («Bruker») and the details go. A hash of the old text
 * would let anyone test a guess at it, so the chain is not kept around the deleted text: it is computed
 * again from the first changed row to the end, in the same write as the deletion. That is safe only on
 * a whole log, so the log is checked first (in the same lock) and a break stops the archive: no hand edit
 * can be laundered by archiving. The «Arkivert og slettet» event that follows is chained after it.
 *
 * The head is written ahead: while the new hashes are being written, either end is accepted (pending),
 * so a run that dies between the write and the save is not a false break. Returns how many rows were
 * redacted now (0 on a second run).
 */
export function redactCaseLog(w: Work, saksnr: string): number {
  const t = w.t;
  // Rows this job logged for the case (the fresh documentation) are written first, and redacted too.
  w.log.flush(w.ss);
  const check = checkLog(w.ss, w.state);
  if (!check.ok) throw new UserError(t.archive.logBroken(describeFinding(check.findings[0]!, t)));
  const marker = t.archive.redacted;
  const { rows, end, redacted } = redactAndRelink(check.rows, (r) => {
    if (String(r.cells[2] ?? '').trim() !== saksnr) return null;
    if (r.cells[1] === '' && r.cells[5] === marker) return null;
    return [r.cells[0], '', r.cells[2], r.cells[3], r.cells[4], marker, r.cells[6]];
  });
  if (rows.length === 0) return 0;
  const head = readHead(w.state);
  if (head && end) {
    writeHead(w.state, { ...head, pending: end.hash });
    w.state.save();
  }
  const sheet = w.ss.getSheetByName(LOG_SHEET.name)!;
  const block = rows.map((r) =>
    [...r.cells.slice(1), r.link].map((v) => (typeof v === 'string' ? toWritable(v) : v)),
  );
  sheet.getRange(rows[0]!.row, 2, block.length, block[0]!.length).setValues(block);
  if (head && end) writeHead(w.state, { seq: end.seq, hash: end.hash, row: head.row, legacy: head.legacy });
  return redacted;
}
