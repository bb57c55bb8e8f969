import type { CaseStatus, Refusal } from '../domain/cases/lifecycle';
import { categoriesLabel } from '../domain/intake/questions';
import type { Messages } from './nb';

/**
 * The display layer for values stored in bokmål (the public contract: «Saker», «Tiltak», «Logg»): a
 * nynorsk school reads them in nynorsk, the sheets keep the bokmål the code reads. Anything unknown (a
 * value a school typed) is shown as stored.
 */
function lookup(map: Readonly<Record<string, string>>, value: string): string {
  return Object.hasOwn(map, value) ? map[value]! : value;
}

const lang = (t: Messages): 'nb' | 'nn' => (t.dialogs.lang === 'nn' ? 'nn' : 'nb');

/** «Undersøkes» as a nynorsk school reads it («Undersøkjast»). */
export function caseStatusLabel(t: Messages, status: string): string {
  return lookup(t.labels.caseStatus, status);
}

/** A measure's status in «Tiltak» («Endret» → «Endra»). */
export function measureStatusLabel(t: Messages, status: string): string {
  return lookup(t.labels.measureStatus, status);
}

/** The register's categories (bokmål, as the form's canonical answers) in the school's language. */
export function categoryLabel(t: Messages, kategori: string): string {
  return categoriesLabel(kategori, lang(t));
}

/** A log event as printed: the known events the code writes, in the school's language. */
export function logEventLabel(t: Messages, event: string): string {
  return lookup(t.labels.events, event.trim());
}

/** A log row's details as printed: the code's own phrases (and, for a report, its categories) translated. */
export function logDetailsLabel(t: Messages, event: string, details: string): string {
  const d = t.labels.details(details);
  return event.trim() === 'Melding mottatt' ? categoriesLabel(d, lang(t)) : d;
}

/** A refused status change (lifecycle.ts, caseRecord.ts) in the school's language. */
export function refusalText(t: Messages, r: Refusal): string {
  const l = t.lifecycle;
  const s = (status: CaseStatus) => caseStatusLabel(t, status);
  switch (r.kind) {
    case 'reopenOnlyTo':
      return l.reopenOnlyTo(s(r.to));
    case 'reopenFirst':
      return l.reopenFirst;
    case 'noPlan':
      return l.noPlan;
    case 'noReason':
      return l.noReason;
    default: {
      const next = l.next(s(r.from), r.expected.map((x) => `«${s(x)}»`).join(l.or));
      if (r.kind === 'backToMeldt') return l.backToMeldt(next);
      return r.kind === 'skip' ? l.skip(s(r.from), s(r.to), next) : l.back(s(r.from), s(r.to), next);
    }
  }
}
