// The municipal report's tabs: per school and for the whole municipality, suppression kept (the schools'
// «<5» and «skjult» as published, municipal totals as intervals).
import { CASE_STATUSES } from '../../src/domain/cases/lifecycle';
import { CATEGORIES } from '../../src/domain/intake/questions';
import {
  formatInterval,
  formatShare,
  type Interval,
  type MunicipalFigures,
} from '../../src/domain/stats/aggregate';
import { AGE_BANDS, type AnonymisedFigures, schoolYearMonths } from '../../src/domain/stats/anonymised';
import type { Shown } from '../../src/domain/stats/suppression';
import type { SchoolFigures } from './readFigures';

export type Cell = string | number;
export interface Tab {
  title: string;
  values: Cell[][];
}

export const TAB_TITLES = [
  'Oversikt',
  'Per skole',
  'Kategorier',
  'Måneder',
  'Status',
  'Åpne saker',
  'Om tallene',
] as const;

const MONTHS = ['aug', 'sep', 'okt', 'nov', 'des', 'jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul'];
const AGE_LABELS = ['0–7 dager', '8–30 dager', '31–90 dager', '91–180 dager', 'over 180 dager'];

const cell = (v: Shown | number | null | string): Cell => (v === null ? '' : v);
const total = (i: Interval): Cell => formatInterval(i);
const share = (v: number | 'skjult' | null): Cell => (typeof v === 'number' ? `${v} %` : cell(v));

function status(s: SchoolFigures, year: number): string {
  if (s.read.kind === 'waiting') return 'Venter på «Sett opp / reparer»';
  if (s.read.kind === 'invalid') return `Kan ikke leses (${s.read.reason})`;
  if (s.read.figures.schoolYear !== year)
    return `Tall for skoleåret ${s.read.figures.schoolYear}–${s.read.figures.schoolYear + 1}`;
  return '';
}

export function municipalTabs(
  schools: readonly SchoolFigures[],
  m: MunicipalFigures,
  meta: { made: string; missing: readonly string[] },
): Tab[] {
  const year = m.schoolYear;
  const sorted = [...schools].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  const counted = (s: SchoolFigures): AnonymisedFigures | null =>
    s.read.kind === 'figures' && s.read.figures.schoolYear === year ? s.read.figures : null;
  const perSchool = <T extends Cell[]>(pick: (f: AnonymisedFigures) => T, width: number): Cell[][] =>
    sorted.map((s) => {
      const f = counted(s);
      return [s.name, ...(f ? pick(f) : Array<Cell>(width).fill('')), status(s, year)];
    });

  const d = m.deadlines;
  const overview: Cell[][] = [
    ['Skolemiljø – rapport til skoleeier'],
    ['Skoleår', `${year}–${year + 1}`],
    ['Laget', meta.made],
    ['Skoler med tall for skoleåret', `${m.schools} av ${schools.length + meta.missing.length}`],
    [],
    ['Kommunen samlet', 'Antall'],
    ['Saker meldt i skoleåret', total(m.reported)],
    ['§ 12-5: en ansatt har krenket en elev', total(m.serious)],
    ['Åpne saker', total(m.open)],
    ['Frist for undersøkelse holdt', formatShare(d.investigation.sharePercent)],
    ['Frist for aktivitetsplan holdt', formatShare(d.plan.sharePercent)],
    ['Median dager fra melding til plan (median av skolenes medianer)', cell(m.medianOfMedians)],
    [],
    [
      '«<5» betyr 1–4. «skjult» er holdt tilbake for å beskytte et lite tall. Et spenn (for eksempel «412–431»)',
    ],
    ['eller «minst 412» betyr at kommunens sum inneholder skjulte tall fra skolene. Se fanen «Om tallene».'],
  ];
  if (meta.missing.length > 0) overview.push([], ['Skoler uten rapportark', meta.missing.join(', ')]);

  const schoolRow = (f: AnonymisedFigures): Cell[] => [
    cell(f.reported),
    cell(f.serious),
    cell(f.open),
    cell(f.deadlines.investigation.met),
    cell(f.deadlines.investigation.missed),
    share(f.deadlines.investigation.sharePercent),
    cell(f.deadlines.plan.met),
    cell(f.deadlines.plan.missed),
    share(f.deadlines.plan.sharePercent),
    cell(f.medianDaysToPlan),
    f.asOfMonth,
  ];
  const perSchoolTab: Cell[][] = [
    [
      'Skole',
      'Saker',
      '§ 12-5',
      'Åpne',
      'Undersøkelse i tide',
      'Undersøkelse for sent',
      'Undersøkelse i tide (%)',
      'Plan i tide',
      'Plan for sent',
      'Plan i tide (%)',
      'Median dager til plan',
      'Tall per',
      'Merknad',
    ],
    ...perSchool(schoolRow, 11),
    [
      'Kommunen',
      total(m.reported),
      total(m.serious),
      total(m.open),
      total(d.investigation.met),
      total(d.investigation.missed),
      formatShare(d.investigation.sharePercent),
      total(d.plan.met),
      total(d.plan.missed),
      formatShare(d.plan.sharePercent),
      cell(m.medianOfMedians),
      '',
      '',
    ],
  ];

  const table = (
    title: string,
    headers: readonly string[],
    pick: (f: AnonymisedFigures) => Cell[],
    totals: Cell[],
  ): Tab => ({
    title,
    values: [
      ['Skole', ...headers, 'Merknad'],
      ...perSchool(pick, headers.length),
      ['Kommunen', ...totals, ''],
    ],
  });

  return [
    { title: 'Oversikt', values: overview },
    { title: 'Per skole', values: perSchoolTab },
    table(
      'Kategorier',
      CATEGORIES,
      (f) => CATEGORIES.map((c) => cell(f.byCategory[c])),
      CATEGORIES.map((c) => total(m.byCategory[c])),
    ),
    table(
      'Måneder',
      schoolYearMonths(year).map((ym, i) => `${MONTHS[i]} ${ym.slice(0, 4)}`),
      (f) => f.byMonth.map(cell),
      m.byMonth.map(total),
    ),
    table(
      'Status',
      CASE_STATUSES,
      (f) => CASE_STATUSES.map((s) => cell(f.byStatus[s])),
      CASE_STATUSES.map((s) => total(m.byStatus[s])),
    ),
    table(
      'Åpne saker',
      AGE_LABELS,
      (f) => AGE_BANDS.map((b) => cell(f.openByAge[b.key])),
      AGE_BANDS.map((b) => total(m.openByAge[b.key])),
    ),
    { title: 'Om tallene', values: ABOUT.map((line) => [line]) },
  ];
}

const ABOUT = [
  'Om tallene',
  '',
  'Hver skole regner ut sine egne anonymiserte tall hver natt og skriver dem i et eget rapportark som er delt med skoleeier.',
  'Skoleeier leser bare disse rapportarkene, aldri skolens saksregister. Tallene har ingen navn, klasser, fritekst eller datoer',
  '(bare måneder).',
  '',
  'Små tall: Et antall fra 1 til 4 vises som «<5». Skolen skjuler i tillegg («skjult») de tallene som ellers kunne brukes til å',
  'regne ut et «<5»-tall, for eksempel ved å trekke de andre månedene fra årets sum. Skolen kontrollerer dette med alle',
  'sammenhengene mellom tallene (summer og «høyst»), ikke bare summene.',
  '',
  'Kommunens summer regnes bare ut fra de publiserte tallene. Et «<5» teller som 1–4 og et «skjult» tall som det skolens egne',
  'tall tillater. Summen vises derfor som et eksakt tall bare når alle skolenes tall er eksakte, ellers som et spenn',
  '(«412–431») eller «minst 412». Å trekke de andre skolene fra kommunens sum gir aldri et eksakt lite tall for en skole.',
  '',
  'Kategorier: En sak kan gjelde flere kategorier, så kategoriene summerer seg ikke til antall saker.',
  'Status: sakens status nå, for saker meldt i skoleåret. Åpne saker: alle saker som ikke er avsluttet, uansett når de ble meldt,',
  'etter alder regnet fra meldingen.',
  'Frister: holdt betyr gjort senest på fristdagen; ikke holdt betyr gjort etter fristen eller ikke gjort og fristen er passert.',
  '§ 12-5: bare antallet saker der en ansatt skal ha krenket en elev. Meldinger om skolens ledelse går ikke gjennom skolen,',
  'men til skoleeiers eget skjema, og er ikke med her.',
];
