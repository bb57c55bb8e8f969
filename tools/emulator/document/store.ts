import type { Env } from '../core/env.js';
import type { EmuBlob } from '../drive/blob.js';
import { MIME } from '../drive/mimeType.js';
import type { DriveStore, GoogleContentProvider } from '../drive/store.js';
import { EmuDocument } from './document.js';
import { DocLive, EmuBody } from './elements.js';
import { bodyToHtml, createBlobFromDocument } from './render.js';

export interface DocRecord {
  readonly id: string;
  /** The content as last saved: what Drive exports and copies. Never handed to the script. */
  saved: EmuBody;
  /** The open editing session of this execution, if any. */
  live: DocLive | null;
}

/**
 * The content of every Google Doc, keyed by the Drive file id. The Drive file (name, folder, sharing) lives
 * in the DriveStore; DocStore is its content provider for Google Docs.
 */
export class DocStore implements GoogleContentProvider {
  readonly records = new Map<string, DocRecord>();

  constructor(
    readonly env: Env,
    readonly drive: DriveStore,
  ) {
    drive.registerProvider(MIME.GOOGLE_DOCS, this);
  }

  /** A new document in the active user's root folder, opened. */
  create(name: string): EmuDocument {
    const item = this.drive.add({
      name: String(name),
      mimeType: MIME.GOOGLE_DOCS,
      parents: [this.drive.rootOf().id],
    });
    this.records.set(item.id, { id: item.id, saved: EmuBody._create(this.env), live: null });
    return this.open(item.id);
  }

  /**
   * Opens a document. Within one execution every open of the same document shares one editing session;
   * after saveAndClose a new session starts from the saved content.
   * The error for a missing or unreadable id is Apps Script's
   * "Document <id> is missing (perhaps it was deleted, or you don't have read access?)".
   */
  open(id: string): EmuDocument {
    const item = this.drive.items.get(String(id));
    const record = this.records.get(String(id));
    if (!item || !record || item.mimeType !== MIME.GOOGLE_DOCS || !this.drive.canRead(item)) {
      throw new Error(`Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`);
    }
    if (!record.live || record.live.closed) record.live = new DocLive(record.id, record.saved._clone());
    return EmuDocument._create(this, record.live);
  }

  /** saveAndClose: the session's content becomes the saved content; the session is closed. */
  close(live: DocLive): void {
    const record = this.records.get(live.docId);
    if (record && record.live === live) {
      record.saved = live.body._clone();
      record.live = null;
      this.drive.touch(live.docId);
    }
    live.closed = true;
  }

  /** The end of an execution saves and closes every open document (the lead's runtime calls this). */
  flushAll(): void {
    for (const record of this.records.values()) if (record.live) this.close(record.live);
  }

  /** The saved content of a document (for tests and the preview). */
  savedBody(id: string): EmuBody | undefined {
    return this.records.get(id)?.saved;
  }

  /** The document as the preview shows it: the open session if any, else the saved content. Not counted. */
  toHtml(id: string): string {
    const record = this.records.get(id);
    return record ? bodyToHtml(record.live?.body ?? record.saved) : '';
  }

  /** Body.getText() of the open session if any, else of the saved content. Not counted. */
  text(id: string): string {
    const record = this.records.get(id);
    return record ? (record.live?.body ?? record.saved)._textOf() : '';
  }

  copyContent(fromId: string, toId: string): void {
    const from = this.records.get(fromId);
    if (!from)
      throw new Error(
        `Document ${fromId} is missing (perhaps it was deleted, or you don't have read access?)`,
      );
    this.records.set(toId, { id: toId, saved: from.saved._clone(), live: null });
  }

  exportAs(id: string, contentType: string, name: string | null): EmuBlob | null {
    const record = this.records.get(id);
    if (!record || contentType !== MIME.PDF) return null;
    return createBlobFromDocument(this.env, record.saved, name, this.drive.items.get(id)?.name ?? '');
  }

  /** An estimate: the UTF-8 size of the text plus a fixed overhead. */
  contentSize(id: string): number {
    const record = this.records.get(id);
    return record ? 1024 + Buffer.byteLength(record.saved._textOf(), 'utf8') : 0;
  }
}
