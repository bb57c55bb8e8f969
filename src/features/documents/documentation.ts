import { documentsFromLog, logEntriesFromRows } from '../../domain/documents/caseDocuments';
import { documentationValues } from '../../domain/documents/documentData';
import { caseLogRows } from '../log/caseLog';
import { caseMeasures, folderOwners, measureInput, measuresTable } from '../measures/measures';
import { caseByNumber } from '../register/selectedCase';
import { withWork } from '../register/work';
import { caseInput, caseJob, madeMessage, makeCaseDocument, recentlyMade } from './caseJob';

/**
 * Menu «Lag dokumentasjon»: the documentation of the duty to act for the selected case, what
 * Statsforvalteren asks for. Every log event of the case under its sub-duty in time order, the measures
 * with their latest assessment, and the plans, evaluations and notices made, with links. Always with a
 * PDF for the archive. A click that fires twice within a minute makes one document.
 */
export function makeDocumentation(saksnr: string, hint?: number): string {
  return withWork(Session.getActiveUser().getEmail(), (w) => {
    const c = caseByNumber(w.t, saksnr, hint, { ss: w.ss, register: w.register(), settings: w.settings });
    const job = caseJob(w, c);
    const again = recentlyMade(job, 'dokumentasjon');
    if (again) return again;

    const log = caseLogRows(c.ss, c.saksnr);
    const measures = caseMeasures(measuresTable(c.ss), c.saksnr);
    const values = documentationValues({
      lang: w.settings.language,
      school: { navn: w.settings.schoolName, rektor: w.settings.rektorName },
      case: caseInput(c.record, w.settings.language),
      date: w.clock.today,
      log: logEntriesFromRows(log),
      measures: measures.map(measureInput),
      documents: documentsFromLog(log),
    });
    // «Siste vurdering» is the assessment written in `Tiltak`, as the school wrote it.
    (values.groups['Tiltak'] ?? []).forEach((row, k) => {
      row['Vurdering'] = measures[k]?.vurdering ?? '';
    });
    const made = makeCaseDocument(job, 'dokumentasjon', values, {
      pdf: true,
      measureOwners: folderOwners(measures.filter((m) => m.status !== 'Avsluttet')),
    });
    w.commit([{ saksnr: c.saksnr, log: [made.log] }]);
    return madeMessage(w.t, made.generated);
  });
}
