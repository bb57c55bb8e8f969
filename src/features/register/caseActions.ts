import { defaultNextEvaluation } from '../../domain/cases/deadlines';
import { type CaseStatus, subDutyForStatus, transition } from '../../domain/cases/lifecycle';
import { soonFrom } from '../../domain/cases/newCase';
import type { Settings } from '../../domain/settings/settings';
import type { LocalDate } from '../../domain/time/localDate';
import { cellDate, cellText, dateCell } from '../../gas/cellValues';
import type { Messages } from '../../i18n';
import type { AuditLog } from '../log/auditLog';
import { UserError } from '../menu/userError';
import { COL } from './registerSheet';
import type { SelectedCase } from './selectedCase';

const FILL_COLUMNS: Record<string, string> = {
  'Undersøkelse startet': COL.undersokelseStartet,
  'Plan iverksatt': COL.planIverksatt,
  'Sist evaluert': COL.sistEvaluert,
  Avsluttet: COL.avsluttet,
};

const EMAIL = /^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$/;

/**
 * Moves a case to a new status: checks the life cycle, stamps the date the law asks to document, sets the
 * first evaluation when a plan is put in place, and logs it under the sub-duty it belongs to.
 * Writes the row in one call (the caller flushes) and returns a message for the user.
 */
export function changeStatus(
  c: SelectedCase,
  to: CaseStatus,
  ctx: {
    today: LocalDate;
    settings: Settings;
    log: AuditLog;
    t: Messages;
    reason?: string;
    reopen?: boolean;
    /** The caller logs the move in its own entry (a plan records «status → Aktivitetsplan» in its row). */
    silent?: boolean;
  },
): string {
  const { table, i, saksnr } = c;
  const result = transition(c.status, to, ctx.reopen ? { reopen: true } : {});
  if (!result.ok) throw new UserError(result.reason);
  if (c.status === to) return ctx.t.cases.unchanged(saksnr, to);
  for (const column of result.fill) table.set(i, FILL_COLUMNS[column] ?? column, dateCell(ctx.today));
  for (const column of result.clear) table.set(i, FILL_COLUMNS[column] ?? column, '');
  table.set(i, COL.status, to);
  if (to === 'Aktivitetsplan' && !cellDate(table.get(i, COL.nesteEvaluering))) {
    const next = defaultNextEvaluation(ctx.today, ctx.settings.deadlines, ctx.settings.calendar);
    table.set(i, COL.nesteEvaluering, dateCell(next));
    table.set(
      i,
      COL.varselEvaluering,
      dateCell(soonFrom(next, ctx.settings.calendar, ctx.settings.deadlines)),
    );
  }
  if (to === 'Avsluttet') table.set(i, COL.avslutningsgrunn, ctx.reason ?? '');
  if (ctx.silent) return ctx.t.cases.statusChanged(saksnr, to);
  ctx.log.add({
    saksnr,
    subDuty: subDutyForStatus(to),
    event: to === 'Avsluttet' ? 'Saken avsluttet' : ctx.reopen ? 'Saken gjenåpnet' : 'Status endret',
    details: `${c.status} → ${to}.${ctx.reason ? ` Begrunnelse: ${ctx.reason}` : ''}`,
  });
  return ctx.t.cases.statusChanged(saksnr, to);
}

/** Sets who is responsible for the case (an e-mail address, so the person can be given access and reminders). */
export function assign(c: SelectedCase, email: string, ctx: { log: AuditLog; t: Messages }): string {
  const address = email.trim().toLowerCase();
  if (!EMAIL.test(address)) throw new UserError(ctx.t.cases.badEmail(email));
  const before = cellText(c.table.get(c.i, COL.ansvarlig));
  if (before === address) return ctx.t.cases.alreadyResponsible(c.saksnr, address);
  c.table.set(c.i, COL.ansvarlig, address);
  ctx.log.add({
    saksnr: c.saksnr,
    subDuty: subDutyForStatus(c.status),
    event: 'Ansvarlig satt',
    details: before ? `${before} → ${address}` : address,
  });
  return ctx.t.cases.assigned(c.saksnr, address);
}
