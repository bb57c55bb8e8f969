import type { CaseRecord } from '../../domain/cases/caseRecord';
import { desiredSharing } from '../../domain/documents/caseDocuments';
import type { Table } from '../../gas/table';
import { caseMeasures, folderOwners, measuresTable } from '../measures/measures';
import type { Work } from '../register/work';
import { caseFolder, loadCaseDocs, shareCaseFolder, storeCaseDocs } from './drive';

/**
 * Shares the case folder with exactly the people on the case: the responsible person may edit, the people
 * carrying out a measure may read. Called when a measure is added or the responsible person changes, so
 * people get access when they are given the task; the folder is made on first need.
 * `measures` is the Tiltak table when the caller has it already.
 */
export function shareCaseWithItsPeople(
  w: Work,
  c: CaseRecord,
  measures: Table | null,
  options: { createFolder?: boolean; newOwners?: readonly string[] } = {},
): void {
  const docs = loadCaseDocs(w.state, c.saksnr);
  if (!docs.folder && options.createFolder === false) return;
  const folder = caseFolder(w.state, docs, c.saksnr, w.t);
  const owners = [
    ...folderOwners(caseMeasures(measures ?? measuresTable(w.ss), c.saksnr)),
    ...(options.newOwners ?? []),
  ];
  shareCaseFolder(folder, docs, desiredSharing(c.ansvarlig, owners, w.user), {
    log: w.log,
    saksnr: c.saksnr,
    subDuty: 'tiltak',
  });
  storeCaseDocs(w.state, c.saksnr, docs);
}
