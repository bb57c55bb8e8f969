import { gas } from '../core/gas.js';
import { proxyOf, track } from '../core/tracking.js';
import { addEditors, addViewers, removeEditor, removeViewer } from '../drive/entries.js';
import { MIME, replaceExtension } from '../drive/mimeType.js';
import { type DriveItem, NO_ITEM } from '../drive/store.js';
import { CLOSED, type DocLive, guardMethods } from './elements.js';
import { bodyToHtml, createBlobFromDocument } from './render.js';
import type { DocStore } from './store.js';

type GasDocument = GoogleAppsScript.Document.Document;
type GasUser = GoogleAppsScript.Base.User;

/**
 * An open Google Doc. https://developers.google.com/apps-script/reference/document/document
 * "saveAndClose(): Saves the current Document. Causes pending updates to be flushed and applied. The
 * saveAndClose() method is automatically invoked at the end of script execution for each open editable
 * Document. A closed Document can't be edited. Use DocumentApp.openById() to open a given document for
 * editing." After it, this Document and every element taken from it throw
 * "Document is closed, its contents cannot be updated."
 * Drive (File.getAs, getBlob, makeCopy) sees the document as last saved, so a PDF made through DriveApp
 * before saveAndClose() misses the latest edits, as in Apps Script.
 */
export class EmuDocument implements Partial<GasDocument> {
  constructor(
    readonly _store: DocStore,
    readonly _live: DocLive,
  ) {}

  static _create(store: DocStore, live: DocLive): EmuDocument {
    return track(new EmuDocument(store, live), 'Document', store.env);
  }

  _checkOpen(): void {
    if (this._live.closed) throw new Error(CLOSED);
  }
  _item(): DriveItem {
    const item = this._store.drive.items.get(this._live.docId);
    if (!item) throw new Error(NO_ITEM);
    return item;
  }
  private _self(): GasDocument {
    return gas(proxyOf(this));
  }
  /** The document as simple, safe HTML for the preview (internal: not a service call). */
  _toHtml(): string {
    return bodyToHtml(this._live.body);
  }
  /** The document's text, as Body.getText() gives it (internal, for tests). */
  _text(): string {
    return this._live.body._textOf();
  }

  getId(): string {
    return this._live.docId;
  }
  getName(): string {
    return this._item().name;
  }
  setName(name: string): GasDocument {
    const item = this._item();
    this._store.drive.requireEdit(item);
    item.name = String(name);
    this._store.drive.touch(item.id);
    return this._self();
  }
  /** Document.getUrl() gives the short "open?id=" form, unlike DriveApp's File.getUrl(). */
  getUrl(): string {
    return `https://docs.google.com/open?id=${this._live.docId}`;
  }
  getBody(): GoogleAppsScript.Document.Body {
    return gas(this._live.body);
  }
  saveAndClose(): void {
    this._store.close(this._live);
  }
  /** Only PDF: "<name>.pdf", with the current (not only the saved) contents. */
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    if (contentType !== MIME.PDF)
      throw new Error(`Converting from ${MIME.GOOGLE_DOCS} to ${contentType} is not supported.`);
    return gas(
      createBlobFromDocument(
        this._store.env,
        this._live.body,
        replaceExtension(this.getName(), MIME.PDF),
        this.getName(),
      ),
    );
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    return this.getAs(MIME.PDF);
  }
  addEditor(user: string | GasUser): GasDocument {
    addEditors(this._store.drive, this._item(), [user]);
    return this._self();
  }
  addEditors(emailAddresses: string[]): GasDocument {
    addEditors(this._store.drive, this._item(), emailAddresses);
    return this._self();
  }
  removeEditor(user: string | GasUser): GasDocument {
    removeEditor(this._store.drive, this._item(), user);
    return this._self();
  }
  addViewer(user: string | GasUser): GasDocument {
    addViewers(this._store.drive, this._item(), [user]);
    return this._self();
  }
  addViewers(emailAddresses: string[]): GasDocument {
    addViewers(this._store.drive, this._item(), emailAddresses);
    return this._self();
  }
  removeViewer(user: string | GasUser): GasDocument {
    removeViewer(this._store.drive, this._item(), user);
    return this._self();
  }
  /** The owner is listed too (live: a document shared with nobody has one editor and one viewer). */
  getEditors(): GasUser[] {
    return this._store.drive.editorsOf(this._item()).map((e) => this._store.drive.user(e));
  }
  getViewers(): GasUser[] {
    return this._store.drive.viewersOf(this._item()).map((e) => this._store.drive.user(e));
  }
  toString(): string {
    return 'Document';
  }
}

guardMethods(EmuDocument);
