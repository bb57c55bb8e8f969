import { gas } from '../core/gas.js';
import { track } from '../core/tracking.js';
import {
  ACCESS_ENUM,
  createFileIn,
  createFolderIn,
  EmuFile,
  EmuFolder,
  fileIterator,
  folderIterator,
  isFolder,
  PERMISSION_ENUM,
} from './entries.js';
import { parseQuery } from './query.js';
import { type DriveStore, NO_ITEM } from './store.js';

type GasDriveApp = GoogleAppsScript.Drive.DriveApp;

/**
 * https://developers.google.com/apps-script/reference/drive/drive-app
 * Lists cover the active user's Drive: what they own or can open, not in the trash. A trashed file can
 * still be opened by id (isTrashed() is then true), as in Drive; only a deleted one is "missing".
 */
export class EmuDriveApp implements Partial<GasDriveApp> {
  readonly Access = gas<GasDriveApp['Access']>(ACCESS_ENUM);
  readonly Permission = gas<GasDriveApp['Permission']>(PERMISSION_ENUM);

  constructor(readonly _store: DriveStore) {}

  static _create(store: DriveStore): EmuDriveApp {
    return track(new EmuDriveApp(store), 'DriveApp', store.env);
  }

  getRootFolder(): GoogleAppsScript.Drive.Folder {
    return gas(EmuFolder._create(this._store, this._store.rootOf().id));
  }
  /** A folder id works here too: in Drive a folder is a file. */
  getFileById(id: string): GoogleAppsScript.Drive.File {
    return gas(EmuFile._create(this._store, this._store.require(id).id));
  }
  getFolderById(id: string): GoogleAppsScript.Drive.Folder {
    const item = this._store.require(id);
    if (!isFolder(item)) throw new Error(NO_ITEM);
    return gas(EmuFolder._create(this._store, item.id));
  }
  createFolder(name: string): GoogleAppsScript.Drive.Folder {
    return gas(createFolderIn(this._store, this._store.rootOf(), name));
  }
  createFile(
    a: GoogleAppsScript.Base.BlobSource | string,
    content?: string,
    mimeType?: string,
  ): GoogleAppsScript.Drive.File {
    return gas(
      createFileIn(this._store, this._store.rootOf(), 'DriveApp.createFile', [a, content, mimeType]),
    );
  }
  getFiles(): GoogleAppsScript.Drive.FileIterator {
    return fileIterator(
      this._store,
      this._store.visible((i) => !isFolder(i)),
    );
  }
  getFolders(): GoogleAppsScript.Drive.FolderIterator {
    return folderIterator(this._store, this._store.visible(isFolder));
  }
  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    return fileIterator(
      this._store,
      this._store.visible((i) => !isFolder(i) && i.name === name),
    );
  }
  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    return folderIterator(
      this._store,
      this._store.visible((i) => isFolder(i) && i.name === name),
    );
  }
  getFilesByType(mimeType: string): GoogleAppsScript.Drive.FileIterator {
    return fileIterator(
      this._store,
      this._store.visible((i) => !isFolder(i) && i.mimeType === mimeType),
    );
  }
  getTrashedFiles(): GoogleAppsScript.Drive.FileIterator {
    return fileIterator(
      this._store,
      this._store.visible((i) => !isFolder(i), true),
    );
  }
  getTrashedFolders(): GoogleAppsScript.Drive.FolderIterator {
    return folderIterator(this._store, this._store.visible(isFolder, true));
  }
  /**
   * Files of the user's Drive (owned or shared with them) matching a Drive v2 query (see query.ts).
   * As Drive's files.list, trashed files are included unless the query says `trashed = false`.
   */
  searchFiles(params: string): GoogleAppsScript.Drive.FileIterator {
    const match = parseQuery(this._store, params);
    return fileIterator(
      this._store,
      this._store.visible((i) => !isFolder(i) && match(i), 'any'),
    );
  }
  searchFolders(params: string): GoogleAppsScript.Drive.FolderIterator {
    const match = parseQuery(this._store, params);
    return folderIterator(
      this._store,
      this._store.visible((i) => isFolder(i) && match(i), 'any'),
    );
  }
  toString(): string {
    return 'Drive';
  }
}
