import { archivedRecord } from '../../domain/cases/retention';
import { caseDocsKey } from '../../domain/documents/caseDocuments';
import { formatNorwegian } from '../../domain/time/localDate';
import { BARNEVERN_COL, BARNEVERN_SHEET } from '../consent/barnevernSheet';
import { caseJob } from '../documents/caseJob';
import { writeDocumentation } from '../documents/documentation';
import { MEASURE_COL, MEASURES_SHEET } from '../measures/measuresSheet';
import { COL } from '../register/registerSheet';
import { caseByNumber } from '../register/selectedCase';
import type { Work } from '../register/work';
import { exportCase, trashCaseFolder } from './archiveDrive';
import { deleteReport } from './archiveForm';
import { redactCaseLog } from './archiveLog';

/** Where archiving a case has come (document property `archive:<saksnr>`), so a rerun goes on from there. */
export interface Progress {
  readonly step: 'documentation' | 'export' | 'report' | 'measures' | 'log' | 'drive' | 'register';
  readonly files?: number;
  readonly responseRow?: boolean;
  readonly response?: boolean;
  readonly measures?: number;
  readonly logRows?: number;
  readonly folder?: boolean;
}

export const PROGRESS_PREFIX = 'archive:';
export const progressKey = (saksnr: string) => `${PROGRESS_PREFIX}${saksnr}`;

export interface Archived {
  readonly saksnr: string;
  /** False when the report's row in the response sheet was not found (deleted by hand before?). */
  readonly responseRowFound: boolean;
}

/**
 * Archives one case, step by step, each step recorded before the next begins:
 *  1. a fresh «Dokumentasjon av aktivitetsplikten», so the archive has the whole chronology;
 *  2. every document of the case folder to «Arkiv»/<saksnr> as PDF, checked to be there;
 *  3. the report: its row in the response sheet and the form's own response;
 *  4. the case's rows in «Tiltak»;
 *  5. who and the details in the case's «Logg» rows (the chain computed again: archiveLog.ts);
 *  6. the case folder to the trash;
 *  7. the register row's personal columns (the row stays for the statistics: retention.ts), the
 *     case's document properties, and the «Arkivert og slettet» event, in one journaled operation.
 * Every step can run again: a run that stops half-way (an error, the time limit) is taken up where it
 * stopped by the next «Arkiver og slett …», and nothing is deleted before the archive holds the PDFs.
 */
export function archiveCase(w: Work, saksnr: string): Archived {
  const key = progressKey(saksnr);
  let p = w.state.getJson<Progress>(key, { step: 'documentation' });
  const next = (q: Progress) => {
    p = q;
    w.state.setJson(key, p);
    w.state.save();
  };
  const open = () =>
    caseByNumber(w.t, saksnr, undefined, { ss: w.ss, register: w.register(), settings: w.settings });

  if (p.step === 'documentation') {
    const made = writeDocumentation(caseJob(w, open()));
    // The progress is saved with the journal entry of the documentation's log row (one save).
    p = { ...p, step: 'export' };
    w.state.setJson(key, p);
    w.commit([{ saksnr, log: [made.log] }]);
  }
  if (p.step === 'export')
    next({ ...p, step: 'report', files: exportCase(w.state, saksnr, w.t, w.settings.language) });
  if (p.step === 'report') {
    const gone = deleteReport(w.ss, w.state, open().record);
    next({ ...p, step: 'measures', responseRow: gone.row, response: gone.response });
  }
  if (p.step === 'measures') {
    redactBarnevern(w.ss, saksnr);
    next({ ...p, step: 'log', measures: deleteMeasures(w.ss, saksnr) });
  }
  if (p.step === 'log') next({ ...p, step: 'drive', logRows: (p.logRows ?? 0) + redactCaseLog(w, saksnr) });
  if (p.step === 'drive')
    next({ ...p, step: 'register', folder: trashCaseFolder(w.state, saksnr, w.t) || p.folder });

  const c = open();
  blankSchoolColumns(w, c.row.sheetRow);
  w.state.delete(key);
  w.state.delete(caseDocsKey(saksnr));
  w.commit([
    {
      saksnr,
      row: c.row,
      record: archivedRecord(c.record, w.t.archive.marker(formatNorwegian(w.clock.today))),
      log: [
        {
          subDuty: '',
          event: w.t.archive.logEvent,
          details: w.t.archive.logDetails(
            p.files ?? 0,
            p.measures ?? 0,
            p.logRows ?? 0,
            Boolean(p.response || p.responseRow),
            Boolean(p.folder),
          ),
        },
      ],
    },
  ]);
  return { saksnr, responseRowFound: Boolean(p.responseRow) || !c.record.svarId };
}

/** The case's rows in «Tiltak», deleted a run of rows at a time from the bottom. Returns how many. */
function deleteMeasures(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, saksnr: string): number {
  const sheet = ss.getSheetByName(MEASURES_SHEET.name);
  if (!sheet) return 0;
  const values = sheet.getDataRange().getValues();
  const column = (values[0] ?? []).map((h) => String(h).trim()).indexOf(MEASURE_COL.saksnr);
  if (column < 0) return 0;
  const rows = values
    .map((v, i) => ({ row: i + 1, saksnr: String(v[column] ?? '').trim() }))
    .filter((x) => x.row > 1 && x.saksnr === saksnr)
    .map((x) => x.row);
  for (let i = rows.length - 1; i >= 0; ) {
    let start = rows[i]!;
    let n = 1;
    while (i - n >= 0 && rows[i - n] === start - 1) {
      start--;
      n++;
    }
    sheet.deleteRows(start, n);
    i -= n;
  }
  return rows.length;
}

/**
 * The case's rows in «Barnevern» keep that a report was sent, when, by which role and how (the school
 * answers for its duty to inform), but not the note or who registered it: with the register row
 * anonymised, the case number no longer leads to the student. Safe to run again.
 */
function redactBarnevern(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, saksnr: string): void {
  const sheet = ss.getSheetByName(BARNEVERN_SHEET.name);
  if (!sheet) return;
  const values = sheet.getDataRange().getValues();
  const header = (values[0] ?? []).map((h) => String(h).trim());
  const at = (h: string) => header.indexOf(h);
  const [nr, by, note] = [
    at(BARNEVERN_COL.saksnr),
    at(BARNEVERN_COL.registrertAv),
    at(BARNEVERN_COL.merknad),
  ];
  if (nr < 0 || by < 0 || note < 0) return;
  const rows = values
    .map((v, i) => ({ v, i }))
    .filter((x) => x.i > 0 && String(x.v[nr] ?? '').trim() === saksnr);
  if (rows.length === 0) return;
  const cleared = values.map((v) => [...v]);
  for (const { i } of rows) {
    cleared[i]![by] = '';
    cleared[i]![note] = '';
  }
  const first = rows[0]!.i;
  const last = rows[rows.length - 1]!.i;
  sheet.getRange(first + 1, 1, last - first + 1, header.length).setValues(cleared.slice(first, last + 1));
}

/** Columns a school added to «Saker» may hold anything: emptied on the archived row too. */
function blankSchoolColumns(w: Work, sheetRow: number): void {
  const register = w.register();
  const own = new Set<string>(Object.values(COL));
  const foreign = register.header
    .map((h, i) => ({ h: h.trim(), c: i + 1 }))
    .filter((x) => x.h !== '' && !own.has(x.h))
    .map((x) => x.c);
  for (const c of foreign) register.sheet.getRange(sheetRow, c).setValue('');
}
