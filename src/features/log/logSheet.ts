import type { SheetSpec } from '../../gas/sheetSpec';

/** The audit log: one row per thing that happened; the case chronology the documentation is built from. */
export const LOG_SHEET: SheetSpec = {
  name: 'Logg',
  tabColor: '#7f7f7f',
  columns: [
    { header: 'Tid', width: 130, format: 'dd.mm.yyyy hh:mm:ss' },
    { header: 'Bruker', width: 180 },
    { header: 'Saksnr', width: 80 },
    {
      header: 'Delplikt',
      width: 100,
      note: 'Aktivitetsplikten § 12-4: følge med, gripe inn, melde, undersøke, tiltak, evaluering.',
    },
    { header: 'Hendelse', width: 200 },
    { header: 'Detaljer', width: 420, wrap: true },
    {
      header: 'Id',
      width: 90,
      note: 'Hvilken handling raden hører til. Skolemiljø bruker den til å fullføre en handling som ble avbrutt, uten å logge den to ganger.',
    },
    {
      header: 'Kjede',
      width: 90,
      note: 'Radens nummer og kontrollsum (SHA-256), regnet av raden og raden før. En rad som endres, fjernes eller legges inn for hånd, bryter kjeden: Skolemiljø → Kontroller loggen viser hvor.',
    },
  ],
};

/** The columns in the order AuditLog writes them. */
export const LOG_COLUMNS: readonly string[] = LOG_SHEET.columns.map((c) => c.header);
