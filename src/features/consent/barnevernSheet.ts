import type { SheetSpec } from '../../gas/sheetSpec';

/**
 * Reports of concern to barnevernet (the duty to inform, barnevernsloven § 13-2): that one was sent,
 * when, by which role and how. Only the leadership may edit it (registerFormat.PROTECTED_SHEETS), and
 * nothing of it goes to «Logg», the documentation or any document sent home.
 */
export const BARNEVERN_COL = {
  registrert: 'Registrert',
  registrertAv: 'Registrert av',
  saksnr: 'Saksnr',
  sendt: 'Sendt',
  sendtAv: 'Sendt av (rolle)',
  hvordan: 'Hvordan',
  merknad: 'Merknad',
} as const;

export const BARNEVERN_SHEET: SheetSpec = {
  name: 'Barnevern',
  frozenColumns: 0,
  tabColor: '#7f6000',
  columns: [
    { header: BARNEVERN_COL.registrert, width: 130, format: 'dd.mm.yyyy hh:mm' },
    { header: BARNEVERN_COL.registrertAv, width: 170 },
    { header: BARNEVERN_COL.saksnr, width: 80 },
    {
      header: BARNEVERN_COL.sendt,
      width: 95,
      format: 'dd.mm.yyyy',
      note: 'Datoen bekymringsmeldingen ble sendt til barnevernstjenesten. Står bare her: ikke i «Logg», i dokumentasjonen eller i dokumenter som sendes hjem.',
    },
    { header: BARNEVERN_COL.sendtAv, width: 170 },
    { header: BARNEVERN_COL.hvordan, width: 170 },
    { header: BARNEVERN_COL.merknad, width: 300, wrap: true },
  ],
};
