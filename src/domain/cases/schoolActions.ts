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
  // The parents received the plan, and were told of the evaluation (legal review G4): in a meeting or
  // by secure digital mail, never as an e-mail attachment.
  { key: 'plan-gitt-foresatte', subDuty: 'tiltak' },
  { key: 'evaluering-gitt-foresatte', subDuty: 'evaluering' },
  { key: 'observasjon', subDuty: 'følge med' },
  { key: 'grep-inn', subDuty: 'gripe inn' },
  { key: 'hjelpetjeneste', subDuty: 'tiltak' },
  { key: 'mote', subDuty: 'tiltak' },
  { key: 'annet', subDuty: 'følge med' },
] as const satisfies readonly { key: string; subDuty: SubDuty }[];

export type SchoolAction = (typeof SCHOOL_ACTIONS)[number]['key'];

/** The student's own voice: asked when the action is a talk with the student. */
export const HEARD_ANSWERS = ['Ja', 'Nei', 'Ikke relevant'] as const;

/** How the parents received a plan or an evaluation: never an e-mail attachment, so it is not offered. */
export const DELIVERY_WAYS = ['mote', 'digital', 'annet'] as const;
export type DeliveryWay = (typeof DELIVERY_WAYS)[number];

/** The actions that record a document given to the parents, and so ask how. */
export const DELIVERY_ACTIONS: readonly SchoolAction[] = ['plan-gitt-foresatte', 'evaluering-gitt-foresatte'];

/** The sub-duty an action suggests. */
export function suggestedSubDuty(action: SchoolAction): SubDuty {
  return SCHOOL_ACTIONS.find((a) => a.key === action)!.subDuty;
}
