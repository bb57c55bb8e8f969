import { LockBusyError } from '../../gas/lock';
import { type Messages, messages } from '../../i18n';
import { UserError } from './userError';

/** The language chosen in Innstillinger, cached in document properties by setUp and the daily job. */
export function currentMessages(): Messages {
  try {
    return messages(PropertiesService.getDocumentProperties().getProperty('language') === 'nn' ? 'nn' : 'nb');
  } catch {
    return messages('nb');
  }
}

/**
 * Runs a menu action and turns every failure into a clear Norwegian message for the person who clicked.
 * Errors the person can act on are UserErrors; anything else is reported without personal data.
 */
export function uiAction(action: (t: Messages, ui: GoogleAppsScript.Base.Ui) => void): void {
  const t = currentMessages();
  const ui = SpreadsheetApp.getUi();
  try {
    action(t, ui);
  } catch (error) {
    if (error instanceof LockBusyError) ui.alert(t.errors.busy);
    else if (error instanceof UserError) ui.alert(error.message);
    else {
      console.error(`Menu action failed: ${error instanceof Error ? error.name : 'unknown'}`);
      ui.alert(t.errors.generic(error instanceof Error ? error.message : String(error)));
    }
  }
}
