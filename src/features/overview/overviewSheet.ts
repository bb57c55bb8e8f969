import type { SheetSpec } from '../../gas/sheetSpec';

/** The rektor's overview: key figures, written by the daily job. */
export const OVERVIEW_SHEET: SheetSpec = {
  name: 'Oversikt',
  tabColor: '#c00000',
  columns: [
    { header: 'Oversikt', width: 320, wrap: true },
    { header: 'Antall', width: 90 },
    { header: 'Saker', width: 420, wrap: true },
  ],
};
