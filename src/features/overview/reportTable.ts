/**
 * The anonymised report for the board (driftsstyre, SU/SMU) and the municipality, as a table: the very
 * rows skoleeier receives (`figuresToRows(anonymisedFigures(…))`), one column per school year, with
 * labels in the school's language. Pure. Nothing but those figures goes in: no name, class, free text or
 * date finer than a month, and every count from 1 to 4 is «<5» (with the totals that would reveal it
 * «skjult»), as the audit in suppression.ts decided.
 */
import { CASE_STATUSES } from '../../domain/cases/lifecycle';
import { CATEGORIES } from '../../domain/intake/questions';
import { AGE_BANDS, type AnonymisedFigures, figuresToRows } from '../../domain/stats/anonymised';
import type { Messages } from '../../i18n';

export type Cell = string | number;

export interface ReportTable {
  rows: Cell[][];
  /** 1-based rows to show bold: the heading, the column header and each section's title. */
  boldRows: number[];
  /** 1-based row of the column header (frozen). */
  headerRow: number;
}

/** The technical rows of the layout that are not figures. */
const META = new Set(['skolemiljo-tall', 'skoleaar', 'per_maaned', 'versjon', '']);

type Section = keyof Messages['anonymisedReport']['sections'];

function sectionOf(key: string): Section {
  if (key.startsWith('maaned_')) return 'month';
  if (key.startsWith('status_')) return 'status';
  if (key.startsWith('kategori_')) return 'category';
  if (key.startsWith('frist_') || key === 'median_dager_til_plan') return 'deadlines';
  if (key.startsWith('aapne')) return 'open';
  return 'reported';
}

const SECTION_ORDER: readonly Section[] = ['reported', 'month', 'status', 'category', 'deadlines', 'open'];

/** Keys in the layout's order (the contract's order), with their label in the school's language. */
function labelled(t: Messages, keys: readonly string[]): Map<string, string> {
  const r = t.anonymisedReport;
  const labels = new Map<string, string>();
  const status = keys.filter((k) => k.startsWith('status_'));
  const category = keys.filter((k) => k.startsWith('kategori_'));
  const age = keys.filter((k) => k.startsWith('aapne_'));
  for (const key of keys) {
    const month = /^maaned_(\d+)$/.exec(key);
    if (month) labels.set(key, r.monthLabel(t.overview.months[Number(month[1]) - 1] ?? key));
    else if (key.startsWith('status_'))
      labels.set(key, r.statusLabel(CASE_STATUSES[status.indexOf(key)] ?? key));
    else if (key.startsWith('kategori_'))
      labels.set(key, t.overview.categories[CATEGORIES[category.indexOf(key)]!] ?? key);
    else if (key.startsWith('aapne_'))
      labels.set(key, r.ageLabel(t.overview.ages[AGE_BANDS[age.indexOf(key)]?.key ?? '0_7'] ?? key));
    else labels.set(key, r.labels[key] ?? key);
  }
  return labels;
}

const yearLabel = (y: number) => `${y}–${y + 1}`;

/** A share as «76 %»; a figure that does not apply (no plan yet, nothing due) as «–». */
function shown(key: string, v: Cell): Cell {
  if (key.endsWith('_andel') && typeof v === 'number') return `${v} %`;
  return v === '' ? '–' : v;
}

export function reportTable(
  figures: readonly AnonymisedFigures[],
  schoolName: string,
  asOf: { year: number; month: number },
  t: Messages,
): ReportTable {
  const r = t.anonymisedReport;
  const columns = figures.map((f) => new Map(figuresToRows(f).map(([k, v]) => [String(k), v])));
  const keys = figuresToRows(figures[0]!)
    .map(([k]) => String(k))
    .filter((k) => !META.has(k));
  const labels = labelled(t, keys);
  const rows: Cell[][] = [
    [r.heading],
    [r.school(schoolName)],
    [r.asOf(`${t.overview.months[(asOf.month + 4) % 12]} ${asOf.year}`)],
    [r.about],
    [r.source],
    [],
    [r.figure, ...figures.map((f) => r.yearColumn(yearLabel(f.schoolYear)))],
  ];
  const boldRows = [1, rows.length];
  const headerRow = rows.length;
  for (const section of SECTION_ORDER) {
    rows.push([r.sections[section]]);
    boldRows.push(rows.length);
    for (const key of keys.filter((k) => sectionOf(k) === section))
      rows.push([labels.get(key)!, ...columns.map((c) => shown(key, c.get(key) ?? ''))]);
  }
  const width = 1 + figures.length;
  return { rows: rows.map((row) => [...row, ...Array(width).fill('')].slice(0, width)), boldRows, headerRow };
}
