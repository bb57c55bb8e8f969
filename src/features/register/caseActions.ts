import { type CaseRecord, moveStatus } from '../../domain/cases/caseRecord';
import { type CaseStatus, subDutyForStatus } from '../../domain/cases/lifecycle';
import type { LocalDate } from '../../domain/time/localDate';
import type { Messages } from '../../i18n';
import { caseStatusLabel, refusalText } from '../../i18n/labels';
import { UserError } from '../menu/userError';
import type { CaseRow } from './register';
import type { Operation } from './work';

const EMAIL = /^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$/;

/** Longest free text kept in the journal with an operation (a reason); the log keeps it whole. */
export const MAX_REASON = 2_000;

export interface Decision {
  /** null when nothing changes (the same status again: harmless). */
  readonly op: Operation | null;
  readonly record: CaseRecord;
  readonly message: string;
}

/**
 * A status change as the law's order allows it: the dates the documentation needs are stamped, the
 * change is logged under its sub-duty. The guards that depend on documents (a plan before
 * «Aktivitetsplan») live in lifecycle.ts and caseRecord.ts, so the menu, the dropdown, the dialogs and
 * the sidebar all meet the same rules.
 */
export function statusChange(
  row: CaseRow,
  to: CaseStatus,
  ctx: { today: LocalDate; t: Messages; reason?: string; reopen?: boolean },
): Decision {
  const c = row.record;
  if ((ctx.reason ?? '').length > MAX_REASON) throw new UserError(ctx.t.cases.reasonTooLong(MAX_REASON));
  const moved = moveStatus(c, to, ctx.today, {
    ...(ctx.reopen ? { reopen: true } : {}),
    ...(ctx.reason ? { reason: ctx.reason } : {}),
  });
  if (!moved.ok) throw new UserError(refusalText(ctx.t, moved.refusal));
  if (c.status === to)
    return { op: null, record: c, message: ctx.t.cases.unchanged(c.saksnr, caseStatusLabel(ctx.t, to)) };
  return {
    op: {
      saksnr: c.saksnr,
      row,
      record: moved.record,
      log: [
        {
          subDuty: subDutyForStatus(to),
          event: to === 'Avsluttet' ? 'Saken avsluttet' : ctx.reopen ? 'Saken gjenåpnet' : 'Status endret',
          details: `${c.status} → ${to}.${ctx.reason ? ` Begrunnelse: ${ctx.reason}` : ''}`,
        },
      ],
    },
    record: moved.record,
    message: ctx.t.cases.statusChanged(c.saksnr, caseStatusLabel(ctx.t, to)),
  };
}

/** Sets who is responsible for the case (an e-mail address, so the person can be given access and reminders). */
export function assignment(row: CaseRow, email: string, t: Messages): Decision {
  const c = row.record;
  const address = email.trim().toLowerCase();
  if (!EMAIL.test(address)) throw new UserError(t.cases.badEmail(email));
  if (c.ansvarlig === address)
    return { op: null, record: c, message: t.cases.alreadyResponsible(c.saksnr, address) };
  const record = { ...c, ansvarlig: address };
  return {
    op: {
      saksnr: c.saksnr,
      row,
      record,
      log: [
        {
          subDuty: subDutyForStatus(c.status),
          event: 'Ansvarlig satt',
          details: c.ansvarlig ? `${c.ansvarlig} → ${address}` : address,
        },
      ],
    },
    record,
    message: t.cases.assigned(c.saksnr, address),
  };
}
