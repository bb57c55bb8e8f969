import type { FormPayload, FormResult } from '../../ui/contract';
import { submitAbsenceStart, submitAbsenceStep } from '../absence/absenceDialogs';
import { submitAgreement } from '../absence/agreement';
import { submitBarnevern, submitConsent } from '../consent/consentDialogs';
import { submitConcern } from '../intake/concernDialog';
import { submitMeasure } from '../measures/dialog';
import { submitAssign, submitClose, submitReopen, submitStatus } from '../register/dialogs';
import { submitEvent, submitSkoleeierNotified } from '../register/eventDialogs';
import type { Work } from '../register/work';
import { submitAgenda } from '../resourceTeam/agenda';

/** Every form dialog's server action, by the name its FormSpec carries. */
export const ACTIONS: Readonly<Record<string, (p: FormPayload, w: Work) => FormResult>> = {
  status: submitStatus,
  close: submitClose,
  reopen: submitReopen,
  assign: submitAssign,
  measure: submitMeasure,
  concern: submitConcern,
  event: submitEvent,
  skoleeierNotified: submitSkoleeierNotified,
  absenceStart: submitAbsenceStart,
  absenceStep: submitAbsenceStep,
  agreement: submitAgreement,
  consent: submitConsent,
  barnevern: submitBarnevern,
  agenda: submitAgenda,
};
