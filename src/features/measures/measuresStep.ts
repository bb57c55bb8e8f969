import { MEASURE_LEVELS, MEASURE_STATUSES } from '../../domain/documents/measures';
import { DocState } from '../../gas/docState';
import { headerPositions } from '../../gas/sheetSpec';
import { messages } from '../../i18n';
import type { SetupStep } from '../setup/setupStep';
import { MEASURE_COL, MEASURES_SHEET } from './measuresSheet';

const STATE_KEY = 'validation:Tiltak';

/**
 * setUp: dropdowns for «Nivå» and «Status» and a date check on «Fra», «Til» and «Evalueres» in `Tiltak`.
 * Applied again only when the sheet's size or its columns changed (remembered in document properties).
 */
export const measuresStep: SetupStep = {
  name: 'Tiltak',
  run({ ss, settings }) {
    const sheet = ss.getSheetByName(MEASURES_SHEET.name);
    if (!sheet) return [];
    const t = messages(settings().language);
    const state = DocState.load();
    const positions = headerPositions(sheet);
    const maxRows = sheet.getMaxRows();
    const columns = Object.values(MEASURE_COL).map((h) => positions.get(h) ?? 0);
    const signature = JSON.stringify([sheet.getSheetId(), maxRows, columns]);
    if (state.get(STATE_KEY) === signature) return [];
    const rows = maxRows - 1;
    const column = (h: string) => sheet.getRange(2, positions.get(h) ?? 1, rows, 1);
    const list = (values: readonly string[], help: string) =>
      SpreadsheetApp.newDataValidation()
        .requireValueInList([...values], true)
        .setAllowInvalid(false)
        .setHelpText(help)
        .build();
    if (positions.has(MEASURE_COL.niva))
      column(MEASURE_COL.niva).setDataValidation(list(MEASURE_LEVELS, t.measures.levelHelp));
    if (positions.has(MEASURE_COL.status))
      column(MEASURE_COL.status).setDataValidation(list(MEASURE_STATUSES, t.measures.statusHelp));
    const date = SpreadsheetApp.newDataValidation()
      .requireDate()
      .setAllowInvalid(false)
      .setHelpText(t.measures.dateHelp)
      .build();
    for (const h of [MEASURE_COL.fra, MEASURE_COL.til, MEASURE_COL.evalueres]) {
      if (positions.has(h)) column(h).setDataValidation(date);
    }
    state.set(STATE_KEY, signature);
    state.save();
    return [t.measures.validationSet];
  },
};
