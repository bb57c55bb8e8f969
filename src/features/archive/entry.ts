import { uiAction } from '../menu/uiAction';
import { openArchiveDialog } from './dialog';

/**
 * Menu «Arkiver og slett …»: closed cases past the retention period (or the selected one) to «Arkiv» as
 * PDF, then their personal data deleted from the spreadsheet, the meldeskjema and Drive (archiveCase.ts).
 */
export function menuArchive(): void {
  uiAction((t, ui) => openArchiveDialog(t, ui));
}
