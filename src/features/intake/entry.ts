import { LockBusyError } from '../../gas/lock';
import { CONFIRM_FORM_ID } from '../confirmations/confirmFormStep';
import { recordConfirmation } from '../confirmations/recordConfirmation';
import { done, showResultDialog } from '../dialogs/formDialog';
import { currentMessages, uiAction } from '../menu/uiAction';
import { withWork } from '../register/work';
import { readSettings } from '../settings/settingsSheet';
import { isStaleTriggerRun } from '../setup/ownership';
import { openConcernDialog } from './concernDialog';
import { FORM_ID } from './formStep';
import { responseOf, takeIn } from './intake';
import { lookBack, SINCE, scrubLeadershipReports, unseenResponses } from './responses';

/**
 * The installable form-submit trigger of the product's forms (ScriptApp…forForm(form).onFormSubmit()):
 * the event carries the form's own response, so a report is known by its id and its answers are exactly
 * as typed. Takes in the submitted report and any other a lost or refused trigger left behind since the
 * last intake. If another job holds the lock for too long nothing is written and nothing is lost: the
 * response stays in the form, and the next intake or the daily job takes it in.
 */
export function onFormSubmit(e: GoogleAppsScript.Events.FormsOnFormSubmit): void {
  if (!e?.response || !e.source) return;
  if (isStaleTriggerRun()) return;
  try {
    withWork('Skolemiljø (meldeskjema)', (w) => {
      const formId = e.source.getId();
      if (formId === w.state.get(CONFIRM_FORM_ID)) return recordConfirmation(w, e.response);
      if (formId !== w.state.get(FORM_ID)) return;
      const own = responseOf(e.response);
      const window = lookBack(w.state, w.clock.now);
      const late = unseenResponses(e.source, window.since, w.register(), new Set([own.id]));
      takeIn(w, [...late, own], (ids) => scrubLeadershipReports(w.ss, w.state, e.source, ids));
      w.state.set(SINCE, window.next);
    });
  } catch (error) {
    if (error instanceof LockBusyError) {
      console.warn(
        'Intake postponed: another job held the lock. The response waits in the form until the next run.',
      );
      return;
    }
    throw error;
  }
}

/** Menu: shows the link to share with staff. */
export function menuShowFormLink(): void {
  uiAction((_t, ui) => {
    const t = currentMessages();
    const settings = readSettings(SpreadsheetApp.getActiveSpreadsheet());
    if (!settings.formUrl) {
      ui.alert(t.errors.notSetUp);
      return;
    }
    // A dialog, not an alert: the address can be copied and the link opened.
    showResultDialog(
      ui,
      t,
      t.dialogs.formLinkTitle,
      done(t.dialogs.formLinkBody(settings.formUrl), { url: settings.formUrl, text: t.dialogs.formLinkOpen }),
    );
  });
}

/** Menu «Registrer melding …»: a concern raised by phone, in person, by e-mail or by letter. */
export function menuRegisterConcern(): void {
  uiAction((t, ui) => openConcernDialog(t, ui));
}
