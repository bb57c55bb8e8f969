import type { SetupStep } from './setupStep';
import { workbookStep } from './workbookStep';

/** What setUp does, in order. Each feature adds its own idempotent step. */
export const SETUP_STEPS: readonly SetupStep[] = [workbookStep];
