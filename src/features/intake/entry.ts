import { Q } from '../../domain/intake/questions';
import { DocState } from '../../gas/docState';
import { LockBusyError, withScriptLock } from '../../gas/lock';
import { sendAll } from '../../gas/mailer';
import { recordConfirmation } from '../confirmations/entry';
import { AuditLog } from '../log/auditLog';
import { currentMessages, uiAction } from '../menu/uiAction';
import { readSettings } from '../settings/settingsSheet';
import { FORM_SHEET, FORM_SHEET_NAME } from './formStep';
import { type RawResponse, takeIn, WATERMARK } from './intake';
import { responseFromEvent, unhandledResponses } from './responses';

/**
 * The installable form-submit trigger. Takes in the submitted response, and any earlier one a lost or
 * refused trigger left behind. If another job holds the lock for too long, nothing is written and nothing
 * is lost: the response stays in the response sheet and the next intake or the daily job takes it in.
 */
export function onFormSubmit(e: GoogleAppsScript.Events.SheetsOnFormSubmit): void {
  // The spreadsheet also holds the staff confirmation form's responses: only the meldeskjema's
  // questions make a report; anything else goes to the confirmations (which ignore foreign events).
  if (!e?.namedValues || !(Q.student in e.namedValues)) {
    if (e?.range) recordConfirmation(e);
    return;
  }
  try {
    withScriptLock(30_000, () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const state = DocState.load();
      const settings = readSettings(ss);
      const log = new AuditLog('Skolemiljø (meldeskjema)', () => new Date());
      const response = responseFromEvent(e);
      // The response sheet is known from setUp; if Google showed it too late there, the event names it.
      if (!state.get(FORM_SHEET)) {
        const sheet = e.range.getSheet();
        state.set(FORM_SHEET, String(sheet.getSheetId()));
        state.set(FORM_SHEET_NAME, sheet.getName());
      }
      const watermark = Number(state.get(WATERMARK) ?? 2);
      // A gap below this row means an earlier response is still unhandled: take those in too.
      const responses: RawResponse[] =
        response.row > watermark ? unhandledResponses(ss, state, response.row) : [response];
      if (!responses.some((r) => r.row === response.row)) responses.push(response);
      const result = takeIn(ss, responses, { settings, state, log });
      if (response.row >= watermark) state.set(WATERMARK, String(response.row + 1));
      const { queued } = sendAll(result.mails, state);
      if (queued > 0) {
        log.add({
          saksnr: '',
          subDuty: 'melde',
          event: 'E-post i kø',
          details: `${queued} varsel venter: dagens e-postkvote er brukt opp. De sendes ved neste kjøring.`,
        });
      }
      log.flush(ss);
      state.save();
    });
  } catch (error) {
    if (error instanceof LockBusyError) {
      console.warn(
        'Intake postponed: another job held the lock. The response stays unhandled until the next run.',
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
    ui.alert(t.dialogs.formLinkTitle, t.dialogs.formLinkBody(settings.formUrl), ui.ButtonSet.OK);
  });
}
