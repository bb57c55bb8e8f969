import type { Env } from '../core/env.js';
import { gas } from '../core/gas.js';
import { EmuDriveApp } from './driveApp.js';
import { DriveStore } from './store.js';

export { paramsError, typeNameOf } from './args.js';
export { createBlob, EmuBlob, fromJavaBytes, isEmuBlob, toJavaBytes } from './blob.js';
export { EmuDriveApp } from './driveApp.js';
export { EmuFile, EmuFolder } from './entries.js';
export { createMimeType, isGoogleType, MIME, replaceExtension } from './mimeType.js';
export { type PdfBlock, renderPdf } from './pdf.js';
export {
  ACCESS_DENIED,
  type DriveItem,
  DriveStore,
  type GoogleContentProvider,
  NO_ITEM,
} from './store.js';

/** DriveApp alone (Google Docs content needs DocumentApp: use createDriveAndDocs in ../document). */
export function createDrive(env: Env): { DriveApp: GoogleAppsScript.Drive.DriveApp; driveStore: DriveStore } {
  const driveStore = new DriveStore(env);
  return { DriveApp: gas(EmuDriveApp._create(driveStore)), driveStore };
}
