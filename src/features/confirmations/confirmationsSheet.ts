import type { SheetSpec } from '../../gas/sheetSpec';

/** Each employee's yearly confirmation that they have read the plan and know their duty to report. */
export const CONFIRMATIONS_SHEET: SheetSpec = {
  name: 'Kvitteringer',
  tabColor: '#548235',
  columns: [
    { header: 'Tid', width: 130, format: 'dd.mm.yyyy hh:mm' },
    { header: 'E-post', width: 220, note: 'Bekreftet av Google-kontoen som sendte kvitteringen.' },
    { header: 'Skoleår', width: 90 },
    { header: 'Svar-id', width: 90, note: 'Skjemaets egen id for kvitteringen.' },
  ],
};

/** The headers the product reads and writes. */
export const CONFIRMATIONS_COL = {
  tid: 'Tid',
  epost: 'E-post',
  skolear: 'Skoleår',
  svarId: 'Svar-id',
} as const;
