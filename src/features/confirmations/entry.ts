import { DocState } from '../../gas/docState';
import { LockBusyError } from '../../gas/lock';
import { recordConfirmationEvent } from './recordConfirmation';

/**
 * Records a response of the staff confirmation form in `Kvitteringer`. Not a trigger of its own: the
 * spreadsheet's one form-submit trigger (`onFormSubmit`) calls it for events whose range is on the sheet
 * stored under `confirmForm:sheet` (it checks that itself too). Returns true when the event was a
 * confirmation (recorded now or before), false when it belongs to another form.
 *
 * Only this function writes `Kvitteringer`, so it serialises on the document lock, not the script lock:
 * it may be called by a caller that already holds the script lock, without releasing that lock early.
 */
export function recordConfirmation(e: GoogleAppsScript.Events.SheetsOnFormSubmit): boolean {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30_000)) throw new LockBusyError();
  try {
    return recordConfirmationEvent(e, SpreadsheetApp.getActiveSpreadsheet(), DocState.load());
  } finally {
    lock.releaseLock();
  }
}
