import type { Report } from '../intake/report';
import type { LocalDate } from '../time/localDate';
import { ABSENCE_CATEGORY } from './absence';
import { type CaseRecord, EMPTY_FOLLOW_UP } from './caseRecord';

/**
 * A case as it enters the register: the report as typed, what is missing for the rektor to complete,
 * and the day rektor knew (the report's day). A concern about absence or school refusal starts the
 * absence routine (absence.ts). Its deadlines are derived by the register
 * (caseRecord.withDerivedDates), as for every other change.
 */
export function newCaseRecord(input: {
  saksnr: string;
  report: Report;
  problems: readonly string[];
  reportedAt: Date;
  reportedOn: LocalDate;
  svarId: string;
  kanal?: string;
  mottattAv?: string;
}): CaseRecord {
  const r = input.report;
  // A concern about worrying absence or school refusal starts the absence routine beside chapter 12.
  const absence = r.categories.includes(ABSENCE_CATEGORY);
  return {
    ...EMPTY_FOLLOW_UP,
    saksnr: input.saksnr,
    meldt: input.reportedAt,
    meldtAv: r.reportedBy,
    rolle: r.role,
    kanal: input.kanal ?? 'Meldeskjema',
    mottattAv: input.mottattAv ?? '',
    elev: r.student,
    klasse: r.className,
    kategori: [...r.categories, ...(r.otherCategories ? [r.otherCategories] : [])].join(', '),
    ansattInvolvert: r.employeeInvolved,
    ledelseInvolvert: r.leadershipInvolved,
    status: 'Meldt',
    ansvarlig: '',
    rektorKjent: input.reportedOn,
    fristUndersokelse: null,
    undersokelseStartet: null,
    fristAktivitetsplan: null,
    planIverksatt: null,
    aktivitetsplan: '',
    nesteEvaluering: null,
    sistEvaluert: null,
    statsforvalterFra: null,
    alvorligSak: false,
    fristSkoleeier: null,
    skoleeierVarslet: null,
    statsforvalterMeldt: null,
    fristStatsforvalter: null,
    dokumentasjonSendt: null,
    statsforvalterVedtak: null,
    avsluttet: null,
    avslutningsgrunn: '',
    hvaSkjedde: r.what,
    naar: r.when,
    hvor: r.where,
    grepetInn: r.intervened,
    elevenSagtFra: r.studentSaid,
    svarId: input.svarId,
    kompletteres: input.problems.join(' '),
    varselUndersokelse: null,
    varselAktivitetsplan: null,
    varselEvaluering: null,
    varselStatsforvalter: null,
    // Parents who raised the concern themselves know of it from that day.
    foresatteInformert: r.role === 'Foresatt' ? input.reportedOn : null,
    fravaer: absence ? 'Pågår' : '',
    fravaerFra: absence ? input.reportedOn : null,
  };
}
