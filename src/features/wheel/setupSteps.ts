/**
 * What setUp does for the årshjul, the tiltaksplan and the staff confirmations, in order:
 * default rows (once, into an empty sheet), colours and drop-down lists, the confirmation form.
 * Each step is idempotent: the second setUp finds everything in place and reports nothing.
 */

import { TILTAKS_NIVAER } from '../../domain/plans/defaultTiltaksplan';
import { startOfLocalDate } from '../../domain/time/localDate';
import { defaultWheel } from '../../domain/wheel/defaultWheel';
import { wheelCalendar } from '../../domain/wheel/recurrence';
import { DocState } from '../../gas/docState';
import { headerPositions } from '../../gas/sheetSpec';
import { type CellValue, Table } from '../../gas/table';
import { messages } from '../../i18n';
import { confirmFormStep } from '../confirmations/confirmFormStep';
import type { SetupStep } from '../setup/setupStep';
import { tiltaksplanDefaultsStep } from '../tiltaksplan/defaultsStep';
import { TILTAKSPLAN_COL, TILTAKSPLAN_SHEET } from '../tiltaksplan/tiltaksplanSheet';
import { tiltaksplanRules, wheelRules } from './formatting';
import { emailsForRole, hasNoDataRows } from './setupHelpers';
import { ensureConditionalRules, ensureListValidation } from './sheetRules';
import { evaluateWheelRow, statusLabel, statusLabels } from './wheelRows';
import { WHEEL_COL, WHEEL_SHEET } from './wheelSheet';

/** Set once the årshjul defaults were offered (written, or the sheet already had rows): never again. */
export const WHEEL_DEFAULTS = 'wheel:defaults';

/**
 * Writes the default årshjul into an empty `Årshjul` sheet, with `Neste` computed from today and the
 * status filled in; roles the settings know get their e-mail address. Offered once: if the school empties
 * the sheet later, that is its choice and setUp leaves it empty.
 */
export const wheelDefaultsStep: SetupStep = {
  name: 'Årshjul: forslag',
  run(ctx) {
    const state = DocState.load();
    if (state.get(WHEEL_DEFAULTS)) return [];
    const sheet = ctx.ss.getSheetByName(WHEEL_SHEET.name);
    if (!sheet) return [];
    const table = Table.read(sheet, { formulas: false });
    const changes: string[] = [];
    if (hasNoDataRows(table)) {
      const settings = ctx.settings();
      const { language } = settings;
      const calendar = wheelCalendar(settings.calendar, settings.schoolStart);
      const today = ctx.clock.today;
      const rows = defaultWheel(language);
      table.append(
        rows.map((r) => {
          const e = evaluateWheelRow(
            { aktivitet: r.aktivitet, gjentakelse: r.gjentakelse, neste: '', sistGjort: '' },
            today,
            calendar,
            language,
          );
          const record: Record<string, CellValue> = {
            [WHEEL_COL.tid]: r.tid,
            [WHEEL_COL.aktivitet]: r.aktivitet,
            [WHEEL_COL.hensikt]: r.hensikt,
            [WHEEL_COL.organisering]: r.organisering,
            [WHEEL_COL.ansvarlig]: r.ansvarlig,
            [WHEEL_COL.epost]: emailsForRole(ctx, r.ansvarlig),
            [WHEEL_COL.gjentakelse]: r.gjentakelse,
            [WHEEL_COL.neste]: e.next ? startOfLocalDate(e.next) : '',
            [WHEEL_COL.status]: e.status ? statusLabel(e.status, language) : '',
          };
          return record;
        }),
      );
      changes.push(messages(language).wheel.defaultsWheel(rows.length));
    }
    state.set(WHEEL_DEFAULTS, ctx.clock.today);
    state.save();
    return changes;
  },
};

/**
 * Colours (conditional formatting) and drop-down lists on both sheets. Rules are found by header, so a
 * column the school moved is followed; rules the school added itself are kept.
 */
export const planFormattingStep: SetupStep = {
  name: 'Årshjul og tiltaksplan: farger og lister',
  run(ctx) {
    const { language } = ctx.settings();
    const t = messages(language).wheel;
    const changes: string[] = [];

    const wheel = ctx.ss.getSheetByName(WHEEL_SHEET.name);
    if (wheel) {
      const pos = headerPositions(wheel);
      const neste = pos.get(WHEEL_COL.neste);
      const sistGjort = pos.get(WHEEL_COL.sistGjort);
      const status = pos.get(WHEEL_COL.status);
      const width = Math.max(...pos.values());
      const rows = wheel.getMaxRows() - 1;
      if (neste && sistGjort && rows > 0) {
        const range = wheel.getRange(2, 1, rows, width);
        if (ensureConditionalRules(wheel, wheelRules({ neste, sistGjort }), range))
          changes.push(t.colorsSet(WHEEL_SHEET.name));
      }
      if (
        status &&
        ensureListValidation(wheel, status, {
          values: statusLabels(language),
          allowInvalid: false,
          helpText: t.statusHelp,
          showDropdown: false,
        })
      )
        changes.push(t.listSet(WHEEL_SHEET.name, WHEEL_COL.status));
    }

    const plan = ctx.ss.getSheetByName(TILTAKSPLAN_SHEET.name);
    if (plan) {
      const pos = headerPositions(plan);
      const maal = pos.get(TILTAKSPLAN_COL.maal);
      const tiltak = pos.get(TILTAKSPLAN_COL.tiltak);
      const evaluering = pos.get(TILTAKSPLAN_COL.evaluering);
      const niva = pos.get(TILTAKSPLAN_COL.niva);
      const rows = plan.getMaxRows() - 1;
      if (maal && tiltak && evaluering && rows > 0) {
        const range = plan.getRange(2, evaluering, rows, 1);
        if (ensureConditionalRules(plan, tiltaksplanRules({ maal, tiltak, evaluering }), range))
          changes.push(t.colorsSet(TILTAKSPLAN_SHEET.name));
      }
      if (
        niva &&
        ensureListValidation(plan, niva, {
          values: TILTAKS_NIVAER,
          allowInvalid: false,
          helpText: t.nivaHelp,
          showDropdown: true,
        })
      )
        changes.push(t.listSet(TILTAKSPLAN_SHEET.name, TILTAKSPLAN_COL.niva));
    }
    return changes;
  },
};

/** This feature's setUp steps, in order; they run after the workbook and the meldeskjema. */
export const WHEEL_SETUP_STEPS: readonly SetupStep[] = [
  wheelDefaultsStep,
  tiltaksplanDefaultsStep,
  planFormattingStep,
  confirmFormStep,
];
