import { uiAction } from '../menu/uiAction';
import { markSelectionDone } from './markDone';
import { showWheelDialog } from './wheelDialog';

/** Menu: marks the selected årshjul activity done today and moves `Neste` on. */
export function menuMarkWheelDone(): void {
  uiAction((t, ui) => {
    ui.alert(markSelectionDone(t));
  });
}

/** Menu: the school year as a wheel, with the activities month by month, ready to print. */
export function menuShowWheel(): void {
  uiAction((_t, ui) => {
    showWheelDialog(ui);
  });
}
