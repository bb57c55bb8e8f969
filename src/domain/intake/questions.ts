/**
 * The meldeskjema's questions: the public contract (design.md). The bokmål titles and choices are the
 * canonical keys the product reads answers by; a nynorsk school gets the same questions in nynorsk, and
 * intake maps either language back to the canonical answer (canonicalAnswers). Help texts may change.
 *
 * Order matters for § 12-5: «Gjelder det noen i skolens ledelse?» comes before anything that names the
 * student or tells what happened, and «Ja» leads to a closing page that tells the reporter how to reach
 * skoleeier directly; nothing more is asked or sent to the school.
 */
export const Q = {
  role: 'Din rolle',
  leadership: 'Gjelder det noen i skolens ledelse?',
  student: 'Elevens navn',
  className: 'Klasse',
  categories: 'Hva gjelder meldingen?',
  employee: 'Gjelder det en ansatt som krenker en elev?',
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

/** The nynorsk words for the canonical choices, in the same order. */
const NN_CHOICES: Readonly<Record<string, readonly string[]>> = {
  roles: ['Tilsett', 'Føresett', 'Elev', 'Annan'],
  yesNo: ['Ja', 'Nei'],
  yesNoUnknown: ['Ja', 'Nei', 'Veit ikkje'],
  categories: [
    'Mobbing',
    'Krenkingar (rasisme, seksuell trakassering, hatefulle ytringar)',
    'Vald',
    'Utestenging',
    'Digital mobbing',
    'Fråvær eller skolevegring',
    'Psykisk helse og trivsel',
    'Anna',
  ],
};

export interface QuestionSpec {
  /** The canonical (bokmål) title. */
  title: string;
  /** The title a nynorsk school's form shows. */
  nn: string;
  kind: 'choice' | 'checkbox' | 'text' | 'paragraph';
  choices?: readonly string[];
  /** The choices in nynorsk, in the same order as `choices`. */
  choicesNn?: readonly string[];
  required: boolean;
  help: { nb: string; nn: string };
}

/** In form order, with help texts that tell staff what to write and what not to. */
export const QUESTIONS: readonly QuestionSpec[] = [
  {
    title: Q.role,
    nn: 'Rolla di',
    kind: 'choice',
    choices: ROLES,
    choicesNn: NN_CHOICES['roles'],
    required: true,
    help: {
      nb: 'Alle ansatte har plikt til å melde fra til rektor (opplæringslova § 12-4).',
      nn: 'Alle tilsette har plikt til å melde frå til rektor (opplæringslova § 12-4).',
    },
  },
  {
    title: Q.leadership,
    nn: 'Gjeld det nokon i leiinga ved skolen?',
    kind: 'choice',
    choices: YES_NO,
    choicesNn: NN_CHOICES['yesNo'],
    required: true,
    help: {
      nb: 'Er det rektor eller noen andre i skolens ledelse som kan ha krenket en elev? Da skal du melde direkte til skoleeier, ikke til skolen (§ 12-5). Svarer du ja, viser skjemaet deg hvordan, og du skal ikke skrive mer her.',
      nn: 'Er det rektor eller nokon andre i leiinga ved skolen som kan ha krenkt ein elev? Då skal du melde direkte til skoleeigar, ikkje til skolen (§ 12-5). Svarer du ja, viser skjemaet deg korleis, og du skal ikkje skrive meir her.',
    },
  },
  {
    title: Q.student,
    nn: 'Namnet til eleven',
    kind: 'text',
    required: true,
    help: {
      nb: 'Den eleven som kanskje ikke har det trygt og godt. Én elev per melding.',
      nn: 'Den eleven som kanskje ikkje har det trygt og godt. Éin elev per melding.',
    },
  },
  {
    title: Q.className,
    nn: 'Klasse',
    kind: 'text',
    required: true,
    help: { nb: 'For eksempel 5B.', nn: 'Til dømes 5B.' },
  },
  {
    title: Q.categories,
    nn: 'Kva gjeld meldinga?',
    kind: 'checkbox',
    choices: CATEGORIES,
    choicesNn: NN_CHOICES['categories'],
    required: true,
    help: { nb: 'Kryss av for alt som passer.', nn: 'Kryss av for alt som passar.' },
  },
  {
    title: Q.employee,
    nn: 'Gjeld det ein tilsett som krenkjer ein elev?',
    kind: 'choice',
    choices: YES_NO,
    choicesNn: NN_CHOICES['yesNo'],
    required: true,
    help: {
      nb: 'Ja betyr skjerpet plikt til å melde fra (§ 12-5): rektor får beskjed straks, og saken undersøkes samme dag.',
      nn: 'Ja tyder skjerpa plikt til å melde frå (§ 12-5): rektor får beskjed straks, og saka blir undersøkt same dag.',
    },
  },
  {
    title: Q.what,
    nn: 'Kva har skjedd?',
    kind: 'paragraph',
    required: true,
    help: {
      nb: 'Beskriv kort hva du har sett eller hørt. Skriv ikke fullt navn på andre elever (skriv «elev A»), og ikke helseopplysninger utover det som trengs.',
      nn: 'Skildre kort kva du har sett eller høyrt. Skriv ikkje fullt namn på andre elevar (skriv «elev A»), og ikkje helseopplysningar utover det som trengst.',
    },
  },
  {
    title: Q.when,
    nn: 'Når skjedde det?',
    kind: 'text',
    required: false,
    help: { nb: 'Dato og gjerne klokkeslett.', nn: 'Dato og gjerne klokkeslett.' },
  },
  {
    title: Q.where,
    nn: 'Kvar skjedde det?',
    kind: 'text',
    required: false,
    help: {
      nb: 'For eksempel skolegården, garderoben, på nett.',
      nn: 'Til dømes skolegarden, garderoben, på nett.',
    },
  },
  {
    title: Q.intervened,
    nn: 'Har nokon gripe inn?',
    kind: 'paragraph',
    required: false,
    help: { nb: 'Hvem grep inn, og hva ble gjort?', nn: 'Kven greip inn, og kva vart gjort?' },
  },
  {
    title: Q.studentSaid,
    nn: 'Har eleven sjølv sagt frå?',
    kind: 'choice',
    choices: YES_NO_UNKNOWN,
    choicesNn: NN_CHOICES['yesNoUnknown'],
    required: false,
    help: {
      nb: 'Elevens egen opplevelse er utgangspunktet (jf. Udirs rundskriv om skolemiljø).',
      nn: 'Korleis eleven sjølv opplever det, er utgangspunktet (jf. rundskrivet frå Udir om skolemiljø).',
    },
  },
];

/** The questions asked before the form branches (role and the leadership question). */
export const FIRST_PAGE: readonly string[] = [Q.role, Q.leadership];

/** The question a title belongs to, in either language. */
export function questionByTitle(title: string): QuestionSpec | undefined {
  const t = title.trim();
  return QUESTIONS.find((q) => q.title === t || q.nn === t);
}

/** A nynorsk choice as its canonical (bokmål) value; anything else unchanged. */
function canonicalChoice(q: QuestionSpec, value: string): string {
  const i = q.choicesNn?.indexOf(value) ?? -1;
  return i >= 0 && q.choices ? q.choices[i]! : value;
}

/**
 * Answers keyed by the form's titles (bokmål or nynorsk) as canonical answers keyed by the bokmål titles:
 * a nynorsk school's «Tilsett» is «Ansatt», its categories the bokmål categories. Free text is untouched.
 */
export function canonicalAnswers(answers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [title, value] of Object.entries(answers)) {
    const q = questionByTitle(title);
    if (!q) {
      out[title] = value;
      continue;
    }
    if (q.kind === 'checkbox' && q.choicesNn) {
      let rest = value;
      const found: string[] = [];
      // Longest first: a choice may contain commas and another choice's words.
      const pairs = q.choicesNn
        .map((nn, i) => [nn, q.choices![i]!] as const)
        .sort((a, b) => b[0].length - a[0].length);
      for (const [nn, nb] of pairs) {
        if (nn !== nb && rest.includes(nn)) {
          found.push(nb);
          rest = rest.replace(nn, '');
        }
      }
      out[q.title] = [rest, ...found].filter((s) => s.replace(/[\s,]/g, '') !== '').join(', ');
    } else {
      out[q.title] = q.kind === 'choice' ? canonicalChoice(q, value) : value;
    }
  }
  return out;
}

/** How a canonical choice reads in the school's language. */
export function choiceLabel(value: string, lang: 'nb' | 'nn'): string {
  if (lang === 'nb') return value;
  for (const q of QUESTIONS) {
    const i = q.choices?.indexOf(value) ?? -1;
    if (i >= 0 && q.choicesNn) return q.choicesNn[i]!;
  }
  return value;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each category (whole, and short without its parenthesis) with its nynorsk words. */
const CATEGORY_NN: ReadonlyMap<string, string> = new Map(
  CATEGORIES.flatMap((c, i) => {
    const nn = NN_CHOICES['categories']![i]!;
    const short = (s: string) => s.replace(/\s*\(.*\)$/, '');
    return [
      [c, nn],
      [short(c), short(nn)],
    ] as [string, string][];
  }).filter(([nb, nn]) => nb !== nn),
);
const CATEGORY_WORDS = new RegExp(
  `(?<!\\p{L})(${[...CATEGORY_NN.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?!\\p{L})`,
  'gu',
);

/**
 * Categories as stored (the canonical bokmål answers, joined with ", ", or the short forms a log row
 * names) in the school's language; text that is not a category is kept as typed.
 */
export function categoriesLabel(value: string, lang: 'nb' | 'nn'): string {
  return lang === 'nb' ? value : value.replace(CATEGORY_WORDS, (m) => CATEGORY_NN.get(m) ?? m);
}
