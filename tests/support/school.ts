import { QUESTIONS } from '../../src/domain/intake/questions';
import type { Emulator } from '../../tools/emulator/emulator';
import { addPeople, TEST_STAFF } from '../../tools/scenarios/people';
import { loadBundle, sheetRecords } from './bundle';

/** A complete, valid meldeskjema answer; override what a test is about. */
export function answers(
  overrides: Record<string, string | string[]> = {},
): Record<string, string | string[]> {
  return {
    'Din rolle': 'Ansatt',
    'Elevens navn': 'Ola Nordmann',
    Klasse: '5B',
    'Hva gjelder meldingen?': ['Mobbing', 'Utestenging'],
    'Gjelder det en ansatt som krenker en elev?': 'Nei',
    'Gjelder det noen i skolens ledelse?': 'Nei',
    'Hva har skjedd?': 'Eleven blir holdt utenfor i friminuttene og sier at ingen vil være med ham.',
    'Når skjedde det?': 'Flere ganger siste uke',
    'Hvor skjedde det?': 'Skolegården',
    'Har noen grepet inn?': 'Inspiserende lærer snakket med gruppen.',
    'Har eleven selv sagt fra?': 'Ja',
    ...overrides,
  };
}

export const STAFF = 'larer@skole.no';

/** The same answers as a nynorsk school's form asks them: nynorsk titles and choices. */
export function answersNn(
  overrides: Record<string, string | string[]> = {},
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [title, value] of Object.entries(answers(overrides))) {
    const q = QUESTIONS.find((x) => x.title === title);
    if (!q) {
      out[title] = value;
      continue;
    }
    const nn = (v: string) => {
      const i = q.choices?.indexOf(v) ?? -1;
      return i >= 0 && q.choicesNn ? q.choicesNn[i]! : v;
    };
    out[q.nn] = Array.isArray(value) ? value.map(nn) : nn(value);
  }
  return out;
}

/** A school that has installed and set up Skolemiljø, at the given Oslo time. */
export const SKOLEEIER_CHANNEL = 'https://skjema.kommune.no/ledelse';

export function school(now = '2026-09-14T09:00:00+02:00', given: Record<string, string> = {}): Emulator {
  const emu = loadBundle({ now: new Date(now) });
  emu.open('NONE');
  emu.run('setUp');
  emu.open('FULL');
  // Every school must give skoleeier's channel (§ 12-5); setUp writes it into the meldeskjema.
  const settings = { 'Skoleeier (kanal for meldinger om ledelsen)': SKOLEEIER_CHANNEL, ...given };
  if (Object.keys(settings).length > 0) {
    const sheet = emu.spreadsheet._sheetByName('Innstillinger')!;
    const labels = sheet
      .getDataRange()
      .getValues()
      .map((r) => String(r[0]));
    for (const [label, value] of Object.entries(settings)) {
      const row = labels.indexOf(label) + 1;
      if (row < 1) throw new Error(`No setting ${label}`);
      sheet.getRange(row, 2).setValue(`'${value}`);
    }
    emu.run('setUp');
  }
  // The rektor has written the staff's names and roles in «Personale», as documents sent home need.
  addPeople(emu, TEST_STAFF);
  emu.mail.sent.length = 0;
  return emu;
}

export function cases(emu: Emulator): Record<string, unknown>[] {
  return sheetRecords(emu, 'Saker');
}

export function logRows(emu: Emulator): Record<string, unknown>[] {
  return sheetRecords(emu, 'Logg');
}

/** A date cell as dd.mm.yyyy, as the rektor sees it. */
export function shown(emu: Emulator, sheetName: string, header: string, dataRow = 0): string {
  const sheet = emu.spreadsheet._sheetByName(sheetName)!;
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!;
  const col = headers.indexOf(header) + 1;
  return sheet.getRange(dataRow + 2, col).getDisplayValue();
}
