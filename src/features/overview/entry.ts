import { systemClock } from '../../gas/clock';
import { uiAction } from '../menu/uiAction';
import { openAnonymisedReportDialog } from './anonymisedReport';

/** Menu «Lag anonymisert rapport …»: the school's figures for the board and the municipality, small counts hidden. */
export function menuAnonymisedReport(): void {
  uiAction((t, ui) => openAnonymisedReportDialog(t, ui, systemClock().today));
}
