import type { SheetSpec } from '../../gas/sheetSpec';

export { IMPOSED_BY_STATSFORVALTER } from '../../domain/documents/measures';

/** The headers the product reads and writes; a school may add or reorder columns. */
export const MEASURE_COL = {
  saksnr: 'Saksnr',
  tiltak: 'Tiltak',
  niva: 'Nivå',
  hvem: 'Hvem',
  fra: 'Fra',
  til: 'Til',
  evalueres: 'Evalueres',
  status: 'Status',
  vurdering: 'Vurdering',
  kilde: 'Kilde',
  type: 'Type',
  tjeneste: 'Tjeneste',
  samtykke: 'Samtykke',
} as const;

/** The measures (tiltak) of each case: the table of the aktivitetsplan. */
export const MEASURES_SHEET: SheetSpec = {
  name: 'Tiltak',
  frozenColumns: 1,
  tabColor: '#2e75b6',
  columns: [
    { header: MEASURE_COL.saksnr, width: 80 },
    { header: MEASURE_COL.tiltak, width: 320, wrap: true },
    { header: MEASURE_COL.niva, width: 80, note: 'individ, gruppe eller system' },
    {
      header: MEASURE_COL.hvem,
      width: 170,
      note: 'Hvem som gjennomfører tiltaket (navn eller e-post). Med e-post får personen lesetilgang til saksmappen.',
    },
    { header: MEASURE_COL.fra, width: 95, format: 'dd.mm.yyyy' },
    { header: MEASURE_COL.til, width: 95, format: 'dd.mm.yyyy' },
    { header: MEASURE_COL.evalueres, width: 95, format: 'dd.mm.yyyy' },
    { header: MEASURE_COL.status, width: 100 },
    { header: MEASURE_COL.vurdering, width: 300, wrap: true },
    {
      header: MEASURE_COL.kilde,
      width: 150,
      note: '«Pålagt av Statsforvalteren» for tiltak fra et vedtak (§ 12-6). Tom for skolens egne tiltak.',
    },
    {
      header: MEASURE_COL.type,
      width: 120,
      note: 'Tiltak (i skolen), Henvisning, Samarbeid eller Anonym drøfting. Henvisning og samarbeid nevner eleven for en tjeneste og krever samtykke fra foresatte.',
    },
    { header: MEASURE_COL.tjeneste, width: 140, note: 'PPT, BUP, helsesykepleier og så videre.' },
    {
      header: MEASURE_COL.samtykke,
      width: 95,
      format: 'dd.mm.yyyy',
      note: 'Datoen foresatte samtykket til henvisningen eller samarbeidet.',
    },
  ],
};
