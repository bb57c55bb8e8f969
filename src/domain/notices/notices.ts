/**
 * The e-mails the product sends, in the school's language. They carry a case number, the kind of case
 * and a link: never a student's name, class or the description (domain.md, Privacy). Links open the
 * register, which only the leadership can see.
 */
export interface Mail {
  to: string;
  subject: string;
  body: string;
}

export type Lang = 'nb' | 'nn';

const TEXT = {
  nb: {
    signature:
      '\n\n– Skolemiljø\nDenne e-posten inneholder bevisst ingen opplysninger om elever. Åpne lenken for å se saken.',
    urgent: 'HASTER – § 12-5: ',
    newSubject: (n: string) => `Ny sak ${n} i Skolemiljø`,
    newIntro: (n: string) => `Det er kommet en ny melding om en elevs skolemiljø: sak ${n}.`,
    about: (k: string) => `Gjelder: ${k}.`,
    serious:
      'Meldingen gjelder en ansatt som kan ha krenket en elev. Skjerpet plikt til å melde fra (opplæringslova § 12-5): undersøk saken straks, sett inn strakstiltak som beskytter eleven, og meld fra til skoleeier.',
    leadership:
      'Meldingen gjelder noen i skolens ledelse. Etter § 12-5 skal skoleeier behandle den: meld fra til skoleeier i dag.',
    investigateBy: (d: string) => `Frist for å starte undersøkelsen: ${d}.`,
    incomplete:
      'Noe mangler eller er uvanlig i meldingen. Saken er opprettet likevel: se kolonnen «Må kompletteres» i saken.',
    open: (l: string) => `Åpne saken: ${l}`,
    errorSubject: 'En melding i Skolemiljø må sjekkes',
    errorBody: (count: number, link: string) =>
      `${count === 1 ? 'En melding' : `${count} meldinger`} fra meldeskjemaet kunne ikke registreres som sak automatisk. ` +
      `Ingenting er slettet: svaret står uendret i skjemasvar-arket, og årsaken står i arket «Meldingsfeil».\n\nÅpne: ${link}`,
    digestIntro: (d: string) => `Oversikt over frister i Skolemiljø ${d}.`,
    overdue: (n: number) => `Frist passert (${n}):`,
    soon: (n: number) => `Frist snart (${n}):`,
    line: (n: string, step: string, due: string) => `• Sak ${n}: ${step}, frist ${due}`,
    digestSubject: (d: string, o: number, s: number) => `Skolemiljø ${d}: ${o} frister passert, ${s} snart`,
  },
  nn: {
    signature:
      '\n\n– Skolemiljø\nDenne e-posten inneheld med vilje ingen opplysningar om elevar. Opne lenkja for å sjå saka.',
    urgent: 'HASTAR – § 12-5: ',
    newSubject: (n: string) => `Ny sak ${n} i Skolemiljø`,
    newIntro: (n: string) => `Det har kome ei ny melding om skolemiljøet til ein elev: sak ${n}.`,
    about: (k: string) => `Gjeld: ${k}.`,
    serious:
      'Meldinga gjeld ein tilsett som kan ha krenkt ein elev. Skjerpa plikt til å melde frå (opplæringslova § 12-5): undersøk saka straks, set inn strakstiltak som vernar eleven, og meld frå til skoleeigaren.',
    leadership:
      'Meldinga gjeld nokon i leiinga ved skolen. Etter § 12-5 skal skoleeigar behandle ho: meld frå til skoleeigar i dag.',
    investigateBy: (d: string) => `Frist for å starte undersøkinga: ${d}.`,
    incomplete:
      'Noko manglar eller er uvanleg i meldinga. Saka er oppretta likevel: sjå kolonnen «Må kompletteres» i saka.',
    open: (l: string) => `Opne saka: ${l}`,
    errorSubject: 'Ei melding i Skolemiljø må sjekkast',
    errorBody: (count: number, link: string) =>
      `${count === 1 ? 'Ei melding' : `${count} meldingar`} frå meldeskjemaet kunne ikkje registrerast som sak automatisk. ` +
      `Ingenting er sletta: svaret står uendra i skjemasvar-arket, og årsaka står i arket «Meldingsfeil».\n\nOpne: ${link}`,
    digestIntro: (d: string) => `Oversikt over fristar i Skolemiljø ${d}.`,
    overdue: (n: number) => `Frist passert (${n}):`,
    soon: (n: number) => `Frist snart (${n}):`,
    line: (n: string, step: string, due: string) => `• Sak ${n}: ${step}, frist ${due}`,
    digestSubject: (d: string, o: number, s: number) => `Skolemiljø ${d}: ${o} fristar passerte, ${s} snart`,
  },
} as const;

export function newCaseNotice(input: {
  to: string;
  saksnr: string;
  kind: string;
  serious: boolean;
  leadership: boolean;
  /** Something is missing or odd in the report: the rektor completes it in the register. */
  incomplete?: boolean;
  link: string;
  investigationDue: string;
  lang?: Lang;
}): Mail {
  const t = TEXT[input.lang ?? 'nb'];
  const lines = [t.newIntro(input.saksnr), t.about(input.kind)];
  if (input.serious) lines.push(t.serious);
  if (input.leadership) lines.push(t.leadership);
  if (input.incomplete) lines.push(t.incomplete);
  lines.push(t.investigateBy(input.investigationDue), '', t.open(input.link));
  return {
    to: input.to,
    subject: `${input.serious ? t.urgent : ''}${t.newSubject(input.saksnr)}`,
    body: lines.join('\n') + t.signature,
  };
}

export function intakeErrorNotice(input: { to: string; link: string; count: number; lang?: Lang }): Mail {
  const t = TEXT[input.lang ?? 'nb'];
  return { to: input.to, subject: t.errorSubject, body: t.errorBody(input.count, input.link) + t.signature };
}

export interface DigestLine {
  saksnr: string;
  step: string;
  due: string;
  overdue: boolean;
  link: string;
}

export function dailyDigest(input: {
  to: string;
  date: string;
  lines: DigestLine[];
  extra: string[];
  lang?: Lang;
}): Mail {
  const t = TEXT[input.lang ?? 'nb'];
  const overdue = input.lines.filter((l) => l.overdue);
  const soon = input.lines.filter((l) => !l.overdue);
  const fmt = (l: DigestLine) => `${t.line(l.saksnr, l.step, l.due)}\n  ${l.link}`;
  const parts = [t.digestIntro(input.date)];
  if (overdue.length) parts.push(`\n${t.overdue(overdue.length)}\n${overdue.map(fmt).join('\n')}`);
  if (soon.length) parts.push(`\n${t.soon(soon.length)}\n${soon.map(fmt).join('\n')}`);
  if (input.extra.length) parts.push(`\n${input.extra.join('\n')}`);
  return {
    to: input.to,
    subject: t.digestSubject(input.date, overdue.length, soon.length),
    body: parts.join('\n') + t.signature,
  };
}
