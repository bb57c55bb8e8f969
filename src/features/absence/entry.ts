import { openBarnevernDialog, openConsentDialog } from '../consent/consentDialogs';
import { uiAction } from '../menu/uiAction';
import { selectedCase } from '../register/selectedCase';
import { openAgendaDialog } from '../resourceTeam/agenda';
import { openAbsenceStartDialog, openAbsenceStepDialog } from './absenceDialogs';
import { openAgreementDialog } from './agreement';

/** Menu «Følg fraværsrutinen …»: the selected case follows the absence routine beside chapter 12. */
export function menuAbsenceStart(): void {
  uiAction((t, ui) => openAbsenceStartDialog(selectedCase(t), t, ui));
}

/** Menu «Registrer steg i fraværsrutinen …». */
export function menuAbsenceStep(): void {
  uiAction((t, ui) => openAbsenceStepDialog(selectedCase(t), t, ui));
}

/** Menu «Lag samarbeidsavtale …»: the written agreement of the absence routine. */
export function menuMakeAgreement(): void {
  uiAction((t, ui) => openAgreementDialog(selectedCase(t), t, ui));
}

/** Menu «Registrer samtykke …»: the family's consent to cooperation with a service. */
export function menuConsent(): void {
  uiAction((t, ui) => openConsentDialog(selectedCase(t), t, ui));
}

/** Menu «Bekymringsmelding til barnevernet …»: recorded in the leadership's own sheet only. */
export function menuBarnevern(): void {
  uiAction((t, ui) => openBarnevernDialog(selectedCase(t), t, ui));
}

/** Menu «Lag sakliste for ressursteamet». */
export function menuMakeAgenda(): void {
  uiAction((t, ui) => openAgendaDialog(t, ui));
}
