import type { Env } from '../core/env.js';
import { gas } from '../core/gas.js';
import { NotImplementedError, proxyOf, track } from '../core/tracking.js';
import { paramsError } from './args.js';
import { EmuBlob, isEmuBlob } from './blob.js';
import { EmuIterator } from './iterators.js';
import { isGoogleType, MIME, replaceExtension } from './mimeType.js';
import { parseQuery } from './query.js';
import {
  ACCESS_DENIED,
  type Access,
  type DriveItem,
  type DriveStore,
  NO_ITEM,
  type Permission,
  userEmail,
} from './store.js';

type GasFile = GoogleAppsScript.Drive.File;
type GasFolder = GoogleAppsScript.Drive.Folder;
type GasUser = GoogleAppsScript.Base.User;

// --- sharing, shared by File, Folder and Document (which are all Drive files) ---------------------------

/** Editors may share unless the owner turned that off (setShareableByEditors(false)). */
function requireSharer(store: DriveStore, item: DriveItem): void {
  store.requireEdit(item);
  if (item.owner !== store.env.activeUser && !item.shareableByEditors) throw new Error(ACCESS_DENIED);
}

/** A user added as editor stops being a viewer or commenter. */
export function addEditors(store: DriveStore, item: DriveItem, users: readonly (string | GasUser)[]): void {
  requireSharer(store, item);
  for (const u of users) {
    const email = userEmail(u);
    if (email === item.owner) continue;
    item.viewers.delete(email);
    item.commenters.delete(email);
    item.editors.add(email);
  }
}

/** Adding a viewer never lowers an editor's or commenter's access. */
export function addViewers(store: DriveStore, item: DriveItem, users: readonly (string | GasUser)[]): void {
  requireSharer(store, item);
  for (const u of users) {
    const email = userEmail(u);
    if (email === item.owner || item.editors.has(email) || item.commenters.has(email)) continue;
    item.viewers.add(email);
  }
}

export function addCommenters(
  store: DriveStore,
  item: DriveItem,
  users: readonly (string | GasUser)[],
): void {
  requireSharer(store, item);
  for (const u of users) {
    const email = userEmail(u);
    if (email === item.owner || item.editors.has(email)) continue;
    item.viewers.delete(email);
    item.commenters.add(email);
  }
}

/**
 * removeEditor "doesn't block users from accessing the File if they belong to a class of users who have
 * general access"; removeViewer removes viewers and commenters and "has no effect if the user is an editor".
 * https://developers.google.com/apps-script/reference/drive/file#removeViewer(String)
 */
export function removeEditor(store: DriveStore, item: DriveItem, user: string | GasUser): void {
  requireSharer(store, item);
  const email = userEmail(user);
  requireNotOwner(item, email);
  // An editor through a folder keeps that access: inherited permissions "must be adjusted on the parent
  // where they originate" (https://developers.google.com/workspace/drive/api/guides/manage-sharing).
  item.editors.delete(email);
}

export function removeViewer(store: DriveStore, item: DriveItem, user: string | GasUser): void {
  requireSharer(store, item);
  const email = userEmail(user);
  requireNotOwner(item, email);
  item.viewers.delete(email);
  item.commenters.delete(email);
}

/** The owner cannot be removed from their own item (wording of the real error not verified). */
function requireNotOwner(item: DriveItem, email: string): void {
  if (email === item.owner)
    throw new Error(`${ACCESS_DENIED} The owner of an item cannot be removed from it.`);
}

const ACCESS: readonly Access[] = ['ANYONE', 'ANYONE_WITH_LINK', 'DOMAIN', 'DOMAIN_WITH_LINK', 'PRIVATE'];
const PERMISSION: readonly Permission[] = [
  'VIEW',
  'EDIT',
  'COMMENT',
  'OWNER',
  'ORGANIZER',
  'FILE_ORGANIZER',
  'NONE',
];

export const ACCESS_ENUM = Object.freeze(Object.fromEntries(ACCESS.map((a) => [a, a])));
export const PERMISSION_ENUM = Object.freeze(Object.fromEntries(PERMISSION.map((p) => [p, p])));

// --- File and Folder ------------------------------------------------------------------------------------

/** What File and Folder have in common. Methods return `T` so each subclass types as its Apps Script class. */
abstract class EmuDriveEntry {
  abstract readonly _gasTypeName: string;
  constructor(
    readonly _store: DriveStore,
    readonly _id: string,
  ) {}

  get _env(): Env {
    return this._store.env;
  }

  /** The item, which must still exist (a permanently deleted item throws as a missing id does). */
  _item(): DriveItem {
    const item = this._store.items.get(this._id);
    if (!item) throw new Error(NO_ITEM);
    return item;
  }

  _edit(): DriveItem {
    const item = this._item();
    this._store.requireEdit(item);
    return item;
  }

  protected _self<T>(): T {
    return gas<T>(proxyOf(this));
  }

  getId(): string {
    return this._id;
  }
  getName(): string {
    return this._item().name;
  }
  setName<T>(name: string): T {
    if (name === null || name === undefined) throw new Error('Invalid argument: name');
    const item = this._edit();
    item.name = String(name);
    this._store.touch(item.id);
    return this._self();
  }
  getDescription(): string | null {
    return this._item().description;
  }
  setDescription<T>(description: string): T {
    this._edit().description = description;
    return this._self();
  }
  getDateCreated(): GoogleAppsScript.Base.Date {
    return gas(this._env.date(this._item().created));
  }
  getLastUpdated(): GoogleAppsScript.Base.Date {
    return gas(this._env.date(this._item().updated));
  }
  getOwner(): GoogleAppsScript.Drive.User {
    return this._store.user(this._item().owner);
  }
  getEditors(): GoogleAppsScript.Drive.User[] {
    return this._store.editorsOf(this._item()).map((e) => this._store.user(e));
  }
  getViewers(): GoogleAppsScript.Drive.User[] {
    return this._store.viewersOf(this._item()).map((e) => this._store.user(e));
  }
  addEditor<T>(user: string | GasUser): T {
    addEditors(this._store, this._item(), [user]);
    return this._self();
  }
  addEditors<T>(emailAddresses: string[]): T {
    addEditors(this._store, this._item(), emailAddresses);
    return this._self();
  }
  removeEditor<T>(user: string | GasUser): T {
    removeEditor(this._store, this._item(), user);
    return this._self();
  }
  addViewer<T>(user: string | GasUser): T {
    addViewers(this._store, this._item(), [user]);
    return this._self();
  }
  addViewers<T>(emailAddresses: string[]): T {
    addViewers(this._store, this._item(), emailAddresses);
    return this._self();
  }
  removeViewer<T>(user: string | GasUser): T {
    removeViewer(this._store, this._item(), user);
    return this._self();
  }
  revokePermissions<T>(user: string | GasUser): T {
    const item = this._item();
    requireSharer(this._store, item);
    const email = userEmail(user);
    for (const set of [item.editors, item.commenters, item.viewers]) set.delete(email);
    return this._self();
  }
  getAccess(user: string | GasUser): GoogleAppsScript.Drive.Permission {
    return gas(this._store.accessOf(this._item(), userEmail(user)));
  }
  setSharing<T>(
    accessType: GoogleAppsScript.Drive.Access,
    permissionType: GoogleAppsScript.Drive.Permission,
  ): T {
    const access = String(accessType) as Access;
    const permission = String(permissionType) as Permission;
    if (!ACCESS.includes(access)) throw new Error('Invalid argument: accessType');
    if (!PERMISSION.includes(permission)) throw new Error('Invalid argument: permissionType');
    const item = this._item();
    requireSharer(this._store, item);
    item.access = access;
    item.permission = access === 'PRIVATE' ? 'NONE' : permission;
    return this._self();
  }
  /** A new file is PRIVATE / NONE (checked against live Apps Script in gas-fakes test/testdrivesharing.js). */
  getSharingAccess(): GoogleAppsScript.Drive.Access {
    return gas(this._item().access);
  }
  getSharingPermission(): GoogleAppsScript.Drive.Permission {
    return gas(this._item().permission);
  }
  isShareableByEditors(): boolean {
    return this._item().shareableByEditors;
  }
  setShareableByEditors<T>(shareable: boolean): T {
    const item = this._item();
    if (item.owner !== this._env.activeUser) throw new Error(ACCESS_DENIED);
    item.shareableByEditors = shareable;
    return this._self();
  }
  isStarred(): boolean {
    return this._item().starred;
  }
  setStarred<T>(starred: boolean): T {
    const item = this._item();
    if (item.isRoot) throw new Error(ACCESS_DENIED);
    item.starred = starred;
    return this._self();
  }
  isTrashed(): boolean {
    return this._store.isTrashed(this._item());
  }
  /** Only the owner can trash an item; trashing a folder trashes what is in it. */
  setTrashed<T>(trashed: boolean): T {
    const item = this._item();
    if (item.isRoot || item.owner !== this._env.activeUser) throw new Error(ACCESS_DENIED);
    item.explicitlyTrashed = Boolean(trashed);
    this._store.touch(item.id);
    return this._self();
  }
  getParents(): GoogleAppsScript.Drive.FolderIterator {
    const parents = this._item()
      .parents.map((id) => this._store.items.get(id))
      .filter((p): p is DriveItem => p !== undefined && this._store.canRead(p));
    return gas(
      EmuIterator._create(
        this._env,
        'FolderIterator',
        parents.map((p) => EmuFolder._create(this._store, p.id)),
      ),
    );
  }
  /** Moves the item to a folder (it then has that single parent). https://developers.google.com/apps-script/reference/drive/file#moveTo(Folder) */
  moveTo<T>(destination: GasFolder): T {
    if (!(destination instanceof EmuFolder))
      throw paramsError(`DriveApp.${this._gasTypeName.slice(9)}.moveTo`, [destination]);
    const item = this._edit();
    if (item.isRoot) throw new Error(ACCESS_DENIED);
    const dest = destination._edit();
    if (dest.id === item.id || this._store.ancestors(dest).some((a) => a.id === item.id))
      throw new Error(ACCESS_DENIED);
    item.parents = [dest.id];
    this._store.touch(item.id);
    return this._self();
  }
  toString(): string {
    return this._item().name;
  }
}

/** https://developers.google.com/apps-script/reference/drive/file */
export class EmuFile extends EmuDriveEntry implements Partial<GasFile> {
  readonly _gasTypeName = 'DriveApp.File';

  static _create(store: DriveStore, id: string): EmuFile {
    return track(new EmuFile(store, id), 'File', store.env);
  }

  getMimeType(): string {
    return this._item().mimeType;
  }
  /**
   * Docs: https://docs.google.com/document/d/ID/edit?usp=drivesdk (the `usp=drivesdk` suffix is what
   * DriveApp's getUrl returns for Google files); other files open in the Drive viewer.
   */
  getUrl(): string {
    const item = this._item();
    const google: Record<string, string> = {
      [MIME.GOOGLE_DOCS]: 'document',
      [MIME.GOOGLE_SHEETS]: 'spreadsheets',
      [MIME.GOOGLE_FORMS]: 'forms',
      [MIME.GOOGLE_SLIDES]: 'presentation',
    };
    const kind = google[item.mimeType];
    if (kind) return `https://docs.google.com/${kind}/d/${item.id}/edit?usp=drivesdk`;
    if (item.mimeType === MIME.FOLDER) return `https://drive.google.com/drive/folders/${item.id}`;
    return `https://drive.google.com/file/d/${item.id}/view?usp=drivesdk`;
  }
  getDownloadUrl(): string {
    return `https://drive.google.com/uc?id=${this._id}&export=download`;
  }
  /** Bytes for ordinary files; Google files count too nowadays (gas-fakes' live test: a sheet's size > 0). */
  getSize(): number {
    return this._store.sizeOf(this._item());
  }
  /** Google Docs come out as PDF ("<name>.pdf"); other files as their stored bytes. */
  getBlob(): GoogleAppsScript.Base.Blob {
    const item = this._item();
    if (isGoogleType(item.mimeType)) return this.getAs(MIME.PDF);
    return gas(
      EmuBlob._create(this._env, (item.bytes ?? new Uint8Array()).slice(), item.mimeType, item.name),
    );
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    const item = this._item();
    if (isGoogleType(item.mimeType)) {
      const blob = this._store
        .provider(item.mimeType)
        ?.exportAs(item.id, contentType, replaceExtension(item.name, contentType));
      if (!blob) throw new Error(`Converting from ${item.mimeType} to ${contentType} is not supported.`);
      return gas(blob);
    }
    return gas(
      EmuBlob._create(this._env, (item.bytes ?? new Uint8Array()).slice(), item.mimeType, item.name).getAs(
        contentType,
      ),
    );
  }
  /** "Bizarrely set content only takes a string and does a toString() on other things" (gas-fakes, live-tested). */
  setContent(content: string): GasFile {
    const item = this._edit();
    if (isGoogleType(item.mimeType))
      throw new NotImplementedError('File.setContent() on a Google-native file');
    item.bytes = new Uint8Array(Buffer.from(String(content), 'utf8'));
    this._store.touch(item.id);
    return this._self();
  }
  addCommenter(user: string | GasUser): GasFile {
    addCommenters(this._store, this._item(), [user]);
    return this._self();
  }
  addCommenters(emailAddresses: string[]): GasFile {
    addCommenters(this._store, this._item(), emailAddresses);
    return this._self();
  }
  removeCommenter(user: string | GasUser): GasFile {
    removeViewer(this._store, this._item(), user);
    return this._self();
  }
  setOwner(user: string | GasUser): GasFile {
    const item = this._item();
    if (item.owner !== this._env.activeUser) throw new Error(ACCESS_DENIED);
    const email = userEmail(user);
    item.editors.add(item.owner);
    item.editors.delete(email);
    item.viewers.delete(email);
    item.commenters.delete(email);
    item.owner = email;
    return this._self();
  }
  /**
   * makeCopy(), makeCopy(name), makeCopy(destination), makeCopy(name, destination). Without a name the copy
   * keeps the original's name; without a destination it lands in the original's folder (both checked live
   * by gas-fakes test/testdrive.js). The copy belongs to the user making it and is not shared. A Google Doc's
   * content is deep-copied from its last saved state: edits not yet saved (saveAndClose) are not in the copy.
   * https://developers.google.com/apps-script/reference/drive/file#makeCopy(String,Folder)
   */
  makeCopy(a?: string | GasFolder, b?: GasFolder): GasFile {
    const args = [a, b];
    let name: string | undefined;
    let dest: EmuFolder | undefined;
    if (a === undefined && b === undefined) {
      // makeCopy()
    } else if (typeof a === 'string' && b === undefined) name = a;
    else if (a instanceof EmuFolder && b === undefined) dest = a;
    else if (typeof a === 'string' && b instanceof EmuFolder) {
      name = a;
      dest = b;
    } else throw paramsError('DriveApp.File.makeCopy', args);
    const item = this._item();
    const store = this._store;
    const parent = dest
      ? dest._edit()
      : (item.parents.map((id) => store.items.get(id)).find((p) => p !== undefined && store.canEdit(p)) ??
        store.rootOf());
    if (dest) store.requireEdit(parent);
    const copy = store.add({
      name: name ?? item.name,
      mimeType: item.mimeType,
      parents: [parent.id],
      bytes: item.bytes ? item.bytes.slice() : null,
    });
    copy.description = item.description;
    if (isGoogleType(item.mimeType)) {
      const provider = store.provider(item.mimeType);
      if (!provider) throw new NotImplementedError(`File.makeCopy() of ${item.mimeType}`);
      provider.copyContent(item.id, copy.id);
    }
    return gas(EmuFile._create(store, copy.id));
  }
}

/** https://developers.google.com/apps-script/reference/drive/folder */
export class EmuFolder extends EmuDriveEntry implements Partial<GasFolder> {
  readonly _gasTypeName = 'DriveApp.Folder';

  static _create(store: DriveStore, id: string): EmuFolder {
    return track(new EmuFolder(store, id), 'Folder', store.env);
  }

  getUrl(): string {
    return `https://drive.google.com/drive/folders/${this._id}`;
  }
  /** A folder's own size: 0 (live-checked by gas-fakes). */
  getSize(): number {
    return 0;
  }
  createFolder(name: string): GasFolder {
    return gas(createFolderIn(this._store, this._edit(), name));
  }
  createFile(a: GoogleAppsScript.Base.BlobSource | string, content?: string, mimeType?: string): GasFile {
    return gas(createFileIn(this._store, this._edit(), 'DriveApp.Folder.createFile', [a, content, mimeType]));
  }
  getFolders(): GoogleAppsScript.Drive.FolderIterator {
    return folderIterator(this._store, this._store.childrenOf(this._id, isFolder));
  }
  getFiles(): GoogleAppsScript.Drive.FileIterator {
    return fileIterator(
      this._store,
      this._store.childrenOf(this._id, (i) => !isFolder(i)),
    );
  }
  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    return folderIterator(
      this._store,
      this._store.childrenOf(this._id, (i) => isFolder(i) && i.name === name),
    );
  }
  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    return fileIterator(
      this._store,
      this._store.childrenOf(this._id, (i) => !isFolder(i) && i.name === name),
    );
  }
  getFilesByType(mimeType: string): GoogleAppsScript.Drive.FileIterator {
    return fileIterator(
      this._store,
      this._store.childrenOf(this._id, (i) => !isFolder(i) && i.mimeType === mimeType),
    );
  }
  /** Files in this folder matching a Drive v2 query (see query.ts); trashed ones too unless the query says. */
  searchFiles(params: string): GoogleAppsScript.Drive.FileIterator {
    const match = parseQuery(this._store, params);
    return fileIterator(
      this._store,
      this._store.childrenOf(this._id, (i) => !isFolder(i) && match(i), 'any'),
    );
  }
  searchFolders(params: string): GoogleAppsScript.Drive.FolderIterator {
    const match = parseQuery(this._store, params);
    return folderIterator(
      this._store,
      this._store.childrenOf(this._id, (i) => isFolder(i) && match(i), 'any'),
    );
  }
}

// --- helpers shared with DriveApp -------------------------------------------------------------------------

export function isFolder(item: DriveItem): boolean {
  return item.mimeType === MIME.FOLDER;
}

export function fileIterator(store: DriveStore, items: DriveItem[]): GoogleAppsScript.Drive.FileIterator {
  return gas(
    EmuIterator._create(
      store.env,
      'FileIterator',
      items.map((i) => EmuFile._create(store, i.id)),
    ),
  );
}

export function folderIterator(store: DriveStore, items: DriveItem[]): GoogleAppsScript.Drive.FolderIterator {
  return gas(
    EmuIterator._create(
      store.env,
      'FolderIterator',
      items.map((i) => EmuFolder._create(store, i.id)),
    ),
  );
}

export function createFolderIn(store: DriveStore, parent: DriveItem, name: string): EmuFolder {
  if (name === null || name === undefined) throw new Error('Invalid argument: name');
  const item = store.add({ name: String(name), mimeType: MIME.FOLDER, parents: [parent.id] });
  return EmuFolder._create(store, item.id);
}

/**
 * createFile(blob) | createFile(name, content) | createFile(name, content, mimeType), with the argument
 * errors live Apps Script gives (gas-fakes test/testdrive.js): "The parameters (String) don't match…",
 * "Invalid argument: name", "Blob object must have non-null name for this operation."
 */
export function createFileIn(
  store: DriveStore,
  parent: DriveItem,
  member: string,
  args: readonly unknown[],
): EmuFile {
  const [a, content, mimeType] = args;
  let name: string;
  let bytes: Uint8Array;
  let type: string;
  const blobSource =
    a !== null && typeof a === 'object' && typeof (a as { getBlob?: unknown }).getBlob === 'function'
      ? (a as GoogleAppsScript.Base.BlobSource)
      : null;
  if (blobSource && content === undefined && mimeType === undefined) {
    const blob = isEmuBlob(blobSource) ? blobSource : (blobSource.getBlob() as unknown as EmuBlob);
    if (blob._name === null || blob._name === undefined)
      throw new Error('Blob object must have non-null name for this operation.');
    name = blob._name;
    bytes = blob._bytes.slice();
    type = blob._contentType ?? 'application/octet-stream';
  } else if (
    (typeof a === 'string' || a === null) &&
    typeof content === 'string' &&
    (mimeType === undefined || typeof mimeType === 'string')
  ) {
    if (a === null) throw new Error('Invalid argument: name');
    name = a;
    bytes = new Uint8Array(Buffer.from(content, 'utf8'));
    type = mimeType ?? MIME.PLAIN_TEXT;
    // DriveApp cannot make Google-native files from text (wording of the real error not verified).
    if (isGoogleType(type)) throw new Error('Invalid argument: file.contentType');
  } else throw paramsError(member, args);
  const item = store.add({ name, mimeType: type, parents: [parent.id], bytes });
  return EmuFile._create(store, item.id);
}
