/**
 * Reminders about the årshjul and the mental-health tiltaksplan, and the rektor's digest lines about
 * them and about staff confirmations.
 *
 * These mails name school activities and measures (school-level plans), a date and a link: never a
 * student, a class or a case (domain.md, Privacy). Pure: the daily task gathers the rows and sends.
 */
import { formatNorwegian, type LocalDate, weekday } from '../time/localDate';
import type { Mail } from './notices';

export type Language = 'nb' | 'nn';

const EMAIL = /^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$/;

/** The addresses in an "Ansvarlig (e-post)" cell: separated by commas, semicolons, spaces or lines. */
export function parseEmails(text: string): { emails: string[]; invalid: string[] } {
  const emails: string[] = [];
  const invalid: string[] = [];
  for (const part of String(text ?? '')
    .split(/[\s,;]+/)
    .filter(Boolean)) {
    if (EMAIL.test(part)) {
      const e = part.toLowerCase();
      if (!emails.includes(e)) emails.push(e);
    } else invalid.push(part);
  }
  return { emails, invalid };
}

/** A short, stable fingerprint (FNV-1a, base 36) to remember what was reminded without storing the text. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** The first sentence of a long text, or its first `max` characters with an ellipsis. */
export function shorten(text: string, max = 90): string {
  const t = String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  const sentence = /^(.+?[.!?])(\s|$)/.exec(t)?.[1] ?? t;
  const s = sentence.length <= max ? sentence : t;
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

// ---------------------------------------------------------------------------------------------

export interface WheelReminderItem {
  /** Identity of the row across days: the activity text (row numbers move when rows are inserted). */
  readonly key: string;
  readonly aktivitet: string;
  readonly due: LocalDate;
  readonly overdue: boolean;
  readonly link: string;
  readonly emails: readonly string[];
}

export interface TiltakReminderItem {
  readonly key: string;
  readonly niva: string;
  readonly tiltak: string;
  readonly missingEvaluering: boolean;
  readonly missingVidereArbeid: boolean;
  readonly link: string;
  readonly emails: readonly string[];
}

export interface ReminderPlanInput {
  readonly today: LocalDate;
  readonly language: Language;
  readonly wheel: readonly WheelReminderItem[];
  readonly tiltak: readonly TiltakReminderItem[];
  /** Fingerprints of what each person was already told (from earlier runs). */
  readonly seen: ReadonlySet<string>;
  /** Changes every reminder round of the tiltaksplan (a week), so its reminders repeat weekly. */
  readonly tiltakRound: string;
}

export interface ReminderPlan {
  readonly mails: Mail[];
  /** The fingerprints of everything current: what to remember for the next run (old ones drop out). */
  readonly seen: string[];
}

/**
 * One mail per person at most, and only when the person has something not yet told: a new occurrence
 * coming up, an activity that has become overdue, or (weekly in the tiltaksplan round) measures still
 * missing their evaluation. The mail lists everything currently due for that person, so it is complete.
 */
export function planReminders(input: ReminderPlanInput): ReminderPlan {
  const people = new Map<
    string,
    { wheel: WheelReminderItem[]; tiltak: TiltakReminderItem[]; fresh: boolean }
  >();
  const seen: string[] = [];
  const person = (email: string) => {
    let p = people.get(email);
    if (!p) {
      p = { wheel: [], tiltak: [], fresh: false };
      people.set(email, p);
    }
    return p;
  };
  const remember = (email: string, parts: string): boolean => {
    const token = fingerprint(`${email}|${parts}`);
    seen.push(token);
    return !input.seen.has(token);
  };
  for (const item of input.wheel) {
    for (const email of item.emails) {
      const p = person(email);
      p.wheel.push(item);
      if (remember(email, `w|${item.key}|${item.due}|${item.overdue ? 'o' : 's'}`)) p.fresh = true;
    }
  }
  for (const item of input.tiltak) {
    for (const email of item.emails) {
      const p = person(email);
      p.tiltak.push(item);
      if (remember(email, `t|${item.key}|${input.tiltakRound}`)) p.fresh = true;
    }
  }
  const mails: Mail[] = [];
  for (const [email, p] of [...people.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    if (!p.fresh) continue;
    mails.push(reminderMail({ to: email, today: input.today, language: input.language, ...p }));
  }
  return { mails, seen: [...new Set(seen)].sort() };
}

// ---------------------------------------------------------------------------------------------

const WEEKDAYS: Record<Language, readonly string[]> = {
  nb: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  nn: ['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'sundag'],
};

const TEXT = {
  nb: {
    subjectWheel: 'Skolemiljø: aktiviteter i årshjulet',
    subjectTiltak: 'Skolemiljø: tiltaksplanen skal evalueres',
    subjectBoth: 'Skolemiljø: årshjulet og tiltaksplanen',
    hello: 'Hei!',
    wheelIntro:
      'Du står som ansvarlig for disse aktivitetene i skolens årshjul, som skal gjøres den kommende uken:',
    overdue: (date: string) => `Forfalt ${date}`,
    wheelHowTo:
      'Når en aktivitet er gjort: marker raden i arket «Årshjul» og velg Skolemiljø → Årshjul og tiltaksplan → Merk aktivitet som gjort.',
    tiltakIntro:
      'Tiltaksplanen for psykisk helse skal evalueres før sommeren. Du står som ansvarlig for disse tiltakene, som mangler noe:',
    missing: (ev: boolean, va: boolean) =>
      ev && va ? 'mangler evaluering og videre arbeid' : ev ? 'mangler evaluering' : 'mangler videre arbeid',
    tiltakHowTo: 'Skriv evalueringen og videre arbeid rett i arket «Tiltaksplan».',
    signature:
      '\n\n– Skolemiljø\nDu får denne e-posten fordi e-postadressen din står som ansvarlig i årshjulet eller tiltaksplanen. Den inneholder bevisst ingen opplysninger om elever.',
  },
  nn: {
    subjectWheel: 'Skolemiljø: aktivitetar i årshjulet',
    subjectTiltak: 'Skolemiljø: tiltaksplanen skal evaluerast',
    subjectBoth: 'Skolemiljø: årshjulet og tiltaksplanen',
    hello: 'Hei!',
    wheelIntro:
      'Du står som ansvarleg for desse aktivitetane i årshjulet til skolen, som skal gjerast den komande veka:',
    overdue: (date: string) => `Forfallen ${date}`,
    wheelHowTo:
      'Når ein aktivitet er gjord: merk rada i arket «Årshjul» og vel Skolemiljø → Årshjul og tiltaksplan → Merk aktivitet som gjord.',
    tiltakIntro:
      'Tiltaksplanen for psykisk helse skal evaluerast før sommaren. Du står som ansvarleg for desse tiltaka, som manglar noko:',
    missing: (ev: boolean, va: boolean) =>
      ev && va ? 'manglar evaluering og vidare arbeid' : ev ? 'manglar evaluering' : 'manglar vidare arbeid',
    tiltakHowTo: 'Skriv evalueringa og vidare arbeid rett i arket «Tiltaksplan».',
    signature:
      '\n\n– Skolemiljø\nDu får denne e-posten fordi e-postadressa di står som ansvarleg i årshjulet eller tiltaksplanen. Han inneheld med vilje ingen opplysningar om elevar.',
  },
} as const;

export function reminderMail(input: {
  to: string;
  today: LocalDate;
  language: Language;
  wheel: readonly WheelReminderItem[];
  tiltak: readonly TiltakReminderItem[];
}): Mail {
  const t = TEXT[input.language];
  const parts: string[] = [t.hello];
  if (input.wheel.length > 0) {
    const items = [...input.wheel].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
    const lines = items.map((i) => {
      const when = i.overdue
        ? t.overdue(formatNorwegian(i.due))
        : `${formatNorwegian(i.due)} (${WEEKDAYS[input.language][weekday(i.due) - 1]})`;
      return `• ${when}: ${shorten(i.aktivitet)}\n  ${i.link}`;
    });
    parts.push(`${t.wheelIntro}\n\n${lines.join('\n')}\n\n${t.wheelHowTo}`);
  }
  if (input.tiltak.length > 0) {
    const lines = input.tiltak.map(
      (i) =>
        `• ${i.niva ? `${i.niva}: ` : ''}${shorten(i.tiltak, 80)} (${t.missing(i.missingEvaluering, i.missingVidereArbeid)})\n  ${i.link}`,
    );
    parts.push(`${t.tiltakIntro}\n\n${lines.join('\n')}\n\n${t.tiltakHowTo}`);
  }
  const subject =
    input.wheel.length > 0 && input.tiltak.length > 0
      ? t.subjectBoth
      : input.wheel.length > 0
        ? t.subjectWheel
        : t.subjectTiltak;
  return { to: input.to, subject, body: parts.join('\n\n') + t.signature };
}

// ---------------------------------------------------------------------------------------------
// Lines for the rektor's daily digest (no student data; staff addresses only where the rektor must act).

const DIGEST = {
  nb: {
    wheel: (overdue: number, soon: number, link: string) =>
      `Årshjul: ${overdue} ${overdue === 1 ? 'aktivitet er forfalt' : 'aktiviteter er forfalt'}, ${soon} skal gjøres denne uken. ${link}`,
    badRecurrence: (rows: number[], link: string) =>
      `Årshjul: forstår ikke «Gjentakelse» i ${rows.length === 1 ? 'rad' : 'radene'} ${listRows(rows)}. ${link}`,
    badEmails: (sheet: string, rows: number[]) =>
      `${sheet}: ugyldig e-postadresse under «Ansvarlig (e-post)» i ${rows.length === 1 ? 'rad' : 'radene'} ${listRows(rows)}.`,
    tiltak: (n: number, link: string) =>
      `Tiltaksplan: ${n} tiltak mangler evaluering eller videre arbeid før sommeren. ${link}`,
    confirmedAll: (year: string, n: number) => `Kvitteringer ${year}: alle ${n} kjente ansatte har kvittert.`,
    confirmedSome: (year: string, confirmed: number, missing: string[], more: number, formUrl: string) =>
      `Kvitteringer ${year}: ${confirmed} har kvittert for at de har lest planen. ` +
      `Ikke kvittert ennå (${missing.length + more}): ${missing.join(', ')}${more > 0 ? ` og ${more} til` : ''}.` +
      (formUrl ? ` Skjemaet: ${formUrl}` : ''),
  },
  nn: {
    wheel: (overdue: number, soon: number, link: string) =>
      `Årshjul: ${overdue} ${overdue === 1 ? 'aktivitet er forfallen' : 'aktivitetar er forfalne'}, ${soon} skal gjerast denne veka. ${link}`,
    badRecurrence: (rows: number[], link: string) =>
      `Årshjul: forstår ikkje «Gjentakelse» i ${rows.length === 1 ? 'rad' : 'radene'} ${listRows(rows)}. ${link}`,
    badEmails: (sheet: string, rows: number[]) =>
      `${sheet}: ugyldig e-postadresse under «Ansvarlig (e-post)» i ${rows.length === 1 ? 'rad' : 'radene'} ${listRows(rows)}.`,
    tiltak: (n: number, link: string) =>
      `Tiltaksplan: ${n} tiltak manglar evaluering eller vidare arbeid før sommaren. ${link}`,
    confirmedAll: (year: string, n: number) =>
      `Kvitteringar ${year}: alle ${n} kjende tilsette har kvittert.`,
    confirmedSome: (year: string, confirmed: number, missing: string[], more: number, formUrl: string) =>
      `Kvitteringar ${year}: ${confirmed} har kvittert for at dei har lese planen. ` +
      `Ikkje kvittert enno (${missing.length + more}): ${missing.join(', ')}${more > 0 ? ` og ${more} til` : ''}.` +
      (formUrl ? ` Skjemaet: ${formUrl}` : ''),
  },
} as const;

function listRows(rows: readonly number[]): string {
  const shown = rows.slice(0, 10).join(', ');
  return rows.length > 10 ? `${shown} …` : shown;
}

export function digestText(language: Language): (typeof DIGEST)[Language] {
  return DIGEST[language];
}

/** How many addresses the digest names before it says "and N more". */
export const DIGEST_MAX_NAMES = 30;

/**
 * Who has not confirmed this school year, among the staff the product knows of: the rektor and the
 * leadership (settings), everyone responsible for something in the årshjul or the tiltaksplan, and
 * everyone who confirmed in an earlier school year (so last year's staff are asked again).
 */
export function missingConfirmations(input: {
  schoolYear: string;
  known: readonly string[];
  confirmations: readonly { email: string; schoolYear: string }[];
}): { confirmed: string[]; missing: string[] } {
  const confirmed = new Set<string>();
  const staff = new Set<string>();
  for (const e of input.known) if (EMAIL.test(e.trim())) staff.add(e.trim().toLowerCase());
  for (const c of input.confirmations) {
    const email = c.email.trim().toLowerCase();
    if (!EMAIL.test(email)) continue;
    if (c.schoolYear.trim() === input.schoolYear) confirmed.add(email);
    else staff.add(email);
  }
  const missing = [...staff].filter((e) => !confirmed.has(e)).sort();
  return { confirmed: [...confirmed].sort(), missing };
}
