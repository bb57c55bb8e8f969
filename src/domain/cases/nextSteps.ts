import type { LocalDate } from '../time/localDate';
import { type CaseRecord, hasAgreement, hasPlan, inAbsenceRoute, skoleeierMustKnow } from './caseRecord';
import { documentationPending } from './deadlines';

/** What can be done in a case from the sidebar; each is the same server action as the menu item. */
export type CaseActionId =
  | 'investigate'
  | 'event'
  | 'measure'
  | 'plan'
  | 'evaluate'
  | 'skoleeier'
  | 'statsforvalter'
  | 'assign'
  | 'close'
  | 'reopen'
  | 'documentation'
  | 'absenceRoute'
  | 'absenceStep'
  | 'agreement'
  | 'consent'
  | 'barnevern'
  | 'informParents'
  | 'deliverPlan'
  | 'deliverEvaluation';

/**
 * The next steps a case allows, the most pressing first: the law's order (investigate, measures in a
 * written plan, evaluate) decides what is offered, so the sidebar never offers a step the register
 * would refuse.
 */
export function nextSteps(
  c: CaseRecord,
  measures: number,
  today?: LocalDate,
): { id: CaseActionId; primary: boolean }[] {
  const out: { id: CaseActionId; primary: boolean }[] = [];
  const add = (id: CaseActionId, primary = false) => out.push({ id, primary });
  if (c.status !== 'Avsluttet' && skoleeierMustKnow(c) && !c.skoleeierVarslet) add('skoleeier', true);
  switch (c.status) {
    case 'Meldt':
      add('investigate', true);
      add('event');
      add('assign');
      break;
    case 'Undersøkes': {
      // The investigation found the school environment safe and good: the absence routine goes on, no plan is due.
      const planDue = c.undersokelsenViste !== 'Trygt og godt';
      add('event');
      add('measure', measures === 0 && planDue);
      if (measures > 0) add('plan', planDue);
      add('assign');
      break;
    }
    case 'Aktivitetsplan':
    case 'Evalueres':
      if (hasPlan(c)) add('evaluate', true);
      add('event');
      add('measure');
      if (measures > 0) add('plan');
      add('assign');
      break;
    case 'Avsluttet':
      add('reopen');
      break;
  }
  // The parents: told of the concern, given the plan, told of the evaluation (legal review G4).
  const open = c.status !== 'Avsluttet';
  if (open && !c.foresatteInformert) add('informParents');
  if (
    open &&
    hasPlan(c) &&
    c.planIverksatt &&
    !(c.planGittForesatte && c.planGittForesatte >= c.planIverksatt)
  )
    add('deliverPlan', true);
  if (c.sistEvaluert && !(c.evalueringGittForesatte && c.evalueringGittForesatte >= c.sistEvaluert))
    add('deliverEvaluation');
  // Worrying absence: the routine beside chapter 12 (absence.ts).
  if (inAbsenceRoute(c)) {
    add('absenceStep', hasAgreement(c) || c.familiemote === null);
    if (!hasAgreement(c)) add('agreement', c.familiemote !== null);
  } else if (open) add('absenceRoute');
  // § 12-6: at any status, a closed case too (a family may complain after closing), once the family may
  // go there or has gone; the menu item is always there (the law's «særlege grunnar»). First while the
  // documentation Statsforvalteren asked for is still to be sent.
  if (documentationPending({ due: c.fristStatsforvalter, sent: c.dokumentasjonSendt }))
    out.unshift({ id: 'statsforvalter', primary: true });
  else if (
    c.statsforvalterMeldt ||
    c.statsforvalterVedtak ||
    (today && c.statsforvalterFra && c.statsforvalterFra <= today)
  )
    add('statsforvalter');
  if (open) {
    add('consent');
    add('barnevern');
    add('close');
  }
  add('documentation');
  return out;
}
