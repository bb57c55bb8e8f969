/**
 * The fixed, versioned sheet layout of a school's anonymised figures: the contract between the school's
 * report spreadsheet (written by the school's script) and the municipality's `report` command.
 *
 * Sheet `Tall`, columns A–C, one figure per row: A a stable ASCII key, B the value, C a Norwegian label
 * for people. Only A and B are read. Row 1 is the format marker; the rows are always the same keys in the
 * same order, padded with empty rows to FIGURES_ROW_COUNT so one write replaces a previous version.
 * Values are numbers, «<5», «skjult» or empty (not applicable). Keys were chosen so that Sheets never reads
 * them as numbers or dates; the writer still writes every text cell as text.
 */
import { CASE_STATUSES, type CaseStatus } from '../cases/lifecycle';
import { CATEGORIES, type Category } from '../intake/questions';
import {
  AGE_BANDS,
  type AgeBand,
  type AnonymisedFigures,
  DEADLINE_STEPS,
  type DeadlineStep,
  type StepFigures,
  schoolYearMonths,
} from './anonymised';
import { HIDDEN, type Shown, SMALL } from './suppression';

export const FIGURES_SHEET = 'Tall';
export const FIGURES_LAYOUT_VERSION = 1;
export const FIGURES_ROW_COUNT = 60;
/** The one range the municipality reads from a school's report spreadsheet. */
export const FIGURES_RANGE = `'${FIGURES_SHEET}'!A1:C${FIGURES_ROW_COUNT}`;
const MARKER = 'skolemiljo-tall';

export type Cell = string | number;
export type Row = [Cell, Cell, Cell];

const CATEGORY_KEYS: Record<Category, string> = {
  Mobbing: 'mobbing',
  'Krenkelser (rasisme, seksuell trakassering, hatefulle ytringer)': 'krenkelser',
  Vold: 'vold',
  Utestenging: 'utestenging',
  'Digital mobbing': 'digital_mobbing',
  'Fravær eller skolevegring': 'fravaer_skolevegring',
  'Psykisk helse og trivsel': 'psykisk_helse',
  Annet: 'annet',
};
const STEP_KEYS: Record<DeadlineStep, { key: string; label: string }> = {
  investigation: { key: 'undersokelse', label: 'undersøkelse startet' },
  plan: { key: 'plan', label: 'aktivitetsplan' },
};
const MONTH_NAMES = [
  'august',
  'september',
  'oktober',
  'november',
  'desember',
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
];
const STATUS_KEYS: Record<CaseStatus, string> = {
  Meldt: 'meldt',
  Undersøkes: 'undersokes',
  Aktivitetsplan: 'aktivitetsplan',
  Evalueres: 'evalueres',
  Avsluttet: 'avsluttet',
};
const STATUS_KEY = (s: CaseStatus) => STATUS_KEYS[s];
const AGE_LABEL: Record<AgeBand, string> = {
  '0_7': '0–7 dager',
  '8_30': '8–30 dager',
  '31_90': '31–90 dager',
  '91_180': '91–180 dager',
  over_180: 'over 180 dager',
};

export interface FiguresMeta {
  /** The school's Skolemiljø version, for the municipality's overview; text. */
  version?: string;
}

/** The rows to write, A1:C{FIGURES_ROW_COUNT}. */
export function figuresToRows(f: AnonymisedFigures, meta: FiguresMeta = {}): Row[] {
  const [year, month] = f.asOfMonth.split('-').map(Number) as [number, number];
  const rows: Row[] = [
    [
      MARKER,
      FIGURES_LAYOUT_VERSION,
      'Skolemiljø: anonymiserte tall til skoleeier. Skrives av skolens skript; ikke rediger.',
    ],
    ['skoleaar', f.schoolYear, `Skoleåret ${f.schoolYear}–${f.schoolYear + 1} (1. august–31. juli)`],
    ['per_maaned', year * 100 + month, `Tallene gjelder per ${MONTH_NAMES[(month + 4) % 12]} ${year}`],
    ['versjon', meta.version ?? '', 'Skolemiljø-versjon'],
    ['saker', f.reported, 'Saker meldt i skoleåret'],
    ...f.byMonth.map((v, i): Row => [`maaned_${i + 1}`, v, `Meldt i ${MONTH_NAMES[i]}`]),
    ...CASE_STATUSES.map((s): Row => [`status_${STATUS_KEY(s)}`, f.byStatus[s], `Status nå: ${s}`]),
    ...CATEGORIES.map((c): Row => [`kategori_${CATEGORY_KEYS[c]}`, f.byCategory[c], `Gjelder: ${c}`]),
    ['paragraf_12_5', f.serious, '§ 12-5: en ansatt har krenket en elev (bare antall)'],
    ...DEADLINE_STEPS.flatMap((s): Row[] => {
      const { key, label } = STEP_KEYS[s];
      const d = f.deadlines[s];
      return [
        [`frist_${key}_innen`, d.met, `Frist for ${label}: holdt`],
        [`frist_${key}_etter`, d.missed, `Frist for ${label}: ikke holdt`],
        [`frist_${key}_andel`, d.sharePercent ?? '', `Frist for ${label}: prosent holdt`],
      ];
    }),
    ['median_dager_til_plan', f.medianDaysToPlan ?? '', 'Median dager fra melding til aktivitetsplan'],
    ['aapne', f.open, 'Åpne saker nå'],
    ...AGE_BANDS.map(
      (b): Row => [`aapne_${b.key}`, f.openByAge[b.key], `Åpne saker, ${AGE_LABEL[b.key]} siden melding`],
    ),
  ];
  while (rows.length < FIGURES_ROW_COUNT) rows.push(['', '', '']);
  return rows;
}

/** The rows a report spreadsheet holds before the school has run «Sett opp / reparer». */
export function waitingRows(): Row[] {
  const rows: Row[] = [[MARKER, FIGURES_LAYOUT_VERSION, 'Venter på at skolen kjører «Sett opp / reparer».']];
  while (rows.length < FIGURES_ROW_COUNT) rows.push(['', '', '']);
  return rows;
}

export type ReadFigures =
  | { kind: 'figures'; figures: AnonymisedFigures; version: string }
  | { kind: 'waiting' }
  | { kind: 'invalid'; reason: string };

/** Reads the sheet's values (A and B are enough; formatted or unformatted values both work). */
export function rowsFromSheet(values: readonly (readonly unknown[])[] | null | undefined): ReadFigures {
  const rows = values ?? [];
  const first = rows[0];
  if (!first || String(first[0] ?? '').trim() !== MARKER)
    return { kind: 'invalid', reason: 'mangler formatmerket' };
  const format = Number(first[1]);
  if (format !== FIGURES_LAYOUT_VERSION)
    return { kind: 'invalid', reason: `ukjent format ${String(first[1] ?? '')}` };
  const byKey = new Map<string, unknown>();
  for (const r of rows.slice(1)) {
    const key = String(r[0] ?? '').trim();
    if (key) byKey.set(key, r[1]);
  }
  if (!byKey.has('saker')) return { kind: 'waiting' };

  const problems: string[] = [];
  const count = (key: string): Shown => {
    const raw = byKey.get(key);
    const text = String(raw ?? '').trim();
    if (text === SMALL || text === HIDDEN) return text;
    const n = typeof raw === 'number' ? raw : Number(text.replace(/\s/g, ''));
    if (text === '' || !Number.isInteger(n) || n < 0 || (n >= 1 && n <= 4)) {
      // An exact 1–4 would be a school's leak: never pass it on.
      problems.push(key);
      return HIDDEN;
    }
    return n;
  };
  const optional = (key: string): number | typeof HIDDEN | null => {
    const raw = byKey.get(key);
    const text = String(raw ?? '').trim();
    if (text === '') return null;
    if (text === HIDDEN) return HIDDEN;
    const n = typeof raw === 'number' ? raw : Number(text.replace(',', '.'));
    if (!Number.isFinite(n)) {
      problems.push(key);
      return HIDDEN;
    }
    return n;
  };
  const step = (s: DeadlineStep): StepFigures => {
    const k = STEP_KEYS[s].key;
    return {
      met: count(`frist_${k}_innen`),
      missed: count(`frist_${k}_etter`),
      sharePercent: optional(`frist_${k}_andel`),
    };
  };

  const schoolYear = Number(byKey.get('skoleaar'));
  const perMonth = Number(byKey.get('per_maaned'));
  if (!Number.isInteger(schoolYear) || !Number.isInteger(perMonth))
    return { kind: 'invalid', reason: 'mangler skoleår eller måned' };
  const figures: AnonymisedFigures = {
    schoolYear,
    asOfMonth: `${Math.floor(perMonth / 100)}-${String(perMonth % 100).padStart(2, '0')}`,
    reported: count('saker'),
    byMonth: schoolYearMonths(schoolYear).map((_, i) => count(`maaned_${i + 1}`)),
    byStatus: Object.fromEntries(CASE_STATUSES.map((s) => [s, count(`status_${STATUS_KEY(s)}`)])) as Record<
      CaseStatus,
      Shown
    >,
    byCategory: Object.fromEntries(
      CATEGORIES.map((c) => [c, count(`kategori_${CATEGORY_KEYS[c]}`)]),
    ) as Record<Category, Shown>,
    serious: count('paragraf_12_5'),
    deadlines: { investigation: step('investigation'), plan: step('plan') },
    medianDaysToPlan: optional('median_dager_til_plan'),
    open: count('aapne'),
    openByAge: Object.fromEntries(AGE_BANDS.map((b) => [b.key, count(`aapne_${b.key}`)])) as Record<
      AgeBand,
      Shown
    >,
  };
  if (problems.length > 0) return { kind: 'invalid', reason: `ugyldige verdier: ${problems.join(', ')}` };
  return { kind: 'figures', figures, version: String(byKey.get('versjon') ?? '') };
}
