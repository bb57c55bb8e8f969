import { allowedTransitions, type CaseStatus } from '../../domain/cases/lifecycle';
import { systemClock } from '../../gas/clock';
import { withScriptLock } from '../../gas/lock';
import type { Messages } from '../../i18n';
import { shareCaseWithItsPeople } from '../documents/caseSharing';
import { AuditLog } from '../log/auditLog';
import { uiAction } from '../menu/uiAction';
import { UserError } from '../menu/userError';
import { readSettings } from '../settings/settingsSheet';
import { assign, changeStatus } from './caseActions';
import { showCaseSidebar } from './caseSidebar';
import { handleRegisterEdit } from './registerEdit';
import { caseByNumber, selectedCase } from './selectedCase';

type Ui = GoogleAppsScript.Base.Ui;

/** Asks for text; null when the user cancels. */
function ask(ui: Ui, title: string, prompt: string): string | null {
  const r = ui.prompt(title, prompt, ui.ButtonSet.OK_CANCEL);
  return r.getSelectedButton() === ui.Button.OK ? r.getResponseText().trim() : null;
}

/**
 * Runs a change on one case under the script lock: the case is read again inside the lock (the user may
 * have spent a minute in a dialog), changed in memory, written in one call and logged.
 */
function applyToCase(
  t: Messages,
  saksnr: string,
  change: (c: ReturnType<typeof caseByNumber>, log: AuditLog) => string,
): string {
  return withScriptLock(30_000, () => {
    const c = caseByNumber(t, saksnr);
    const log = new AuditLog(Session.getActiveUser().getEmail(), () => new Date());
    const message = change(c, log);
    c.table.flush();
    log.flush(c.ss);
    return message;
  });
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

/** Menu: moves the selected case to its next status (the date the law asks to document is filled in). */
export function menuChangeStatus(): void {
  uiAction((t, ui) => {
    const c = selectedCase(t);
    const options = allowedTransitions(c.status);
    if (options.length === 0) throw new UserError(t.cases.closedCase(c.saksnr));
    const text = ask(
      ui,
      t.cases.changeStatusTitle(c.saksnr),
      t.cases.changeStatusPrompt(c.status, options.join(' / ')),
    );
    if (text === null) return void ui.alert(t.dialogs.cancelled);
    const to = pickStatus(t, text, options);
    let reason: string | undefined;
    if (to === 'Avsluttet') {
      const r = ask(ui, t.cases.closeTitle(c.saksnr), t.cases.closePrompt);
      if (r === null) return void ui.alert(t.dialogs.cancelled);
      if (!r) throw new UserError(t.cases.reasonRequired);
      reason = r;
    }
    const settings = readSettings(c.ss);
    const today = systemClock().today;
    ui.alert(
      applyToCase(t, c.saksnr, (fresh, log) =>
        changeStatus(fresh, to, { today, settings, log, t, ...(reason ? { reason } : {}) }),
      ),
    );
  });
}

/** Menu: closes the selected case with a reason (the reason is part of the documentation). */
export function menuCloseCase(): void {
  uiAction((t, ui) => {
    const c = selectedCase(t);
    if (c.status === 'Avsluttet') throw new UserError(t.cases.closedCase(c.saksnr));
    const reason = ask(ui, t.cases.closeTitle(c.saksnr), t.cases.closePrompt);
    if (reason === null) return void ui.alert(t.dialogs.cancelled);
    if (!reason) throw new UserError(t.cases.reasonRequired);
    const settings = readSettings(c.ss);
    const today = systemClock().today;
    ui.alert(
      applyToCase(t, c.saksnr, (fresh, log) =>
        changeStatus(fresh, 'Avsluttet', { today, settings, log, t, reason }),
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
    if (c.status !== 'Avsluttet') throw new UserError(t.cases.notClosed(c.saksnr));
    const reason = ask(ui, t.cases.reopenTitle(c.saksnr), t.cases.reopenPrompt);
    if (reason === null) return void ui.alert(t.dialogs.cancelled);
    if (!reason) throw new UserError(t.cases.reasonRequired);
    const settings = readSettings(c.ss);
    const today = systemClock().today;
    ui.alert(
      applyToCase(t, c.saksnr, (fresh, log) =>
        changeStatus(fresh, 'Undersøkes', { today, settings, log, t, reason, reopen: true }),
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
      applyToCase(t, c.saksnr, (fresh, log) => {
        const message = assign(fresh, email, { log, t });
        // A case that already has documents: the new responsible person gets access now, the former loses it.
        shareCaseWithItsPeople(fresh, null, Session.getActiveUser().getEmail(), log, t, {
          createFolder: false,
        });
        return message;
      }),
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
