/**
 * Turns plain case data into the values a template's placeholders are filled with.
 *
 * Values come out raw (not escaped): the filler makes them safe with prepareForReplacement() or
 * protectBraces() from placeholders.ts. Every single and group of the document kind's catalogue
 * is present in the result, empty when there is no data, and `sections` says which are non-empty,
 * so `{{#hvis Navn}}` sections can be removed without the filler knowing the document.
 */

import type { People } from '../people/people';
import {
  addDays,
  formatNorwegian,
  type LocalDate,
  localDateOf,
  parseLocalDate,
  parseNorwegianOrIso,
  SCHOOL_TIME_ZONE,
} from '../time/localDate';
import { isImposed } from './measures';
import { CATALOGUE, type DocumentKind, has, type Lang } from './placeholders';

export interface DocumentValues {
  readonly singles: Record<string, string>;
  readonly groups: Record<string, Record<string, string>[]>;
  readonly sections: Record<string, boolean>;
}

/** A date as the register holds it: a LocalDate, a Date cell, typed text, or nothing. */
export type DateInput = LocalDate | Date | string | null | undefined;

// ---------------------------------------------------------------------------------------------
// Inputs

export interface SchoolInput {
  readonly navn: string;
  readonly rektor?: string;
  /** The school's people: an e-mail address in a document becomes "Navn (rolle)" (see people.ts). */
  readonly people?: Pick<People, 'label'>;
}

/** A person field as printed: names and roles instead of the e-mail addresses the register keeps. */
function who(school: SchoolInput, value: string | undefined): string {
  const v = text(value);
  return school.people ? school.people.label(v) : v;
}

export interface CaseInput {
  readonly saksnr: string;
  readonly elev: string;
  readonly klasse?: string;
  readonly kategori?: string | readonly string[];
  readonly meldt?: DateInput;
  readonly meldtAv?: string;
  readonly rektorKjent?: DateInput;
  readonly ansvarlig?: string;
  readonly beskrivelse?: string;
  readonly status?: string;
  /** §12-5: an employee is suspected of violating the student. */
  readonly ansattInvolvert?: boolean;
  /** §12-5: the one suspected is in the school's leadership. */
  readonly ledelseInvolvert?: boolean;
  readonly frister?: {
    readonly undersøkelse?: DateInput;
    readonly aktivitetsplan?: DateInput;
    readonly nesteEvaluering?: DateInput;
    readonly statsforvalterFra?: DateInput;
  };
  /** § 12-6: the case at Statsforvalteren, when the family took it there. */
  readonly statsforvalter?: {
    readonly meldt?: DateInput;
    readonly frist?: DateInput;
    readonly sendt?: DateInput;
    readonly vedtak?: DateInput;
  };
  readonly avsluttet?: DateInput;
  /** The parents: told of the concern, given the plan, told of the evaluation (legal review G4). */
  readonly foresatteInformert?: DateInput;
  readonly planGittForesatte?: DateInput;
  readonly evalueringGittForesatte?: DateInput;
  /** The «Samtykke» cell: services the family consented to, with dates (barnevernet is never printed). */
  readonly samtykke?: string;
  /** The absence routine: '' | 'Pågår' | 'Avsluttet', and the day it started. */
  readonly fravaer?: string;
  readonly fravaerFra?: DateInput;
}

export type MeasureLevel = 'individ' | 'gruppe' | 'system';
export type MeasureVerdict = 'videreføre' | 'endre' | 'avslutte' | 'nytt';

export interface MeasureInput {
  readonly tiltak: string;
  readonly nivå?: MeasureLevel | '';
  readonly hvem?: string;
  readonly fra?: DateInput;
  readonly til?: DateInput;
  readonly evalueringsdato?: DateInput;
  readonly status?: string;
  readonly vurdering?: MeasureVerdict | '';
  readonly kommentar?: string;
  /** «Pålagt av Statsforvalteren» for a measure imposed in a vedtak. */
  readonly kilde?: string;
}

/** The law's sub-duties (§12-4), in the law's order. */
export const SUB_DUTIES = ['følge med', 'gripe inn', 'melde', 'undersøke', 'tiltak', 'evaluering'] as const;
export type SubDuty = (typeof SUB_DUTIES)[number];

export interface LogEntryInput {
  /** An instant, or an Oslo calendar date with an optional `HH:MM` typed by a person. */
  readonly time: Date | { readonly date: LocalDate; readonly time?: string };
  readonly user: string;
  readonly subDuty: SubDuty;
  readonly event: string;
  readonly details?: string;
}

export interface DocumentRefInput {
  readonly type: 'aktivitetsplan' | 'evaluering' | 'melding-skoleeier' | 'dokumentasjon' | 'samarbeidsavtale';
  readonly date: DateInput;
  readonly title?: string;
  /**
   * The Google Doc, for the school's own use. Never printed: the documentation goes to Statsforvalteren,
   * who cannot open links into the school's Drive, so the documents are attached as PDF instead.
   */
  readonly url?: string;
}

export const TILTAKSPLAN_LEVELS = ['universelt', 'selektert', 'indikert'] as const;
export type TiltaksplanLevel = (typeof TILTAKSPLAN_LEVELS)[number];

export interface TiltaksplanRowInput {
  readonly nivå: TiltaksplanLevel;
  readonly mål?: string;
  readonly tiltak?: string;
  readonly ansvarlig?: string;
  readonly kritiskSuksessfaktor?: string;
  readonly oppstart?: string;
  readonly resultatmål?: string;
  readonly evaluering?: string;
  readonly videreArbeid?: string;
}

export interface PlanInput {
  readonly lang?: Lang;
  readonly school: SchoolInput;
  readonly case: CaseInput;
  /** The plan's date. */
  readonly date: DateInput;
  /** Who owns the plan; defaults to the case's ansvarlig. */
  readonly ansvarlig?: string;
  /** Date of the plan this one replaces, after an evaluation. */
  readonly forrigePlan?: DateInput;
  readonly problem: string;
  /** What the investigation showed: who was heard, and how. Optional; an empty one leaves its section out. */
  readonly undersøkelsen?: string;
  readonly measures: readonly MeasureInput[];
  readonly gjennomføring?: string;
  /** First evaluation; defaults to the earliest evaluation date of the measures. */
  readonly evalueringsdato?: DateInput;
  readonly elevensBeskrivelse?: string;
  readonly elevensØnsker?: string;
  readonly foresattesSyn?: string;
  readonly barnetsBeste?: string;
  readonly merknader?: string;
  /**
   * Names of other students were kept in the text on purpose (the anonymity check's «behold»): the plan
   * then must not say that other students are not named.
   */
  readonly navnBeholdt?: boolean;
}

export interface EvaluationInput {
  readonly lang?: Lang;
  readonly school: SchoolInput;
  readonly case: CaseInput;
  readonly date: DateInput;
  readonly planDato?: DateInput;
  readonly deltakere?: string | readonly string[];
  readonly elevensOpplevelse?: string;
  readonly foresattesSyn?: string;
  readonly measures: readonly MeasureInput[];
  readonly problemetLøst?: 'ja' | 'nei' | 'delvis';
  readonly begrunnelse?: string;
  readonly konklusjon?: 'avslutte' | 'videreføre' | 'ny plan';
  readonly nesteEvaluering?: DateInput;
  /**
   * Services the school works with for the student; an empty list means "assessed: no need". Barnevernet
   * is never printed: the evaluation goes home, and a report to barnevernet is the school's own duty.
   */
  readonly eksternHjelp?: readonly string[];
  readonly eksternHjelpKommentar?: string;
  readonly oppfølging?: string;
}

export interface DocumentationInput {
  readonly lang?: Lang;
  readonly school: SchoolInput;
  readonly case: CaseInput;
  /** When the documentation is made. */
  readonly date: DateInput;
  readonly log: readonly LogEntryInput[];
  readonly measures?: readonly MeasureInput[];
  readonly documents?: readonly DocumentRefInput[];
}

export interface SkoleeierInput {
  readonly lang?: Lang;
  readonly school: SchoolInput;
  /** Only the number and dates are used: the notice never names the student. */
  readonly case: Pick<CaseInput, 'saksnr' | 'meldt' | 'rektorKjent'>;
  readonly date: DateInput;
  /** `ansatt`/`ledelse`: §12-5; `alvorlig`: a serious case under §12-4. */
  readonly grunnlag: 'ansatt' | 'ledelse' | 'alvorlig';
  readonly hvaSkjedde: string;
  readonly skolensTiltak: string;
  readonly videreOppfølging?: string;
  /** § 12-5: the employee's role, never a name. Optional, as are the two below. */
  readonly ansattRolle?: string;
  /** § 12-5: whether (and when, by whom) the employee has been told. */
  readonly ansattInformert?: string;
  /** Immediate measures that protect the student. */
  readonly strakstiltak?: string;
  readonly avsender?: string;
}

export interface AgreementInput {
  readonly lang?: Lang;
  readonly school: SchoolInput;
  readonly case: CaseInput;
  readonly date: DateInput;
  /** The contact person at school; defaults to the case's ansvarlig. */
  readonly ansvarlig?: string;
  readonly deltakere?: string | readonly string[];
  readonly fraværsbilde: string;
  readonly mål: string;
  readonly elevensBeskrivelse: string;
  readonly foresattesSyn?: string;
  readonly skolensAnsvar: string;
  readonly hjemmetsAnsvar: string;
  readonly elevensAnsvar?: string;
  readonly nesteOppfølging: DateInput;
  readonly oppfølging?: string;
  /** The date of the student's aktivitetsplan under § 12-4, when there is one. */
  readonly aktivitetsplan?: DateInput;
  readonly merknader?: string;
  /** Services with the family's consent; barnevernet is left out whatever is given. */
  readonly samarbeid?: readonly { readonly tjeneste: string; readonly samtykke: DateInput }[];
}

export interface AgendaCaseInput {
  readonly saksnr: string;
  /** Named only with consent to the resource team; otherwise the builder is given the anonymised words. */
  readonly elev: string;
  readonly klasse: string;
  readonly kategori: string;
  readonly status: string;
  readonly frister: string;
  readonly nesteSteg: string;
  readonly samtykke: string;
}

export interface AgendaInput {
  readonly lang?: Lang;
  readonly school: SchoolInput;
  readonly date: DateInput;
  readonly made: DateInput;
  readonly deltakere?: string;
  readonly newSince: DateInput;
  readonly nye: readonly AgendaCaseInput[];
  readonly åpne: readonly AgendaCaseInput[];
}

export interface TiltaksplanEvaluationInput {
  readonly lang?: Lang;
  readonly school: SchoolInput;
  readonly skoleår: string;
  readonly date: DateInput;
  readonly deltakere?: string | readonly string[];
  readonly oppsummering?: string;
  readonly rows: readonly TiltaksplanRowInput[];
}

// ---------------------------------------------------------------------------------------------
// Words

const WORDS = {
  nb: {
    subDuty: {
      'følge med': 'følge med',
      'gripe inn': 'gripe inn',
      melde: 'melde fra',
      undersøke: 'undersøke',
      tiltak: 'sette inn tiltak',
      evaluering: 'evaluere',
    },
    verdict: { videreføre: 'Videreføres', endre: 'Endres', avslutte: 'Avsluttes', nytt: 'Nytt tiltak' },
    solved: { ja: 'Ja', nei: 'Nei', delvis: 'Delvis' },
    conclusion: {
      avslutte: 'Planen avsluttes.',
      videreføre: 'Planen videreføres, med endringene i tabellen over.',
      'ny plan': 'Det lages en ny aktivitetsplan.',
    },
    noExternalHelp: 'Ikke behov nå',
    noDocuments: 'Saken har ingen aktivitetsplaner eller evalueringer ennå.',
    documentType: {
      aktivitetsplan: 'Aktivitetsplan',
      evaluering: 'Evaluering av aktivitetsplan',
      'melding-skoleeier': 'Melding til skoleeier',
      dokumentasjon: 'Dokumentasjon av aktivitetsplikten',
      samarbeidsavtale: 'Samarbeidsavtale',
    },
    routineRunning: (d: string) => `pågår, startet ${d}`,
    routineEnded: (d: string) => (d ? `avsluttet (startet ${d})` : 'avsluttet'),
    noNewCases: 'Ingen nye saker.',
    noOpenCases: 'Ingen andre åpne saker.',
    from: 'fra',
    to: 'til',
    untilFurther: 'inntil videre',
    yes: 'Ja',
    skjerpetAnsatt: 'Ja: mistanke om at en ansatt har krenket en elev (opplæringslova § 12-5)',
    skjerpetLedelse: 'Ja: mistanke om at noen i skolens ledelse har krenket en elev (opplæringslova § 12-5)',
    grunnlag: {
      ansatt:
        'Skjerpet plikt til å melde fra (opplæringslova § 12-5): skolen har fått mistanke om eller kjennskap til at en ansatt har krenket en elev.',
      ledelse:
        'Skjerpet plikt til å melde fra (opplæringslova § 12-5): det er mistanke om eller kjennskap til at noen i skolens ledelse har krenket en elev. Meldingen går derfor direkte til skoleeier.',
      alvorlig: 'Alvorlig sak (opplæringslova § 12-4): rektor melder fra til skoleeier.',
    },
  },
  nn: {
    subDuty: {
      'følge med': 'følgje med',
      'gripe inn': 'gripe inn',
      melde: 'melde frå',
      undersøke: 'undersøkje',
      tiltak: 'setje inn tiltak',
      evaluering: 'evaluere',
    },
    verdict: { videreføre: 'Vidareførast', endre: 'Endrast', avslutte: 'Avsluttast', nytt: 'Nytt tiltak' },
    solved: { ja: 'Ja', nei: 'Nei', delvis: 'Delvis' },
    conclusion: {
      avslutte: 'Planen blir avslutta.',
      videreføre: 'Planen blir vidareført, med endringane i tabellen over.',
      'ny plan': 'Det blir laga ein ny aktivitetsplan.',
    },
    noExternalHelp: 'Ikkje behov no',
    noDocuments: 'Saka har ingen aktivitetsplanar eller evalueringar enno.',
    documentType: {
      aktivitetsplan: 'Aktivitetsplan',
      evaluering: 'Evaluering av aktivitetsplan',
      'melding-skoleeier': 'Melding til skoleeigar',
      dokumentasjon: 'Dokumentasjon av aktivitetsplikta',
      samarbeidsavtale: 'Samarbeidsavtale',
    },
    routineRunning: (d: string) => `pågår, starta ${d}`,
    routineEnded: (d: string) => (d ? `avslutta (starta ${d})` : 'avslutta'),
    noNewCases: 'Ingen nye saker.',
    noOpenCases: 'Ingen andre opne saker.',
    from: 'frå',
    to: 'til',
    untilFurther: 'inntil vidare',
    yes: 'Ja',
    skjerpetAnsatt: 'Ja: mistanke om at ein tilsett har krenkt ein elev (opplæringslova § 12-5)',
    skjerpetLedelse:
      'Ja: mistanke om at nokon i leiinga ved skolen har krenkt ein elev (opplæringslova § 12-5)',
    grunnlag: {
      ansatt:
        'Skjerpa plikt til å melde frå (opplæringslova § 12-5): skolen har fått mistanke om eller kjennskap til at ein tilsett har krenkt ein elev.',
      ledelse:
        'Skjerpa plikt til å melde frå (opplæringslova § 12-5): det er mistanke om eller kjennskap til at nokon i leiinga ved skolen har krenkt ein elev. Meldinga går difor direkte til skoleeigaren.',
      alvorlig: 'Alvorleg sak (opplæringslova § 12-4): rektor melder frå til skoleeigaren.',
    },
  },
} as const;

const LEVEL_LABEL: Record<MeasureLevel, string> = { individ: 'Individ', gruppe: 'Gruppe', system: 'System' };
const TILTAKSPLAN_LEVEL_LABEL: Record<TiltaksplanLevel, string> = {
  universelt: 'Universelt',
  selektert: 'Selektert',
  indikert: 'Indikert',
};
/** Row group of each sub-duty in the documentation template. */
const LOG_GROUP: Record<SubDuty, string> = {
  'følge med': 'LoggFølgeMed',
  'gripe inn': 'LoggGripeInn',
  melde: 'LoggMelde',
  undersøke: 'LoggUndersøke',
  tiltak: 'LoggTiltak',
  evaluering: 'LoggEvaluering',
};
const TILTAKSPLAN_GROUP: Record<TiltaksplanLevel, string> = {
  universelt: 'Universelt',
  selektert: 'Selektert',
  indikert: 'Indikert',
};

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The sub-duty of a label as people write it in the sheet (`Melde fra`, `undersøkje`, …), or null. */
export function parseSubDuty(text: string): SubDuty | null {
  const t = text.trim().toLowerCase();
  if (t.startsWith('følg')) return 'følge med';
  if (t.startsWith('grip')) return 'gripe inn';
  if (t.startsWith('meld') || t.startsWith('varsl')) return 'melde';
  if (t.startsWith('undersøk')) return 'undersøke';
  if (t.includes('tiltak')) return 'tiltak';
  if (t.startsWith('evaluer')) return 'evaluering';
  return null;
}

/** `Universelt nivå`, `selektert`, … to the level, or null. */
export function parseTiltaksplanLevel(text: string): TiltaksplanLevel | null {
  const t = text.trim().toLowerCase();
  if (t.startsWith('univers')) return 'universelt';
  if (t.startsWith('selekt')) return 'selektert';
  if (t.startsWith('indik')) return 'indikert';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Dates and times

const osloDateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: SCHOOL_TIME_ZONE,
  hourCycle: 'h23',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function isValidDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/** The Oslo calendar day of a date input, or null when it is empty or free text. */
export function toLocalDate(value: DateInput): LocalDate | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return isValidDate(value) ? localDateOf(value) : null;
  return parseNorwegianOrIso(value);
}

/** `dd.mm.yyyy`; free text (e.g. "uke 40") is kept as typed; nothing gives ''. */
export function formatDate(value: DateInput): string {
  const date = toLocalDate(value);
  if (date) return formatNorwegian(date);
  return typeof value === 'string' ? value.trim() : '';
}

/** `HH:MM:SS` in Oslo. Some engines write midnight as 24 even with h23; normalise it. */
function osloClock(instant: Date): string {
  const p = osloDateTime.formatToParts(instant);
  const get = (t: string) => p.find((x) => x.type === t)?.value ?? '00';
  const hour = get('hour') === '24' ? '00' : get('hour');
  return `${hour}:${get('minute')}:${get('second')}`;
}

/** `dd.mm.yyyy kl. HH:MM` in Europe/Oslo. */
export function formatDateTime(instant: Date): string {
  if (!isValidDate(instant)) return '';
  return `${formatNorwegian(localDateOf(instant))} kl. ${osloClock(instant).slice(0, 5)}`;
}

/** `9.5`, `09:05`, `kl. 14.30` to `HH:MM`, or null. */
function normaliseClock(text: string | undefined): string | null {
  const m = /(\d{1,2})[:.](\d{2})/.exec(text ?? '');
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** Display text and a sort key (`YYYY-MM-DD HH:MM:SS`, '' for a date without a time) of a log time. */
function logTime(time: LogEntryInput['time']): { text: string; key: string } {
  if (time instanceof Date) {
    if (!isValidDate(time)) return { text: '', key: '' };
    return { text: formatDateTime(time), key: `${localDateOf(time)} ${osloClock(time)}` };
  }
  const date = parseLocalDate(time.date);
  if (!date) return { text: String(time.date), key: '' };
  const clock = normaliseClock(time.time);
  if (clock) return { text: `${formatNorwegian(date)} kl. ${clock}`, key: `${date} ${clock}:00` };
  // A time we cannot read is still shown, but sorts at the start of its day.
  const typed = time.time?.trim();
  return { text: typed ? `${formatNorwegian(date)} ${typed}` : formatNorwegian(date), key: `${date} ` };
}

function period(fra: DateInput, til: DateInput, lang: Lang): string {
  const a = formatDate(fra);
  const b = formatDate(til);
  if (a && b) return `${a}–${b}`;
  if (a) return `${WORDS[lang].from} ${a}`;
  if (b) return `${WORDS[lang].to} ${b}`;
  return '';
}

/** Sorts by key, keeping input order for equal keys; unknown dates ('' key) go last. */
function sortByKey<T>(items: readonly T[], key: (item: T) => string): T[] {
  return items
    .map((item, index) => ({ item, index, k: key(item) }))
    .sort((a, b) => {
      if (a.k === '' || b.k === '') return a.k === b.k ? a.index - b.index : a.k === '' ? 1 : -1;
      return a.k < b.k ? -1 : a.k > b.k ? 1 : a.index - b.index;
    })
    .map((x) => x.item);
}

// ---------------------------------------------------------------------------------------------
// Shared pieces

const text = (value: string | undefined | null): string => (value ?? '').replace(/\r\n?/g, '\n').trim();
const list = (value: string | readonly string[] | undefined): string =>
  typeof value === 'string'
    ? text(value)
    : (value ?? [])
        .map((v) => text(v))
        .filter((v) => v !== '')
        .join(', ');

function caseSingles(input: { school: SchoolInput; case: CaseInput }): Record<string, string> {
  const c = input.case;
  return {
    Skole: text(input.school.navn),
    Rektor: text(input.school.rektor),
    Elev: text(c.elev),
    Klasse: text(c.klasse),
    Saksnr: text(c.saksnr),
    Kategori: list(c.kategori),
    Meldt: formatDate(c.meldt),
    RektorKjent: formatDate(c.rektorKjent),
    Ansvarlig: who(input.school, c.ansvarlig),
    StatsforvalterFra: statsforvalterFra(c),
  };
}

/** §12-6: the family may go to Statsforvalteren a week after rektor knew; the register's date wins. */
function statsforvalterFra(c: Pick<CaseInput, 'frister' | 'rektorKjent'>): string {
  const given = formatDate(c.frister?.statsforvalterFra);
  if (given) return given;
  const known = toLocalDate(c.rektorKjent);
  return known ? formatNorwegian(addDays(known, 7)) : '';
}

function measureRow(m: MeasureInput, lang: Lang, school: SchoolInput): Record<string, string> {
  return {
    Beskrivelse: text(m.tiltak),
    Nivå: m.nivå ? LEVEL_LABEL[m.nivå] : '',
    Hvem: who(school, m.hvem),
    Fra: formatDate(m.fra),
    Til: formatDate(m.til),
    Periode: period(m.fra, m.til, lang),
    Evalueringsdato: formatDate(m.evalueringsdato),
    Status: text(m.status),
    Vurdering: m.vurdering ? WORDS[lang].verdict[m.vurdering] : '',
    Kommentar: text(m.kommentar),
  };
}

/**
 * Keeps exactly the catalogue's names for `kind` (missing ones become empty, unknown ones are a
 * programming error) and derives the section flags.
 */
function finish(
  kind: DocumentKind,
  singles: Record<string, string>,
  groups: Record<string, Record<string, string>[]>,
): DocumentValues {
  const cat = CATALOGUE[kind];
  const out: DocumentValues = { singles: {}, groups: {}, sections: {} };
  for (const name of Object.keys(singles)) {
    if (!has(cat.singles, name)) throw new Error(`${kind}: no placeholder ${name}`);
  }
  for (const name of Object.keys(groups)) {
    if (!has(cat.groups, name)) throw new Error(`${kind}: no row group ${name}`);
  }
  for (const name of Object.keys(cat.singles)) {
    const value = singles[name] ?? '';
    out.singles[name] = value;
    out.sections[name] = value.trim() !== '';
  }
  for (const [name, group] of Object.entries(cat.groups)) {
    const fields = Object.keys(group.fields);
    const rows = (groups[name] ?? []).map((row) => {
      const r: Record<string, string> = {};
      for (const f of fields) r[f] = row[f] ?? '';
      return r;
    });
    out.groups[name] = rows;
    out.sections[name] = rows.length > 0;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Builders

/**
 * «Gjennomføringsperiode»: from the first start to the last end; when a measure runs on without an end,
 * the plan says so ("fra 20.11.2026, inntil videre") rather than end at the last dated measure.
 */
function implementationPeriod(measures: readonly MeasureInput[], lang: Lang): string {
  const froms = measures.map((m) => toLocalDate(m.fra)).filter((d): d is LocalDate => d !== null);
  const tos = measures.map((m) => toLocalDate(m.til)).filter((d): d is LocalDate => d !== null);
  const first = froms.sort()[0];
  const last = tos.sort()[tos.length - 1];
  const openEnded = measures.some((m) => toLocalDate(m.til) === null);
  if (openEnded)
    return first ? `${WORDS[lang].from} ${formatNorwegian(first)}, ${WORDS[lang].untilFurther}` : '';
  return first || last ? period(first, last, lang) : '';
}

export function planValues(input: PlanInput): DocumentValues {
  const lang = input.lang ?? 'nb';
  const evals = input.measures
    .map((m) => toLocalDate(m.evalueringsdato))
    .filter((d): d is LocalDate => d !== null);
  const evaluation = formatDate(input.evalueringsdato) || (evals.sort()[0] ? formatNorwegian(evals[0]!) : '');
  const owners = [...new Set(input.measures.map((m) => who(input.school, m.hvem)).filter((h) => h !== ''))];

  return finish(
    'aktivitetsplan',
    {
      ...caseSingles(input),
      Dato: formatDate(input.date),
      Ansvarlig: who(input.school, input.ansvarlig) || who(input.school, input.case.ansvarlig),
      ForrigePlan: formatDate(input.forrigePlan),
      Problem: text(input.problem),
      Undersøkelsen: text(input.undersøkelsen),
      Gjennomføringsperiode: implementationPeriod(input.measures, lang),
      Gjennomføring: text(input.gjennomføring),
      TiltakAnsvarlige: owners.join(', '),
      Evalueringsdato: evaluation,
      ElevensBeskrivelse: text(input.elevensBeskrivelse),
      ElevensØnsker: text(input.elevensØnsker),
      ForesattesSyn: text(input.foresattesSyn),
      BarnetsBeste: text(input.barnetsBeste),
      Merknader: text(input.merknader),
      AndreEleverIkkeNavngitt: input.navnBeholdt ? '' : WORDS[lang].yes,
    },
    { Tiltak: input.measures.map((m) => measureRow(m, lang, input.school)) },
  );
}

/** A service that means barnevernet, in either language ("Barnevernstjenesten", "barnevernstenesta"). */
export function isBarnevern(service: string): boolean {
  return /barnevern/i.test(service);
}

export function evaluationValues(input: EvaluationInput): DocumentValues {
  const lang = input.lang ?? 'nb';
  const w = WORDS[lang];
  const help =
    input.eksternHjelp === undefined
      ? ''
      : input.eksternHjelp.length === 0
        ? w.noExternalHelp
        : list(input.eksternHjelp.filter((s) => !isBarnevern(s)));
  const helpComment = text(input.eksternHjelpKommentar);
  const { Kategori: _k, Meldt: _m, RektorKjent: _r, StatsforvalterFra: _s, ...common } = caseSingles(input);
  return finish(
    'evaluering',
    {
      ...common,
      Dato: formatDate(input.date),
      PlanDato: formatDate(input.planDato),
      Deltakere: list(input.deltakere),
      ElevensOpplevelse: text(input.elevensOpplevelse),
      ForesattesSyn: text(input.foresattesSyn),
      ProblemetLøst: input.problemetLøst ? w.solved[input.problemetLøst] : '',
      Begrunnelse: text(input.begrunnelse),
      Konklusjon: input.konklusjon ? w.conclusion[input.konklusjon] : '',
      NesteEvaluering: formatDate(input.nesteEvaluering),
      EksternHjelp: [help, helpComment].filter((s) => s !== '').join('. '),
      Oppfølging: text(input.oppfølging),
    },
    { Tiltak: input.measures.map((m) => measureRow(m, lang, input.school)) },
  );
}

export function documentationValues(input: DocumentationInput): DocumentValues {
  const lang = input.lang ?? 'nb';
  const w = WORDS[lang];
  const c = input.case;

  // Group in the law's order, each group in time order; a Date and a typed time compare alike.
  const timed = input.log.map((entry) => ({ entry, ...logTime(entry.time) }));
  const groups: Record<string, Record<string, string>[]> = { Logg: [] };
  const empty: string[] = [];
  for (const duty of SUB_DUTIES) {
    const rows = sortByKey(
      timed.filter((t) => t.entry.subDuty === duty),
      (t) => t.key,
    ).map((t) => ({
      Delplikt: capitalise(w.subDuty[duty]),
      Tidspunkt: t.text,
      Hvem: who(input.school, t.entry.user),
      Hendelse: text(t.entry.event),
      Detaljer: text(t.entry.details),
    }));
    groups[LOG_GROUP[duty]] = rows.map(({ Delplikt: _d, ...rest }) => rest);
    groups['Logg']!.push(...rows);
    if (rows.length === 0) empty.push(w.subDuty[duty]);
  }

  const documents = sortByKey(input.documents ?? [], (d) => toLocalDate(d.date) ?? '');
  groups['Dokument'] = documents.map((d) => ({
    Type: w.documentType[d.type],
    Dato: formatDate(d.date),
    Tittel: text(d.title),
    // Kept for schools' own templates that still have the column: empty, never a Drive link.
    Lenke: '',
  }));
  groups['Tiltak'] = (input.measures ?? []).map((m) => measureRow(m, lang, input.school));
  groups['PålagteTiltak'] = (input.measures ?? [])
    .filter((m) => isImposed(m.kilde))
    .map((m) => ({ Beskrivelse: text(m.tiltak), Frist: formatDate(m.til), Status: text(m.status) }));
  const sf = c.statsforvalter;
  const statsforvalter = {
    StatsforvalterMeldt: formatDate(sf?.meldt),
    StatsforvalterFrist: formatDate(sf?.frist),
    StatsforvalterSendt: formatDate(sf?.sendt),
    StatsforvalterVedtak: formatDate(sf?.vedtak),
  };
  // The absence routine's own steps, in time order (they also stand under their sub-duty above).
  groups['LoggFravær'] = sortByKey(
    timed.filter((t) => isAbsenceEvent(t.entry.event)),
    (t) => t.key,
  ).map((t) => ({
    Tidspunkt: t.text,
    Hvem: who(input.school, t.entry.user),
    Hendelse: text(t.entry.event),
    Detaljer: text(t.entry.details),
  }));
  const consents = consentsWithoutBarnevern(c.samtykke);
  const parents = {
    ForesatteInformert: formatDate(c.foresatteInformert),
    PlanGittForesatte: formatDate(c.planGittForesatte),
    EvalueringGittForesatte: formatDate(c.evalueringGittForesatte),
    Samtykke: consents,
  };
  const routineFrom = formatDate(c.fravaerFra);
  const routine =
    c.fravaer === 'Pågår'
      ? w.routineRunning(routineFrom)
      : c.fravaer === 'Avsluttet'
        ? w.routineEnded(routineFrom)
        : '';

  return finish(
    'dokumentasjon',
    {
      ...caseSingles(input),
      MeldtAv: who(input.school, c.meldtAv),
      Status: text(c.status),
      Skjerpet: c.ledelseInvolvert ? w.skjerpetLedelse : c.ansattInvolvert ? w.skjerpetAnsatt : '',
      Beskrivelse: text(c.beskrivelse),
      FristUndersøkelse: formatDate(c.frister?.undersøkelse),
      FristAktivitetsplan: formatDate(c.frister?.aktivitetsplan),
      NesteEvaluering: formatDate(c.frister?.nesteEvaluering),
      Avsluttet: formatDate(c.avsluttet),
      Dato: formatDate(input.date),
      DelplikterUtenHendelser: empty.join(', '),
      IngenDokumenter: documents.length === 0 ? w.noDocuments : '',
      ...statsforvalter,
      Statsforvalteren: Object.values(statsforvalter).some((v) => v !== '') ? w.yes : '',
      ...parents,
      Foresatte: Object.values(parents).some((v) => v !== '') ? w.yes : '',
      Fraværsrutine: routine,
    },
    groups,
  );
}

/** «PPT 15.09.2026; BUP 16.09.2026» without barnevernet, which no document about the case names. */
function consentsWithoutBarnevern(cell: string | undefined): string {
  return text(cell)
    .split(/\s*;\s*/)
    .filter((part) => part !== '' && !isBarnevern(part))
    .join('; ');
}

/** Log events of the absence routine (either language) and the samarbeidsavtale made under it. */
export function isAbsenceEvent(event: string): boolean {
  return (
    /^(?:Fraværsrutinen|Fråværsrutinen)\b/.test(event.trim()) || event.trim() === 'Samarbeidsavtale laget'
  );
}

/**
 * The samarbeidsavtale of the absence routine (the source's «samarbeidskontrakt med eleven»,
 * 000:1978-1984): what the school, the home and the student each do, and when they meet again.
 * Barnevernet never appears: the agreement goes home.
 */
export function agreementValues(input: AgreementInput): DocumentValues {
  const c = input.case;
  return finish(
    'samarbeidsavtale',
    {
      Skole: text(input.school.navn),
      Rektor: text(input.school.rektor),
      Elev: text(c.elev),
      Klasse: text(c.klasse),
      Saksnr: text(c.saksnr),
      Dato: formatDate(input.date),
      Ansvarlig: who(input.school, input.ansvarlig) || who(input.school, c.ansvarlig),
      Deltakere: list(input.deltakere),
      Fraværsbilde: text(input.fraværsbilde),
      Mål: text(input.mål),
      ElevensBeskrivelse: text(input.elevensBeskrivelse),
      ForesattesSyn: text(input.foresattesSyn),
      SkolensAnsvar: text(input.skolensAnsvar),
      HjemmetsAnsvar: text(input.hjemmetsAnsvar),
      ElevensAnsvar: text(input.elevensAnsvar),
      NesteOppfølging: formatDate(input.nesteOppfølging),
      Oppfølging: text(input.oppfølging),
      Aktivitetsplan: formatDate(input.aktivitetsplan),
      Merknader: text(input.merknader),
    },
    {
      Samarbeid: (input.samarbeid ?? [])
        .filter((s) => !isBarnevern(s.tjeneste))
        .map((s) => ({ Tjeneste: text(s.tjeneste), Samtykke: formatDate(s.samtykke) })),
    },
  );
}

/** The resource team's agenda: new cases, then the other open ones (the caller anonymises). */
export function agendaValues(input: AgendaInput): DocumentValues {
  const w = WORDS[input.lang ?? 'nb'];
  const row = (a: AgendaCaseInput) => ({
    Saksnr: text(a.saksnr),
    Elev: text(a.elev),
    Klasse: text(a.klasse),
    Kategori: text(a.kategori),
    Status: text(a.status),
    Frister: text(a.frister),
    NesteSteg: text(a.nesteSteg),
    Samtykke: text(a.samtykke),
  });
  return finish(
    'sakliste-ressursteam',
    {
      Skole: text(input.school.navn),
      Dato: formatDate(input.date),
      Laget: formatDate(input.made),
      Deltakere: text(input.deltakere),
      NyeSiden: formatDate(input.newSince),
      IngenNye: input.nye.length === 0 ? w.noNewCases : '',
      IngenÅpne: input.åpne.length === 0 ? w.noOpenCases : '',
    },
    { NyeSaker: input.nye.map(row), ÅpneSaker: input.åpne.map(row) },
  );
}

export function skoleeierValues(input: SkoleeierInput): DocumentValues {
  const w = WORDS[input.lang ?? 'nb'];
  return finish(
    'melding-skoleeier',
    {
      Skole: text(input.school.navn),
      Rektor: text(input.school.rektor),
      Saksnr: text(input.case.saksnr),
      Dato: formatDate(input.date),
      Grunnlag: w.grunnlag[input.grunnlag],
      Meldt: formatDate(input.case.meldt),
      RektorKjent: formatDate(input.case.rektorKjent),
      HvaSkjedde: text(input.hvaSkjedde),
      AnsattRolle: text(input.ansattRolle),
      AnsattInformert: text(input.ansattInformert),
      Strakstiltak: text(input.strakstiltak),
      // Who gives skoleeier the details: never the rektor when the leadership is the one suspected.
      GjelderLedelsen: input.grunnlag === 'ledelse' ? w.yes : '',
      OpplysningerFraRektor: input.grunnlag === 'ledelse' ? '' : w.yes,
      SkolensTiltak: text(input.skolensTiltak),
      VidereOppfølging: text(input.videreOppfølging),
      Avsender: who(input.school, input.avsender) || text(input.school.rektor),
    },
    {},
  );
}

export function tiltaksplanEvaluationValues(input: TiltaksplanEvaluationInput): DocumentValues {
  const row = (r: TiltaksplanRowInput) => ({
    Mål: text(r.mål),
    Tiltak: text(r.tiltak),
    Ansvarlig: text(r.ansvarlig),
    KritiskSuksessfaktor: text(r.kritiskSuksessfaktor),
    Oppstart: text(r.oppstart),
    Resultatmål: text(r.resultatmål),
    Evaluering: text(r.evaluering),
    VidereArbeid: text(r.videreArbeid),
  });
  const groups: Record<string, Record<string, string>[]> = { Tiltaksplan: [] };
  for (const level of TILTAKSPLAN_LEVELS) {
    const rows = input.rows.filter((r) => r.nivå === level).map(row);
    groups[TILTAKSPLAN_GROUP[level]] = rows;
    groups['Tiltaksplan']!.push(...rows.map((r) => ({ Nivå: TILTAKSPLAN_LEVEL_LABEL[level], ...r })));
  }
  return finish(
    'evaluering-tiltaksplan',
    {
      Skole: text(input.school.navn),
      Skoleår: text(input.skoleår),
      Dato: formatDate(input.date),
      Deltakere: list(input.deltakere),
      Oppsummering: text(input.oppsummering),
    },
    groups,
  );
}
