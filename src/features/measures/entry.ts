import { uiAction } from '../menu/uiAction';
import { selectedCase } from '../register/selectedCase';
import { openMeasureDialog } from './dialog';

/** Menu «Nytt tiltak …»: the measure form for the selected case. */
export function menuNewMeasure(): void {
  uiAction((t, ui) => openMeasureDialog(selectedCase(t), t, ui));
}
