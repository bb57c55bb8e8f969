import type { FormPayload, FormResult } from '../../ui/contract';
import { submitArchive } from '../archive/dialog';
import { submitConcern } from '../intake/concernDialog';
import { submitMeasure } from '../measures/dialog';
import { submitAssign, submitClose, submitReopen, submitStatus } from '../register/dialogs';
import { submitEvent, submitSkoleeierNotified } from '../register/eventDialogs';
import type { Work } from '../register/work';

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
  archive: submitArchive,
};
