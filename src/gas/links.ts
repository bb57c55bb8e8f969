import type { DocState } from './docState';

/**
 * Links into the spreadsheet (`…/edit#gid=SHEET&range=A12`). The spreadsheet URL and sheet ids are cached
 * in document properties by setUp, so building a link inside a job costs no service call.
 */
export function linkTo(state: DocState, sheetName: string, row?: number): string {
  const url = state.get('url') ?? '';
  const gid = state.get(`gid:${sheetName}`);
  const anchor = gid === null ? '' : `#gid=${gid}${row ? `&range=A${row}` : ''}`;
  return `${url}${anchor}`;
}

/** Caches the URL and every sheet id; returns true when something changed. */
export function cacheLinks(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, state: DocState): boolean {
  const before = JSON.stringify([
    state.get('url'),
    ...ss.getSheets().map((s) => state.get(`gid:${s.getName()}`)),
  ]);
  state.set('url', ss.getUrl());
  for (const sheet of ss.getSheets()) state.set(`gid:${sheet.getName()}`, String(sheet.getSheetId()));
  return (
    before !==
    JSON.stringify([state.get('url'), ...ss.getSheets().map((s) => state.get(`gid:${s.getName()}`))])
  );
}
