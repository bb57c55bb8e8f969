import { uiAction } from '../menu/uiAction';
import { showCaseSidebar } from './caseSidebar';
import { openAssignDialog, openCloseDialog, openReopenDialog, openStatusDialog } from './dialogs';
import { openEventDialog, openSkoleeierNotifiedDialog } from './eventDialogs';
import { handleRegisterEdit } from './registerEdit';
import { selectedCase } from './selectedCase';
import { openStatsforvalterDialog } from './statsforvalterDialog';

/** Menu: moves the selected case to its next status (the date the documentation needs is filled in). */
export function menuChangeStatus(): void {
  uiAction((t, ui) => openStatusDialog(selectedCase(t), t, ui));
}

/** Menu: closes the selected case with a reason (the reason is part of the documentation). */
export function menuCloseCase(): void {
  uiAction((t, ui) => openCloseDialog(selectedCase(t), t, ui));
}

/** Menu: reopens a closed case when the student no longer feels safe (an investigation again). */
export function menuReopenCase(): void {
  uiAction((t, ui) => openReopenDialog(selectedCase(t), t, ui));
}

/** Menu: sets who is responsible for the selected case. */
export function menuAssign(): void {
  uiAction((t, ui) => openAssignDialog(selectedCase(t), t, ui));
}

/** Menu «Registrer hendelse …»: what the school did in the selected case, for the documentation. */
export function menuRegisterEvent(): void {
  uiAction((t, ui) => openEventDialog(selectedCase(t), t, ui));
}

/** Menu «Skoleeier er varslet …»: records the rektor's notice to skoleeier (§§ 12-4, 12-5). */
export function menuSkoleeierNotified(): void {
  uiAction((t, ui) => openSkoleeierNotifiedDialog(selectedCase(t), t, ui));
}

/** Menu «Registrer Statsforvalteren …»: the case reported there, the documentation sent, the vedtak (§ 12-6). */
export function menuStatsforvalter(): void {
  uiAction((t, ui) => openStatsforvalterDialog(selectedCase(t), t, ui));
}

/** Menu: opens the selected case in the sidebar, the workspace for it. */
export function menuShowCase(): void {
  uiAction((t, ui) => {
    const c = selectedCase(t);
    showCaseSidebar(ui, c, t);
  });
}

/** Menu «Mine saker»: the leader's open cases in the sidebar, most pressing first. */
export function menuMyCases(): void {
  uiAction((t, ui) => showCaseSidebar(ui, null, t));
}

export { sidebarAction, sidebarCase, sidebarCaseList } from './caseSidebar';

/** Simple trigger: a status or a date corrected by hand in the register is handled as the menu would (see registerEdit.ts). */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (e?.range) handleRegisterEdit(e);
}
