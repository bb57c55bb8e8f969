import { PEOPLE_HEADERS, type People, parsePeople, peopleDirectory } from '../../domain/people/people';
import type { Settings } from '../../domain/settings/settings';
import type { SheetSpec } from '../../gas/sheetSpec';
import { messages } from '../../i18n';
import type { SetupStep } from '../setup/setupStep';

/**
 * «Personale»: the school's people by e-mail, name and role. Documents sent home print "Navn (rolle)"
 * for an address found here, and the dialogs offer these people when someone is given a task.
 */
export const PEOPLE_SHEET: SheetSpec = {
  name: 'Personale',
  frozenColumns: 1,
  tabColor: '#548235',
  columns: [
    {
      header: PEOPLE_HEADERS[0],
      width: 240,
      note: 'Jobb-e-posten: den gir tilgang til dokumentene og påminnelser.',
    },
    { header: PEOPLE_HEADERS[1], width: 200, note: 'Navnet som skrives i dokumentene som sendes hjem.' },
    {
      header: PEOPLE_HEADERS[2],
      width: 180,
      note: 'For eksempel kontaktlærer, sosiallærer, helsesykepleier.',
    },
  ],
};

/** The directory for one job: one read of «Personale», and the rektor from «Innstillinger». */
export function readPeople(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, settings: Settings): People {
  let rows: unknown[][] = [];
  try {
    // One range by name: two calls, where the sheet and its data range would be three.
    rows = ss.getRange(`'${PEOPLE_SHEET.name}'!A:C`).getValues();
  } catch {
    // No «Personale» (setUp makes it): e-mail addresses stay as they are, and are named as missing.
  }
  return peopleDirectory(parsePeople(rows), {
    email: settings.rektorEmail,
    name: settings.rektorName,
    role: 'rektor',
  });
}

/** setUp: a new «Personale» starts with the rektor and the leadership, for the school to complete. */
export const peopleStep: SetupStep = {
  name: 'Personale',
  run({ ss, settings }) {
    const sheet = ss.getSheetByName(PEOPLE_SHEET.name);
    if (!sheet || sheet.getLastRow() > 1) return [];
    const s = settings();
    const seen = new Set<string>();
    const rows: string[][] = [];
    const add = (email: string, name: string, role: string) => {
      const e = email.trim().toLowerCase();
      if (!e.includes('@') || seen.has(e)) return;
      seen.add(e);
      rows.push([e, name, role]);
    };
    add(s.rektorEmail, s.rektorName, 'rektor');
    for (const e of s.leadership) add(e, '', 'ledelsen');
    if (rows.length === 0) return [];
    // Text stays text: an address or a name is never read as a number or a formula.
    sheet.getRange(2, 1, rows.length, 3).setNumberFormat('@').setValues(rows);
    return [messages(s.language).people.seeded(rows.length)];
  },
};
