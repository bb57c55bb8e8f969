import { templateFileName } from '../../domain/documents/caseDocuments';
import { docOps } from '../../domain/documents/docRender';
import { DOCUMENT_KINDS } from '../../domain/documents/placeholders';
import { DocState } from '../../gas/docState';
import { messages } from '../../i18n';
import { writeSetting } from '../settings/settingsSheet';
import type { SetupStep } from '../setup/setupStep';
import { writeTemplate } from './docEngine';
import {
  CASES_KEY,
  liveFile,
  liveFolder,
  ROOT_KEY,
  ROOT_NAME_KEY,
  ROOT_SHARED_KEY,
  TEMPLATES_KEY,
  templateKey,
} from './drive';
import { rememberLayout } from './generate';
import { templateModel } from './templates';

type Folder = GoogleAppsScript.Drive.Folder;

/**
 * setUp: the product's folder in Drive («Skolemiljø – <school>», with «Maler» and «Saker») and the
 * templates of the school's language as editable Google Docs in «Maler». Idempotent: what exists is
 * kept (a school's edits to a template are never overwritten); a deleted or trashed folder or template is
 * made again. The top folder is shared with the rektor and the leadership, who work the cases.
 */
export const documentsStep: SetupStep = {
  name: 'Dokumenter',
  run({ ss, settings, log }) {
    const s = settings();
    const lang = s.language;
    const t = messages(lang);
    const state = DocState.load();
    const changes: string[] = [];

    const rootName = `Skolemiljø – ${s.schoolName}`;
    let root = liveFolder(state.get(ROOT_KEY));
    if (!root) {
      root = DriveApp.createFolder(rootName);
      state.set(ROOT_KEY, root.getId());
      state.set(ROOT_NAME_KEY, rootName);
      changes.push(t.documents.setUpRoot(rootName));
    } else if (state.get(ROOT_NAME_KEY) !== rootName && root.getName() === state.get(ROOT_NAME_KEY)) {
      // The school changed its name and nobody renamed the folder by hand: follow the new name.
      root.setName(rootName);
      state.set(ROOT_NAME_KEY, rootName);
      changes.push(t.documents.setUpRoot(rootName));
    }
    const templates = child(state, TEMPLATES_KEY, root, 'Maler', changes, t.documents.setUpFolder);
    child(state, CASES_KEY, root, 'Saker', changes, t.documents.setUpFolder);

    for (const kind of DOCUMENT_KINDS) {
      const key = templateKey(lang, kind);
      if (liveFile(state.get(key))) continue;
      const name = templateFileName(kind, lang);
      const doc = DocumentApp.create(name);
      const body = doc.getBody();
      writeTemplate(body, docOps(templateModel(kind, lang), lang));
      const id = doc.getId();
      rememberLayout(state, id, body, t, name);
      doc.saveAndClose();
      DriveApp.getFileById(id).moveTo(templates);
      state.set(key, id);
      changes.push(t.documents.setUpTemplate(name));
    }

    // The rektor and the leadership work the cases: they get the folder (and so every case folder).
    // The folder's owner keeps it anyway, and the person running setUp is never removed (Drive refuses).
    const owner = (root.getOwner()?.getEmail() ?? '').toLowerCase();
    const me = Session.getActiveUser().getEmail().toLowerCase();
    const leaders = [...new Set([s.rektorEmail, ...s.leadership])].filter((e) => e && e !== owner).sort();
    const shared = state.getJson<string[]>(ROOT_SHARED_KEY, []);
    const add = leaders.filter((e) => !shared.includes(e));
    const remove = shared.filter((e) => !leaders.includes(e) && e !== me && e !== owner);
    if (add.length > 0 || remove.length > 0) {
      for (const e of remove) root.removeEditor(e);
      if (add.length > 0) root.addEditors(add);
      state.setJson(ROOT_SHARED_KEY, leaders);
      log.add({
        saksnr: '',
        subDuty: '',
        event: 'Deling av Skolemiljø-mappen endret',
        details: [
          add.length ? `Kan redigere: ${add.join(', ')}.` : '',
          remove.length ? `Fjernet: ${remove.join(', ')}.` : '',
        ]
          .filter(Boolean)
          .join(' '),
      });
      if (add.length > 0) changes.push(t.documents.setUpShared(add.length));
    }

    state.save();
    writeSetting(ss, 'driveFolderUrl', root.getUrl());
    return changes;
  },
};

/** A subfolder remembered in `key`: kept when it exists, made again when it was deleted or trashed. */
function child(
  state: DocState,
  key: string,
  parent: Folder,
  name: string,
  changes: string[],
  message: (name: string) => string,
): Folder {
  const existing = liveFolder(state.get(key));
  if (existing) return existing;
  const folder = parent.createFolder(name);
  state.set(key, folder.getId());
  changes.push(message(name));
  return folder;
}
