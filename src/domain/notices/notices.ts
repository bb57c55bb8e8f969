/**
 * The e-mails the product sends. They carry a case number, the kind of case and a link: never a
 * student's name, class or the description (domain.md, Privacy). Links open the register, which only
 * the leadership can see.
 */
export interface Mail {
  to: string;
  subject: string;
  body: string;
}

const SIGNATURE =
  '\n\n– Skolemiljø\nDenne e-posten inneholder bevisst ingen personopplysninger. Åpne lenken for å se saken.';

export function newCaseNotice(input: {
  to: string;
  saksnr: string;
  kind: string;
  serious: boolean;
  leadership: boolean;
  link: string;
  investigationDue: string;
}): Mail {
  const urgent = input.serious ? 'HASTER – § 12-5: ' : '';
  const lines = [
    `Det er kommet en ny melding om en elevs skolemiljø: sak ${input.saksnr}.`,
    `Gjelder: ${input.kind}.`,
  ];
  if (input.serious) {
    lines.push(
      'Meldingen gjelder en ansatt som kan ha krenket en elev. Skjerpet aktivitetsplikt (opplæringslova § 12-5): undersøk saken straks, og varsle skoleeier.',
    );
  }
  if (input.leadership) {
    lines.push('Meldingen gjelder noen i skolens ledelse. Etter § 12-5 går den også direkte til skoleeier.');
  }
  lines.push(`Frist for å starte undersøkelsen: ${input.investigationDue}.`, '', `Åpne saken: ${input.link}`);
  return {
    to: input.to,
    subject: `${urgent}Ny sak ${input.saksnr} i Skolemiljø`,
    body: lines.join('\n') + SIGNATURE,
  };
}

export function intakeErrorNotice(input: { to: string; link: string; count: number }): Mail {
  return {
    to: input.to,
    subject: 'En melding i Skolemiljø må sjekkes',
    body:
      `${input.count === 1 ? 'En melding' : `${input.count} meldinger`} fra meldeskjemaet kunne ikke registreres som sak automatisk. ` +
      `Ingenting er slettet: svaret står uendret i skjemasvar-arket, og årsaken står i arket «Meldingsfeil».\n\nÅpne: ${input.link}` +
      SIGNATURE,
  };
}

export interface DigestLine {
  saksnr: string;
  step: string;
  due: string;
  overdue: boolean;
  link: string;
}

export function dailyDigest(input: { to: string; date: string; lines: DigestLine[]; extra: string[] }): Mail {
  const overdue = input.lines.filter((l) => l.overdue);
  const soon = input.lines.filter((l) => !l.overdue);
  const fmt = (l: DigestLine) => `• Sak ${l.saksnr}: ${l.step}, frist ${l.due}\n  ${l.link}`;
  const parts = [`Oversikt over frister i Skolemiljø ${input.date}.`];
  if (overdue.length) parts.push(`\nFrist passert (${overdue.length}):\n${overdue.map(fmt).join('\n')}`);
  if (soon.length) parts.push(`\nFrist snart (${soon.length}):\n${soon.map(fmt).join('\n')}`);
  if (input.extra.length) parts.push(`\n${input.extra.join('\n')}`);
  return {
    to: input.to,
    subject: `Skolemiljø ${input.date}: ${overdue.length} frister passert, ${soon.length} snart`,
    body: parts.join('\n') + SIGNATURE,
  };
}
