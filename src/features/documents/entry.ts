import { schoolYear } from '../../domain/documents/caseDocuments';
import type { DialogResult } from '../../domain/documents/requests';
import { systemClock } from '../../gas/clock';
import { uiAction } from '../menu/uiAction';
import { selectedCase } from '../register/selectedCase';
import { makeDocumentation } from './documentation';
import { openEvaluationDialog, submitEvaluation } from './evaluation';
import { openPlanDialog, submitPlan } from './plan';
import { makeSkoleeierNotice } from './skoleeier';
import { makeTiltaksplanEvaluation } from './tiltaksplanEvaluation';

/** Menu «Lag aktivitetsplan»: the plan dialog for the selected case. */
export function menuMakePlan(): void {
  uiAction((t, ui) => openPlanDialog(selectedCase(t), t, ui));
}

/** Menu «Lag evaluering»: the evaluation dialog for the selected case. */
export function menuMakeEvaluation(): void {
  uiAction((t, ui) => openEvaluationDialog(selectedCase(t), t, ui));
}

/** Menu «Lag dokumentasjon»: the documentation of the duty to act for the selected case. */
export function menuMakeDocumentation(): void {
  uiAction((t, ui) => {
    const c = selectedCase(t);
    ui.alert(makeDocumentation(c.saksnr, c.row.sheetRow));
  });
}

/** Menu «Lag melding til skoleeier» for the selected case. */
export function menuMakeSkoleeierNotice(): void {
  uiAction((t, ui) => {
    const message = makeSkoleeierNotice(selectedCase(t), t, ui);
    ui.alert(message ?? t.dialogs.cancelled);
  });
}

/** Menu «Lag evaluering av tiltaksplan»: the end-of-year document from `Tiltaksplan`. */
export function menuMakeTiltaksplanEvaluation(): void {
  uiAction((t, ui) => {
    const title = t.documents.tiltaksplanTitle(schoolYear(systemClock().today));
    const ask = (prompt: string): string | null => {
      const r = ui.prompt(title, prompt, ui.ButtonSet.OK_CANCEL);
      return r.getSelectedButton() === ui.Button.OK ? r.getResponseText().trim() : null;
    };
    const deltakere = ask(t.documents.tiltaksplanParticipants);
    if (deltakere === null) return void ui.alert(t.dialogs.cancelled);
    const oppsummering = ask(t.documents.tiltaksplanSummary);
    if (oppsummering === null) return void ui.alert(t.dialogs.cancelled);
    ui.alert(makeTiltaksplanEvaluation(t, { deltakere, oppsummering }));
  });
}

/** google.script.run target of the plan dialog. */
export function submitPlanDialog(request: unknown): DialogResult {
  return submitPlan(request);
}

/** google.script.run target of the evaluation dialog. */
export function submitEvaluationDialog(request: unknown): DialogResult {
  return submitEvaluation(request);
}
