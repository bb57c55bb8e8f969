import type { LocalDate } from '../time/localDate';
import { type CaseRecord, hasPlan, skoleeierMustKnow } from './caseRecord';
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
  | 'documentation';

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
    case 'Undersøkes':
      add('event');
      add('measure', measures === 0);
      if (measures > 0) add('plan', true);
      add('assign');
      break;
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
  if (c.status !== 'Avsluttet') add('close');
  add('documentation');
  return out;
}
