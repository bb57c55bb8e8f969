import { messages } from '../../i18n';
import { buildMenu } from './menu';
import { currentMessages } from './uiAction';

/** Simple trigger: builds the menu. As an add-on it runs in AuthMode.NONE and must not touch data. */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const none = e?.authMode === ScriptApp.AuthMode.NONE;
  buildMenu(SpreadsheetApp.getUi(), none ? messages('nb') : currentMessages());
}

/** Runs when the add-on is installed: the same menu, right away. */
export function onInstall(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  onOpen(e);
}

export { menuHelp } from './help';
