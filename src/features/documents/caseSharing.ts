import { type CaseRecord, isSerious } from '../../domain/cases/caseRecord';
import { desiredSharing } from '../../domain/documents/caseDocuments';
import type { Table } from '../../gas/table';
import { caseMeasures, folderOwners, measuresTable } from '../measures/measures';
import type { Work } from '../register/work';
import { loadCaseDocs, shareCaseFiles, storeCaseDocs } from './drive';

/**
 * Shares the case's plans and evaluations with exactly the people on the case (see shareCaseFiles):
 * the responsible person may edit, the people carrying out a measure may read. Called when a measure is
 * added or the responsible person changes, so people get access when they are given the task.
 * `measures` is the Tiltak table when the caller has it already.
 */
export function shareCaseWithItsPeople(
  w: Work,
  c: CaseRecord,
  measures: Table | null,
  options: { newOwners?: readonly string[] } = {},
): void {
  const docs = loadCaseDocs(w.state, c.saksnr);
  // Nothing shared yet: the first plan shares itself with the people on the case then.
  if (!docs.homeFiles?.length && !docs.shared) return;
  const owners = [
    ...folderOwners(caseMeasures(measures ?? measuresTable(w.ss), c.saksnr)),
    ...(options.newOwners ?? []),
  ];
  shareCaseFiles(docs, desiredSharing(c.ansvarlig, owners, w.user, isSerious(c)), [], {
    log: w.log,
    saksnr: c.saksnr,
    subDuty: 'tiltak',
  });
  storeCaseDocs(w.state, c.saksnr, docs);
}
