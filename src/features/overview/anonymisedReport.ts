/**
 * «Lag anonymisert rapport …»: a new spreadsheet in the user's Drive with the school's anonymised
 * figures per school year, for the board (driftsstyre, SU/SMU) and the municipality. The figures are the
 * ones skoleeier's report sheet gets (reportTable.ts), so there is one set of figures and one suppression.
 */
import { anonymisedFigures, schoolYearOf } from '../../domain/stats/anonymised';
import type { Messages } from '../../i18n';
import { choice, done, type FormPayload, type FormResult, showFormDialog } from '../dialogs/formDialog';
import type { Work } from '../register/work';
import { currentSchoolYear, figureCases } from './figures';
import { reportTable } from './reportTable';

const MAX_YEARS = 5;

export function openAnonymisedReportDialog(t: Messages, ui: GoogleAppsScript.Base.Ui, today: string): void {
  const r = t.anonymisedReport;
  const year = currentSchoolYear(today);
  showFormDialog(
    ui,
    {
      action: 'anonymisedReport',
      context: {},
      intro: r.intro,
      fields: [
        {
          kind: 'radio',
          name: 'years',
          label: r.yearsLabel,
          options: [
            { value: 'current', label: r.yearsCurrent(`${year}–${year + 1}`) },
            { value: 'all', label: r.yearsAll },
          ],
          value: 'current',
        },
      ],
    },
    t,
    r.title,
    400,
    { submit: r.submit, working: r.working },
  );
}

export function submitAnonymisedReport(p: FormPayload, w: Work): FormResult {
  const r = w.t.anonymisedReport;
  const which = choice(p, 'years', ['current', 'all'] as const, w.t);
  const today = w.clock.today;
  const current = currentSchoolYear(today);
  const cases = figureCases(
    w
      .register()
      .all()
      .cases.map((row) => row.record),
  );
  const earlier =
    which === 'all'
      ? [
          ...new Set(
            cases.filter((c) => /^\d{4}-\d{2}-\d{2}$/.test(c.reported)).map((c) => schoolYearOf(c.reported)),
          ),
        ]
          .filter((y) => y < current)
          .sort((a, b) => b - a)
      : [];
  const years = [current, ...earlier].slice(0, MAX_YEARS);
  const table = reportTable(
    years.map((y) => anonymisedFigures(cases, y, today)),
    w.settings.schoolName,
    { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) },
    w.t,
  );

  const month = `${w.t.overview.months[(Number(today.slice(5, 7)) + 4) % 12]} ${today.slice(0, 4)}`;
  const report = SpreadsheetApp.create(r.fileName(w.settings.schoolName, month));
  report.setSpreadsheetLocale('nb_NO');
  const sheet = report.getSheets()[0]!;
  sheet.setName(r.sheetName);
  const width = table.rows[0]!.length;
  // Every text as text: «<5», «2026–2027» and labels are never read as numbers, dates or formulas.
  sheet
    .getRange(1, 1, table.rows.length, width)
    .setValues(table.rows.map((row) => row.map((v) => (typeof v === 'string' && v !== '' ? `'${v}` : v))));
  for (const row of table.boldRows) sheet.getRange(row, 1, 1, width).setFontWeight('bold');
  sheet.getRange(1, 1).setFontSize(14);
  sheet.getRange(table.headerRow, 1, 1, width).setBackground('#e8eef5');
  sheet
    .getRange(table.headerRow + 1, 2, table.rows.length - table.headerRow, width - 1)
    .setHorizontalAlignment('right');
  sheet.setColumnWidth(1, 420);
  for (let c = 2; c <= width; c++) sheet.setColumnWidth(c, 150);
  sheet.setFrozenRows(table.headerRow);

  const yearList = years.map((y) => `${y}–${y + 1}`).join(', ');
  w.commit([{ saksnr: '', log: [{ subDuty: '', event: r.logEvent, details: r.logDetails(yearList) }] }]);
  return done(r.done, { url: report.getUrl(), text: r.open });
}
