import { DocState } from '../../gas/docState';
import type { SetupStep } from './setupStep';

/** The hour (Oslo) the daily job runs: before the school day starts. */
const DAILY_HOUR = 6;

interface Wanted {
  handler: string;
  type: GoogleAppsScript.Script.EventType;
  create(): void;
  describe: string;
}

/**
 * Exactly one form-submit trigger and one daily trigger. Extra copies (a setUp run twice by two people,
 * an old installation) are deleted, so a submission never fires intake twice in parallel.
 */
export const triggersStep: SetupStep = {
  name: 'Utløsere',
  run({ ss }) {
    // Triggers belong to the user who made them, and ScriptApp only shows a user their own. The first
    // person to run setUp owns them; when someone else runs setUp, theirs are not added a second time.
    const state = DocState.load();
    const me = Session.getEffectiveUser().getEmail();
    const owner = state.get(TRIGGER_OWNER);
    if (owner && owner !== me) return [];
    const wanted: Wanted[] = [
      {
        handler: 'onFormSubmit',
        type: ScriptApp.EventType.ON_FORM_SUBMIT,
        create: () => ScriptApp.newTrigger('onFormSubmit').forSpreadsheet(ss).onFormSubmit().create(),
        describe: 'mottak av meldinger',
      },
      {
        handler: 'runDailyJobs',
        type: ScriptApp.EventType.CLOCK,
        create: () =>
          ScriptApp.newTrigger('runDailyJobs')
            .timeBased()
            .everyDays(1)
            .atHour(DAILY_HOUR)
            .inTimezone('Europe/Oslo')
            .create(),
        describe: `daglige oppgaver kl. ${DAILY_HOUR}`,
      },
    ];
    const changes: string[] = [];
    const triggers = ScriptApp.getProjectTriggers();
    for (const w of wanted) {
      const same = triggers.filter(
        (t) => t.getHandlerFunction() === w.handler && t.getEventType() === w.type,
      );
      for (const extra of same.slice(1)) {
        ScriptApp.deleteTrigger(extra);
        changes.push(`Fjernet en ekstra utløser for ${w.describe}.`);
      }
      if (same.length === 0) {
        w.create();
        changes.push(`La til utløser for ${w.describe}.`);
      }
    }
    if (!owner) {
      state.set(TRIGGER_OWNER, me);
      state.save();
    }
    return changes;
  },
};

const TRIGGER_OWNER = 'triggers:owner';
