import { allowedTransitions, type CaseStatus } from '../../domain/cases/lifecycle';
import type { Messages } from '../../i18n';
import { shareCaseWithItsPeople } from '../documents/caseSharing';
import { uiAction } from '../menu/uiAction';
import { UserError } from '../menu/userError';
import { assignment, statusChange } from './caseActions';
import { showCaseSidebar } from './caseSidebar';
import { decideOnCase } from './onCase';
import { handleRegisterEdit } from './registerEdit';
import { selectedCase } from './selectedCase';

type Ui = GoogleAppsScript.Base.Ui;

/** Asks for text; null when the user cancels. */
function ask(ui: Ui, title: string, prompt: string): string | null {
  const r = ui.prompt(title, prompt, ui.ButtonSet.OK_CANCEL);
  return r.getSelectedButton() === ui.Button.OK ? r.getResponseText().trim() : null;
}

/** Asks for the reason a case is closed or reopened; null when cancelled. */
function askReason(ui: Ui, t: Messages, title: string, prompt: string): string | null {
  const reason = ask(ui, title, prompt);
  if (reason === null) return null;
  if (!reason) throw new UserError(t.cases.reasonRequired);
  return reason;
}

function pickStatus(t: Messages, text: string, options: CaseStatus[]): CaseStatus {
  const n = Number(text);
  const match =
    Number.isInteger(n) && n >= 1 && n <= options.length
      ? options[n - 1]
      : options.find((o) => o.toLowerCase() === text.toLowerCase());
  if (!match) throw new UserError(t.cases.notAnOption(text, options.join(', ')));
  return match;
}

/** Menu: moves the selected case to its next status (the date the documentation needs is filled in). */
export function menuChangeStatus(): void {
  uiAction((t, ui) => {
    const c = selectedCase(t);
    const options = allowedTransitions(c.record.status);
    if (options.length === 0) throw new UserError(t.cases.closedCase(c.saksnr));
    const text = ask(
      ui,
      t.cases.changeStatusTitle(c.saksnr),
      t.cases.changeStatusPrompt(c.record.status, options.join(' / ')),
    );
    if (text === null) return void ui.alert(t.dialogs.cancelled);
    const to = pickStatus(t, text, options);
    let reason: string | undefined;
    if (to === 'Avsluttet') {
      const r = askReason(ui, t, t.cases.closeTitle(c.saksnr), t.cases.closePrompt);
      if (r === null) return void ui.alert(t.dialogs.cancelled);
      reason = r;
    }
    ui.alert(
      decideOnCase(c.saksnr, c.row.sheetRow, (row, w) =>
        statusChange(row, to, { today: w.clock.today, t: w.t, ...(reason ? { reason } : {}) }),
      ),
    );
  });
}

/** Menu: closes the selected case with a reason (the reason is part of the documentation). */
export function menuCloseCase(): void {
  uiAction((t, ui) => {
    const c = selectedCase(t);
    if (c.record.status === 'Avsluttet') throw new UserError(t.cases.closedCase(c.saksnr));
    const reason = askReason(ui, t, t.cases.closeTitle(c.saksnr), t.cases.closePrompt);
    if (reason === null) return void ui.alert(t.dialogs.cancelled);
    ui.alert(
      decideOnCase(c.saksnr, c.row.sheetRow, (row, w) =>
        statusChange(row, 'Avsluttet', { today: w.clock.today, t: w.t, reason }),
      ),
    );
  });
}

/**
 * Menu: reopens a closed case when the student no longer feels safe. The aktivitetsplikt starts again
 * with an investigation; the reason is logged, and the closing date is cleared.
 */
export function menuReopenCase(): void {
  uiAction((t, ui) => {
    const c = selectedCase(t);
    if (c.record.status !== 'Avsluttet') throw new UserError(t.cases.notClosed(c.saksnr));
    const reason = askReason(ui, t, t.cases.reopenTitle(c.saksnr), t.cases.reopenPrompt);
    if (reason === null) return void ui.alert(t.dialogs.cancelled);
    ui.alert(
      decideOnCase(c.saksnr, c.row.sheetRow, (row, w) =>
        statusChange(row, 'Undersøkes', { today: w.clock.today, t: w.t, reason, reopen: true }),
      ),
    );
  });
}

/** Menu: sets who is responsible for the selected case. */
export function menuAssign(): void {
  uiAction((t, ui) => {
    const c = selectedCase(t);
    const email = ask(ui, t.cases.assignTitle(c.saksnr), t.cases.assignPrompt);
    if (email === null) return void ui.alert(t.dialogs.cancelled);
    ui.alert(
      decideOnCase(
        c.saksnr,
        c.row.sheetRow,
        (row, w) => assignment(row, email, w.t),
        // A case that already has documents: the new responsible person gets access now, the former loses it.
        (w, d) => {
          if (d.op) shareCaseWithItsPeople(w, d.record, null, { createFolder: false });
        },
      ),
    );
  });
}

/** Menu: opens the selected case in a sidebar. */
export function menuShowCase(): void {
  uiAction((t, ui) => {
    const c = selectedCase(t);
    showCaseSidebar(ui, c, t);
  });
}

/** Simple trigger: a status or a date corrected by hand in the register is handled as the menu would (see registerEdit.ts). */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (e?.range) handleRegisterEdit(e);
}
