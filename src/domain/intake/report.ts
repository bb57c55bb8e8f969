import { CATEGORIES, type Category, Q, ROLES, YES_NO, YES_NO_UNKNOWN } from './questions';

/**
 * One concern as reported in the meldeskjema. Everything here is untrusted text from a form: it is
 * stored exactly as typed (never interpreted: no formulas, no placeholders, no HTML) and never holds a
 * report back. The duty to act starts when the school learns of the concern, so an answer that is
 * missing, odd or too long for a cell still makes a case at once; the problem is named for the rektor
 * to complete (`problems`).
 */
export interface Report {
  reportedBy: string;
  role: string;
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

export interface ParsedReport {
  report: Report;
  /** What the rektor must complete or check, in plain Norwegian; empty when nothing. */
  problems: string[];
}

/**
 * The most characters of an answer a cell of «Saker» keeps: Sheets takes at most 50,000 characters in a
 * cell, and every text is written after an apostrophe that keeps it text (gas/table.ts toWritable), so one
 * less. A longer answer is kept whole in the form's own response. (An answer of 50,000 characters written
 * whole failed the whole intake, every time it was tried: no report of the batch became a case.)
 */
export const CELL_LIMIT = 49_999;

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

export function parseReport(named: Readonly<Record<string, string>>, reportedBy: string): ParsedReport {
  const problems: string[] = [];
  const answer = (title: string): string => {
    const text = String(named[title] ?? '');
    if (text.length <= CELL_LIMIT) return text;
    problems.push(
      `Svaret på «${title}» er for langt for et felt i regnearket (${text.length} tegn). De første ${CELL_LIMIT} tegnene står i saken; hele teksten står i skjemasvaret.`,
    );
    return text.slice(0, CELL_LIMIT);
  };
  const required = (title: string): string => {
    const text = answer(title);
    if (text.trim() === '') problems.push(`Svaret på «${title}» mangler.`);
    return text;
  };
  const choice = (title: string, choices: readonly string[], optional = false): string => {
    const text = answer(title);
    if (text.trim() === '') {
      if (!optional) problems.push(`Svaret på «${title}» mangler.`);
    } else if (!choices.includes(text.trim())) {
      problems.push(`Svaret på «${title}» er ikke et av valgene i skjemaet («${text.trim().slice(0, 60)}»).`);
    }
    return text.trim();
  };
  const email = reportedBy.trim();
  if (!/^[^@\s]+@[^@\s]+$/.test(email))
    problems.push('Skjemaet samlet ikke inn e-postadressen til den som meldte.');
  const role = choice(Q.role, ROLES);
  const student = required(Q.student);
  const className = required(Q.className);
  const categoryText = answer(Q.categories);
  const { categories, other } = splitCategories(categoryText);
  if (categories.length === 0 && other === '') problems.push(`Svaret på «${Q.categories}» mangler.`);
  const employee = choice(Q.employee, YES_NO, true);
  const leadership = choice(Q.leadership, YES_NO, true);
  const report: Report = {
    reportedBy: email.toLowerCase(),
    role,
    student,
    className,
    categories,
    otherCategories: other,
    employeeInvolved: employee === 'Ja',
    leadershipInvolved: leadership === 'Ja',
    what: required(Q.what),
    when: answer(Q.when),
    where: answer(Q.where),
    intervened: answer(Q.intervened),
    studentSaid: choice(Q.studentSaid, YES_NO_UNKNOWN, true),
  };
  return { report, problems };
}

/** The kind of case for a notice: categories only, never a name or the description. */
export function kindOfCase(report: Pick<Report, 'categories' | 'otherCategories'>): string {
  const kinds = report.categories.map((c) => c.replace(/\s*\(.*\)$/, ''));
  if (report.otherCategories && !kinds.includes('Annet')) kinds.push('Annet');
  return kinds.join(', ') || 'Annet';
}
