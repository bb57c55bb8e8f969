import { uiAction } from '../menu/uiAction';
import { markSelectionDone } from './markDone';

/** Menu: marks the selected årshjul activity done today and moves `Neste` on. */
export function menuMarkWheelDone(): void {
  uiAction((t, ui) => {
    ui.alert(markSelectionDone(t));
  });
}
