/**
 * The meldeskjema's questions: the public contract (design.md). Titles are what the response sheet's
 * header shows and how answers are found, so they never change; help texts may.
 */
export const Q = {
  role: 'Din rolle',
  student: 'Elevens navn',
  className: 'Klasse',
  categories: 'Hva gjelder meldingen?',
  employee: 'Gjelder det en ansatt som krenker en elev?',
  leadership: 'Gjelder det noen i skolens ledelse?',
  what: 'Hva har skjedd?',
  when: 'Når skjedde det?',
  where: 'Hvor skjedde det?',
  intervened: 'Har noen grepet inn?',
  studentSaid: 'Har eleven selv sagt fra?',
} as const;

export const ROLES = ['Ansatt', 'Foresatt', 'Elev', 'Annen'] as const;
export const YES_NO = ['Ja', 'Nei'] as const;
export const YES_NO_UNKNOWN = ['Ja', 'Nei', 'Vet ikke'] as const;

export const CATEGORIES = [
  'Mobbing',
  'Krenkelser (rasisme, seksuell trakassering, hatefulle ytringer)',
  'Vold',
  'Utestenging',
  'Digital mobbing',
  'Fravær eller skolevegring',
  'Psykisk helse og trivsel',
  'Annet',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface QuestionSpec {
  title: string;
  kind: 'choice' | 'checkbox' | 'text' | 'paragraph';
  choices?: readonly string[];
  required: boolean;
  help: { nb: string; nn: string };
}

/** In form order, with help texts that tell staff what to write and what not to. */
export const QUESTIONS: readonly QuestionSpec[] = [
  {
    title: Q.role,
    kind: 'choice',
    choices: ROLES,
    required: true,
    help: {
      nb: 'Alle ansatte har plikt til å melde fra til rektor (opplæringslova § 12-4).',
      nn: 'Alle tilsette har plikt til å melde frå til rektor (opplæringslova § 12-4).',
    },
  },
  {
    title: Q.student,
    kind: 'text',
    required: true,
    help: {
      nb: 'Den eleven som kanskje ikke har det trygt og godt. Én elev per melding.',
      nn: 'Den eleven som kanskje ikkje har det trygt og godt. Éin elev per melding.',
    },
  },
  { title: Q.className, kind: 'text', required: true, help: { nb: 'For eksempel 5B.', nn: 'Til dømes 5B.' } },
  {
    title: Q.categories,
    kind: 'checkbox',
    choices: CATEGORIES,
    required: true,
    help: { nb: 'Kryss av for alt som passer.', nn: 'Kryss av for alt som passar.' },
  },
  {
    title: Q.employee,
    kind: 'choice',
    choices: YES_NO,
    required: true,
    help: {
      nb: 'Ja betyr skjerpet plikt til å melde fra (§ 12-5): rektor får beskjed straks, og saken undersøkes samme dag.',
      nn: 'Ja tyder skjerpa plikt til å melde frå (§ 12-5): rektor får beskjed straks, og saka blir undersøkt same dag.',
    },
  },
  {
    title: Q.leadership,
    kind: 'choice',
    choices: YES_NO,
    required: true,
    help: {
      nb: 'Ja betyr at meldingen også går direkte til skoleeier (kommunen).',
      nn: 'Ja tyder at meldinga òg går direkte til skoleeigar (kommunen).',
    },
  },
  {
    title: Q.what,
    kind: 'paragraph',
    required: true,
    help: {
      nb: 'Beskriv kort hva du har sett eller hørt. Skriv ikke fullt navn på andre elever (skriv «elev A»), og ikke helseopplysninger utover det som trengs.',
      nn: 'Skildre kort kva du har sett eller høyrt. Skriv ikkje fullt namn på andre elevar (skriv «elev A»), og ikkje helseopplysningar utover det som trengst.',
    },
  },
  {
    title: Q.when,
    kind: 'text',
    required: false,
    help: { nb: 'Dato og gjerne klokkeslett.', nn: 'Dato og gjerne klokkeslett.' },
  },
  {
    title: Q.where,
    kind: 'text',
    required: false,
    help: {
      nb: 'For eksempel skolegården, garderoben, på nett.',
      nn: 'Til dømes skolegarden, garderoben, på nett.',
    },
  },
  {
    title: Q.intervened,
    kind: 'paragraph',
    required: false,
    help: { nb: 'Hvem grep inn, og hva ble gjort?', nn: 'Kven greip inn, og kva vart gjort?' },
  },
  {
    title: Q.studentSaid,
    kind: 'choice',
    choices: YES_NO_UNKNOWN,
    required: false,
    help: {
      nb: 'Elevens egen opplevelse er utgangspunktet (jf. Udirs rundskriv om skolemiljø).',
      nn: 'Korleis eleven sjølv opplever det, er utgangspunktet (jf. rundskrivet frå Udir om skolemiljø).',
    },
  },
];
