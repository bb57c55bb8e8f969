import type { Env } from '../core/env.js';
import { gas } from '../core/gas.js';
import { createMimeType, DriveStore, EmuDriveApp } from '../drive/index.js';
import { EmuDocumentApp } from './documentApp.js';
import { DocStore } from './store.js';

export { EmuDocument } from './document.js';
export { ATTRIBUTE, ELEMENT_TYPE, EmuDocumentApp } from './documentApp.js';
export { CLOSED, DocLive, EmuBody, LAST_PARAGRAPH, MUST_BE_DETACHED } from './elements.js';
export { compileRe2, expandReplacement, quoteReplacement } from './regex.js';
export { bodyToHtml, createBlobFromDocument, escapeHtml } from './render.js';
export { DocStore } from './store.js';

export interface DriveAndDocs {
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  MimeType: GoogleAppsScript.Base.MimeType;
  driveStore: DriveStore;
  docStore: DocStore;
  /** Ready for the runtime's globals (Emulator.extras): DriveApp, DocumentApp, MimeType. */
  globals: Record<string, unknown>;
}

/**
 * Drive and Docs over one account world. The runtime should call `docStore.flushAll()` when an execution
 * ends: Apps Script saves and closes every open document then.
 */
export function createDriveAndDocs(env: Env): DriveAndDocs {
  const driveStore = new DriveStore(env);
  const docStore = new DocStore(env, driveStore);
  const DriveApp = gas<GoogleAppsScript.Drive.DriveApp>(EmuDriveApp._create(driveStore));
  const DocumentApp = gas<GoogleAppsScript.Document.DocumentApp>(EmuDocumentApp._create(docStore));
  const MimeType = createMimeType();
  return {
    DriveApp,
    DocumentApp,
    MimeType,
    driveStore,
    docStore,
    globals: { DriveApp, DocumentApp, MimeType },
  };
}
