import { DocState } from '../../gas/docState';
import { messages } from '../../i18n';
import type { DailyTask } from '../daily/dailyTask';
import { Register } from '../register/register';
import type { SetupStep } from '../setup/setupStep';
import { figureCases, overdueCases } from './figures';
import { OVERVIEW_SHEET } from './overviewSheet';
import { buildDashboard, writeDashboard } from './overviewTask';
import { writeReportSheet } from './reportSheet';

/** setUp: «Oversikt» filled and its charts made right away, not only after the first night. */
export const overviewStep: SetupStep = {
  name: 'Oversikt',
  run({ ss, settings, clock }) {
    const sheet = ss.getSheetByName(OVERVIEW_SHEET.name);
    if (!sheet) return [];
    const state = DocState.load();
    const s = settings();
    const rows = Register.open(ss, s).all().cases;
    const late = overdueCases(
      rows.map((r) => r.record),
      clock.today,
      s,
    );
    const changes = writeDashboard(
      sheet,
      buildDashboard(rows, late, state, clock.today, s.language),
      state,
      true,
    );
    state.save();
    return changes;
  },
};

/**
 * setUp: the anonymised figures into skoleeier's report sheet, always, even with no cases: the
 * municipality's registry learns from them that the school has run «Sett opp / reparer».
 */
export const reportSheetStep: SetupStep = {
  name: 'Rapportark til skoleeier',
  run({ ss, settings, clock }) {
    const s = settings();
    if (!s.reportSheetId) return [];
    const state = DocState.load();
    const cases = figureCases(
      Register.open(ss, s)
        .all()
        .cases.map((r) => r.record),
    );
    const outcome = writeReportSheet(s.reportSheetId, cases, clock.today, state, true);
    state.save();
    const t = messages(s.language).overview;
    return outcome === 'failed' ? [t.reportSheetFailed] : [];
  },
};

/** Daily: the same figures, written when they changed (and at least once a week). */
export const reportSheetTask: DailyTask = {
  name: 'Rapportark til skoleeier',
  run(ctx) {
    const id = ctx.settings.reportSheetId;
    if (!id) return;
    const cases = figureCases(ctx.register().cases.map((r) => r.record));
    const outcome = writeReportSheet(id, cases, ctx.clock.today, ctx.state, false);
    if (outcome === 'failed') ctx.digest.push(messages(ctx.settings.language).overview.reportSheetFailed);
  },
};
