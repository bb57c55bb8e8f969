import { subDutyForStatus } from '../../domain/cases/lifecycle';
import { type NewCase, openCase } from '../../domain/cases/newCase';
import { kindOfCase, parseReport } from '../../domain/intake/report';
import { intakeErrorNotice, type Mail, newCaseNotice } from '../../domain/notices/notices';
import type { Settings } from '../../domain/settings/settings';
import { formatNorwegian, localDateOf, startOfLocalDate } from '../../domain/time/localDate';
import type { DocState } from '../../gas/docState';
import { linkTo } from '../../gas/links';
import { type CellValue, hyperlink, Table } from '../../gas/table';
import type { AuditLog } from '../log/auditLog';
import { COL, REGISTER_SHEET } from '../register/registerSheet';
import { INTAKE_ERRORS_SHEET } from './intakeErrorsSheet';

/** One row of the form's response sheet, as read: the raw record, never changed. */
export interface RawResponse {
  row: number;
  timestamp: Date;
  email: string;
  /** Question title → answer text. */
  answers: Record<string, string>;
}

export interface IntakeResult {
  created: NewCase[];
  failed: { row: number; problems: string[] }[];
  mails: Mail[];
}

/** Bookkeeping keys. */
export const LAST_CASE_NUMBER = 'intake:lastCaseNumber';
export const ERROR_ROWS = 'intake:errorRows';
export const WATERMARK = 'intake:watermark';

function date(d: string | null): Date | string {
  return d ? startOfLocalDate(d as Parameters<typeof startOfLocalDate>[0]) : '';
}

function registerRecord(c: NewCase, sourceRow: number): Record<string, CellValue> {
  const r = c.report;
  return {
    [COL.saksnr]: c.saksnr,
    [COL.meldt]: c.reportedAt,
    [COL.meldtAv]: r.reportedBy,
    [COL.rolle]: r.role,
    [COL.elev]: r.student,
    [COL.klasse]: r.className,
    [COL.kategori]: [...r.categories, ...(r.otherCategories ? [r.otherCategories] : [])].join(', '),
    [COL.ansattInvolvert]: r.employeeInvolved ? 'Ja' : 'Nei',
    [COL.ledelseInvolvert]: r.leadershipInvolved ? 'Ja' : 'Nei',
    [COL.status]: 'Meldt',
    [COL.rektorKjent]: date(c.rektorKnownOn),
    [COL.fristUndersokelse]: date(c.investigationDue),
    [COL.fristAktivitetsplan]: date(c.planDue),
    [COL.statsforvalterFra]: date(c.statsforvalterFrom),
    [COL.hvaSkjedde]: r.what,
    [COL.naar]: r.when,
    [COL.hvor]: r.where,
    [COL.grepetInn]: r.intervened,
    [COL.elevenSagtFra]: r.studentSaid,
    [COL.svarRad]: sourceRow,
    [COL.varselUndersokelse]: date(c.investigationSoonFrom),
    [COL.varselAktivitetsplan]: date(c.planSoonFrom),
  };
}

/**
 * Turns form responses into cases. Responses already handled (a case, or an error row) are skipped, so
 * delivering the same event twice makes one case. Must run under the script lock: case numbers are
 * read, incremented and written in one go. Writes the register and the error view in one call each.
 */
export function takeIn(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  responses: RawResponse[],
  ctx: { settings: Settings; state: DocState; log: AuditLog },
): IntakeResult {
  const { settings, state, log } = ctx;
  const result: IntakeResult = { created: [], failed: [], mails: [] };
  const sheet = ss.getSheetByName(REGISTER_SHEET.name);
  if (!sheet) throw new Error('Saker mangler');
  const register = Table.read(sheet, { formulas: false });

  const errorRows = new Set(state.getJson<number[]>(ERROR_ROWS, []));
  const done = new Set<number>(register.columnValues(COL.svarRad).map((v) => Number(v)));
  const numbers: unknown[] = register.columnValues(COL.saksnr);
  const records: Record<string, CellValue>[] = [];
  const errorRecords: Record<string, CellValue>[] = [];

  for (const response of responses) {
    if (done.has(response.row) || errorRows.has(response.row)) continue;
    done.add(response.row);
    const parsed = parseReport(response.answers, response.email);
    if (!parsed.ok) {
      errorRows.add(response.row);
      result.failed.push({ row: response.row, problems: parsed.problems });
      errorRecords.push({
        Tid: response.timestamp,
        'Svar-rad': response.row,
        Årsak: parsed.problems.join(' '),
        Løst: '',
      });
      continue;
    }
    const reportedOn = localDateOf(response.timestamp);
    const c = openCase({
      report: parsed.report,
      reportedAt: response.timestamp,
      reportedOn,
      existingNumbers: numbers,
      lastIssued: state.get(LAST_CASE_NUMBER),
      calendar: settings.calendar,
      settings: settings.deadlines,
    });
    numbers.push(c.saksnr);
    state.set(LAST_CASE_NUMBER, c.saksnr);
    records.push(registerRecord(c, response.row));
    result.created.push(c);
  }

  const firstRow = register.append(records);
  result.created.forEach((c, i) => {
    const link = linkTo(state, REGISTER_SHEET.name, firstRow + i);
    const r = c.report;
    const common = {
      saksnr: c.saksnr,
      kind: kindOfCase(r),
      serious: r.employeeInvolved,
      leadership: r.leadershipInvolved,
      link,
      investigationDue: formatNorwegian(c.investigationDue),
      lang: settings.language,
    };
    result.mails.push(newCaseNotice({ ...common, to: settings.rektorEmail }));
    // §12-5: when the leadership itself is reported, the notice goes straight to skoleeier too.
    if (r.leadershipInvolved && settings.skoleeierEmail)
      result.mails.push(newCaseNotice({ ...common, to: settings.skoleeierEmail }));
    const flags = [
      r.employeeInvolved ? '§ 12-5: ansatt involvert' : '',
      r.leadershipInvolved ? 'gjelder ledelsen' : '',
    ]
      .filter(Boolean)
      .join(', ');
    log.add({
      saksnr: c.saksnr,
      subDuty: subDutyForStatus('Meldt'),
      event: 'Melding mottatt',
      details: `Meldt av ${r.role.toLowerCase()} (${r.reportedBy}). ${common.kind}.${flags ? ` ${flags}.` : ''}`,
      user: r.reportedBy,
    });
    log.add({
      saksnr: c.saksnr,
      subDuty: 'melde',
      event: 'Rektor varslet',
      details: `Varsel til ${settings.rektorEmail}${r.leadershipInvolved && settings.skoleeierEmail ? ` og skoleeier (${settings.skoleeierEmail})` : ''}.`,
    });
  });

  if (errorRecords.length > 0) {
    const errors = ss.getSheetByName(INTAKE_ERRORS_SHEET.name);
    if (errors) {
      const responseSheet = state.get('form:sheet');
      const table = Table.read(errors, { formulas: false });
      table.append(
        errorRecords.map((e) => ({
          ...e,
          Lenke: hyperlink(
            `${state.get('url') ?? ''}#gid=${responseSheet ?? ''}&range=A${String(e['Svar-rad'])}`,
            'Åpne svaret',
          ),
        })),
      );
    }
    state.setJson(
      ERROR_ROWS,
      [...errorRows].sort((a, b) => a - b),
    );
    result.mails.push(
      intakeErrorNotice({
        lang: settings.language,
        to: settings.rektorEmail,
        link: linkTo(state, INTAKE_ERRORS_SHEET.name),
        count: errorRecords.length,
      }),
    );
    for (const f of result.failed) {
      log.add({
        saksnr: '',
        subDuty: 'melde',
        event: 'Melding kunne ikke registreres',
        details: `Svar-rad ${f.row}: ${f.problems.join(' ')}`,
      });
    }
  }
  return result;
}
