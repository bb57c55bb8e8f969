import type { DialogResult } from '../../domain/documents/requests';
import { showResultDialog } from '../dialogs/formDialog';
import { uiAction } from '../menu/uiAction';
import { selectedCase } from '../register/selectedCase';
import { asResult, documentationOrDialog } from './documentation';
import { openEvaluationDialog, submitEvaluation } from './evaluation';
import { openPlanDialog, submitPlan } from './plan';
import { openSkoleeierNoticeDialog } from './skoleeier';
import { openTiltaksplanEvaluationDialog } from './tiltaksplanEvaluation';

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
    const made = documentationOrDialog(c, t, ui);
    if (made) showResultDialog(ui, t, t.documents.documentationTitle(c.saksnr), asResult(t, made));
  });
}

/** Menu «Lag melding til skoleeier» for the selected case. */
export function menuMakeSkoleeierNotice(): void {
  uiAction((t, ui) => openSkoleeierNoticeDialog(selectedCase(t), t, ui));
}

/** Menu «Lag evaluering av tiltaksplan»: the end-of-year document from `Tiltaksplan`. */
export function menuMakeTiltaksplanEvaluation(): void {
  uiAction((t, ui) => openTiltaksplanEvaluationDialog(t, ui));
}

/** google.script.run target of the plan dialog. */
export function submitPlanDialog(request: unknown): DialogResult {
  return submitPlan(request);
}

/** google.script.run target of the evaluation dialog. */
export function submitEvaluationDialog(request: unknown): DialogResult {
  return submitEvaluation(request);
}
