import { documentFileName } from '../../domain/documents/caseDocuments';
import type { DocState } from '../../gas/docState';
import type { Messages } from '../../i18n';
import { CASES_KEY, liveFolder, loadCaseDocs, ROOT_KEY } from '../documents/drive';
import { UserError } from '../menu/userError';

type Folder = GoogleAppsScript.Drive.Folder;

/** Document property: the «Arkiv» folder, under the product's Drive folder (documents/drive.ts). */
export const ARCHIVE_KEY = 'docs:archive';
export const ARCHIVE_NAME = 'Arkiv';

const PDF = 'application/pdf';
const GOOGLE_DOC = 'application/vnd.google-apps.document';

/**
 * «Arkiv», beside «Saker» in the product's folder, so it is shared with the rektor and the leadership
 * (setUp shares that folder with them) and with nobody else: case folders are shared with the people on
 * a case, the archive is not. Found by its id, or by name under the root (a run that made it and died
 * before saving its id), or made.
 */
export function archiveFolder(state: DocState, t: Messages): Folder {
  const known = liveFolder(state.get(ARCHIVE_KEY));
  if (known) return known;
  const root = liveFolder(state.get(ROOT_KEY));
  if (!root) throw new UserError(t.documents.notSetUp);
  const found = root.getFoldersByName(ARCHIVE_NAME);
  const folder = found.hasNext() ? found.next() : root.createFolder(ARCHIVE_NAME);
  state.set(ARCHIVE_KEY, folder.getId());
  state.save();
  return folder;
}

/** The case's own folder in «Arkiv», named by its case number: found by name, or made. */
function caseArchive(archive: Folder, saksnr: string): Folder {
  const found = archive.getFoldersByName(saksnr);
  return found.hasNext() ? found.next() : archive.createFolder(saksnr);
}

/**
 * Copies what the case folder holds into «Arkiv»/<saksnr>: every Google Doc (plans, evaluations, the
 * documentation, notices) as a PDF made from the Doc as it is now, every other file as it is (a PDF made
 * beside a Doc is left: the Doc's fresh PDF replaces it). Idempotent by name: a run that stopped half-way
 * copies only what is missing. Checks that the newest documentation reached the archive; throws otherwise,
 * so nothing is deleted before the archive is safe. Returns how many files the case has in «Arkiv».
 */
export function exportCase(state: DocState, saksnr: string, t: Messages, lang: 'nb' | 'nn'): number {
  const docs = loadCaseDocs(state, saksnr);
  const target = caseArchive(archiveFolder(state, t), saksnr);
  const have = new Set<string>();
  for (const it = target.getFiles(); it.hasNext(); ) have.add(it.next().getName());
  const sources = caseFolders(state, saksnr, docs.folder ?? null);
  if (sources.length > 0) {
    const files: { file: GoogleAppsScript.Drive.File; name: string; type: string }[] = [];
    for (const source of sources) {
      for (const it = source.getFiles(); it.hasNext(); ) {
        const file = it.next();
        files.push({ file, name: file.getName(), type: file.getMimeType() });
      }
    }
    const docNames = new Set(files.filter((f) => f.type === GOOGLE_DOC).map((f) => f.name));
    for (const { file, name, type } of files) {
      if (type === GOOGLE_DOC) {
        const pdfName = `${name}.pdf`;
        if (have.has(pdfName)) continue;
        target.createFile(file.getAs(PDF).setName(pdfName));
        have.add(pdfName);
      } else if (!(type === PDF && docNames.has(name.replace(/\.pdf$/i, '')))) {
        if (have.has(name)) continue;
        file.makeCopy(name, target);
        have.add(name);
      }
    }
  }
  const version = docs.versions.dokumentasjon ?? 0;
  const documentation = `${documentFileName('dokumentasjon', lang, saksnr, version)}.pdf`;
  if (version === 0 || !have.has(documentation)) throw new UserError(t.archive.notSafe(saksnr));
  return have.size;
}

/**
 * Every folder that holds the case's documents: the one its bookkeeping names, and any folder named by
 * its case number in «Saker» (an earlier version made a second one when Drive failed for a moment).
 */
function caseFolders(state: DocState, saksnr: string, id: string | null): Folder[] {
  const out: Folder[] = [];
  const known = liveFolder(id);
  if (known) out.push(known);
  const cases = liveFolder(state.get(CASES_KEY));
  if (cases) {
    for (const it = cases.getFoldersByName(saksnr); it.hasNext(); ) {
      const folder = it.next();
      if (!folder.isTrashed() && !out.some((f) => f.getId() === folder.getId())) out.push(folder);
    }
  }
  return out;
}

/**
 * The case's folders to the trash (Drive empties it after 30 days); false when there were none. Only its
 * owner may trash a folder (the leader who made the case's first document): for anyone else the archive
 * of this case stops here, with everything else done but the register row, and says whom to ask. It goes
 * on when the owner runs «Arkiver og slett …», or has put the folder in the trash.
 */
export function trashCaseFolder(state: DocState, saksnr: string, t: Messages): boolean {
  const folders = caseFolders(state, saksnr, loadCaseDocs(state, saksnr).folder ?? null);
  for (const folder of folders) {
    try {
      folder.setTrashed(true);
    } catch (error) {
      let owner = '';
      try {
        owner = folder.getOwner()?.getEmail() ?? '';
      } catch {
        // Not known: the message says so.
      }
      if (owner && owner !== Session.getActiveUser().getEmail())
        throw new UserError(t.archive.folderOwner(saksnr, owner));
      throw error;
    }
  }
  return folders.length > 0;
}
