import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { Env } from '../../tools/emulator/core/env';
import { gas } from '../../tools/emulator/core/gas';
import { NotImplementedError } from '../../tools/emulator/core/tracking';
import { createDriveAndDocs } from '../../tools/emulator/document/index';
import { createBlob, type EmuBlob, MIME, NO_ITEM } from '../../tools/emulator/drive/index';

const OWNER = 'rektor@skole.no';
const TEACHER = 'kontakt@skole.no';

function setup() {
  const env = new Env({ now: new Date('2026-09-14T08:00:00+02:00'), owner: OWNER });
  const world = createDriveAndDocs(env);
  return { env, ...world };
}

function blob(
  env: Env,
  text: string,
  type: string | null = MIME.PLAIN_TEXT,
  name: string | null = 'notat.txt',
) {
  return gas<GoogleAppsScript.Base.Blob>(createBlob(env, text, type, name));
}

describe('DriveApp lookups', () => {
  it('missing ids throw the real error; null ids are an invalid argument', () => {
    const { DriveApp } = setup();
    expect(() => DriveApp.getFileById('finnes-ikke')).toThrow(NO_ITEM);
    expect(NO_ITEM).toBe(
      'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
    );
    expect(() => DriveApp.getFolderById('finnes-ikke')).toThrow(NO_ITEM);
    expect(() => DriveApp.getFileById(gas(null))).toThrow('Invalid argument: id');
  });

  it('a trashed file is still found by id (isTrashed), a deleted one is not', () => {
    const { DriveApp, driveStore } = setup();
    const file = DriveApp.createFile('a.txt', 'x');
    file.setTrashed(true);
    expect(DriveApp.getFileById(file.getId()).isTrashed()).toBe(true);
    expect(DriveApp.getFilesByName('a.txt').hasNext()).toBe(false);
    expect(DriveApp.getTrashedFiles().next().getId()).toBe(file.getId());
    driveStore.delete(file.getId());
    expect(() => DriveApp.getFileById(file.getId())).toThrow(NO_ITEM);
  });

  it('a folder id is not a file for getFolderById the other way round', () => {
    const { DriveApp } = setup();
    const file = DriveApp.createFile('a.txt', 'x');
    expect(() => DriveApp.getFolderById(file.getId())).toThrow(NO_ITEM);
    const folder = DriveApp.createFolder('Saker');
    expect(DriveApp.getFileById(folder.getId()).getMimeType()).toBe(MIME.FOLDER);
  });

  it('root folder, names and iterators', () => {
    const { DriveApp } = setup();
    const root = DriveApp.getRootFolder();
    expect(root.getName()).toBe('My Drive');
    expect(root.getParents().hasNext()).toBe(false);
    expect(String(DriveApp)).toBe('Drive');
    const saker = DriveApp.createFolder('Saker');
    expect(String(saker)).toBe('Saker');
    saker.createFolder('2026');
    saker.createFile('logg.txt', 'hei');
    const it = DriveApp.getFoldersByName('2026');
    expect(it.hasNext()).toBe(true);
    const sub = it.next();
    expect(sub.getParents().next().getId()).toBe(saker.getId());
    expect(it.hasNext()).toBe(false);
    expect(() => it.next()).toThrow('Cannot retrieve the next object: iterator has reached the end.');
    const files = saker.getFiles();
    expect(files.next().getName()).toBe('logg.txt');
    expect(files.hasNext()).toBe(false);
    expect(saker.getFilesByName('logg.txt').hasNext()).toBe(true);
    expect(saker.getFoldersByName('2026').hasNext()).toBe(true);
    expect(root.getFolders().next().getName()).toBe('Saker');
    expect(DriveApp.getFilesByType(MIME.PLAIN_TEXT).next().getName()).toBe('logg.txt');
  });

  it('trashing a folder puts its contents in the trash', () => {
    const { DriveApp } = setup();
    const folder = DriveApp.createFolder('Gammelt');
    const file = folder.createFile('x.txt', 'x');
    folder.setTrashed(true);
    expect(DriveApp.getFileById(file.getId()).isTrashed()).toBe(true);
    expect(folder.getFiles().hasNext()).toBe(false);
    folder.setTrashed(false);
    expect(DriveApp.getFileById(file.getId()).isTrashed()).toBe(false);
  });
});

describe('creating files', () => {
  it('from a name and content, or a blob; the real argument errors', () => {
    const { env, DriveApp } = setup();
    const f = DriveApp.createFile('logg.csv', 'a;b', MIME.CSV);
    expect(f.getMimeType()).toBe('text/csv');
    expect(f.getBlob().getDataAsString()).toBe('a;b');
    expect(f.getSize()).toBe(3);
    expect(DriveApp.createFile('t.txt', 'æ').getMimeType()).toBe('text/plain');
    const b = DriveApp.createFile(blob(env, 'hei'));
    expect(b.getName()).toBe('notat.txt');
    expect(b.getBlob().getBytes()).toEqual(blob(env, 'hei').getBytes());
    expect(() => gas<(...a: unknown[]) => unknown>(DriveApp.createFile)()).toThrow(
      "The parameters () don't match",
    );
    expect(() => DriveApp.createFile(gas<GoogleAppsScript.Base.BlobSource>(''))).toThrow(
      'The parameters (String)',
    );
    expect(() => DriveApp.createFile(gas<string>(null), '')).toThrow('Invalid argument: name');
    expect(() => DriveApp.createFile(gas<string>(blob(env, 'x')), '')).toThrow(
      'The parameters (Blob,String)',
    );
    expect(() => DriveApp.createFile(blob(env, '', null, null))).toThrow(
      'Blob object must have non-null name for this operation.',
    );
  });

  it('dates are Dates of the script realm; getLastUpdated moves on a change', () => {
    const { env, DriveApp } = setup();
    const ScriptDate = vm.runInContext('Date', vm.createContext({})) as DateConstructor;
    env.DateCtor = ScriptDate;
    const f = DriveApp.createFile('a.txt', 'x');
    expect(f.getDateCreated()).toBeInstanceOf(ScriptDate);
    expect(f.getDateCreated() instanceof Date).toBe(false);
    env.advance(60_000);
    f.setName('b.txt');
    expect(f.getLastUpdated().getTime() - f.getDateCreated().getTime()).toBe(60_000);
  });
});

describe('copies', () => {
  it('makeCopy keeps the name and folder by default; takes a name and a destination', () => {
    const { DriveApp } = setup();
    const maler = DriveApp.createFolder('Maler');
    const saker = DriveApp.createFolder('Saker');
    const src = maler.createFile('mal.txt', 'innhold');
    const c1 = src.makeCopy();
    expect(c1.getName()).toBe('mal.txt');
    expect(c1.getId()).not.toBe(src.getId());
    expect(c1.getParents().next().getId()).toBe(maler.getId());
    const c2 = src.makeCopy('kopi.txt', saker);
    expect(c2.getName()).toBe('kopi.txt');
    expect(c2.getParents().next().getId()).toBe(saker.getId());
    expect(c2.getBlob().getDataAsString()).toBe('innhold');
    expect(src.makeCopy(saker).getName()).toBe('mal.txt');
    expect(() => src.makeCopy(gas<string>(saker), gas<GoogleAppsScript.Drive.Folder>('xx'))).toThrow(
      "The parameters (DriveApp.Folder,String) don't match the method signature for DriveApp.File.makeCopy.",
    );
    expect(() => src.makeCopy('yy', gas<GoogleAppsScript.Drive.Folder>('xx'))).toThrow(
      'The parameters (String,String)',
    );
  });

  it('copying a Google Doc into a folder deep-copies its content: the two are independent', () => {
    const { DriveApp, DocumentApp } = setup();
    const mal = DocumentApp.create('Mal tiltaksplan');
    const malId = mal.getId();
    mal.getBody().appendParagraph('Elev: {{navn}}');
    mal.getBody().appendTable([['Tiltak', '{{tiltak}}']]);
    mal.saveAndClose();
    const saker = DriveApp.createFolder('Saker');
    const copyFile = DriveApp.getFileById(malId).makeCopy('Tiltaksplan Kari', saker);
    expect(copyFile.getMimeType()).toBe(MIME.GOOGLE_DOCS);
    expect(copyFile.getParents().next().getId()).toBe(saker.getId());
    const copy = DocumentApp.openById(copyFile.getId());
    expect(copy.getName()).toBe('Tiltaksplan Kari');
    copy.getBody().replaceText('\\{\\{navn\\}\\}', 'Kari');
    copy.getBody().replaceText('\\{\\{tiltak\\}\\}', 'Samtale');
    copy.saveAndClose();
    expect(DocumentApp.openById(malId).getBody().getText()).toBe('\nElev: {{navn}}\nTiltak\n{{tiltak}}\n');
    expect(DocumentApp.openById(copyFile.getId()).getBody().getText()).toBe(
      '\nElev: Kari\nTiltak\nSamtale\n',
    );
  });

  it('edits not yet saved are not in a copy (Drive copies the saved document)', () => {
    const { DriveApp, DocumentApp } = setup();
    const doc = DocumentApp.create('Mal');
    doc.getBody().appendParagraph('ulagret');
    const copy = DriveApp.getFileById(doc.getId()).makeCopy();
    expect(DocumentApp.openById(copy.getId()).getBody().getText()).toBe('');
  });

  it('exports a Google Doc as PDF through Drive; other conversions throw', () => {
    const { DriveApp, DocumentApp } = setup();
    const doc = DocumentApp.create('Vedtak.2026');
    const id = doc.getId();
    doc.getBody().appendParagraph('Vedtak om tiltak');
    doc.saveAndClose();
    const file = DriveApp.getFileById(id);
    const pdf = file.getAs(MIME.PDF);
    expect(pdf.getName()).toBe('Vedtak.pdf');
    expect(pdf.getDataAsString('ISO-8859-1').startsWith('%PDF-1.4')).toBe(true);
    expect((pdf as unknown as EmuBlob)._text).toBe('\nVedtak om tiltak');
    expect(file.getSize()).toBeGreaterThan(0);
    expect(() => file.getAs(MIME.PNG)).toThrow(
      `Converting from ${MIME.GOOGLE_DOCS} to image/png is not supported.`,
    );
    const stored = DriveApp.getRootFolder().createFile(pdf);
    expect(stored.getMimeType()).toBe(MIME.PDF);
    expect(stored.getName()).toBe('Vedtak.pdf');
  });
});

describe('moving', () => {
  it('moveTo gives the file a single new parent', () => {
    const { DriveApp } = setup();
    const a = DriveApp.createFolder('A');
    const b = DriveApp.createFolder('B');
    const f = a.createFile('x.txt', 'x');
    expect(f.moveTo(b).getId()).toBe(f.getId());
    const parents = f.getParents();
    expect(parents.next().getId()).toBe(b.getId());
    expect(parents.hasNext()).toBe(false);
    expect(() => f.moveTo(gas<GoogleAppsScript.Drive.Folder>('rubbish'))).toThrow('The parameters (String)');
    b.moveTo(a);
    expect(b.getParents().next().getId()).toBe(a.getId());
  });
});

describe('sharing', () => {
  it('a new file is PRIVATE / NONE; setSharing takes the DriveApp enums', () => {
    const { DriveApp } = setup();
    const f = DriveApp.createFile('a.txt', 'x');
    expect(f.getSharingAccess()).toBe('PRIVATE');
    expect(f.getSharingPermission()).toBe('NONE');
    f.setSharing(DriveApp.Access.DOMAIN_WITH_LINK, DriveApp.Permission.VIEW);
    expect(f.getSharingAccess()).toBe(DriveApp.Access.DOMAIN_WITH_LINK);
    expect(f.getSharingPermission()).toBe(DriveApp.Permission.VIEW);
    f.setSharing(DriveApp.Access.PRIVATE, DriveApp.Permission.NONE);
    expect(f.getSharingAccess()).toBe('PRIVATE');
  });

  it('editors and viewers lists include the owner (and viewers include editors), as live Apps Script', () => {
    const { DriveApp } = setup();
    const folder = DriveApp.createFolder('Sak 2026-001');
    expect(folder.getEditors().map((u) => u.getEmail())).toEqual([OWNER]);
    expect(folder.getViewers().map((u) => u.getEmail())).toEqual([OWNER]);
    folder.addEditor(TEACHER).addViewers(['helse@skole.no', TEACHER]);
    expect(folder.getEditors().map((u) => u.getEmail())).toEqual([OWNER, TEACHER]);
    // Adding an editor as viewer does not lower their access.
    expect(folder.getAccess(TEACHER)).toBe('EDIT');
    expect(folder.getViewers().map((u) => u.getEmail())).toEqual([OWNER, TEACHER, 'helse@skole.no']);
    // removeViewer has no effect on an editor.
    folder.removeViewer(TEACHER);
    expect(folder.getAccess(TEACHER)).toBe('EDIT');
    folder.removeEditor(TEACHER);
    expect(folder.getAccess(TEACHER)).toBe('NONE');
    expect(folder.getOwner().getEmail()).toBe(OWNER);
  });

  it("another user cannot open a private file; access is inherited from the folder; viewers can't edit", () => {
    const { env, DriveApp, DocumentApp } = setup();
    const folder = DriveApp.createFolder('Sak');
    const file = folder.createFile('logg.txt', 'x');
    const doc = DocumentApp.create('Plan');
    const docId = doc.getId();
    DriveApp.getFileById(docId).moveTo(folder);
    env.activeUser = TEACHER;
    expect(() => DriveApp.getFileById(file.getId())).toThrow(NO_ITEM);
    expect(() => DocumentApp.openById(docId)).toThrow('is missing');
    env.activeUser = OWNER;
    folder.addViewer(TEACHER);
    env.activeUser = TEACHER;
    const seen = DriveApp.getFileById(file.getId());
    expect(seen.getName()).toBe('logg.txt');
    expect(() => seen.setName('endret')).toThrow('Access denied: DriveApp.');
    expect(DriveApp.getFilesByName('logg.txt').hasNext()).toBe(true);
    env.activeUser = OWNER;
    folder.addEditor(TEACHER);
    env.activeUser = TEACHER;
    DriveApp.getFileById(file.getId()).setName('endret');
    expect(DocumentApp.openById(docId).getName()).toBe('Plan');
    // A file the teacher creates is theirs, in their own My Drive.
    const own = DriveApp.createFile('mitt.txt', 'x');
    expect(own.getOwner().getEmail()).toBe(TEACHER);
    expect(own.getParents().next().getId()).toBe(DriveApp.getRootFolder().getId());
  });

  it('Document sharing is the Drive file sharing', () => {
    const { DriveApp, DocumentApp } = setup();
    const doc = DocumentApp.create('Plan');
    doc.addEditor(TEACHER).addViewer('helse@skole.no');
    expect(doc.getEditors().map((u) => u.getEmail())).toEqual([OWNER, TEACHER]);
    expect(DriveApp.getFileById(doc.getId()).getAccess('helse@skole.no')).toBe('VIEW');
    doc.removeEditor(TEACHER);
    expect(doc.getEditors()).toHaveLength(1);
  });
});

describe('Blob', () => {
  it('holds bytes (signed Java bytes), a name and a content type; copies are independent', () => {
    const { env } = setup();
    const b = blob(env, 'Ø');
    expect(b.getBytes()).toEqual([-61, -104]);
    expect(b.getDataAsString()).toBe('Ø');
    expect(b.getContentType()).toBe('text/plain');
    const c = b.copyBlob();
    c.setName('kopi.txt').setDataFromString('annet');
    expect(b.getName()).toBe('notat.txt');
    expect(b.getDataAsString()).toBe('Ø');
    expect(c.getDataAsString()).toBe('annet');
    expect(b.isGoogleType()).toBe(false);
  });

  it('getAs("application/pdf") converts text and replaces the name extension', () => {
    const { env } = setup();
    const pdf = blob(env, 'linje 1\nlinje 2', MIME.PLAIN_TEXT, 'ShoppingList.12.25.2014').getAs(MIME.PDF);
    expect(pdf.getName()).toBe('ShoppingList.12.25.pdf');
    expect(pdf.getContentType()).toBe(MIME.PDF);
    expect(pdf.getDataAsString('ISO-8859-1').startsWith('%PDF-1.4')).toBe(true);
    // A structurally valid PDF: startxref points at the xref table, whose entries point at the objects.
    const raw = pdf.getDataAsString('ISO-8859-1');
    const xref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(raw)?.[1]);
    expect(raw.slice(xref, xref + 4)).toBe('xref');
    const offsets = [...raw.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets.length).toBeGreaterThan(4);
    expect(offsets.every((o, i) => raw.slice(o).startsWith(`${i + 1} 0 obj`))).toBe(true);
    expect(() => blob(env, 'x', MIME.PNG, 'a.png').getAs(MIME.PDF)).toThrow(
      'Converting from image/png to application/pdf is not supported.',
    );
  });
});

describe('MimeType', () => {
  it('has the real MIME strings', () => {
    const { MimeType } = setup();
    expect(MimeType.GOOGLE_DOCS).toBe('application/vnd.google-apps.document');
    expect(MimeType.GOOGLE_SHEETS).toBe('application/vnd.google-apps.spreadsheet');
    expect(MimeType.GOOGLE_FORMS).toBe('application/vnd.google-apps.form');
    expect(MimeType.FOLDER).toBe('application/vnd.google-apps.folder');
    expect(MimeType.PDF).toBe('application/pdf');
    expect(MimeType.PLAIN_TEXT).toBe('text/plain');
    expect(MimeType.MICROSOFT_WORD).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
  });
});

describe('call counting', () => {
  it('counts DriveApp, File, Folder and iterator calls', () => {
    const { env, DriveApp } = setup();
    const folder = DriveApp.createFolder('A');
    folder.createFile('x.txt', 'x');
    env.calls.reset();
    const f = DriveApp.getFolderById(folder.getId());
    const it = f.getFiles();
    while (it.hasNext()) it.next().getName();
    expect(env.calls.snapshot()).toEqual({
      'DriveApp.getFolderById': 1,
      'File.getName': 1,
      'FileIterator.hasNext': 2,
      'FileIterator.next': 1,
      'Folder.getFiles': 1,
      'Folder.getId': 1,
    });
    expect(env.calls.byService()['DriveApp']).toBe(1);
  });

  it('an unimplemented method throws by name', () => {
    const { DriveApp } = setup();
    expect(() => DriveApp.getStorageUsed()).toThrow(NotImplementedError);
    expect(() => DriveApp.getStorageUsed()).toThrow('DriveApp.getStorageUsed() is not implemented');
    expect(() => DriveApp.getRootFolder().createShortcut('x')).toThrow(
      'Folder.createShortcut() is not implemented',
    );
  });
});
