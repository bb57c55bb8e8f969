import { defaultTiltaksplan } from '../../domain/plans/defaultTiltaksplan';
import { DocState } from '../../gas/docState';
import { type CellValue, Table } from '../../gas/table';
import { messages } from '../../i18n';
import type { SetupStep } from '../setup/setupStep';
import { emailsForRole, hasNoDataRows } from '../wheel/setupHelpers';
import { TILTAKSPLAN_COL, TILTAKSPLAN_SHEET } from './tiltaksplanSheet';

/** Set once the tiltaksplan defaults were offered (written, or the sheet already had rows): never again. */
export const TILTAKSPLAN_DEFAULTS = 'tiltaksplan:defaults';

/**
 * Writes the default mental-health tiltaksplan into an empty `Tiltaksplan` sheet, once. `Evaluering` and
 * `Videre arbeid` are left empty for the school to fill in before the summer.
 */
export const tiltaksplanDefaultsStep: SetupStep = {
  name: 'Tiltaksplan: forslag',
  run(ctx) {
    const state = DocState.load();
    if (state.get(TILTAKSPLAN_DEFAULTS)) return [];
    const sheet = ctx.ss.getSheetByName(TILTAKSPLAN_SHEET.name);
    if (!sheet) return [];
    const table = Table.read(sheet, { formulas: false });
    const changes: string[] = [];
    if (hasNoDataRows(table)) {
      const { language } = ctx.settings();
      const rows = defaultTiltaksplan(language);
      table.append(
        rows.map(
          (r): Record<string, CellValue> => ({
            [TILTAKSPLAN_COL.niva]: r.niva,
            [TILTAKSPLAN_COL.maal]: r.maal,
            [TILTAKSPLAN_COL.tiltak]: r.tiltak,
            [TILTAKSPLAN_COL.ansvarlig]: r.ansvarlig,
            [TILTAKSPLAN_COL.epost]: emailsForRole(ctx, r.ansvarlig),
            [TILTAKSPLAN_COL.kritiskSuksessfaktor]: r.kritiskSuksessfaktor,
            [TILTAKSPLAN_COL.oppstartTid]: r.oppstartTid,
            [TILTAKSPLAN_COL.resultatmaalJuni]: r.resultatmaalJuni,
            [TILTAKSPLAN_COL.evaluering]: r.evaluering,
            [TILTAKSPLAN_COL.videreArbeid]: r.videreArbeid,
          }),
        ),
      );
      changes.push(messages(language).wheel.defaultsTiltaksplan(rows.length));
    }
    state.set(TILTAKSPLAN_DEFAULTS, ctx.clock.today);
    state.save();
    return changes;
  },
};
