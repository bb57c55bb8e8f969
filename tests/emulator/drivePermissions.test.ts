import { describe, expect, it } from 'vitest';
import { Env } from '../../tools/emulator/core/env';
import { createDriveAndDocs } from '../../tools/emulator/document/index';
import { MIME, NO_ITEM } from '../../tools/emulator/drive/index';

const REKTOR = 'rektor@skole.no';
const INSPEKTOR = 'inspektor@skole.no';
const LAERER = 'kontakt@skole.no';
const ANDRE = 'andre@skole.no';

function setup() {
  const env = new Env({ now: new Date('2026-09-14T08:00:00+02:00'), owner: REKTOR });
  return { env, ...createDriveAndDocs(env) };
}
const emails = (users: GoogleAppsScript.Drive.User[]) => users.map((u) => u.getEmail());

describe('Drive access under the full drive scope', () => {
  it("a file made by B in A's folder is B's, and A (the folder's owner) and the folder's editors reach it", () => {
    const { env, DriveApp } = setup();
    const saker = DriveApp.createFolder('Saker');
    saker.addEditor(INSPEKTOR).addViewer(LAERER);
    const sakerId = saker.getId();

    env.activeUser = INSPEKTOR;
    const sub = DriveApp.getFolderById(sakerId).createFolder('Sak 2026-001');
    const plan = sub.createFile('plan.txt', 'x');
    expect(plan.getOwner().getEmail()).toBe(INSPEKTOR);

    env.activeUser = REKTOR;
    // The folder's owner can open and change what someone else made in it, later too.
    const seen = DriveApp.getFileById(plan.getId());
    expect(seen.getAccess(REKTOR)).toBe('EDIT');
    seen.setName('plan v2.txt');
    // The viewer of the top folder reads files in its subfolders, made by someone else, but cannot change them.
    env.activeUser = LAERER;
    expect(DriveApp.getFileById(plan.getId()).getName()).toBe('plan v2.txt');
    expect(() => DriveApp.getFileById(plan.getId()).setName('x')).toThrow('Access denied: DriveApp.');
    expect(() => DriveApp.getFolderById(sub.getId()).createFile('a.txt', 'x')).toThrow(
      'Access denied: DriveApp.',
    );
    // Someone the folder was never shared with reaches nothing in it.
    env.activeUser = ANDRE;
    expect(() => DriveApp.getFolderById(sakerId)).toThrow(NO_ITEM);
    expect(() => DriveApp.getFileById(plan.getId())).toThrow(NO_ITEM);
    expect(DriveApp.searchFiles("title contains 'plan'").hasNext()).toBe(false);
  });

  it('editors and viewers lists include those the item inherits from its folders; empty for non-editors', () => {
    const { env, DriveApp } = setup();
    const saker = DriveApp.createFolder('Saker').addEditor(INSPEKTOR).addViewer(LAERER);
    env.activeUser = INSPEKTOR;
    const file = DriveApp.getFolderById(saker.getId()).createFile('logg.txt', 'x');
    expect(emails(file.getEditors())).toEqual([INSPEKTOR, REKTOR]);
    expect(emails(file.getViewers())).toEqual([INSPEKTOR, REKTOR, LAERER]);
    env.activeUser = LAERER;
    // "If the user who executes the script does not have edit access …, this method returns an empty array."
    expect(DriveApp.getFileById(file.getId()).getEditors()).toEqual([]);
    expect(DriveApp.getFileById(file.getId()).getViewers()).toEqual([]);
  });

  it('the owner cannot be removed; removing an inherited editor from a file leaves their access', () => {
    const { env, DriveApp } = setup();
    const saker = DriveApp.createFolder('Saker').addEditor(INSPEKTOR);
    const file = saker.createFile('a.txt', 'x');
    expect(() => file.removeEditor(REKTOR)).toThrow(/owner/);
    expect(() => file.removeViewer(REKTOR)).toThrow(/owner/);
    file.removeEditor(INSPEKTOR);
    expect(file.getAccess(INSPEKTOR)).toBe('EDIT');
    saker.removeEditor(INSPEKTOR);
    expect(file.getAccess(INSPEKTOR)).toBe('NONE');
    env.activeUser = INSPEKTOR;
    expect(() => DriveApp.getFileById(file.getId())).toThrow(NO_ITEM);
  });

  it('a trashed file is still opened by id, by its owner and by those it is shared with', () => {
    const { env, DriveApp } = setup();
    const saker = DriveApp.createFolder('Saker').addViewer(LAERER);
    const file = saker.createFile('a.txt', 'x');
    file.setTrashed(true);
    env.activeUser = LAERER;
    expect(DriveApp.getFileById(file.getId()).isTrashed()).toBe(true);
  });
});

describe('link sharing', () => {
  it('a file anyone with the link may view is opened by id but not listed or found', () => {
    const { env, DriveApp } = setup();
    const file = DriveApp.createFile('rutine.txt', 'x');
    file.setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.VIEW);
    env.activeUser = ANDRE;
    expect(DriveApp.getFileById(file.getId()).getName()).toBe('rutine.txt');
    expect(DriveApp.getFilesByName('rutine.txt').hasNext()).toBe(false);
    expect(DriveApp.searchFiles("title = 'rutine.txt'").hasNext()).toBe(false);
  });
});

describe('Drive search (v2 query language)', () => {
  it('finds by title, type, parent and trash state, with and / or / not and prefix-only contains', () => {
    const { env, DriveApp } = setup();
    const saker = DriveApp.createFolder('Saker');
    saker.createFile('HelloWorld.txt', 'x');
    saker.createFile('Aktivitetsplan 2026-001', 'x', MIME.PLAIN_TEXT);
    const old = saker.createFile('Aktivitetsplan 2025-004', 'x');
    old.setTrashed(true);
    saker.createFolder('Arkiv');
    const names = (it: GoogleAppsScript.Drive.FileIterator | GoogleAppsScript.Drive.FolderIterator) => {
      const out: string[] = [];
      while (it.hasNext()) out.push(it.next().getName());
      return out.sort();
    };
    expect(names(DriveApp.searchFiles("title contains 'Hello'"))).toEqual(['HelloWorld.txt']);
    expect(names(DriveApp.searchFiles("title contains 'World'"))).toEqual([]);
    expect(names(DriveApp.searchFiles("title contains 'aktivitetsplan'"))).toEqual([
      'Aktivitetsplan 2025-004',
      'Aktivitetsplan 2026-001',
    ]);
    expect(names(saker.searchFiles("title contains 'Aktivitetsplan' and trashed = false"))).toEqual([
      'Aktivitetsplan 2026-001',
    ]);
    expect(
      names(
        DriveApp.searchFiles(
          `'${saker.getId()}' in parents and not (title = 'HelloWorld.txt' or trashed = true)`,
        ),
      ),
    ).toEqual(['Aktivitetsplan 2026-001']);
    expect(names(DriveApp.searchFolders(`mimeType = '${MIME.FOLDER}' and title = 'Arkiv'`))).toEqual([
      'Arkiv',
    ]);
    expect(() => DriveApp.searchFiles("name contains 'Hello'")).toThrow('Invalid argument: q');
    // Shared with me: the folder shared directly, not the files it holds.
    saker.addViewer(LAERER);
    env.activeUser = LAERER;
    expect(names(DriveApp.searchFolders('sharedWithMe = true'))).toEqual(['Saker']);
    expect(names(DriveApp.searchFiles('sharedWithMe = true'))).toEqual([]);
    env.activeUser = REKTOR;
    expect(() => DriveApp.searchFiles("title contains 'Hello")).toThrow('Invalid argument: q');
  });
});
