import { nextCaseNumber } from '../../domain/cases/caseNumber';
import { type CaseRecord, isSerious, withDerivedDates } from '../../domain/cases/caseRecord';
import { subDutyForStatus } from '../../domain/cases/lifecycle';
import { newCaseRecord } from '../../domain/cases/newCase';
import { canonicalAnswers, Q } from '../../domain/intake/questions';
import { kindOfCase, parseReport, type Report } from '../../domain/intake/report';
import { newCaseNotice } from '../../domain/notices/notices';
import { formatNorwegian, type LocalDate, localDateOf } from '../../domain/time/localDate';
import { linkTo } from '../../gas/links';
import type { LogEntry } from '../log/auditLog';
import { REGISTER_SHEET } from '../register/registerSheet';
import type { Operation, Work } from '../register/work';

/** Bookkeeping keys. */
export const LAST_CASE_NUMBER = 'intake:lastCaseNumber';
/** Reports about the leadership that were sent on to skoleeier: a count per school year, nothing else. */
export const REDIRECTED = 'intake:redirected';
/**
 * Leadership reports counted and not yet removed from the form and its sheet: their form response ids
 * (opaque, nothing personal), kept until a run has removed them, so a run that dies half-way is finished
 * by the next one and a report is counted once.
 */
export const REDIRECTING = 'intake:redirecting';

/**
 * One response of the meldeskjema as the form itself keeps it: known by the form's own response id
 * (never by its row in the response sheet, which a person may delete or sort), with every answer
 * exactly as typed (the response sheet shows answers as Sheets parsed them: "1e5" becomes 100000).
 */
export interface RawResponse {
  id: string;
  timestamp: Date;
  email: string;
  /** Question title → answer text; checkbox answers joined with ", " as the response sheet does. */
  answers: Record<string, string>;
}

export function responseOf(r: GoogleAppsScript.Forms.FormResponse): RawResponse {
  const answers: Record<string, string> = {};
  for (const item of r.getItemResponses()) {
    const value = item.getResponse() as string | string[];
    answers[item.getItem().getTitle()] = Array.isArray(value) ? value.join(', ') : String(value ?? '');
  }
  // A nynorsk school's form: its titles and choices read as the canonical (bokmål) ones.
  return withCanonical({
    id: r.getId(),
    // The reference types the timestamp as the Base Date; at run time it is a JavaScript Date.
    timestamp: r.getTimestamp() as unknown as Date,
    email: r.getRespondentEmail(),
    answers,
  });
}

function withCanonical(r: RawResponse): RawResponse {
  return { ...r, answers: canonicalAnswers(r.answers) };
}

/**
 * Turns responses into cases, each exactly once (a response whose id is already in «Saker» is
 * skipped, so an event delivered twice or a response the daily job also finds makes one case).
 * Must run under the script lock (withWork): case numbers are issued and the cases written in one go.
 *
 * A report about someone in the leadership is not taken in (§ 12-5): the form sent the reporter to
 * skoleeier and they submitted nothing more; only the count is kept.
 */
export function takeIn(
  w: Work,
  responses: readonly RawResponse[],
  scrub?: (ids: readonly string[]) => readonly string[],
): CaseRecord[] {
  const register = w.register();
  const fresh = responses.filter((r) => !register.hasResponse(r.id));
  redirect(
    w,
    fresh.filter((r) => r.answers[Q.leadership] === 'Ja'),
    scrub,
  );
  const toCase = fresh.filter((r) => r.answers[Q.leadership] !== 'Ja');
  if (toCase.length === 0) return [];

  return openCases(
    w,
    toCase.map((response) => {
      const { report, problems } = parseReport(response.answers, response.email);
      return {
        report,
        problems,
        reportedAt: response.timestamp,
        reportedOn: localDateOf(response.timestamp),
        svarId: response.id,
      };
    }),
  );
}

/** A concern to open as a case: from the form, or registered by the leadership («Registrer melding …»). */
export interface Concern {
  report: Report;
  problems: readonly string[];
  reportedAt: Date;
  /** The day it was raised with the rektor: it drives the deadlines and the Statsforvalteren date. */
  reportedOn: LocalDate;
  svarId: string;
  kanal?: string;
  mottattAv?: string;
}

/**
 * Opens cases: numbers issued (never reused), dates derived, the rektor notified, «Melding mottatt»
 * logged. The operations are journaled before the register is written (journal.ts).
 */
export function openCases(w: Work, concerns: readonly Concern[]): CaseRecord[] {
  const register = w.register();
  const records: CaseRecord[] = [];
  const problemsOf = new Map<string, readonly string[]>();
  let last = w.state.get(LAST_CASE_NUMBER);
  for (const concern of concerns) {
    // The last number issued is kept outside the sheet too, so deleting the newest row never frees it.
    let saksnr = nextCaseNumber([last], Number(concern.reportedOn.slice(0, 4)));
    while (register.hasNumber(saksnr)) saksnr = nextCaseNumber([saksnr], Number(saksnr.slice(0, 4)));
    last = saksnr;
    const record = withDerivedDates(
      newCaseRecord({
        saksnr,
        report: concern.report,
        problems: concern.problems,
        reportedAt: concern.reportedAt,
        reportedOn: concern.reportedOn,
        svarId: concern.svarId,
        ...(concern.kanal ? { kanal: concern.kanal } : {}),
        ...(concern.mottattAv ? { mottattAv: concern.mottattAv } : {}),
      }),
      w.settings,
    );
    records.push(record);
    problemsOf.set(saksnr, concern.problems);
  }
  if (last) w.state.set(LAST_CASE_NUMBER, last);
  const firstRow = register.nextRow();
  const ops = records.map((c, i): Operation => {
    const link = linkTo(w.state, REGISTER_SHEET.name, firstRow + i);
    return {
      saksnr: c.saksnr,
      requireCase: true,
      log: receivedLog(c, problemsOf.get(c.saksnr) ?? [], w.settings.rektorEmail, w.t.absence.startEvent),
      // The rektor who registers a concern themselves needs no notice of it.
      mails:
        w.user === w.settings.rektorEmail
          ? []
          : [
              newCaseNotice({
                to: w.settings.rektorEmail,
                saksnr: c.saksnr,
                kind: kindOfCase(parseReport({ [Q.categories]: c.kategori }, '').report),
                serious: isSerious(c),
                leadership: false,
                incomplete: (problemsOf.get(c.saksnr) ?? []).length > 0,
                link,
                investigationDue: c.fristUndersokelse ? formatNorwegian(c.fristUndersokelse) : '',
                lang: w.settings.language,
              }),
            ],
    };
  });
  // Recorded before the first write: a run that dies after the case reached the sheet is completed
  // (its log rows, its notice) by the next job (journal.ts).
  w.commit(ops);
  register.append(records, firstRow);
  return records;
}

function receivedLog(
  c: CaseRecord,
  problems: readonly string[],
  rektor: string,
  absenceStarted: string,
): Omit<LogEntry, 'saksnr'>[] {
  const kind = kindOfCase(parseReport({ [Q.categories]: c.kategori }, '').report);
  const flags = isSerious(c) ? ' § 12-5: en ansatt er involvert.' : '';
  const incomplete = problems.length > 0 ? ` Må kompletteres (${problems.length}).` : '';
  const channel =
    c.kanal && c.kanal !== 'Meldeskjema'
      ? ` Kanal: ${c.kanal.toLowerCase()}, mottatt av ${c.mottattAv || '–'}.`
      : '';
  const log: Omit<LogEntry, 'saksnr'>[] = [
    {
      subDuty: subDutyForStatus('Meldt'),
      event: 'Melding mottatt',
      details: `Meldt av ${c.rolle.toLowerCase() || 'ukjent rolle'} (${c.meldtAv}).${channel} ${kind}.${flags}${incomplete}`,
      user: c.meldtAv,
    },
    { subDuty: 'melde', event: 'Rektor fikk melding', details: `Varsel til ${rektor}.` },
  ];
  // The report says someone intervened: that is the school's «gripe inn», documented from the start.
  if (c.grepetInn.trim() !== '')
    log.push({
      subDuty: 'gripe inn',
      event: 'Grepet inn (fra meldingen)',
      details: 'Den som meldte, skrev at noen grep inn: se «Har noen grepet inn» i saken.',
      user: c.meldtAv,
    });
  // Worrying absence or school refusal: the absence routine runs beside chapter 12 from the start.
  if (c.fravaer === 'Pågår')
    log.push({
      subDuty: 'følge med',
      event: absenceStarted,
      details: `Dato: ${formatNorwegian(c.fravaerFra!)}.`,
    });
  return log;
}

/**
 * § 12-5 reports about the leadership: counted once and then removed from the form and its sheet. The
 * count and the ids are saved before anything is removed; an id leaves the list only once it is gone
 * from the form (`scrub` returns those still there), so a run that dies on the way is finished by the
 * next intake or daily run, and nothing is counted twice.
 */
function redirect(
  w: Work,
  reports: readonly RawResponse[],
  scrub: ((ids: readonly string[]) => readonly string[]) | undefined,
): void {
  const waiting = w.state.getJson<string[]>(REDIRECTING, []);
  const fresh = reports.map((r) => r.id).filter((id) => !waiting.includes(id));
  if (fresh.length > 0) {
    countRedirected(w, fresh.length);
    w.state.setJson(REDIRECTING, [...waiting, ...fresh]);
    w.state.save();
  }
  const ids = [...waiting, ...fresh];
  if (ids.length === 0 || !scrub) return;
  w.state.setJson(REDIRECTING, scrub(ids));
}

function countRedirected(w: Work, n: number): void {
  if (n <= 0) return;
  const year = schoolYearKey(w.clock.today);
  const counts = w.state.getJson<Record<string, number>>(REDIRECTED, {});
  counts[year] = (counts[year] ?? 0) + n;
  w.state.setJson(REDIRECTED, counts);
}

function schoolYearKey(today: string): string {
  const y = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) >= 8 ? `${y}/${y + 1}` : `${y - 1}/${y}`;
}
