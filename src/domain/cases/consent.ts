/**
 * Working with other services under the family's consent (legal review G7).
 *
 * The school's staff have a duty of confidentiality (forvaltningsloven § 13): a named student may be
 * discussed with PPT, BUP, the helsesykepleier or the resource team when the family consents
 * (forvaltningsloven § 13 a nr. 1). Without consent the school may still ask for advice anonymously
 * (the source's «Skolen søker om veiledning fra …», 000:1733-1734). A report to barnevernet is not
 * consent-based at all (the duty to inform, barnevernsloven § 13-2) and lives elsewhere (barnevern.ts).
 *
 * The consents of a case are kept in one cell of «Saker», «Samtykke»: `PPT 15.09.2026; Ressursteamet
 * 15.09.2026`, canonical (bokmål) names, so a person can read and correct it.
 */
import { formatNorwegian, type LocalDate, parseNorwegianOrIso } from '../time/localDate';

/** The services and forums a family can consent to (canonical names, as the cell holds them). */
export const SERVICES = [
  'Ressursteamet',
  'PPT',
  'Skolevegringsteamet i PPT',
  'BUP',
  'Helsesykepleier',
  'Fagsenteret',
  'Barnevernstjenesten',
] as const;
export type Service = (typeof SERVICES)[number];

/** A measure can be a referral to, or cooperation with, these (the resource team is a forum, not one). */
export const MEASURE_SERVICES: readonly Service[] = SERVICES.filter((s) => s !== 'Ressursteamet');

/** What kind of measure a «Tiltak» row is. '' (older rows) counts as «Tiltak». */
export const MEASURE_TYPES = ['Tiltak', 'Henvisning', 'Samarbeid', 'Anonym drøfting'] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

export function isService(value: string): value is Service {
  return (SERVICES as readonly string[]).includes(value);
}

export function parseMeasureType(text: string): MeasureType {
  const t = text.trim().toLowerCase();
  if (t.startsWith('henvis')) return 'Henvisning';
  if (t.startsWith('samarbeid')) return 'Samarbeid';
  if (t.startsWith('anonym')) return 'Anonym drøfting';
  return 'Tiltak';
}

/** A referral or cooperation names the student to the service: only with the family's consent. */
export function needsConsent(type: MeasureType): boolean {
  return type === 'Henvisning' || type === 'Samarbeid';
}

/**
 * Who carries a measure out gets read access to the case folder, but only for the school's own measures:
 * a service gets what the family consented to, passed on by the school, never the whole folder; an
 * anonymous consultation never names the case at all.
 */
export function sharesFolder(type: MeasureType): boolean {
  return type === 'Tiltak';
}

/** A service that is barnevernet, in either language: kept out of every document sent home. */
export function isBarnevernService(service: string): boolean {
  return /barnevern/i.test(service);
}

/** The consents in a «Samtykke» cell: service → the date the family consented. Unknown parts are ignored. */
export function parseConsents(text: string): Map<Service, LocalDate> {
  const out = new Map<Service, LocalDate>();
  for (const part of String(text ?? '').split(/[;\n]+/)) {
    const m = /^\s*(.+?)\s+(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})\s*$/.exec(part);
    if (!m) continue;
    const name = m[1]!.trim();
    const date = parseNorwegianOrIso(m[2]!);
    const service = SERVICES.find((s) => s.toLowerCase() === name.toLowerCase());
    if (service && date) out.set(service, date);
  }
  return out;
}

export function formatConsents(consents: ReadonlyMap<Service, LocalDate>): string {
  return SERVICES.filter((s) => consents.has(s))
    .map((s) => `${s} ${formatNorwegian(consents.get(s)!)}`)
    .join('; ');
}

/** The date the family consented to `service`, or null. */
export function consentFor(text: string, service: Service): LocalDate | null {
  return parseConsents(text).get(service) ?? null;
}

/** The cell with a consent given (or its date replaced) or withdrawn. */
export function changeConsent(text: string, service: Service, date: LocalDate | null): string {
  const consents = parseConsents(text);
  if (date) consents.set(service, date);
  else consents.delete(service);
  return formatConsents(consents);
}
