import {
  isBarnevernService,
  type MeasureType,
  parseMeasureType,
  sharesFolder,
} from '../../domain/cases/consent';
import type { MeasureInput, MeasureLevel } from '../../domain/documents/documentData';
import { isActiveStatus, parseLevel } from '../../domain/documents/measures';
import type { LocalDate } from '../../domain/time/localDate';
import { cellDate, cellText } from '../../gas/cellValues';
import { MissingSheetError, Table } from '../../gas/table';
import { type Language, messages } from '../../i18n';
import { measureStatusLabel } from '../../i18n/labels';
import { MEASURE_COL, MEASURES_SHEET } from './measuresSheet';

/** One row of `Tiltak`. */
export interface Measure {
  /** Data row index in the table (0-based, below the header). */
  readonly i: number;
  /** Sheet row (1-based). */
  readonly row: number;
  readonly saksnr: string;
  readonly tiltak: string;
  readonly niva: MeasureLevel | '';
  readonly hvem: string;
  readonly fra: LocalDate | null;
  readonly til: LocalDate | null;
  readonly evalueres: LocalDate | null;
  readonly status: string;
  readonly vurdering: string;
  /** A measure in school, or a referral to, cooperation with or anonymous consultation of a service. */
  readonly type: MeasureType;
  readonly tjeneste: string;
  /** The day the family consented to the referral or cooperation. */
  readonly samtykke: LocalDate | null;
  /** «Pålagt av Statsforvalteren», or '' for the school's own measure. */
  readonly kilde: string;
}

/**
 * Reads `Tiltak` once: 3 calls, or 4 when the table will be written back (`forWriting`).
 * Reading only values is enough for documents; writes must keep the school's formulas.
 */
export function measuresTable(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, forWriting = false): Table {
  const sheet = ss.getSheetByName(MEASURES_SHEET.name);
  if (!sheet) throw new MissingSheetError(MEASURES_SHEET.name);
  return Table.read(sheet, { formulas: forWriting });
}

/** The measures of one case, in the sheet's order. */
export function caseMeasures(table: Table, saksnr: string): Measure[] {
  const out: Measure[] = [];
  for (let i = 0; i < table.rowCount; i++) {
    if (cellText(table.get(i, MEASURE_COL.saksnr)) !== saksnr) continue;
    const tiltak = cellText(table.get(i, MEASURE_COL.tiltak));
    if (!tiltak) continue;
    out.push({
      i,
      row: table.sheetRow(i),
      saksnr,
      tiltak,
      niva: parseLevel(cellText(table.get(i, MEASURE_COL.niva))) ?? '',
      hvem: cellText(table.get(i, MEASURE_COL.hvem)),
      fra: cellDate(table.get(i, MEASURE_COL.fra)),
      til: cellDate(table.get(i, MEASURE_COL.til)),
      evalueres: cellDate(table.get(i, MEASURE_COL.evalueres)),
      status: cellText(table.get(i, MEASURE_COL.status)),
      vurdering: cellText(table.get(i, MEASURE_COL.vurdering)),
      type: table.has(MEASURE_COL.type)
        ? parseMeasureType(cellText(table.get(i, MEASURE_COL.type)))
        : 'Tiltak',
      tjeneste: table.has(MEASURE_COL.tjeneste) ? cellText(table.get(i, MEASURE_COL.tjeneste)) : '',
      samtykke: table.has(MEASURE_COL.samtykke) ? cellDate(table.get(i, MEASURE_COL.samtykke)) : null,
      kilde: cellText(table.get(i, MEASURE_COL.kilde)),
    });
  }
  return out;
}

export function activeMeasures(measures: readonly Measure[]): Measure[] {
  return measures.filter((m) => isActiveStatus(m.status));
}

/**
 * The people the case folder is shared with for their measures: only the school's own measures. A
 * service gets what the family consented to from the school, never the folder (consent.ts).
 */
export function folderOwners(measures: readonly Measure[]): string[] {
  return measures.filter((m) => sharesFolder(m.type)).map((m) => m.hvem);
}

/** Measures that may stand in a document sent home: never cooperation with barnevernet. */
export function homeMeasures(measures: readonly Measure[]): Measure[] {
  return measures.filter((m) => !isBarnevernService(m.tjeneste));
}

/** A measure as the document builders take it; its status in the document's language (stored in bokmål). */
export function measureInput(m: Measure, lang: Language = 'nb'): MeasureInput {
  return {
    tiltak: m.tiltak,
    nivå: m.niva,
    hvem: m.hvem,
    fra: m.fra,
    til: m.til,
    evalueringsdato: m.evalueres,
    status: measureStatusLabel(messages(lang), m.status),
    ...(m.kilde ? { kilde: m.kilde } : {}),
  };
}

/** A new measure as a «Tiltak» row for the journal (dates as 'YYYY-MM-DD'; written as dates). */
export function measureRow(
  saksnr: string,
  m: {
    tiltak: string;
    niva: string;
    hvem: string;
    fra: LocalDate | null;
    til?: LocalDate | null;
    evalueres: LocalDate | null;
    type?: MeasureType;
    tjeneste?: string;
    samtykke?: LocalDate | null;
    /** Only when set: a school that has not run «Sett opp / reparer» since «Kilde» came has no such column. */
    kilde?: string;
  },
): Record<string, string> {
  return {
    ...(m.type && m.type !== 'Tiltak'
      ? {
          [MEASURE_COL.type]: m.type,
          [MEASURE_COL.tjeneste]: m.tjeneste ?? '',
          [MEASURE_COL.samtykke]: m.samtykke ?? '',
        }
      : {}),
    ...(m.kilde ? { [MEASURE_COL.kilde]: m.kilde } : {}),
    [MEASURE_COL.saksnr]: saksnr,
    [MEASURE_COL.tiltak]: m.tiltak,
    [MEASURE_COL.niva]: m.niva,
    [MEASURE_COL.hvem]: m.hvem,
    [MEASURE_COL.fra]: m.fra ?? '',
    [MEASURE_COL.til]: m.til ?? '',
    [MEASURE_COL.evalueres]: m.evalueres ?? '',
    [MEASURE_COL.status]: 'Planlagt',
  };
}
