import { DocState } from '../../gas/docState';
import { messages } from '../../i18n';
import { CONFIRM_FORM_ID } from '../confirmations/confirmFormStep';
import { FORM_ID } from '../intake/formStep';
import { writeSetting } from '../settings/settingsSheet';
import { HANDLERS, TRIGGER_OWNER } from './ownership';
import type { SetupStep } from './setupStep';

/** The hour (Oslo) the daily job runs: before the school day starts. */
const DAILY_HOUR = 6;

interface Wanted {
  handler: string;
  type: GoogleAppsScript.Script.EventType;
  /** The form the trigger listens to; null for the daily clock. */
  source: string | null;
  create(): void;
  describe: string;
}

/**
 * One form-submit trigger on each of the product's forms (the event then carries the form's own
 * response: its id and its answers exactly as typed) and one daily trigger. Extra copies (a setUp run
 * twice, an old installation's spreadsheet trigger) are deleted, so a submission never fires intake twice.
 */
export const triggersStep: SetupStep = {
  name: 'Utløsere',
  run({ ss, settings }) {
    // Triggers belong to the user who made them, and ScriptApp only shows a user their own. The first
    // person to run setUp owns them; someone else running setUp is told who runs the school's
    // Skolemiljø and how to take over, and no second set of triggers is made.
    const state = DocState.load();
    const me = Session.getEffectiveUser().getEmail();
    const owner = state.get(TRIGGER_OWNER);
    if (owner && owner !== me) return [messages(settings().language).setUp.ownedBy(owner)];
    return installTriggers(ss, state, me, owner === null);
  },
};

/** Makes the current user's triggers what they should be, and records them as the owner. */
export function installTriggers(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  state: DocState,
  me: string,
  newOwner: boolean,
): string[] {
  const formTrigger = (key: string, describe: string): Wanted | null => {
    const id = state.get(key);
    if (!id) return null;
    return {
      handler: 'onFormSubmit',
      type: ScriptApp.EventType.ON_FORM_SUBMIT,
      source: id,
      create: () => ScriptApp.newTrigger('onFormSubmit').forForm(id).onFormSubmit().create(),
      describe,
    };
  };
  const wanted: Wanted[] = [
    formTrigger(FORM_ID, 'mottak av meldinger'),
    formTrigger(CONFIRM_FORM_ID, 'kvitteringer fra ansatte'),
    {
      handler: 'runDailyJobs',
      type: ScriptApp.EventType.CLOCK,
      source: null,
      create: () =>
        ScriptApp.newTrigger('runDailyJobs')
          .timeBased()
          .everyDays(1)
          .atHour(DAILY_HOUR)
          .inTimezone('Europe/Oslo')
          .create(),
      describe: `daglige oppgaver kl. ${DAILY_HOUR}`,
    },
  ].filter((w): w is Wanted => w !== null);
  const changes: string[] = [];
  const triggers = ScriptApp.getProjectTriggers().map((t) => ({
    t,
    handler: t.getHandlerFunction(),
    type: t.getEventType(),
    source: t.getEventType() === ScriptApp.EventType.CLOCK ? null : t.getTriggerSourceId(),
  }));
  const kept = new Set<GoogleAppsScript.Script.Trigger>();
  for (const w of wanted) {
    const same = triggers.filter(
      (x) => x.handler === w.handler && x.type === w.type && x.source === w.source,
    );
    for (const extra of same.slice(1)) {
      ScriptApp.deleteTrigger(extra.t);
      changes.push(`Fjernet en ekstra utløser for ${w.describe}.`);
    }
    if (same[0]) kept.add(same[0].t);
    else {
      w.create();
      changes.push(`La til utløser for ${w.describe}.`);
    }
  }
  // Triggers of an older version (a spreadsheet form-submit trigger keyed on response rows) go.
  for (const x of triggers) {
    if (kept.has(x.t) || !HANDLERS.includes(x.handler)) continue;
    if (wanted.some((w) => w.handler === x.handler && w.type === x.type && w.source === x.source)) continue;
    ScriptApp.deleteTrigger(x.t);
    changes.push('Fjernet en utløser fra en eldre versjon.');
  }
  if (newOwner) state.set(TRIGGER_OWNER, me);
  state.save();
  writeSetting(ss, 'triggerOwner', me);
  return changes;
}
