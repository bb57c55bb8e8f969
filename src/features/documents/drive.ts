/**
 * The product's place in Drive and the document-property keys that remember it:
 *
 *   Skolemiljø – <school>      docs:root        shared with the leadership (docs:rootShared)
 *   ├── Maler                  docs:templates   docs:template:<nb|nn>:<kind> = the school's template Doc,
 *   │                                           docs:layout:<template id> = its checked layout
 *   ├── Saker                  docs:cases
 *   │   └── 2026-004           docs:case:2026-004 = {folder, versions, homeFiles, fileShares, last, …}
 *   ├── Tiltaksplan            docs:tiltaksplan, docs:tp:<skoleår> = {versions, last}
 *   └── Arkiv                  docs:archive     archived cases as PDF, leadership only (features/archive)
 *       └── 2024-003
 *
 * Folder and file names never hold personal data: a case folder is named by its case number.
 */
import {
  type CaseDocs,
  caseDocsKey,
  isNoChange,
  parseCaseDocs,
  type Sharing,
  type SharingChange,
  sharingChange,
} from '../../domain/documents/caseDocuments';
import type { SubDuty } from '../../domain/documents/documentData';
import type { DocumentKind, Lang } from '../../domain/documents/placeholders';
import type { DocState } from '../../gas/docState';
import type { Messages } from '../../i18n';
import type { AuditLog } from '../log/auditLog';
import { UserError } from '../menu/userError';

type Folder = GoogleAppsScript.Drive.Folder;

export const ROOT_KEY = 'docs:root';
export const ROOT_NAME_KEY = 'docs:rootName';
export const ROOT_SHARED_KEY = 'docs:rootShared';
export const TEMPLATES_KEY = 'docs:templates';
export const CASES_KEY = 'docs:cases';
export const TILTAKSPLAN_KEY = 'docs:tiltaksplan';

export const templateKey = (lang: Lang, kind: DocumentKind) => `docs:template:${lang}:${kind}`;
/** The layout of a template's current text (and that it passed the check), so it is not read again. */
export const layoutKey = (templateId: string) => `docs:layout:${templateId}`;

/** A folder that still exists and is not in the trash; null otherwise (setUp repairs it). */
export function liveFolder(id: string | null): Folder | null {
  if (!id) return null;
  try {
    const folder = DriveApp.getFolderById(id);
    return folder.isTrashed() ? null : folder;
  } catch {
    return null;
  }
}

export function liveFile(id: string | null): GoogleAppsScript.Drive.File | null {
  if (!id) return null;
  try {
    const file = DriveApp.getFileById(id);
    return file.isTrashed() ? null : file;
  } catch {
    return null;
  }
}

/** A folder remembered in `key`, for a job: one call, no trash check (setUp keeps them in order). */
export function knownFolder(state: DocState, key: string, t: Messages): Folder {
  const id = state.get(key);
  if (!id) throw new UserError(t.documents.notSetUp);
  try {
    return DriveApp.getFolderById(id);
  } catch {
    throw new UserError(t.documents.notSetUp);
  }
}

export function loadCaseDocs(state: DocState, saksnr: string): CaseDocs {
  return parseCaseDocs(state.get(caseDocsKey(saksnr)));
}

export function storeCaseDocs(state: DocState, saksnr: string, docs: CaseDocs): void {
  state.setJson(caseDocsKey(saksnr), docs);
}

/**
 * The case's own folder, named by its case number: opened from its id, or made on first use. When the id
 * does not open (the folder was deleted, or Drive failed for a moment), a folder of that name in «Saker»
 * is taken before a new one is made, so a passing error never splits a case over two folders.
 */
export function caseFolder(state: DocState, docs: CaseDocs, saksnr: string, t: Messages): Folder {
  if (docs.folder) {
    try {
      return DriveApp.getFolderById(docs.folder);
    } catch {
      // Deleted, or not reachable just now: looked up by name below.
    }
  }
  // Looked up by name before one is made, also when no id was saved: a run that died after making the
  // folder and before saving its id must not leave the case split over two folders (two calls).
  const cases = knownFolder(state, CASES_KEY, t);
  const named = cases.getFoldersByName(saksnr);
  while (named.hasNext()) {
    const existing = named.next();
    if (existing.isTrashed()) continue;
    docs.folder = existing.getId();
    return existing;
  }
  const folder = cases.createFolder(saksnr);
  // Only the owner decides who sees a case: editors cannot share it on.
  folder.setShareableByEditors(false);
  docs.folder = folder.getId();
  return folder;
}

/** What each kind of sharing change reads as in the log. */
const SHARING_EVENT = 'Deling av dokumenter endret';

/**
 * Need to know (D4): the case folder is the leadership's (it inherits only the top folder's sharing).
 * The plans and evaluations, the documents that also go home, are shared file by file with the people on
 * the case: the responsible person may edit, the people carrying out a measure may read. The
 * documentation (with the reporter) and the notices to skoleeier are shared with no one.
 * `added` are the files just made (they get everyone); the files shared before get only the change.
 * What was shared is remembered, so an unchanged case costs no call. A share Drive refuses (an address
 * outside the school's domain, say) is logged and skipped.
 */
export function shareCaseFiles(
  docs: CaseDocs,
  desired: Sharing,
  addedFiles: readonly { readonly id: string; readonly file: GoogleAppsScript.Drive.File }[],
  ctx: { log: AuditLog; saksnr: string; subDuty: SubDuty | '' },
): void {
  unshareLegacyFolder(docs, ctx);
  const added = addedFiles.map((f) => f.id);
  const before = docs.homeFiles ?? [];
  const change = sharingChange(docs.fileShares, desired);
  const everyone: SharingChange = {
    addEditors: [...desired.editors],
    addViewers: [...desired.viewers],
    removeEditors: [],
    removeViewers: [],
  };
  const failed: string[] = [];
  const targets: [string, SharingChange][] = [
    ...(isNoChange(change)
      ? []
      : before.filter((id) => !added.includes(id)).map((id) => [id, change] as [string, SharingChange])),
    ...(isNoChange(everyone) ? [] : added.map((id) => [id, everyone] as [string, SharingChange])),
  ];
  // A handful of files per case (each plan and evaluation, and their PDFs), never a loop over rows.
  for (const [id, c] of targets) applySharing(() => DriveApp.getFileById(id), c, failed);
  // Logged when files were shared or unshared: new files with everyone, or the files before with the change.
  const logged = added.length > 0 && !isNoChange(everyone) ? everyone : before.length > 0 ? change : null;
  if (logged && !isNoChange(logged))
    ctx.log.add({
      saksnr: ctx.saksnr,
      subDuty: ctx.subDuty,
      event: SHARING_EVENT,
      details: describe(logged, failed),
    });
  docs.homeFiles = [...before, ...added.filter((id) => !before.includes(id))];
  docs.fileShares = {
    editors: desired.editors.filter((e) => !failed.includes(e)),
    viewers: desired.viewers.filter((e) => !failed.includes(e)),
  };
}

/**
 * Earlier versions shared the whole case folder with the people on the case; the first job on such a
 * case takes those shares away again (the files they need are shared by themselves).
 */
function unshareLegacyFolder(
  docs: CaseDocs,
  ctx: { log: AuditLog; saksnr: string; subDuty: SubDuty | '' },
): void {
  const old = docs.shared;
  if (!old || !docs.folder || old.editors.length + old.viewers.length === 0) {
    delete docs.shared;
    return;
  }
  const change = sharingChange(old, { editors: [], viewers: [] });
  const failed: string[] = [];
  applySharing(() => DriveApp.getFolderById(docs.folder!), change, failed);
  ctx.log.add({
    saksnr: ctx.saksnr,
    subDuty: ctx.subDuty,
    event: SHARING_EVENT,
    details: `Saksmappen er ikke lenger delt. ${describe(change, failed)}`,
  });
  delete docs.shared;
}

/** What a file and a folder share: adding and removing people. */
interface Shareable {
  addEditors(emails: string[]): unknown;
  addViewers(emails: string[]): unknown;
  removeEditor(email: string): unknown;
  removeViewer(email: string): unknown;
}

function applySharing(open: () => Shareable, change: SharingChange, failed: string[]): void {
  let item: Shareable;
  try {
    item = open();
  } catch {
    return; // Deleted by someone: nothing to share.
  }
  const attempt = (emails: readonly string[], fn: (list: string[]) => void) => {
    if (emails.length === 0) return;
    try {
      fn([...emails]);
    } catch {
      for (const e of emails) if (!failed.includes(e)) failed.push(e);
    }
  };
  attempt(change.removeEditors, (list) => {
    for (const e of list) item.removeEditor(e);
  });
  attempt(change.removeViewers, (list) => {
    for (const e of list) item.removeViewer(e);
  });
  attempt(change.addEditors, (list) => item.addEditors(list));
  attempt(change.addViewers, (list) => item.addViewers(list));
}

function describe(change: SharingChange, failed: readonly string[]): string {
  const parts: string[] = [];
  if (change.addEditors.length) parts.push(`Kan redigere: ${change.addEditors.join(', ')}.`);
  if (change.addViewers.length) parts.push(`Kan lese: ${change.addViewers.join(', ')}.`);
  const stays = [...change.addEditors, ...change.addViewers];
  const removed = [...change.removeEditors, ...change.removeViewers].filter((e) => !stays.includes(e));
  if (removed.length) parts.push(`Fjernet: ${removed.join(', ')}.`);
  if (failed.length) parts.push(`Drive avviste: ${failed.join(', ')}.`);
  return parts.join(' ');
}
