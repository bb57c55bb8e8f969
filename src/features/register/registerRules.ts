import type { AbsenceDeadline } from '../../domain/cases/absence';
import { type DeadlineStep, STEP_ORDER, STEPS } from '../../domain/cases/deadlines';
import { COL } from './registerSheet';

/**
 * The register's colours, as Sheets custom formulas. A sheet formula cannot count school days, so
 * "soon" compares TODAY() with hidden columns the product fills (the first day a deadline is near).
 * Rules are tried in order and the first that matches colours the cell: closed cases first (grey),
 * then passed deadlines (red), then near ones (amber). Which statuses a step is pending in comes from
 * the one table in deadlines.ts (STEPS).
 */
export interface RuleSpec {
  /** Header of the column the rule colours, or '*' for the whole row. */
  column: string;
  formula: string;
  background: string;
  fontColor: string;
  bold?: boolean;
}

export const COLOURS = {
  closed: { background: '#eeeeee', fontColor: '#808080' },
  overdue: { background: '#f4cccc', fontColor: '#990000', bold: true },
  soon: { background: '#fff2cc', fontColor: '#7f6000' },
  serious: { background: '#fce5cd', fontColor: '#990000', bold: true },
} as const;

/** The register's columns for each step: its deadline and the hidden "soon from" date. */
export const STEP_COLUMNS: Readonly<Record<DeadlineStep, { due: string; soon: string }>> = {
  undersøkelse: { due: COL.fristUndersokelse, soon: COL.varselUndersokelse },
  aktivitetsplan: { due: COL.fristAktivitetsplan, soon: COL.varselAktivitetsplan },
  evaluering: { due: COL.nesteEvaluering, soon: COL.varselEvaluering },
};

/**
 * The absence routine's deadlines (absence.ts): pending while the routine runs («Fraværsrutine» =
 * «Pågår») and the step is not done (no meeting date, no samarbeidsavtale); the follow-up while it runs.
 */
export const ABSENCE_COLUMNS: Readonly<
  Record<AbsenceDeadline, { due: string; soon: string; doneWhenFilled: string | null }>
> = {
  familiemøte: { due: COL.fristFamiliemote, soon: COL.varselFamiliemote, doneWhenFilled: COL.familiemote },
  samarbeidsavtale: {
    due: COL.fristSamarbeidsavtale,
    soon: COL.varselSamarbeidsavtale,
    doneWhenFilled: COL.samarbeidsavtale,
  },
  oppfølging: { due: COL.nesteOppfolging, soon: COL.varselOppfolging, doneWhenFilled: null },
};

/** Builds the rules for a register whose columns are at the given letters. */
export function registerRules(letter: (header: string) => string): RuleSpec[] {
  const s = `$${letter(COL.status)}2`;
  const ref = (h: string) => `$${letter(h)}2`;
  const is = (statuses: readonly string[]) =>
    statuses.length === 1 ? `${s}="${statuses[0]}"` : `OR(${statuses.map((x) => `${s}="${x}"`).join(',')})`;
  const steps = STEP_ORDER.map((step) => ({ ...STEP_COLUMNS[step], open: is(STEPS[step].pendingIn) }));
  const overdue = (step: (typeof steps)[number]) =>
    `AND(${step.open},${ref(step.due)}<>"",${ref(step.due)}<TODAY())`;
  const near = (step: (typeof steps)[number]) =>
    `AND(${step.open},${ref(step.soon)}<>"",TODAY()>=${ref(step.soon)})`;
  // The notice to skoleeier is pending while «Skoleeier varslet» is empty: due the same day.
  const skoleeier = `AND(${s}<>"Avsluttet",${ref(COL.fristSkoleeier)}<>"",${ref(COL.skoleeierVarslet)}="")`;
  const skoleeierOverdue = `AND(${skoleeier},${ref(COL.fristSkoleeier)}<TODAY())`;
  const absence = Object.values(ABSENCE_COLUMNS).map((a) => ({
    ...a,
    open: `AND(${s}<>"Avsluttet",${ref(COL.fravaer)}="Pågår"${a.doneWhenFilled ? `,${ref(a.doneWhenFilled)}=""` : ''})`,
  }));
  const absenceOverdue = (a: (typeof absence)[number]) =>
    `AND(${a.open},${ref(a.due)}<>"",${ref(a.due)}<TODAY())`;
  const absenceNear = (a: (typeof absence)[number]) =>
    `AND(${a.open},${ref(a.soon)}<>"",TODAY()>=${ref(a.soon)})`;
  // § 12-6: the documentation to Statsforvalteren is pending while «Dokumentasjon sendt» is empty,
  // whatever the status (deadlines.ts, documentationPending): its rules come before the grey of a
  // closed case, so a complaint after closing still shows.
  const documentation = `AND(${ref(COL.fristStatsforvalter)}<>"",${ref(COL.dokumentasjonSendt)}="")`;
  const documentationOverdue = `AND(${documentation},${ref(COL.fristStatsforvalter)}<TODAY())`;
  const documentationNear = `AND(${documentation},${ref(COL.varselStatsforvalter)}<>"",TODAY()>=${ref(COL.varselStatsforvalter)})`;

  const rules: RuleSpec[] = [
    { column: COL.fristStatsforvalter, formula: `=${documentationOverdue}`, ...COLOURS.overdue },
    { column: COL.fristStatsforvalter, formula: `=${documentationNear}`, ...COLOURS.soon },
    { column: '*', formula: `=${s}="Avsluttet"`, ...COLOURS.closed },
  ];
  rules.push({
    column: COL.saksnr,
    formula: `=OR(${[...steps.map(overdue), skoleeierOverdue, documentationOverdue, ...absence.map(absenceOverdue)].join(',')})`,
    ...COLOURS.overdue,
  });
  for (const step of steps)
    rules.push({ column: step.due, formula: `=${overdue(step)}`, ...COLOURS.overdue });
  rules.push({ column: COL.fristSkoleeier, formula: `=${skoleeierOverdue}`, ...COLOURS.overdue });
  for (const step of steps) rules.push({ column: step.due, formula: `=${near(step)}`, ...COLOURS.soon });
  rules.push({
    column: COL.fristSkoleeier,
    formula: `=AND(${skoleeier},TODAY()>=${ref(COL.fristSkoleeier)})`,
    ...COLOURS.soon,
  });
  for (const a of absence)
    rules.push({ column: a.due, formula: `=${absenceOverdue(a)}`, ...COLOURS.overdue });
  for (const a of absence) rules.push({ column: a.due, formula: `=${absenceNear(a)}`, ...COLOURS.soon });
  // The plan is made but not yet registered as given to the parents (legal review G4).
  const plan = ref(COL.planIverksatt);
  const given = ref(COL.planGittForesatte);
  rules.push({
    column: COL.planGittForesatte,
    formula: `=AND(${s}<>"Avsluttet",${plan}<>"",OR(${given}="",${given}<${plan}))`,
    ...COLOURS.soon,
  });
  for (const column of [COL.ansattInvolvert, COL.ledelseInvolvert, COL.alvorligSak])
    rules.push({ column, formula: `=${ref(column)}="Ja"`, ...COLOURS.serious });
  return rules;
}
