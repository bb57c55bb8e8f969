import type { Env } from '../core/env.js';
import type { EmuBlob } from './blob.js';
import { MIME } from './mimeType.js';

export type Access = 'ANYONE' | 'ANYONE_WITH_LINK' | 'DOMAIN' | 'DOMAIN_WITH_LINK' | 'PRIVATE';
export type Permission = 'VIEW' | 'EDIT' | 'COMMENT' | 'OWNER' | 'ORGANIZER' | 'FILE_ORGANIZER' | 'NONE';

/** One file or folder of Drive, shared by every wrapper (File, Folder, Document) that points at it. */
export interface DriveItem {
  readonly id: string;
  name: string;
  readonly mimeType: string;
  parents: string[];
  owner: string;
  readonly editors: Set<string>;
  readonly commenters: Set<string>;
  readonly viewers: Set<string>;
  access: Access;
  permission: Permission;
  /** Set by setTrashed; an item is also trashed when an ancestor folder is (see DriveStore.isTrashed). */
  explicitlyTrashed: boolean;
  starred: boolean;
  description: string | null;
  shareableByEditors: boolean;
  readonly created: number;
  updated: number;
  /** Content of ordinary files; Google-native files (Docs, Sheets, Forms) keep theirs in a provider. */
  bytes: Uint8Array | null;
  readonly isRoot: boolean;
}

/** The service owning the content of a Google-native type (DocumentApp for Google Docs). */
export interface GoogleContentProvider {
  /** Deep-copies the saved content of `fromId` into the new file `toId` (File.makeCopy). */
  copyContent(fromId: string, toId: string): void;
  /** The saved content converted, or null when Drive cannot convert to that type. */
  exportAs(id: string, contentType: string, name: string | null): EmuBlob | null;
  /** Bytes Drive reports for the file (File.getSize). */
  contentSize(id: string): number;
}

/**
 * "No item with the given ID could be found. Possibly because you have not edited this item or you do not
 * have permission to access it." — the message live Apps Script gives for DriveApp.getFileById/getFolderById.
 */
export const NO_ITEM =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

/** The error Drive gives when the user may not change an item. */
export const ACCESS_DENIED = 'Access denied: DriveApp.';

export function userEmail(user: string | GoogleAppsScript.Base.User): string {
  return typeof user === 'string' ? user : user.getEmail();
}

function domainOf(email: string): string {
  return email.slice(email.indexOf('@') + 1);
}

/**
 * All files and folders of the emulated Google accounts. Each user has a root folder ("My Drive").
 * Items are never handed to the script directly: File, Folder and Document are wrappers holding an id,
 * as in Apps Script, so two wrappers of one file always agree.
 */
export class DriveStore {
  readonly items = new Map<string, DriveItem>();
  private readonly roots = new Map<string, string>();
  private readonly providers = new Map<string, GoogleContentProvider>();
  /** Display names for Drive users (User.getName); the local part of the address otherwise. */
  readonly userNames = new Map<string, string>();

  constructor(readonly env: Env) {}

  registerProvider(mimeType: string, provider: GoogleContentProvider): void {
    this.providers.set(mimeType, provider);
  }

  provider(mimeType: string): GoogleContentProvider | undefined {
    return this.providers.get(mimeType);
  }

  /** The "My Drive" folder of a user, created on first use. */
  rootOf(user: string = this.env.activeUser): DriveItem {
    const id = this.roots.get(user);
    if (id) return this.items.get(id)!;
    const root = this.add({
      name: 'My Drive',
      mimeType: MIME.FOLDER,
      parents: [],
      owner: user,
      isRoot: true,
    });
    this.roots.set(user, root.id);
    return root;
  }

  add(spec: {
    name: string;
    mimeType: string;
    parents: string[];
    owner?: string;
    bytes?: Uint8Array | null;
    isRoot?: boolean;
  }): DriveItem {
    const now = this.env.now();
    const item: DriveItem = {
      id: this.env.newId(spec.mimeType === MIME.FOLDER ? 'fo' : 'fi'),
      name: spec.name,
      mimeType: spec.mimeType,
      parents: [...spec.parents],
      owner: spec.owner ?? this.env.activeUser,
      editors: new Set(),
      commenters: new Set(),
      viewers: new Set(),
      access: 'PRIVATE',
      permission: 'NONE',
      explicitlyTrashed: false,
      starred: false,
      description: null,
      shareableByEditors: true,
      created: now,
      updated: now,
      bytes: spec.bytes ?? null,
      isRoot: spec.isRoot ?? false,
    };
    this.items.set(item.id, item);
    return item;
  }

  /** Deletes an item for good (emptying the trash); DriveApp itself cannot. */
  delete(id: string): void {
    this.items.delete(id);
  }

  touch(id: string): void {
    const item = this.items.get(id);
    if (item) item.updated = this.env.now();
  }

  /** Ancestors, nearest first. */
  ancestors(item: DriveItem): DriveItem[] {
    const out: DriveItem[] = [];
    const seen = new Set<string>([item.id]);
    let frontier = item.parents;
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const pid of frontier) {
        const p = this.items.get(pid);
        if (!p || seen.has(p.id)) continue;
        seen.add(p.id);
        out.push(p);
        next.push(...p.parents);
      }
      frontier = next;
    }
    return out;
  }

  /** Trashing a folder puts everything in it in the trash too. */
  isTrashed(item: DriveItem): boolean {
    return item.explicitlyTrashed || this.ancestors(item).some((a) => a.explicitlyTrashed);
  }

  /** The access a user has: from the item itself, an ancestor folder (access is inherited), or link sharing. */
  accessOf(item: DriveItem, user: string = this.env.activeUser, withLink = true): Permission {
    const chain = [item, ...this.ancestors(item)];
    if (chain.some((i) => i.owner === user && (i === item || !i.isRoot)))
      return item.owner === user ? 'OWNER' : 'EDIT';
    if (chain.some((i) => i.editors.has(user))) return 'EDIT';
    const general = chain
      .map((i) => this.generalAccess(i, user, withLink))
      .filter((p): p is Permission => p !== null);
    if (general.includes('EDIT')) return 'EDIT';
    if (chain.some((i) => i.commenters.has(user)) || general.includes('COMMENT')) return 'COMMENT';
    if (chain.some((i) => i.viewers.has(user)) || general.includes('VIEW')) return 'VIEW';
    return 'NONE';
  }

  private generalAccess(item: DriveItem, user: string, withLink: boolean): Permission | null {
    if (item.access === 'PRIVATE') return null;
    if (!withLink && (item.access === 'ANYONE_WITH_LINK' || item.access === 'DOMAIN_WITH_LINK')) return null;
    if (
      (item.access === 'DOMAIN' || item.access === 'DOMAIN_WITH_LINK') &&
      domainOf(user) !== domainOf(item.owner)
    )
      return null;
    return item.permission;
  }

  canRead(item: DriveItem, user?: string): boolean {
    return this.accessOf(item, user) !== 'NONE';
  }

  canEdit(item: DriveItem, user?: string): boolean {
    const a = this.accessOf(item, user);
    return a === 'OWNER' || a === 'EDIT';
  }

  /** An item the active user can open by id: missing and inaccessible ids throw the same error. */
  require(id: unknown): DriveItem {
    if (id === null || id === undefined) throw new Error('Invalid argument: id');
    const item = this.items.get(String(id));
    if (!item || !this.canRead(item)) throw new Error(NO_ITEM);
    return item;
  }

  requireEdit(item: DriveItem): void {
    if (!this.canEdit(item)) throw new Error(ACCESS_DENIED);
  }

  /**
   * Items in the active user's Drive (owned or shared with them), not in the trash. An item the user may
   * open only because anyone with the link may is opened by id but not listed or found by search
   * (inferred: such an item is in nobody's "Shared with me" until they open it).
   */
  visible(filter: (item: DriveItem) => boolean, trashed: boolean | 'any' = false): DriveItem[] {
    return [...this.items.values()].filter(
      (i) =>
        !i.isRoot &&
        (trashed === 'any' || this.isTrashed(i) === trashed) &&
        this.accessOf(i, this.env.activeUser, false) !== 'NONE' &&
        filter(i),
    );
  }

  childrenOf(
    folderId: string,
    filter: (item: DriveItem) => boolean,
    trashed: boolean | 'any' = false,
  ): DriveItem[] {
    return this.visible((i) => i.parents.includes(folderId) && filter(i), trashed);
  }

  /**
   * Users with at least edit access: the owner first (as live Apps Script lists them), then editors of the
   * item and those it inherits from its folders ("Permission lists for a folder propagate downward. All
   * child files and folders inherit permissions from the parent",
   * https://developers.google.com/workspace/drive/api/guides/manage-sharing): the editors of a folder, and
   * the owner of a folder holding a file someone else made in it. Empty for a user who cannot edit the item:
   * "If the user who executes the script does not have edit access …, this method returns an empty array"
   * (https://developers.google.com/apps-script/reference/drive/folder#getEditors()).
   */
  editorsOf(item: DriveItem): string[] {
    if (!this.canEdit(item)) return [];
    const folders = this.ancestors(item).filter((a) => !a.isRoot);
    return [...new Set([item.owner, ...item.editors, ...folders.flatMap((f) => [f.owner, ...f.editors])])];
  }

  /**
   * Live Apps Script's getViewers() lists everyone with at least view access — viewers, commenters,
   * editors and the owner (gas-fakes notes/oddities.md "DriveApp vs Drive API Role Hierarchy"), inherited
   * ones included; empty for a user who cannot edit the item (folder#getViewers()).
   */
  viewersOf(item: DriveItem): string[] {
    if (!this.canEdit(item)) return [];
    const folders = this.ancestors(item).filter((a) => !a.isRoot);
    return [
      ...new Set([
        ...this.editorsOf(item),
        ...item.commenters,
        ...item.viewers,
        ...folders.flatMap((f) => [...f.commenters, ...f.viewers]),
      ]),
    ];
  }

  /**
   * A Drive User (https://developers.google.com/apps-script/reference/drive/user): a plain object, like the
   * users of the spreadsheet emulator, as reading it is no round trip to Drive.
   */
  user(email: string): GoogleAppsScript.Drive.User {
    const name = this.userNames.get(email) ?? email.slice(0, email.indexOf('@'));
    const user = {
      getEmail: () => email,
      getName: () => name,
      getDomain: () => domainOf(email),
      getPhotoUrl: () => null,
      toString: () => 'DriveUser',
    };
    return user as unknown as GoogleAppsScript.Drive.User;
  }

  /** Size Drive reports: bytes for ordinary files, the provider's estimate for Google-native files. */
  sizeOf(item: DriveItem): number {
    if (item.mimeType === MIME.FOLDER) return 0;
    if (item.bytes) return item.bytes.length;
    return this.providers.get(item.mimeType)?.contentSize(item.id) ?? 0;
  }
}
