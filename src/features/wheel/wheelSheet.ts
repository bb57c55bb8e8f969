import type { SheetSpec } from '../../gas/sheetSpec';

/** The årshjul: the school's recurring school-environment activities. */
export const WHEEL_SHEET: SheetSpec = {
  name: 'Årshjul',
  frozenColumns: 2,
  tabColor: '#548235',
  columns: [
    { header: 'Tid', width: 110, wrap: true },
    { header: 'Aktivitet', width: 260, wrap: true },
    { header: 'Hensikt', width: 260, wrap: true },
    { header: 'Organisering', width: 200, wrap: true },
    { header: 'Ansvarlig', width: 130, wrap: true },
    {
      header: 'Ansvarlig (e-post)',
      width: 180,
      note: 'Får påminnelse uken før. Flere adresser skilles med komma.',
    },
    {
      header: 'Gjentakelse',
      width: 150,
      note: 'For eksempel: daglig, ukentlig (mandag), hver 2. uke, månedlig (15.), kvartalsvis, årlig: aug, sep, dato: 15.09.2026',
    },
    { header: 'Neste', width: 95, format: 'dd.mm.yyyy' },
    { header: 'Sist gjort', width: 95, format: 'dd.mm.yyyy' },
    { header: 'Status', width: 100 },
  ],
};

/** The headers the product reads and writes (the contract of the sheet; a school may add others). */
export const WHEEL_COL = {
  tid: 'Tid',
  aktivitet: 'Aktivitet',
  hensikt: 'Hensikt',
  organisering: 'Organisering',
  ansvarlig: 'Ansvarlig',
  epost: 'Ansvarlig (e-post)',
  gjentakelse: 'Gjentakelse',
  neste: 'Neste',
  sistGjort: 'Sist gjort',
  status: 'Status',
} as const;
