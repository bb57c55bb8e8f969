import { documentsFromLog, type LogRow, logEntriesFromRows } from '../../domain/documents/caseDocuments';
import { documentationValues } from '../../domain/documents/documentData';
import { cellText } from '../../gas/cellValues';
import { systemClock } from '../../gas/clock';
import { withScriptLock } from '../../gas/lock';
import { Table } from '../../gas/table';
import type { Messages } from '../../i18n';
import { LOG_SHEET } from '../log/logSheet';
import { caseMeasures, measureInput, measuresTable } from '../measures/measures';
import { caseByNumber, type SelectedCase } from '../register/selectedCase';
import { readSettings } from '../settings/settingsSheet';
import { caseInput, caseJob, madeMessage, makeCaseDocument, recentlyMade } from './caseJob';

/** The case's rows of `Logg`, oldest first: one read of the sheet. */
function caseLog(c: SelectedCase): LogRow[] {
  const sheet = c.ss.getSheetByName(LOG_SHEET.name);
  if (!sheet) return [];
  const t = Table.read(sheet, { formulas: false });
  const rows: LogRow[] = [];
  for (let i = 0; i < t.rowCount; i++) {
    if (cellText(t.get(i, 'Saksnr')) !== c.saksnr) continue;
    const at = t.get(i, 'Tid');
    rows.push({
      time: at instanceof Date ? at : cellText(at),
      user: cellText(t.get(i, 'Bruker')),
      subDuty: cellText(t.get(i, 'Delplikt')),
      event: cellText(t.get(i, 'Hendelse')),
      details: cellText(t.get(i, 'Detaljer')),
    });
  }
  return rows;
}

/**
 * Menu «Lag dokumentasjon»: the documentation of the duty to act for the selected case, what
 * Statsforvalteren asks for. Every log event of the case under its sub-duty in time order, the measures
 * with their latest assessment, and the plans, evaluations and notices made, with links. Always with a
 * PDF for the archive. A click that fires twice within a minute makes one document.
 */
export function makeDocumentation(saksnr: string, t: Messages): string {
  return withScriptLock(30_000, () => {
    const c = caseByNumber(t, saksnr);
    const settings = readSettings(c.ss);
    const today = systemClock().today;
    const job = caseJob(c, settings, t, today);
    const again = recentlyMade(job, 'dokumentasjon');
    if (again) return again;

    const log = caseLog(c);
    const measures = caseMeasures(measuresTable(c.ss), c.saksnr);
    const values = documentationValues({
      lang: settings.language,
      school: { navn: settings.schoolName, rektor: settings.rektorName },
      case: caseInput(c, settings.language),
      date: today,
      log: logEntriesFromRows(log),
      measures: measures.map(measureInput),
      documents: documentsFromLog(log),
    });
    // «Siste vurdering» is the assessment written in `Tiltak`, as the school wrote it.
    (values.groups['Tiltak'] ?? []).forEach((row, k) => {
      row['Vurdering'] = measures[k]?.vurdering ?? '';
    });
    const generated = makeCaseDocument(job, 'dokumentasjon', values, {
      pdf: true,
      measureOwners: measures.filter((m) => m.status !== 'Avsluttet').map((m) => m.hvem),
    });
    job.log.flush(c.ss);
    return madeMessage(t, generated);
  });
}
