import { defaultNextEvaluation } from '../../domain/cases/deadlines';
import { parseLevel, parsePeriod } from '../../domain/documents/measures';
import { formatNorwegian, type LocalDate, parseNorwegianOrIso } from '../../domain/time/localDate';
import { systemClock } from '../../gas/clock';
import { shareCaseWithItsPeople } from '../documents/caseSharing';
import { uiAction } from '../menu/uiAction';
import { UserError } from '../menu/userError';
import { MAX_REASON } from '../register/caseActions';
import { caseByNumber, selectedCase } from '../register/selectedCase';
import { withWork } from '../register/work';
import { measureRow } from './measures';

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
    if (c.record.status === 'Avsluttet') throw new UserError(t.measures.closedCase(c.saksnr));
    const today = systemClock().today;
    const settings = c.settings;
    const planned = c.record.nesteEvaluering;
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

    const message = withWork(Session.getActiveUser().getEmail(), (w) => {
      const fresh = caseByNumber(t, c.saksnr, c.row.sheetRow, {
        ss: w.ss,
        register: w.register(),
        settings: w.settings,
      });
      if (fresh.record.status === 'Avsluttet') throw new UserError(t.measures.closedCase(c.saksnr));
      if (what.length > MAX_REASON) throw new UserError(t.measures.tooLong(MAX_REASON));
      const span = `${formatNorwegian(period.fra)}–${period.til ? formatNorwegian(period.til) : ''}`;
      w.commit([
        {
          saksnr: c.saksnr,
          measures: [
            measureRow(c.saksnr, {
              tiltak: what,
              niva: level,
              hvem: who,
              fra: period.fra,
              til: period.til,
              evalueres: evaluation,
            }),
          ],
          log: [
            {
              subDuty: 'tiltak',
              event: 'Tiltak lagt til',
              details: `Nivå: ${level}. Hvem: ${who || '–'}. Periode: ${span}. Evalueres: ${formatNorwegian(evaluation)}.`,
            },
          ],
        },
      ]);
      shareCaseWithItsPeople(w, fresh.record, null, { newOwners: [who] });
      return t.measures.added(c.saksnr, formatNorwegian(evaluation));
    });
    ui.alert(message);
  });
}
