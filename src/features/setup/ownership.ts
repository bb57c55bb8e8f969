import type { DocState } from '../../gas/docState';

/**
 * Who runs Skolemiljø for the school: the person whose installable triggers take reports in and run the
 * daily job. Triggers belong to the person who made them (ScriptApp shows each user only their own),
 * so there is exactly one owner, remembered here and shown in «Innstillinger».
 */
export const TRIGGER_OWNER = 'triggers:owner';

export const HANDLERS: readonly string[] = ['onFormSubmit', 'runDailyJobs'];

/** The owner remembered, or '' before the first setUp. */
export function triggerOwner(state: DocState): string {
  return state.get(TRIGGER_OWNER) ?? '';
}

/**
 * True when this trigger run belongs to a former owner (someone took over with «Overta driften …»):
 * such a run does nothing but delete its owner's own product triggers, which only that person can.
 * Costs one Properties call; reads nothing else.
 */
export function isStaleTriggerRun(): boolean {
  const owner = PropertiesService.getDocumentProperties().getProperty(TRIGGER_OWNER);
  const me = Session.getEffectiveUser().getEmail();
  if (!owner || !me || owner === me) return false;
  for (const t of ScriptApp.getProjectTriggers())
    if (HANDLERS.includes(t.getHandlerFunction())) ScriptApp.deleteTrigger(t);
  console.warn("A former owner's trigger ran and removed itself; the current owner's triggers do the work.");
  return true;
}
