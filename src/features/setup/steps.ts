import { documentsStep } from '../documents/documentsStep';
import { formStep } from '../intake/formStep';
import { measuresStep } from '../measures/measuresStep';
import { overviewStep, reportSheetStep } from '../overview/steps';
import { peopleStep } from '../people/peopleSheet';
import { registerStep } from '../register/registerStep';
import { WHEEL_SETUP_STEPS } from '../wheel/setupSteps';
import type { SetupStep } from './setupStep';
import { triggersStep } from './triggersStep';
import { workbookStep } from './workbookStep';

/** What setUp does, in order. Each feature adds its own idempotent step. */
export const SETUP_STEPS: readonly SetupStep[] = [
  workbookStep,
  formStep,
  registerStep,
  measuresStep,
  peopleStep,
  documentsStep,
  ...WHEEL_SETUP_STEPS,
  overviewStep,
  reportSheetStep,
  // Last: the triggers listen to the forms the steps above made.
  triggersStep,
];
