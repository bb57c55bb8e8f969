/**
 * The anonymity check run before an aktivitetsplan is generated.
 *
 * A plan is sent home, so it must not name other students: the school writes «utøvende elev»
 * or «elev A», «elev B». This module finds names of other students in the text going into the
 * plan and suggests a label for each person, in order of first appearance. It is a safety net
 * for a person to review, not a guarantee, so it prefers a doubtful hit to a missed name.
 *
 * Where candidates come from:
 * - the register's names (other than the subject): the full name anywhere, in any case; each
 *   part of it (first, middle, last name) when written capitalised as a whole word;
 * - the case's own description: Norwegian capitalises only proper nouns, so a capitalised word
 *   that does not start a sentence is likely a name (and the capitalised words right next to it
 *   belong to the same name, as in «Jonas Berg»).
 * A name part that is also an ordinary word (Liv, Dag, Sol, Storm) counts only where a
 * capital letter cannot be explained by a sentence start.
 */

export interface AnonymityInput {
  /** The text going into the plan. */
  readonly text: string;
  /** The plan's own student, e.g. `Ola Nordmann`; never reported. */
  readonly subject: string;
  /** Student names from the register (`Fornavn Etternavn` or `Etternavn, Fornavn`). */
  readonly registerNames: readonly string[];
  /** The case's description (the report), scanned for proper names. */
  readonly description: string;
  /** Names that may stay (staff, the school's name): their single words are not reported. */
  readonly ignore?: readonly string[];
}

export interface NameFinding {
  /** The name exactly as written in the text (`Jonas Berg`, `Jonas`, `Emmas`). */
  readonly name: string;
  /** What to write instead: `elev A`, `elev B`, …; `elev A sin` for a genitive. */
  readonly suggestion: string;
}

const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
/** A word; a hyphen joins words only before a capital, so `Anne-Lise` is one name but `Jonas-gjengen` is not. */
const TOKEN = new RegExp(`${WORD_CHAR}+(?:-(?=\\p{Lu})${WORD_CHAR}+)*`, 'gu');
const CAPITALISED = /^\p{Lu}(?=.*\p{Ll})/u;
/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'f.eks',
  'bl.a',
  'kl',
  'ca',
  'dvs',
  'pga',
  'nr',
  'jf',
  'evt',
  'mht',
  'ang',
  'ev',
  'jfr',
]);
const OPENERS = '«"“„‘\'([';
const NAME_PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'du',
  'la',
  'le',
  'af',
  'av',
  'bin',
  'al',
  'el',
]);

/** First names and surnames that are also ordinary Norwegian words. */
const NAME_WORDS = new Set(
  (
    'liv sol vår storm bjørn ulv varg stein rose lilje dag natt per kai mai juni juli april siv ask alm eik ' +
    'lind hegg gran birk rogn lin lyng fred lykke glede håp ro alv odd ørn falk rev ravn svane vilje tone ' +
    'live elv hav skog fjell berg dal lie li strand bakke haug vik mo nes sand lund holm eng myr foss bru bø ' +
    'vang land frank tale gro rune lene helle erle bror jo bo inga vera kim snorre bekk'
  ).split(' '),
);

/** Words that open sentences and may be capitalised there, but are never names. */
const FUNCTION_WORDS = new Set(
  (
    'jeg eg du han hun ho hen den det vi me dere de dei dykk man ein en ei et eit og men så da då når ' +
    'hvis viss om fordi etter før under over i på til fra frå med hos av for mot uten utan ved som at her ' +
    'der nå no ikke ikkje også òg hva kva hvem kven hvor kvar hvorfor kvifor hvordan korleis noen nokon ' +
    'ingen alle mange flere fleire dette denne disse desse hele heile begge andre mens medan selv sjølv ' +
    'kanskje ja nei hei senere seinare deretter etterpå plutselig brått samme same hans hennes hennar min ' +
    'mitt mine din sin sitt sine vår vårt våre deres dykkar eleven elevene elevane læreren lærarane gutten ' +
    'guttene gutane jenta jentene klassen skolen skulen friminuttet mamma pappa mor far foreldre foresatte ' +
    'føresette rektor kontaktlærer kontaktlærar lærer lærar'
  ).split(' '),
);

/** Capitalised words that are not people: days and months, roles, services, apps, places. */
const NOT_NAMES = new Set(
  (
    'mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tysdag laurdag sundag januar februar mars ' +
    'april mai juni juli august september oktober november desember jul påske rektor kontaktlærer ' +
    'kontaktlærar lærer lærar læreren assistent assistenten helsesykepleier helsesjukepleiar helsesøster ' +
    'sosiallærer sosiallærar miljøterapeut miljøarbeider mamma pappa mor far foresatte føresette elev eleven ' +
    'elevene elevane skolen skulen klassen trinnet gud snapchat snap tiktok instagram insta facebook ' +
    'messenger whatsapp discord youtube fortnite roblox minecraft teams google chromebook ipad spotify ' +
    'netflix statsforvalteren statsforvaltaren statsforvalter barnevernet barnevernstjenesten politiet ' +
    'kommunen bydelen mobbeombudet elevundersøkelsen elevundersøkinga aktivitetsplan aktivitetsplanen ' +
    'norge noreg oslo skolemiljø vigilo visma jeg eg'
  ).split(' '),
);

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly sentenceStart: boolean;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index ?? 0;
    tokens.push({ text: m[0], start, end: start + m[0].length, sentenceStart: isSentenceStart(text, start) });
  }
  return tokens;
}

/** Whether a capital letter at `index` is explained by a sentence, line or quotation starting there. */
function isSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0) {
    const ch = text[i]!;
    if (ch === '\n' || OPENERS.includes(ch)) return true;
    if (/\s/.test(ch) || ch === '-' || ch === '–' || ch === '—' || ch === '•' || ch === '*') {
      i--;
      continue;
    }
    break;
  }
  if (i < 0) return true;
  const ch = text[i]!;
  if (ch === '!' || ch === '?' || ch === ':') return true;
  if (ch !== '.') return false;
  // A full stop after an ordinal ("3. trinn") or an abbreviation ("f.eks.") does not end a sentence.
  const before = /[\p{L}\p{N}.]*$/u.exec(text.slice(0, i))?.[0] ?? '';
  if (/^\p{N}+$/u.test(before)) return false;
  return !ABBREVIATIONS.has(before.toLowerCase());
}

/** `Nordmann, Ola` → `Ola Nordmann`; `ola  nordmann` → `Ola Nordmann`. */
function normaliseName(name: string): string[] {
  const comma = name.indexOf(',');
  const ordered = comma >= 0 ? `${name.slice(comma + 1)} ${name.slice(0, comma)}` : name;
  return (ordered.match(TOKEN) ?? []).map((part) =>
    NAME_PARTICLES.has(part.toLowerCase())
      ? part
      : part.replace(/(^|-)(\p{Ll})/gu, (_: string, h: string, c: string) => h + c.toUpperCase()),
  );
}

const lower = (s: string): string => s.toLowerCase();
const nameKey = (parts: readonly string[]): string => parts.map(lower).join(' ');
const sameName = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((part, i) => lower(part) === lower(b[i]!));

/** Two tokens written next to each other as one name: only spaces between them, on one line. */
function adjacent(text: string, a: Token, b: Token): boolean {
  return /^[^\S\n]+$/.test(text.slice(a.end, b.start));
}

interface Person {
  readonly parts: readonly string[];
}

interface Hit {
  readonly person: Person;
  readonly start: number;
  readonly end: number;
  readonly genitive: boolean;
}

/** `elev A` … `elev Z`, then `elev AA`, `elev AB`, … */
export function studentLabel(index: number): string {
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return `elev ${letters}`;
}

export function findOtherStudentNames(input: AnonymityInput): NameFinding[] {
  const subject = normaliseName(input.subject);
  const subjectParts = new Set(subject);
  const ignoredParts = new Set((input.ignore ?? []).flatMap(normaliseName));
  const textTokens = tokenize(input.text);
  const descTokens = tokenize(input.description);
  // A word also seen in lower case in these texts is an ordinary word here, whatever else it is.
  const lowerWords = new Set(
    [...textTokens, ...descTokens].map((t) => t.text).filter((t) => t === lower(t) && /\p{Ll}/u.test(t)),
  );
  const isOrdinaryWord = (part: string) => NAME_WORDS.has(lower(part)) || lowerWords.has(lower(part));

  // A register holds thousands of names: dedupe by key, not by comparing every pair.
  const persons: Person[] = [];
  const seen = new Set<string>([nameKey(subject)]);
  for (const raw of input.registerNames) {
    const parts = normaliseName(raw);
    const key = nameKey(parts);
    if (parts.length === 0 || seen.has(key)) continue;
    seen.add(key);
    persons.push({ parts });
  }
  for (const parts of namesInDescription(
    input.description,
    descTokens,
    subjectParts,
    ignoredParts,
    lowerWords,
  )) {
    const known = persons.some(
      (p) => sameName(p.parts, parts) || (parts.length === 1 && p.parts.includes(parts[0]!)),
    );
    if (!known) persons.push({ parts });
  }

  const full = fullNameHits(input.text, textTokens, persons);
  const outside = textTokens.filter((t) => !full.some((h) => t.start >= h.start && t.end <= h.end));
  const named = new Set(full.map((h) => h.person));
  const singles = singlePartHits(outside, persons, named, (part, token) => {
    if (part.length < 2 || NAME_PARTICLES.has(lower(part))) return false;
    if (subjectParts.has(part) || ignoredParts.has(part)) return false;
    return !(token.sentenceStart && isOrdinaryWord(part));
  });
  return findingsFrom(input.text, [...full, ...singles]);
}

/** Full names (two words or more), case-insensitive, with an optional genitive `s`. */
function fullNameHits(text: string, tokens: readonly Token[], persons: readonly Person[]): Hit[] {
  // Indexed by the first name, longest names first, so `Per Olav Kråkenes` wins over `Per Olav`.
  const byFirst = new Map<string, Person[]>();
  for (const p of persons) {
    if (p.parts.length < 2) continue;
    const key = lower(p.parts[0]!);
    const list = byFirst.get(key);
    if (list) list.push(p);
    else byFirst.set(key, [p]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.parts.length - a.parts.length);
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const person of byFirst.get(lower(tokens[i]!.text)) ?? []) {
      const n = person.parts.length;
      if (i + n > tokens.length) continue;
      let genitive = false;
      const match = person.parts.every((part, k) => {
        const token = tokens[i + k]!;
        if (k > 0 && !adjacent(text, tokens[i + k - 1]!, token)) return false;
        if (lower(token.text) === lower(part)) return true;
        if (k === n - 1 && lower(token.text) === `${lower(part)}s`) {
          genitive = true;
          return true;
        }
        return false;
      });
      if (match) {
        hits.push({ person, start: tokens[i]!.start, end: tokens[i + n - 1]!.end, genitive });
        i += n - 1;
        break;
      }
    }
  }
  return hits;
}

/**
 * Single name parts, capitalised and case-sensitive. A part several people share goes to one
 * already named in full in the text, else to the first of them.
 */
function singlePartHits(
  tokens: readonly Token[],
  persons: readonly Person[],
  named: ReadonlySet<Person>,
  accept: (part: string, token: Token) => boolean,
): Hit[] {
  const byPart = new Map<string, Person[]>();
  for (const p of persons) {
    for (const part of new Set(p.parts)) {
      const list = byPart.get(part);
      if (list) list.push(p);
      else byPart.set(part, [p]);
    }
  }
  const hits: Hit[] = [];
  for (const token of tokens) {
    if (!CAPITALISED.test(token.text)) continue;
    let part = token.text;
    let genitive = false;
    let owners = byPart.get(part);
    if (!owners && part.endsWith('s') && !part.endsWith('ss')) {
      part = part.slice(0, -1);
      genitive = true;
      owners = byPart.get(part);
    }
    if (!owners || !accept(part, token)) continue;
    const person = owners.find((p) => named.has(p)) ?? owners[0]!;
    hits.push({ person, start: token.start, end: token.end, genitive });
  }
  return hits;
}

/** Runs of capitalised words in the description, anchored on one that does not start a sentence. */
function namesInDescription(
  description: string,
  tokens: readonly Token[],
  subjectParts: ReadonlySet<string>,
  ignoredParts: ReadonlySet<string>,
  lowerWords: ReadonlySet<string>,
): string[][] {
  const nameLike = (t: Token) =>
    CAPITALISED.test(t.text) &&
    t.text.length > 1 &&
    !NOT_NAMES.has(lower(t.text)) &&
    !FUNCTION_WORDS.has(lower(t.text)) &&
    !lowerWords.has(lower(t.text)) &&
    !subjectParts.has(t.text) &&
    !ignoredParts.has(t.text);
  const names: string[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.sentenceStart || !nameLike(token)) continue;
    let s = i;
    while (s > 0 && adjacent(description, tokens[s - 1]!, tokens[s]!) && nameLike(tokens[s - 1]!)) s--;
    let e = i;
    while (
      e + 1 < tokens.length &&
      adjacent(description, tokens[e]!, tokens[e + 1]!) &&
      nameLike(tokens[e + 1]!)
    ) {
      e++;
    }
    const parts = tokens.slice(s, e + 1).map((t) => t.text);
    if (!names.some((n) => sameName(n, parts))) names.push(parts);
    i = e;
  }
  return names;
}

/** One finding per distinct written form; persons lettered in order of first appearance. */
function findingsFrom(text: string, hits: readonly Hit[]): NameFinding[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start);
  const labels = new Map<Person, string>();
  const findings: NameFinding[] = [];
  for (const hit of sorted) {
    let label = labels.get(hit.person);
    if (label === undefined) {
      label = studentLabel(labels.size);
      labels.set(hit.person, label);
    }
    const name = text.slice(hit.start, hit.end);
    if (findings.some((f) => f.name === name)) continue;
    findings.push({ name, suggestion: hit.genitive ? `${label} sin` : label });
  }
  return findings;
}

/**
 * Replaces each name, as a whole word and literally (no pattern characters), longest first so
 * `Jonas Berg` goes before `Jonas`. A replacement that starts a sentence gets a capital letter.
 */
export function anonymise(
  text: string,
  replacements: readonly NameFinding[] | Readonly<Record<string, string>>,
): string {
  const pairs: [string, string][] = Array.isArray(replacements)
    ? (replacements as readonly NameFinding[]).map((f) => [f.name, f.suggestion])
    : Object.entries(replacements as Readonly<Record<string, string>>);
  const map = new Map(pairs.filter(([name]) => name.trim() !== ''));
  if (map.size === 0) return text;
  const alternatives = [...map.keys()]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  const pattern = new RegExp(
    `(?<!${WORD_CHAR}|${WORD_CHAR}-)(?:${alternatives})(?!${WORD_CHAR}|-\\p{Lu})`,
    'gu',
  );
  return text.replace(pattern, (match: string, offset: number) => {
    const replacement = map.get(match) ?? match;
    return isSentenceStart(text, offset)
      ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
      : replacement;
  });
}
