import type { FormPayload, FormResult } from '../../ui/contract';
import { submitAbsenceStart, submitAbsenceStep } from '../absence/absenceDialogs';
import { submitAgreement } from '../absence/agreement';
import { submitArchive } from '../archive/dialog';
import { submitBarnevern, submitConsent } from '../consent/consentDialogs';
import { submitDocumentation } from '../documents/documentation';
import { submitSkoleeierNotice } from '../documents/skoleeier';
import { submitTiltaksplanEvaluation } from '../documents/tiltaksplanEvaluation';
import { submitConcern } from '../intake/concernDialog';
import { submitMeasure } from '../measures/dialog';
import { submitAnonymisedReport } from '../overview/anonymisedReport';
import { submitAssign, submitClose, submitReopen, submitStatus } from '../register/dialogs';
import { submitEvent, submitSkoleeierNotified } from '../register/eventDialogs';
import { submitStatsforvalter } from '../register/statsforvalterDialog';
import type { Work } from '../register/work';
import { submitAgenda } from '../resourceTeam/agenda';
import { submitSettings } from '../settings/settingsDialog';

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
  statsforvalter: submitStatsforvalter,
  skoleeierNotice: submitSkoleeierNotice,
  documentation: submitDocumentation,
  tiltaksplanEvaluation: submitTiltaksplanEvaluation,
  settings: submitSettings,
  anonymisedReport: submitAnonymisedReport,
  archive: submitArchive,
  absenceStart: submitAbsenceStart,
  absenceStep: submitAbsenceStep,
  agreement: submitAgreement,
  consent: submitConsent,
  barnevern: submitBarnevern,
  agenda: submitAgenda,
};
