import type { Emulator } from '../emulator/emulator';

/** The staff of the test and bench schools, as a rektor writes them in «Personale». */
export const TEST_STAFF: readonly (readonly [string, string, string])[] = [
  ['rektor@skole.no', 'Rita Rektor', 'rektor'],
  ['inspektor@skole.no', 'Inge Inspektør', 'inspektør'],
  ['larer@skole.no', 'Lars Lærer', 'lærer'],
  ['kontaktlarer@skole.no', 'Kari Kontakt', 'kontaktlærer'],
  ['sosiallarer@skole.no', 'Siri Sosial', 'sosiallærer'],
  ['ny.larer@skole.no', 'Nils Ny', 'kontaktlærer'],
  ['ny@skole.no', 'Nora Ny', 'lærer'],
  ['helse@skole.no', 'Hanne Helse', 'helsesykepleier'],
  ['helsesykepleier@skole.no', 'Heidi Helsesykepleier', 'helsesykepleier'],
  ['kari@skole.no', 'Kari Nordli', 'lærer'],
  ['per@skole.no', 'Per Hansen', 'assistent'],
  ['kontakt@skole.no', 'Kjersti Kontakt', 'kontaktlærer'],
  ['leder@skole.no', 'Lene Leder', 'avdelingsleder'],
  ['assisterende@skole.no', 'Are Assisterende', 'assisterende rektor'],
  ['a@skole.no', 'Anne Aas', 'lærer'],
  ['b@skole.no', 'Bjørn Berg', 'lærer'],
  ['c@skole.no', 'Cecilie Dahl', 'lærer'],
  // The measure owners of planScenario.ts.
  ...Array.from({ length: 12 }, (_, k) => [`larer${k}@skole.no`, `Lærer ${k + 1}`, 'lærer'] as const),
];

/** Writes people into «Personale» as a rektor types them: a listed address gets its name and role (uncounted). */
export function addPeople(emu: Emulator, people: readonly (readonly [string, string, string])[]): void {
  const sheet = emu.spreadsheet._sheetByName('Personale');
  if (!sheet) throw new Error('setUp first: Personale');
  const rows = sheet
    .getDataRange()
    .getValues()
    .map((r) => [String(r[0] ?? ''), String(r[1] ?? ''), String(r[2] ?? '')]);
  for (const person of people) {
    const at = rows.findIndex((r) => r[0]!.toLowerCase() === person[0]);
    if (at > 0) rows[at] = [...person];
    else rows.push([...person]);
  }
  sheet.getRange(1, 1, rows.length, 3).setValues(rows);
}
