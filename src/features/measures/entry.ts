import { defaultNextEvaluation } from '../../domain/cases/deadlines';
import { parseLevel, parsePeriod } from '../../domain/documents/measures';
import { formatNorwegian, type LocalDate, parseNorwegianOrIso } from '../../domain/time/localDate';
import { cellDate, dateCell } from '../../gas/cellValues';
import { systemClock } from '../../gas/clock';
import { withScriptLock } from '../../gas/lock';
import { shareCaseWithItsPeople } from '../documents/caseSharing';
import { AuditLog } from '../log/auditLog';
import { uiAction } from '../menu/uiAction';
import { UserError } from '../menu/userError';
import { COL } from '../register/registerSheet';
import { caseByNumber, selectedCase } from '../register/selectedCase';
import { readSettings } from '../settings/settingsSheet';
import { measuresTable } from './measures';
import { MEASURE_COL } from './measuresSheet';

type Ui = GoogleAppsScript.Base.Ui;

function ask(ui: Ui, title: string, prompt: string): string | null {
  const r = ui.prompt(title, prompt, ui.ButtonSet.OK_CANCEL);
  return r.getSelectedButton() === ui.Button.OK ? r.getResponseText().trim() : null;
}

/**
 * Menu «Nytt tiltak …»: adds a measure to the selected case in `Tiltak`, asked for in five short
 * questions (what, level, who, when, evaluated when). The measure goes into the next aktivitetsplan.
 * The log names the level, the people and the dates, never the measure's text (it may describe students).
 */
export function menuNewMeasure(): void {
  uiAction((t, ui) => {
    const c = selectedCase(t);
    if (c.status === 'Avsluttet') throw new UserError(t.measures.closedCase(c.saksnr));
    const today = systemClock().today;
    const settings = readSettings(c.ss);
    const planned = cellDate(c.table.get(c.i, COL.nesteEvaluering));
    const fallback: LocalDate =
      planned && planned >= today
        ? planned
        : defaultNextEvaluation(today, settings.deadlines, settings.calendar);
    const title = t.measures.title(c.saksnr);
    const cancelled = () => void ui.alert(t.dialogs.cancelled);

    const what = ask(ui, title, t.measures.askWhat);
    if (what === null) return cancelled();
    if (!what) throw new UserError(t.measures.required);
    const levelText = ask(ui, title, t.measures.askLevel);
    if (levelText === null) return cancelled();
    const level = parseLevel(levelText);
    if (!level) throw new UserError(t.measures.badLevel(levelText));
    const who = ask(ui, title, t.measures.askWho);
    if (who === null) return cancelled();
    const periodText = ask(ui, title, t.measures.askPeriod);
    if (periodText === null) return cancelled();
    const period = parsePeriod(periodText, today);
    if (!period) throw new UserError(t.measures.badPeriod(periodText));
    const evalText = ask(ui, title, t.measures.askEvaluation(formatNorwegian(fallback)));
    if (evalText === null) return cancelled();
    const evaluation = evalText ? parseNorwegianOrIso(evalText) : fallback;
    if (!evaluation) throw new UserError(t.measures.badDate(evalText));

    const message = withScriptLock(30_000, () => {
      const fresh = caseByNumber(t, c.saksnr);
      if (fresh.status === 'Avsluttet') throw new UserError(t.measures.closedCase(c.saksnr));
      const table = measuresTable(fresh.ss);
      table.append([
        {
          [MEASURE_COL.saksnr]: c.saksnr,
          [MEASURE_COL.tiltak]: what,
          [MEASURE_COL.niva]: level,
          [MEASURE_COL.hvem]: who,
          [MEASURE_COL.fra]: dateCell(period.fra),
          [MEASURE_COL.til]: dateCell(period.til),
          [MEASURE_COL.evalueres]: dateCell(evaluation),
          [MEASURE_COL.status]: 'Planlagt',
        },
      ]);
      const user = Session.getActiveUser().getEmail();
      const log = new AuditLog(user, () => new Date());
      shareCaseWithItsPeople(fresh, table, user, log, t);
      const span = `${formatNorwegian(period.fra)}–${period.til ? formatNorwegian(period.til) : ''}`;
      log.add({
        saksnr: c.saksnr,
        subDuty: 'tiltak',
        event: 'Tiltak lagt til',
        details: `Nivå: ${level}. Hvem: ${who || '–'}. Periode: ${span}. Evalueres: ${formatNorwegian(evaluation)}.`,
      });
      log.flush(fresh.ss);
      return t.measures.added(c.saksnr, formatNorwegian(evaluation));
    });
    ui.alert(message);
  });
}
