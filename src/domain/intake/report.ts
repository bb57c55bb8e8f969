import * as z from 'zod/mini';
import { CATEGORIES, type Category, Q, ROLES, YES_NO, YES_NO_UNKNOWN } from './questions';

/**
 * One concern as reported in the meldeskjema, validated. Everything here is untrusted text from a form:
 * it is checked for presence and size, never interpreted (no formulas, no placeholders, no HTML).
 */
export interface Report {
  reportedBy: string;
  role: (typeof ROLES)[number];
  student: string;
  className: string;
  categories: Category[];
  /** Text of categories that did not match a known choice ("Annet: …" answers, an edited form). */
  otherCategories: string;
  employeeInvolved: boolean;
  leadershipInvolved: boolean;
  what: string;
  when: string;
  where: string;
  intervened: string;
  studentSaid: string;
}

export type ReportResult = { ok: true; report: Report } | { ok: false; problems: string[] };

/** Longest text kept in one cell; Sheets allows 50,000 characters per cell. */
export const MAX_TEXT = 20_000;
const MAX_NAME = 120;

const clean = (s: string) => s.replace(/\r\n?/g, '\n').trim();

const answers = z.object({
  [Q.role]: z.enum(ROLES),
  [Q.student]: z.string().check(z.minLength(1), z.maxLength(MAX_NAME)),
  [Q.className]: z.string().check(z.minLength(1), z.maxLength(20)),
  [Q.categories]: z.string().check(z.minLength(1)),
  [Q.employee]: z.enum(YES_NO),
  [Q.leadership]: z.enum(YES_NO),
  [Q.what]: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT)),
  [Q.when]: z.string().check(z.maxLength(2_000)),
  [Q.where]: z.string().check(z.maxLength(2_000)),
  [Q.intervened]: z.string().check(z.maxLength(MAX_TEXT)),
  [Q.studentSaid]: z.union([z.enum(YES_NO_UNKNOWN), z.literal('')]),
});

/** What a problem with each question means, for the person fixing it. */
function describe(title: string, code: string, received: string): string {
  if (received === '') return `Svaret på «${title}» mangler.`;
  if (code === 'too_big') return `Svaret på «${title}» er for langt (${received.length} tegn).`;
  return `Svaret på «${title}» er ikke et av valgene i skjemaet («${received.slice(0, 60)}»).`;
}

/**
 * Checkbox answers arrive joined with ", ", and one choice itself contains commas, so the answer is
 * matched against the known choices rather than split.
 */
export function splitCategories(answer: string): { categories: Category[]; other: string } {
  let rest = answer;
  const categories: Category[] = [];
  for (const c of [...CATEGORIES].sort((a, b) => b.length - a.length)) {
    if (rest.includes(c)) {
      categories.push(c);
      rest = rest.replace(c, '');
    }
  }
  const other = rest
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .join(', ');
  return { categories: CATEGORIES.filter((c) => categories.includes(c)), other };
}

export function parseReport(named: Readonly<Record<string, string>>, reportedBy: string): ReportResult {
  const input: Record<string, string> = {};
  for (const title of Object.values(Q)) input[title] = clean(String(named[title] ?? ''));
  const problems: string[] = [];
  if (!/^[^@\s]+@[^@\s]+$/.test(reportedBy.trim()))
    problems.push('Skjemaet samlet ikke inn e-postadressen til den som meldte.');
  const parsed = z.safeParse(answers, input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const title = String(issue.path[0] ?? '');
      problems.push(describe(title, issue.code, input[title] ?? ''));
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const data = parsed.data!;
  const { categories, other } = splitCategories(data[Q.categories]);
  return {
    ok: true,
    report: {
      reportedBy: reportedBy.trim().toLowerCase(),
      role: data[Q.role],
      student: data[Q.student],
      className: data[Q.className],
      categories,
      otherCategories: other,
      employeeInvolved: data[Q.employee] === 'Ja',
      leadershipInvolved: data[Q.leadership] === 'Ja',
      what: data[Q.what],
      when: data[Q.when],
      where: data[Q.where],
      intervened: data[Q.intervened],
      studentSaid: data[Q.studentSaid],
    },
  };
}

/** The kind of case for a notice: categories only, never a name or the description. */
export function kindOfCase(report: Pick<Report, 'categories' | 'otherCategories'>): string {
  const kinds = report.categories.map((c) => c.replace(/\s*\(.*\)$/, ''));
  if (report.otherCategories && !kinds.includes('Annet')) kinds.push('Annet');
  return kinds.join(', ') || 'Annet';
}
