import type { SheetSpec } from '../../gas/sheetSpec';

/** Form responses that could not become a case. Nothing is dropped: each one is a row here until resolved. */
export const INTAKE_ERRORS_SHEET: SheetSpec = {
  name: 'Meldingsfeil',
  tabColor: '#c00000',
  columns: [
    { header: 'Tid', width: 130, format: 'dd.mm.yyyy hh:mm' },
    { header: 'Svar-rad', width: 70, note: 'Raden i skjemasvar-arket. Selve svaret er aldri endret.' },
    { header: 'Lenke', width: 110 },
    { header: 'Årsak', width: 420, wrap: true },
    {
      header: 'Løst',
      width: 70,
      note: 'Skriv Ja når meldingen er registrert som sak for hånd, eller ikke gjelder.',
    },
  ],
};
