// The municipality's list of schools (CSV): one row per school, validated before anything is created.
import { parse } from 'csv-parse/sync';
import { UserError } from './google/errors';

export interface School {
  /** Stable id: the CSV's `id` column (e.g. organisasjonsnummer), or made from the name. */
  key: string;
  name: string;
  rektorEmail: string;
  /** The municipality's contact for this school (e-mail), written as «Skoleeier (e-post)». */
  contactEmail: string;
}

const EMAIL = /^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$/;

/** Accepted header names, compared without case, accents, spaces or punctuation. */
const COLUMNS: Record<keyof School, readonly string[]> = {
  key: ['id', 'nokkel', 'orgnr', 'organisasjonsnummer', 'key'],
  name: ['skole', 'navn', 'skolenavn', 'name', 'school'],
  rektorEmail: ['rektor', 'rektorepost', 'rektorsepost', 'epost', 'email', 'rektoremail'],
  contactEmail: ['kontakt', 'kontaktepost', 'skoleeier', 'skoleeierepost', 'contact'],
};

const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '');

/** A readable ASCII key from a school's name: «Bøler skole» → «boler-skole». */
export function schoolKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Parses the CSV text (comma or semicolon separated, with a header row). Throws UserError listing every problem. */
export function parseSchools(text: string): School[] {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  // Norwegian spreadsheet programs export with semicolons.
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
    });
  } catch (error) {
    throw new UserError(`Kunne ikke lese CSV-filen: ${(error as Error).message.split('\n')[0]}`);
  }
  const [header, ...rows] = records;
  if (!header) throw new UserError('CSV-filen er tom.');
  const index = (field: keyof School) => header.findIndex((h) => COLUMNS[field].includes(fold(h)));
  const col = {
    key: index('key'),
    name: index('name'),
    rektorEmail: index('rektorEmail'),
    contactEmail: index('contactEmail'),
  };
  if (col.name < 0 || col.rektorEmail < 0)
    throw new UserError(
      'CSV-filen må ha kolonnene «skole» og «rektor» (rektors e-post); «kontakt» og «id» er valgfrie.',
    );

  const problems: string[] = [];
  const schools: School[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, i) => {
    const line = i + 2;
    const cell = (c: number) => (c >= 0 ? (row[c] ?? '').trim() : '');
    const name = cell(col.name);
    const rektorEmail = cell(col.rektorEmail).toLowerCase();
    const contactEmail = cell(col.contactEmail).toLowerCase();
    const key = schoolKey(cell(col.key) || name);
    // Messages name the line, never the address: the terminal may be shared or logged.
    if (!name) problems.push(`Linje ${line}: mangler skolens navn.`);
    if (!EMAIL.test(rektorEmail))
      problems.push(`Linje ${line}: rektors e-postadresse mangler eller er ugyldig.`);
    if (contactEmail && !EMAIL.test(contactEmail))
      problems.push(`Linje ${line}: kontaktens e-postadresse er ugyldig.`);
    if (name && !key)
      problems.push(`Linje ${line}: kan ikke lage en nøkkel av navnet; legg til en id-kolonne.`);
    const earlier = seen.get(key);
    if (key && earlier) problems.push(`Linje ${line}: samme skole (nøkkel «${key}») som linje ${earlier}.`);
    if (key) seen.set(key, line);
    schools.push({ key, name, rektorEmail, contactEmail });
  });
  if (problems.length > 0) throw new UserError(`CSV-filen har feil:\n${problems.join('\n')}`);
  if (schools.length === 0) throw new UserError('CSV-filen har ingen skoler.');
  return schools;
}
