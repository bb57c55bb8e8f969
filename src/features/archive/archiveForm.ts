import type { CaseRecord } from '../../domain/cases/caseRecord';
import { Q, questionByTitle } from '../../domain/intake/questions';
import type { DocState } from '../../gas/docState';
import { FORM_SHEET } from '../intake/formStep';
import { responseOf } from '../intake/intake';
import { meldeskjema } from '../intake/responses';

/**
 * Removes a case's report from the two places the meldeskjema keeps it: the row in the response sheet
 * and the form's own stored response. The row is found by what the form says of the response: its
 * timestamp to the second, the respondent's address and the student's name as typed (the register's
 * «Meldt», «Meldt av» and «Elev» when the response is gone already, on a rerun). A row that does not
 * match all three is left alone, and the caller says so: two reports sent in the same second by the same
 * person are told apart by the name, and a row deleted by hand never makes another report's row go.
 * Intake knows reports by their id, never by their row, so the rows after it and the next report are
 * safe (tests/bundle/archive.test.ts).
 */
export function deleteReport(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  state: DocState,
  c: CaseRecord,
): { row: boolean; response: boolean } {
  if (!c.svarId) return { row: false, response: false };
  const form = meldeskjema(state);
  let at = c.meldt;
  let email = c.meldtAv;
  let student = c.elev;
  let response = false;
  if (form) {
    try {
      const r = responseOf(form.getResponse(c.svarId));
      at = r.timestamp;
      email = r.email || email;
      student = r.answers[Q.student] ?? '';
      response = true;
    } catch {
      // Deleted already (a run that stopped after it): the register still has the time and the address.
    }
  }
  let row = false;
  const sheetId = state.get(FORM_SHEET);
  const sheet = sheetId ? ss.getSheetById(Number(sheetId)) : null;
  if (sheet && at) {
    const values = sheet.getDataRange().getValues();
    const second = Math.floor(at.getTime() / 1000);
    const header = (values[0] ?? []).map((h) => String(h));
    const nameColumn = header.findIndex((h) => questionByTitle(h)?.title === Q.student);
    const lower = email.trim().toLowerCase();
    const index = values.findIndex((v, i) => {
      if (i === 0) return false;
      const stamp = v[0];
      if (!(stamp instanceof Date) || Math.floor(stamp.getTime() / 1000) !== second) return false;
      if (lower && !v.some((cell) => String(cell).trim().toLowerCase() === lower)) return false;
      return nameColumn >= 0 && String(v[nameColumn] ?? '').trim() === student.trim();
    });
    if (index > 0) {
      sheet.deleteRow(index + 1);
      row = true;
    }
  }
  if (form && response) form.deleteResponse(c.svarId);
  return { row, response };
}
