import { uiAction } from '../menu/uiAction';
import { openSettingsDialog } from './settingsDialog';

/** Menu «Innstillinger …»: the settings as a form (saved by submitFormDialog, action 'settings'). */
export function menuSettings(): void {
  uiAction((t, ui) => openSettingsDialog(t, ui));
}
