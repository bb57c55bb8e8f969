import { COL } from './registerSheet';

/**
 * The register's colours, as Sheets custom formulas. A sheet formula cannot count school days, so
 * "soon" compares TODAY() with hidden columns the product fills (the first day a deadline is near).
 * Rules are tried in order and the first that matches colours the cell: closed cases first (grey),
 * then passed deadlines (red), then near ones (amber).
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

/** Builds the rules for a register whose columns are at the given letters. */
export function registerRules(letter: (header: string) => string): RuleSpec[] {
  const s = `$${letter(COL.status)}2`;
  const ref = (h: string) => `$${letter(h)}2`;
  const is = (...statuses: string[]) =>
    statuses.length === 1 ? `${s}="${statuses[0]}"` : `OR(${statuses.map((x) => `${s}="${x}"`).join(',')})`;
  const steps = [
    { due: COL.fristUndersokelse, soon: COL.varselUndersokelse, open: is('Meldt') },
    { due: COL.fristAktivitetsplan, soon: COL.varselAktivitetsplan, open: is('Meldt', 'Undersøkes') },
    { due: COL.nesteEvaluering, soon: COL.varselEvaluering, open: is('Aktivitetsplan', 'Evalueres') },
  ];
  const overdue = (step: (typeof steps)[number]) =>
    `AND(${step.open},${ref(step.due)}<>"",${ref(step.due)}<TODAY())`;
  const near = (step: (typeof steps)[number]) =>
    `AND(${step.open},${ref(step.soon)}<>"",TODAY()>=${ref(step.soon)})`;

  const rules: RuleSpec[] = [{ column: '*', formula: `=${s}="Avsluttet"`, ...COLOURS.closed }];
  rules.push({ column: COL.saksnr, formula: `=OR(${steps.map(overdue).join(',')})`, ...COLOURS.overdue });
  for (const step of steps)
    rules.push({ column: step.due, formula: `=${overdue(step)}`, ...COLOURS.overdue });
  for (const step of steps) rules.push({ column: step.due, formula: `=${near(step)}`, ...COLOURS.soon });
  rules.push({
    column: COL.ansattInvolvert,
    formula: `=${ref(COL.ansattInvolvert)}="Ja"`,
    ...COLOURS.serious,
  });
  rules.push({
    column: COL.ledelseInvolvert,
    formula: `=${ref(COL.ledelseInvolvert)}="Ja"`,
    ...COLOURS.serious,
  });
  return rules;
}
