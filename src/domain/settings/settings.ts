import * as z from 'zod/mini';
import { DEFAULT_DEADLINE_SETTINGS, type DeadlineSettings } from '../cases/deadlines';
import { type LocalDate, parseNorwegianOrIso } from '../time/localDate';
import { parseSchoolHolidays, SchoolCalendar } from '../time/schoolCalendar';

/**
 * The school's settings, kept in the `Innstillinger` sheet as rows of (setting, value, explanation)
 * so a rektor changes them in the spreadsheet. This module knows every setting, its default and how to
 * read what a person typed; it never throws: a bad value falls back to the default with a message.
 */

export type SettingKey =
  | 'schoolName'
  | 'language'
  | 'rektorEmail'
  | 'rektorName'
  | 'leadership'
  | 'skoleeierEmail'
  | 'skoleeierChannel'
  | 'holidays'
  | 'investigationSchoolDays'
  | 'investigationSchoolDaysSerious'
  | 'planSchoolDays'
  | 'firstEvaluationWeeks'
  | 'soonSchoolDays'
  | 'absenceMeetingSchoolDays'
  | 'absenceAgreementSchoolDays'
  | 'schoolStart'
  | 'retentionMonths'
  | 'formUrl'
  | 'formEditUrl'
  | 'confirmFormUrl'
  | 'driveFolderUrl'
  | 'triggerOwner'
  | 'reportSheetId';

export interface SettingDef {
  key: SettingKey;
  /** The label in column A: the school reads and never needs to change it. */
  label: string;
  defaultValue: string;
  help: string;
  /** Written by setUp (links), not typed by the school. */
  managed?: boolean;
}

export const SETTINGS: readonly SettingDef[] = [
  { key: 'schoolName', label: 'Skolens navn', defaultValue: '', help: 'Brukes i dokumentene.' },
  {
    key: 'language',
    label: 'Språk',
    defaultValue: 'bokmål',
    help: 'bokmål eller nynorsk: menyer, skjema og dokumenter.',
  },
  {
    key: 'rektorEmail',
    label: 'Rektor (e-post)',
    defaultValue: '',
    help: 'Får varsel om nye saker og den daglige oversikten.',
  },
  {
    key: 'rektorName',
    label: 'Rektors navn',
    defaultValue: '',
    help: 'Står i dokumentene der rektor skriver under.',
  },
  {
    key: 'leadership',
    label: 'Ledelsen (e-post)',
    defaultValue: '',
    help: 'Kommaseparert. Bare ledelsen kan redigere sakene.',
  },
  {
    key: 'skoleeierEmail',
    label: 'Skoleeier (e-post)',
    defaultValue: '',
    help: 'Der rektor melder fra til skoleeier om alvorlige saker og om en ansatt som kan ha krenket en elev (§ 12-4 og § 12-5).',
  },
  {
    key: 'skoleeierChannel',
    label: 'Skoleeier (kanal for meldinger om ledelsen)',
    defaultValue: '',
    help: 'Påkrevd. Gjelder en melding noen i skolens ledelse, skal den gå direkte til skoleeier (§ 12-5), ikke til skolen. Skriv hvordan de ansatte når skoleeier: en lenke til skoleeiers eget skjema, et telefonnummer eller en adresse. Meldeskjemaet viser dette.',
  },
  {
    key: 'holidays',
    label: 'Skolens ferier og fridager',
    defaultValue: '',
    help: 'Én per linje: 12.10.2026 eller Høstferie: 05.10.2026–09.10.2026. Offentlige helligdager er med automatisk.',
  },
  {
    key: 'investigationSchoolDays',
    label: 'Frist for å starte undersøkelse (skoledager)',
    defaultValue: '2',
    help: '§ 12-4: «snarast».',
  },
  {
    key: 'investigationSchoolDaysSerious',
    label: 'Frist for undersøkelse når en ansatt er involvert (skoledager)',
    defaultValue: '0',
    help: '§ 12-5: «straks». 0 betyr samme dag.',
  },
  {
    key: 'planSchoolDays',
    label: 'Frist for aktivitetsplan (skoledager)',
    defaultValue: '5',
    help: 'Regnet fra rektor fikk vite om saken.',
  },
  {
    key: 'firstEvaluationWeeks',
    label: 'Første evaluering (uker etter planen)',
    defaultValue: '4',
    help: 'Kan settes i hver plan.',
  },
  {
    key: 'soonSchoolDays',
    label: 'Varsle før frist (skoledager)',
    defaultValue: '2',
    help: 'Frister så nær blir gule.',
  },
  {
    key: 'absenceMeetingSchoolDays',
    label: 'Fravær: møte med eleven og foresatte (skoledager)',
    defaultValue: '5',
    help: 'Bekymringsfullt fravær og skolevegring: møtet holdes innen en uke etter at fraværsrutinen startet.',
  },
  {
    key: 'absenceAgreementSchoolDays',
    label: 'Fravær: skriftlig samarbeidsavtale (skoledager)',
    defaultValue: '10',
    help: 'Regnet fra fraværsrutinen startet. Skolemiljøs forslag; kildeplanen setter ingen frist.',
  },
  {
    key: 'schoolStart',
    label: 'Skolestart',
    defaultValue: '',
    help: 'Første skoledag dette skoleåret (dd.mm.åååå).',
  },
  {
    key: 'retentionMonths',
    label: 'Oppbevaring etter avsluttet sak (måneder)',
    defaultValue: '24',
    help: 'Avsluttede saker eldre enn dette står i den daglige e-posten til de er arkivert og slettet med Skolemiljø → Arkiver og slett ….',
  },
  {
    key: 'formUrl',
    label: 'Meldeskjema (lenke til ansatte)',
    defaultValue: '',
    help: 'Fylles ut av Skolemiljø.',
    managed: true,
  },
  {
    key: 'formEditUrl',
    label: 'Meldeskjema (redigere)',
    defaultValue: '',
    help: 'Fylles ut av Skolemiljø.',
    managed: true,
  },
  {
    key: 'confirmFormUrl',
    label: 'Kvitteringsskjema (lenke til ansatte)',
    defaultValue: '',
    help: 'Fylles ut av Skolemiljø.',
    managed: true,
  },
  {
    key: 'driveFolderUrl',
    label: 'Mappe i Disk',
    defaultValue: '',
    help: 'Fylles ut av Skolemiljø.',
    managed: true,
  },
  {
    key: 'triggerOwner',
    label: 'Driftes av (eier utløserne)',
    defaultValue: '',
    help: 'Fylles ut av Skolemiljø. Meldinger tas inn og den daglige jobben kjøres som denne personen. Slutter personen, velger en ny rektor «Overta driften …» i menyen.',
    managed: true,
  },
  {
    key: 'reportSheetId',
    label: 'Rapportark (id)',
    defaultValue: '',
    help: 'Fylles ut av skoleeier (kommunen). Den daglige jobben skriver anonymiserte tall dit, aldri navn eller tekst.',
    managed: true,
  },
];

export interface Settings {
  schoolName: string;
  language: 'nb' | 'nn';
  rektorEmail: string;
  rektorName: string;
  leadership: string[];
  skoleeierEmail: string;
  /** How a reporter reaches skoleeier directly (§ 12-5, the leadership): a link, a phone number, an address. */
  skoleeierChannel: string;
  calendar: SchoolCalendar;
  deadlines: DeadlineSettings;
  schoolStart: LocalDate | null;
  retentionMonths: number;
  formUrl: string;
  formEditUrl: string;
  confirmFormUrl: string;
  driveFolderUrl: string;
  triggerOwner: string;
  reportSheetId: string;
  /** What could not be read, in Norwegian, for the rektor to fix. */
  problems: string[];
}

const EMAIL = /^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$/;

export function settingLabel(key: SettingKey): string {
  return SETTINGS.find((s) => s.key === key)!.label;
}

/**
 * What is wrong with one setting as typed. The rules below are the only ones: the sheet («Innstillinger»,
 * read every run) and the settings dialog both check with them; each renders the problem in its own words.
 */
export type SettingProblem =
  | { key: SettingKey; kind: 'whole'; text: string; min: number; max: number; fallback: string }
  | { key: SettingKey; kind: 'email'; text: string }
  | { key: SettingKey; kind: 'emailInList'; text: string }
  | { key: SettingKey; kind: 'missing' }
  | { key: SettingKey; kind: 'date'; text: string }
  | { key: SettingKey; kind: 'holidays'; text: string; detail: string };

/** Whole-number settings and their ranges (the deadline ones as DeadlineSettingsSchema allows). */
export const WHOLE_SETTINGS = {
  investigationSchoolDays: [0, 60],
  investigationSchoolDaysSerious: [0, 60],
  planSchoolDays: [0, 60],
  firstEvaluationWeeks: [1, 52],
  soonSchoolDays: [0, 60],
  absenceMeetingSchoolDays: [0, 60],
  absenceAgreementSchoolDays: [0, 60],
  retentionMonths: [1, 240],
} as const satisfies Partial<Record<SettingKey, readonly [number, number]>>;
type WholeKey = keyof typeof WHOLE_SETTINGS;

/** The rules as zod/mini schemas of a value as typed (trimmed, not empty: empty means the default). */
export const SettingRules = {
  email: z.string().check(z.regex(EMAIL)),
  whole: (min: number, max: number) =>
    z.pipe(
      z.pipe(
        z.string().check(z.regex(/^[+-]?\d+([.,]0*)?$/)),
        z.transform((s: string) => Number(s.replace(',', '.'))),
      ),
      z.int().check(z.minimum(min), z.maximum(max)),
    ),
  date: z.string().check(z.refine((s) => parseNorwegianOrIso(s) !== null)),
};

const EMAIL_KEYS: readonly SettingKey[] = ['rektorEmail', 'skoleeierEmail'];

/** The problem with one setting's typed value (`''`: the school typed nothing), or null. */
export function checkSetting(key: SettingKey, typed: string): SettingProblem | null {
  const text = typed.trim();
  if (key === 'skoleeierChannel') return text === '' ? { key, kind: 'missing' } : null;
  if (text === '') return null;
  if (key in WHOLE_SETTINGS) {
    const [min, max] = WHOLE_SETTINGS[key as WholeKey];
    if (SettingRules.whole(min, max).safeParse(text).success) return null;
    const fallback = SETTINGS.find((s) => s.key === key)!.defaultValue;
    return { key, kind: 'whole', text, min, max, fallback };
  }
  if (EMAIL_KEYS.includes(key))
    return SettingRules.email.safeParse(text).success ? null : { key, kind: 'email', text };
  if (key === 'leadership') {
    const bad = emailList(text).find((part) => !SettingRules.email.safeParse(part).success);
    return bad === undefined ? null : { key, kind: 'emailInList', text: bad };
  }
  if (key === 'schoolStart')
    return SettingRules.date.safeParse(text).success ? null : { key, kind: 'date', text };
  if (key === 'holidays') {
    const detail = parseSchoolHolidays(text).errors[0];
    if (detail === undefined) return null;
    const entry = text.split(/[\r\n,;]+/).find((e) => parseSchoolHolidays(e).errors.length > 0) ?? text;
    return { key, kind: 'holidays', text: entry.trim(), detail };
  }
  return null;
}

/** The addresses of an e-mail list setting (commas, semicolons, spaces or lines between them). */
export function emailList(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}

/**
 * A problem in the words the daily e-mail and «Sjekk oppsettet» use, in the school's language, naming the
 * sheet's label (the labels of «Innstillinger» are the same in both: the sheet is the contract).
 */
export function problemText(p: SettingProblem, lang: 'nb' | 'nn' = 'nb'): string {
  const label = settingLabel(p.key);
  if (lang === 'nn') {
    switch (p.kind) {
      case 'whole':
        return `«${label}» må vere eit heilt tal frå ${p.min} til ${p.max}, ikkje «${p.text}». Brukar ${p.fallback}.`;
      case 'email':
        return `«${label}» er ikkje ei gyldig e-postadresse: «${p.text}».`;
      case 'emailInList':
        return `«${label}» inneheld ei ugyldig e-postadresse: «${p.text}».`;
      case 'missing':
        return `«${label}» manglar. Meldingar om nokon i leiinga skal gå direkte til skoleeigar (§ 12-5): skriv korleis dei tilsette når skoleeigar.`;
      case 'date':
        return `«${label}» må vere ein dato (dd.mm.åååå), ikkje «${p.text}».`;
      case 'holidays':
        return p.detail;
    }
  }
  switch (p.kind) {
    case 'whole':
      return `«${label}» må være et helt tall fra ${p.min} til ${p.max}, ikke «${p.text}». Bruker ${p.fallback}.`;
    case 'email':
      return `«${label}» er ikke en gyldig e-postadresse: «${p.text}».`;
    case 'emailInList':
      return `«${label}» inneholder en ugyldig e-postadresse: «${p.text}».`;
    case 'missing':
      return `«${label}» mangler. Meldinger om noen i ledelsen skal gå direkte til skoleeier (§ 12-5): skriv hvordan de ansatte når skoleeier.`;
    case 'date':
      return `«${label}» må være en dato (dd.mm.åååå), ikke «${p.text}».`;
    case 'holidays':
      return p.detail;
  }
}

/**
 * Reads settings from (label → displayed value). `fallbackEmail` is the spreadsheet owner, the rektor
 * when nobody has typed an address.
 */
export function parseSettings(
  raw: ReadonlyMap<string, string>,
  fallback: { email: () => string; schoolName: () => string },
): Settings {
  const problems: string[] = [];
  const value = (key: SettingKey): string => {
    const def = SETTINGS.find((s) => s.key === key)!;
    const v = raw.get(def.label);
    return (v === undefined || v.trim() === '' ? def.defaultValue : v).trim();
  };
  const language: 'nb' | 'nn' = /^\s*(nn|nynorsk)/i.test(value('language')) ? 'nn' : 'nb';
  const ok = (key: SettingKey): boolean => {
    const problem = checkSetting(key, value(key));
    if (problem) problems.push(problemText(problem, language));
    return problem === null;
  };
  const whole = (key: WholeKey): number => {
    const text = value(key);
    return Number((ok(key) ? text : SETTINGS.find((s) => s.key === key)!.defaultValue).replace(',', '.'));
  };
  const email = (key: SettingKey, fallbackEmail: () => string): string => {
    const text = value(key);
    if (text === '' || !ok(key)) return fallbackEmail();
    return text.toLowerCase();
  };

  const leadership: string[] = [];
  for (const part of emailList(value('leadership'))) {
    const problem = checkSetting('leadership', part);
    if (problem) problems.push(problemText(problem, language));
    else leadership.push(part.toLowerCase());
  }

  ok('skoleeierChannel');
  const holidays = parseSchoolHolidays(value('holidays'));
  problems.push(...holidays.errors);

  const startText = value('schoolStart');
  const schoolStart = startText && ok('schoolStart') ? parseNorwegianOrIso(startText) : null;

  const deadlines: DeadlineSettings = {
    ...DEFAULT_DEADLINE_SETTINGS,
    investigationSchoolDays: whole('investigationSchoolDays'),
    investigationSchoolDaysSerious: whole('investigationSchoolDaysSerious'),
    planSchoolDays: whole('planSchoolDays'),
    firstEvaluationWeeks: whole('firstEvaluationWeeks'),
    soonSchoolDays: whole('soonSchoolDays'),
    absenceMeetingSchoolDays: whole('absenceMeetingSchoolDays'),
    absenceAgreementSchoolDays: whole('absenceAgreementSchoolDays'),
  };

  return {
    schoolName: value('schoolName') || fallback.schoolName(),
    language,
    rektorEmail: email('rektorEmail', fallback.email),
    rektorName: value('rektorName'),
    leadership,
    skoleeierEmail: email('skoleeierEmail', () => ''),
    skoleeierChannel: value('skoleeierChannel'),
    calendar: new SchoolCalendar(holidays.holidays),
    deadlines,
    schoolStart,
    retentionMonths: whole('retentionMonths'),
    formUrl: value('formUrl'),
    formEditUrl: value('formEditUrl'),
    confirmFormUrl: value('confirmFormUrl'),
    driveFolderUrl: value('driveFolderUrl'),
    triggerOwner: value('triggerOwner'),
    reportSheetId: value('reportSheetId'),
    problems,
  };
}
