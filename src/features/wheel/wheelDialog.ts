/**
 * «Vis årshjulet»: the school year as a wheel, in a dialog the rektor can print and pin on the wall.
 *
 * One read of the `Årshjul` sheet (its values only), the settings, and the dialog: the wheel is drawn by
 * the pure `wheelSvg`, the list beside it is printed by the template with escaping scriptlets.
 */
import type { Settings } from '../../domain/settings/settings';
import { formatNorwegian, type LocalDate } from '../../domain/time/localDate';
import {
  type Language,
  occurrencesBetween,
  type SchoolDays,
  schoolYearOf,
  wheelCalendar,
} from '../../domain/wheel/recurrence';
import { renderWheel } from '../../domain/wheel/wheelSvg';
import {
  layoutWheel,
  type OccurrenceState,
  occurrenceState,
  schoolYearEnd,
  schoolYearStartOf,
  type WheelActivity,
  type WheelLayout,
} from '../../domain/wheel/wheelYear';
import { systemClock } from '../../gas/clock';
import type { CellValue } from '../../gas/table';
import { type Messages, messages } from '../../i18n';
import { UserError } from '../menu/userError';
import { readSettings } from '../settings/settingsSheet';
import { cellText, type DateCell, evaluateWheelRow, statusLabel } from './wheelRows';
import { WHEEL_COL, WHEEL_SHEET } from './wheelSheet';

export const WHEEL_DIALOG = { width: 900, height: 700 } as const;

/**
 * The activities of the årshjul's rows with their occurrences this school year and how each stands.
 * `values` is the sheet as `getValues` gives it, header first.
 */
export function wheelActivities(
  values: readonly (readonly CellValue[])[],
  today: LocalDate,
  calendar: SchoolDays,
  language: Language,
): WheelActivity[] {
  const [header = [], ...rows] = values;
  const col = new Map(header.map((h, i) => [String(h).trim(), i]));
  const get = (row: readonly CellValue[], name: string): DateCell => {
    const i = col.get(name);
    return i === undefined ? '' : (row[i] ?? '');
  };
  const from = schoolYearStartOf(today);
  const to = schoolYearEnd(from);
  const activities: WheelActivity[] = [];
  for (const row of rows) {
    const name = cellText(get(row, WHEEL_COL.aktivitet));
    const ev = evaluateWheelRow(
      {
        aktivitet: name,
        gjentakelse: cellText(get(row, WHEEL_COL.gjentakelse)),
        neste: get(row, WHEEL_COL.neste),
        sistGjort: get(row, WHEEL_COL.sistGjort),
      },
      today,
      calendar,
      language,
    );
    if (ev.blank || name === '') continue;
    const responsible = cellText(get(row, WHEEL_COL.ansvarlig));
    if (!ev.rule) {
      activities.push({ name, responsible, occurrences: [], problem: statusLabel('ugyldig', language) });
      continue;
    }
    const dates = occurrencesBetween(ev.rule, from, to, calendar);
    activities.push({
      name,
      responsible,
      occurrences: dates.map((date) => ({
        date,
        state: occurrenceState(date, { next: ev.next, lastDone: ev.lastDone }, today),
      })),
    });
  }
  return activities;
}

export interface ListEntry {
  readonly number: number;
  readonly name: string;
  readonly responsible: string;
  readonly state: OccurrenceState;
  /** The state in words for overdue and done («forfalt», «gjort»); empty for planned. */
  readonly stateText: string;
  /** A sign that does not depend on colour: «!» overdue, «✓» done. */
  readonly sign: string;
}

export interface ListGroup {
  readonly title: string;
  readonly entries: readonly ListEntry[];
}

export interface WheelDialogModel {
  readonly lang: Language;
  readonly title: string;
  readonly heading: string;
  readonly schoolName: string;
  readonly year: string;
  readonly today: string;
  readonly svg: string;
  readonly groups: readonly ListGroup[];
  readonly undated: readonly { name: string; responsible: string; problem: string }[];
  readonly overdue: number;
  readonly w: Messages['wheelDialog'];
}

const SIGN: Record<OccurrenceState, string> = { overdue: '!', done: '✓', planned: '' };

/** Everything the dialog shows, from the sheet's values: pure, so it is tested without a spreadsheet. */
export function wheelDialogModel(
  values: readonly (readonly CellValue[])[],
  settings: Pick<Settings, 'language' | 'schoolName'> & { readonly calendar: SchoolDays },
  today: LocalDate,
): WheelDialogModel {
  const { language } = settings;
  const w = messages(language).wheelDialog;
  const year = schoolYearOf(today);
  const layout = layoutWheel(
    wheelActivities(values, today, settings.calendar, language),
    schoolYearStartOf(today),
    today,
  );
  const stateWord: Record<OccurrenceState, string> = { overdue: w.overdue, done: w.done, planned: w.planned };
  const svg = renderWheel(layout, {
    title: w.svgTitle(settings.schoolName, year),
    description: w.svgDescription,
    months: w.months,
    schoolYear: w.schoolYear,
    year,
    today: w.today,
    todayDate: formatNorwegian(today),
    states: stateWord,
    allYear: w.allYearLegend,
    summer: w.summer,
  });
  const entry = (e: { number: number; name: string; responsible: string }, state: OccurrenceState) => ({
    number: e.number,
    name: e.name,
    responsible: e.responsible,
    state,
    stateText: state === 'planned' ? '' : stateWord[state].toLocaleLowerCase('nb'),
    sign: SIGN[state],
  });
  const groups: ListGroup[] = layout.months
    .filter((m) => m.entries.length > 0)
    .map((m) => ({
      title: capitalise(w.months[m.month - 1] ?? ''),
      entries: m.entries.map((e) => entry(e, e.state)),
    }));
  if (layout.rings.length > 0) {
    groups.push({
      title: w.allYear,
      entries: layout.rings.map((r) => entry(r, ringState(r.states))),
    });
  }
  return {
    lang: language,
    title: w.dialogTitle(year),
    heading: w.heading,
    schoolName: settings.schoolName,
    year,
    today: formatNorwegian(today),
    svg,
    groups,
    undated: layout.undated.map((u) => ({
      name: u.name,
      responsible: u.responsible,
      problem: u.problem ?? w.noDateThisYear,
    })),
    overdue: countOverdue(layout),
    w,
  };
}

/**
 * A whole-year activity in the list: overdue when any month is (the ring shows which); otherwise plain,
 * as its months are mostly still to come and the ring shows which are done.
 */
function ringState(states: readonly (OccurrenceState | null)[]): OccurrenceState {
  return states.includes('overdue') ? 'overdue' : 'planned';
}

function countOverdue(layout: WheelLayout): number {
  const numbers = new Set<number>();
  for (const m of layout.months) for (const e of m.entries) if (e.state === 'overdue') numbers.add(e.number);
  for (const r of layout.rings) if (r.states.includes('overdue')) numbers.add(r.number);
  return numbers.size;
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('nb') + s.slice(1);
}

/** Reads the årshjul once and shows the wheel dialog. */
export function showWheelDialog(ui: GoogleAppsScript.Base.Ui): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const settings = readSettings(ss);
  const sheet = ss.getSheetByName(WHEEL_SHEET.name);
  if (!sheet) throw new UserError(messages(settings.language).wheelDialog.noSheet);
  const values = sheet.getDataRange().getValues() as CellValue[][];
  const model = wheelDialogModel(
    values,
    { ...settings, calendar: wheelCalendar(settings.calendar, settings.schoolStart) },
    systemClock().today,
  );
  const template = HtmlService.createTemplateFromFile('WheelDialog');
  for (const [k, v] of Object.entries(model)) template[k] = v;
  ui.showModalDialog(
    template.evaluate().setWidth(WHEEL_DIALOG.width).setHeight(WHEEL_DIALOG.height),
    model.title,
  );
}
