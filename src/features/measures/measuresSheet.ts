import type { SheetSpec } from '../../gas/sheetSpec';

/** The measures (tiltak) of each case: the table of the aktivitetsplan. */
export const MEASURES_SHEET: SheetSpec = {
  name: 'Tiltak',
  frozenColumns: 1,
  tabColor: '#2e75b6',
  columns: [
    { header: 'Saksnr', width: 80 },
    { header: 'Tiltak', width: 320, wrap: true },
    { header: 'Nivå', width: 80, note: 'individ, gruppe eller system' },
    { header: 'Hvem', width: 170, note: 'Hvem som gjennomfører tiltaket (navn eller e-post).' },
    { header: 'Fra', width: 95, format: 'dd.mm.yyyy' },
    { header: 'Til', width: 95, format: 'dd.mm.yyyy' },
    { header: 'Evalueres', width: 95, format: 'dd.mm.yyyy' },
    { header: 'Status', width: 100 },
    { header: 'Vurdering', width: 300, wrap: true },
  ],
};
