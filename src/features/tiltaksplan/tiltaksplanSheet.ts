import type { SheetSpec } from '../../gas/sheetSpec';

/** The mental-health measures plan on three levels (universelt, selektert, indikert). */
export const TILTAKSPLAN_SHEET: SheetSpec = {
  name: 'Tiltaksplan',
  frozenColumns: 1,
  tabColor: '#548235',
  columns: [
    {
      header: 'Nivå',
      width: 100,
      note: 'Universelt (alle elever), Selektert (elever i risiko) eller Indikert (elever med vansker).',
    },
    { header: 'Mål', width: 220, wrap: true },
    { header: 'Tiltak', width: 260, wrap: true },
    { header: 'Ansvarlig', width: 140, wrap: true },
    {
      header: 'Ansvarlig (e-post)',
      width: 180,
      note: 'Får påminnelse i mai og juni om å fylle inn evaluering og videre arbeid. Flere adresser skilles med komma.',
    },
    { header: 'Kritisk suksessfaktor', width: 200, wrap: true },
    { header: 'Oppstart/tid', width: 120, wrap: true },
    { header: 'Resultatmål juni', width: 200, wrap: true },
    { header: 'Evaluering', width: 220, wrap: true },
    { header: 'Videre arbeid', width: 220, wrap: true },
  ],
};

/** The headers the product reads and writes (the contract of the sheet; a school may add others). */
export const TILTAKSPLAN_COL = {
  niva: 'Nivå',
  maal: 'Mål',
  tiltak: 'Tiltak',
  ansvarlig: 'Ansvarlig',
  epost: 'Ansvarlig (e-post)',
  kritiskSuksessfaktor: 'Kritisk suksessfaktor',
  oppstartTid: 'Oppstart/tid',
  resultatmaalJuni: 'Resultatmål juni',
  evaluering: 'Evaluering',
  videreArbeid: 'Videre arbeid',
} as const;
