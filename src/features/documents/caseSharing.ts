import { desiredSharing } from '../../domain/documents/caseDocuments';
import { cellText } from '../../gas/cellValues';
import { DocState } from '../../gas/docState';
import type { Table } from '../../gas/table';
import type { Messages } from '../../i18n';
import type { AuditLog } from '../log/auditLog';
import { caseMeasures, measuresTable } from '../measures/measures';
import { COL } from '../register/registerSheet';
import type { SelectedCase } from '../register/selectedCase';
import { caseFolder, loadCaseDocs, shareCaseFolder, storeCaseDocs } from './drive';

/**
 * Shares the case folder with exactly the people on the case: the responsible person may edit, the people
 * carrying out a measure may read. Called when a measure is added or the responsible person changes, so
 * people get access when they are given the task; the folder is made on first need.
 * `measures` is the Tiltak table when the caller has it already.
 */
export function shareCaseWithItsPeople(
  c: SelectedCase,
  measures: Table | null,
  user: string,
  log: AuditLog,
  t: Messages,
  options: { createFolder?: boolean } = {},
): void {
  const state = DocState.load();
  const docs = loadCaseDocs(state, c.saksnr);
  if (!docs.folder && options.createFolder === false) return;
  const folder = caseFolder(state, docs, c.saksnr, t);
  const owners = caseMeasures(measures ?? measuresTable(c.ss), c.saksnr).map((m) => m.hvem);
  shareCaseFolder(folder, docs, desiredSharing(cellText(c.table.get(c.i, COL.ansvarlig)), owners, user), {
    log,
    saksnr: c.saksnr,
    subDuty: 'tiltak',
  });
  storeCaseDocs(state, c.saksnr, docs);
  state.save();
}
