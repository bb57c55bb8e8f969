/**
 * The global entry points of the Apps Script project: triggers, menu items and google.script.run targets.
 * The build turns every export of this module into a top-level function Apps Script can see, so this
 * file is the whole public surface: nothing else defines globals.
 */
import { buildMenu } from './features/menu/menu';
import { currentMessages, uiAction } from './features/menu/uiAction';
import { runSetUp } from './features/setup/setUp';
import { SETUP_STEPS } from './features/setup/steps';
import { messages } from './i18n';

/** Simple trigger: builds the menu. As an add-on it runs in AuthMode.NONE and must not touch data. */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const none = e?.authMode === ScriptApp.AuthMode.NONE;
  buildMenu(SpreadsheetApp.getUi(), none ? messages('nb') : currentMessages());
}

/** Runs when the add-on is installed: the same menu, right away. */
export function onInstall(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  onOpen(e);
}

/** Menu: create or repair everything. Idempotent. */
export function setUp(): void {
  uiAction((t, ui) => {
    const { changes } = runSetUp(SETUP_STEPS);
    const fresh = currentMessages();
    ui.alert(
      changes.length === 0
        ? fresh.setUp.nothingToDo
        : `${fresh.setUp.repaired(changes.length)}\n\n${changes.join('\n')}`,
    );
    void t;
  });
}
