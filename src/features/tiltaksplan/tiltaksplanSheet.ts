import type { SheetSpec } from '../../gas/sheetSpec';

/** The mental-health measures plan on three levels (universelt, selektert, indikert). */
export const TILTAKSPLAN_SHEET: SheetSpec = {
  name: 'Tiltaksplan',
  frozenColumns: 1,
  tabColor: '#548235',
  columns: [
    { header: 'Nivå', width: 100 },
    { header: 'Mål', width: 220, wrap: true },
    { header: 'Tiltak', width: 260, wrap: true },
    { header: 'Ansvarlig', width: 140, wrap: true },
    { header: 'Ansvarlig (e-post)', width: 180 },
    { header: 'Kritisk suksessfaktor', width: 200, wrap: true },
    { header: 'Oppstart/tid', width: 120, wrap: true },
    { header: 'Resultatmål juni', width: 200, wrap: true },
    { header: 'Evaluering', width: 220, wrap: true },
    { header: 'Videre arbeid', width: 220, wrap: true },
  ],
};
