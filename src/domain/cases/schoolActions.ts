import type { SubDuty } from './lifecycle';

/**
 * What the school did in a case, as «Registrer hendelse …» offers it: the documentation duty asks the
 * school to show what it did under each sub-duty (følge med, gripe inn, melde, undersøke, tiltak with
 * evaluering), above all that the student was heard (§§ 10-1, 12-4) and that the one complained about
 * had their say. Each action suggests its sub-duty; the person may choose another.
 */
export const SCHOOL_ACTIONS = [
  { key: 'samtale-elev', subDuty: 'undersøke' },
  { key: 'samtale-andre', subDuty: 'undersøke' },
  { key: 'samtale-pakalt', subDuty: 'undersøke' },
  { key: 'samtale-foresatte', subDuty: 'undersøke' },
  { key: 'foresatte-informert', subDuty: 'melde' },
  { key: 'observasjon', subDuty: 'følge med' },
  { key: 'grep-inn', subDuty: 'gripe inn' },
  { key: 'hjelpetjeneste', subDuty: 'tiltak' },
  { key: 'mote', subDuty: 'tiltak' },
  { key: 'annet', subDuty: 'følge med' },
] as const satisfies readonly { key: string; subDuty: SubDuty }[];

export type SchoolAction = (typeof SCHOOL_ACTIONS)[number]['key'];

/** The student's own voice: asked when the action is a talk with the student. */
export const HEARD_ANSWERS = ['Ja', 'Nei', 'Ikke relevant'] as const;
