import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  agendaValues,
  agreementValues,
  documentationValues,
  evaluationValues,
  planValues,
  skoleeierValues,
  tiltaksplanEvaluationValues,
} from '../../../src/domain/documents/documentData';
import {
  CATALOGUE,
  DOCUMENT_KINDS,
  type DocumentKind,
  findPlaceholders,
  type Lang,
  templateProblems,
  unknownPlaceholders,
} from '../../../src/domain/documents/placeholders';
import { modelTexts, parseTemplate, repeatingRowGroup } from '../../../src/domain/documents/templateFormat';
import { localDate } from '../../../src/domain/time/localDate';

const templatesDir = new URL('../../../templates/', import.meta.url);
const LANGS: Lang[] = ['nb', 'nn'];
const read = (lang: Lang, kind: DocumentKind) =>
  readFileSync(new URL(`${lang}/${kind}.md`, templatesDir), 'utf8');

const STATUTORY_HEADINGS: Record<Lang, string[]> = {
  nb: [
    'Hvilket problem tiltakene skal løse',
    'Hvilke tiltak skolen har planlagt',
    'Når tiltakene skal gjennomføres',
    'Hvem som skal gjennomføre tiltakene',
    'Når tiltakene skal evalueres',
  ],
  nn: [
    'Kva problem tiltaka skal løyse',
    'Kva tiltak skolen har planlagt',
    'Når tiltaka skal gjennomførast',
    'Kven som skal gjennomføre tiltaka',
    'Når tiltaka skal evaluerast',
  ],
};

describe('template files', () => {
  it('has exactly the seven documents in each language', () => {
    for (const lang of LANGS) {
      const files = readdirSync(new URL(`${lang}/`, templatesDir)).sort();
      expect(files).toEqual(DOCUMENT_KINDS.map((k) => `${k}.md`).sort());
    }
  });

  for (const lang of LANGS) {
    for (const kind of DOCUMENT_KINDS) {
      describe(`${lang}/${kind}.md`, () => {
        const text = read(lang, kind);
        const model = parseTemplate(text);

        it('parses, has a title and only known placeholders', () => {
          expect(model.title).not.toBe('');
          expect(unknownPlaceholders(text, kind)).toEqual([]);
          expect(templateProblems(model, kind, lang)).toEqual([]);
        });

        it('uses the section keyword of its language', () => {
          const keyword = lang === 'nb' ? 'hvis' : 'viss';
          const other = lang === 'nb' ? 'viss' : 'hvis';
          expect(text).not.toContain(`{{#${other} `);
          expect(text).not.toContain(`{{/${other}}}`);
          if (model.blocks.some((b) => b.type === 'sectionStart')) expect(text).toContain(`{{#${keyword} `);
        });

        it('uses every row group only in table rows, one group per row', () => {
          for (const b of model.blocks) {
            if (b.type !== 'table') continue;
            expect(b.header.join(' ')).not.toMatch(/\{\{[^{}]+\.[^{}]+\}\}/);
            for (const row of b.rows) {
              const group = repeatingRowGroup(row);
              if (group) expect(Object.keys(CATALOGUE[kind].groups)).toContain(group);
            }
          }
        });
      });
    }
  }

  it('nb and nn templates use the same placeholders', () => {
    for (const kind of DOCUMENT_KINDS) {
      const names = (lang: Lang) =>
        findPlaceholders(read(lang, kind))
          .map((t) => t.replace(/^#(hvis|viss) /, '#section ').replace(/^\/(hvis|viss)$/, '/section'))
          .sort();
      expect(names('nn')).toEqual(names('nb'));
    }
  });

  it('the aktivitetsplan carries the five statutory points verbatim as headings', () => {
    for (const lang of LANGS) {
      const model = parseTemplate(read(lang, 'aktivitetsplan'));
      const headings = model.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : []));
      for (const point of STATUTORY_HEADINGS[lang]) expect(headings).toContain(point);
      // In the law's order.
      const positions = STATUTORY_HEADINGS[lang].map((p) => headings.indexOf(p));
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
  });

  it('the aktivitetsplan has the measures table, student, parents, best interest, signatures and the anonymity note', () => {
    for (const lang of LANGS) {
      const text = read(lang, 'aktivitetsplan');
      for (const name of [
        'Skole',
        'Elev',
        'Klasse',
        'Saksnr',
        'Dato',
        'Tiltak.Beskrivelse',
        'Tiltak.Nivå',
        'Tiltak.Hvem',
        'Tiltak.Periode',
        'Tiltak.Evalueringsdato',
        'ElevensBeskrivelse',
        'ElevensØnsker',
        'ForesattesSyn',
        'BarnetsBeste',
      ]) {
        expect(findPlaceholders(text)).toContain(name);
      }
      expect(text).toContain(lang === 'nb' ? 'utøvende elev' : 'utøvande elev');
      expect(text).toContain('elev A');
      expect(text).toMatch(/## Underskrifter/);
    }
  });

  it('the notice to skoleeier never names the student', () => {
    for (const lang of LANGS) {
      const text = read(lang, 'melding-skoleeier');
      const model = parseTemplate(text);
      expect(model.title).toContain('{{Saksnr}}');
      expect(findPlaceholders(text)).not.toContain('Elev');
      expect(findPlaceholders(text)).not.toContain('Klasse');
      expect(Object.keys(CATALOGUE['melding-skoleeier'].singles)).not.toContain('Elev');
    }
  });

  it('the documentation lists every sub-duty in the law’s order', () => {
    const expected: Record<Lang, string[]> = {
      nb: ['Følge med', 'Gripe inn', 'Melde fra', 'Undersøke', 'Sette inn tiltak', 'Evaluere tiltakene'],
      nn: ['Følgje med', 'Gripe inn', 'Melde frå', 'Undersøkje', 'Setje inn tiltak', 'Evaluere tiltaka'],
    };
    for (const lang of LANGS) {
      const model = parseTemplate(read(lang, 'dokumentasjon'));
      const headings = model.blocks.flatMap((b) => (b.type === 'heading' && b.level === 2 ? [b.text] : []));
      const found = headings.filter((h) => expected[lang].includes(h));
      expect(found).toEqual(expected[lang]);
    }
  });

  it('the tiltaksplan evaluation has the three levels in order', () => {
    for (const lang of LANGS) {
      const text = read(lang, 'evaluering-tiltaksplan');
      const groups = ['Universelt', 'Selektert', 'Indikert'].map((g) => text.indexOf(`{{${g}.Mål}}`));
      expect(groups.every((i) => i > 0)).toBe(true);
      expect([...groups].sort((a, b) => a - b)).toEqual(groups);
      for (const field of ['Mål', 'Tiltak', 'Ansvarlig', 'Resultatmål', 'Evaluering', 'VidereArbeid']) {
        expect(text).toContain(`{{Universelt.${field}}}`);
      }
    }
  });
});

describe('builders cover every placeholder the templates use', () => {
  const school = { navn: 'Bakkeby skole', rektor: 'Rita Rektor' };
  const sak = { saksnr: '2025-001', elev: 'Ola Nordmann', klasse: '5B' };
  const values: Record<DocumentKind, ReturnType<typeof planValues>> = {
    aktivitetsplan: planValues({
      school,
      case: sak,
      date: localDate(2025, 9, 1),
      problem: 'p',
      measures: [],
    }),
    evaluering: evaluationValues({ school, case: sak, date: localDate(2025, 9, 29), measures: [] }),
    dokumentasjon: documentationValues({ school, case: sak, date: localDate(2025, 10, 1), log: [] }),
    'melding-skoleeier': skoleeierValues({
      school,
      case: sak,
      date: localDate(2025, 9, 1),
      grunnlag: 'ansatt',
      hvaSkjedde: 'x',
      skolensTiltak: 'y',
    }),
    'evaluering-tiltaksplan': tiltaksplanEvaluationValues({
      school,
      skoleår: '2024–2025',
      date: localDate(2025, 6, 10),
      rows: [],
    }),
    samarbeidsavtale: agreementValues({
      school,
      case: sak,
      date: localDate(2025, 9, 1),
      fraværsbilde: 'f',
      mål: 'm',
      elevensBeskrivelse: 'e',
      skolensAnsvar: 's',
      hjemmetsAnsvar: 'h',
      nesteOppfølging: localDate(2025, 9, 15),
    }),
    'sakliste-ressursteam': agendaValues({
      school,
      date: localDate(2025, 9, 2),
      made: localDate(2025, 9, 1),
      newSince: localDate(2025, 8, 18),
      nye: [],
      åpne: [],
    }),
  };

  for (const kind of DOCUMENT_KINDS) {
    it(kind, () => {
      const v = values[kind];
      expect(Object.keys(v.singles).sort()).toEqual(Object.keys(CATALOGUE[kind].singles).sort());
      expect(Object.keys(v.groups).sort()).toEqual(Object.keys(CATALOGUE[kind].groups).sort());
      for (const lang of LANGS) {
        const model = parseTemplate(read(lang, kind));
        for (const token of modelTexts(model).flatMap(findPlaceholders)) {
          if (token.includes('.')) {
            const [group] = token.split('.');
            expect(v.groups).toHaveProperty([group!]);
          } else {
            expect(v.singles).toHaveProperty([token]);
          }
        }
        for (const b of model.blocks)
          if (b.type === 'sectionStart') expect(v.sections).toHaveProperty([b.name]);
      }
    });
  }
});

describe('the law’s words in the templates (legal review)', () => {
  const plan = { nb: read('nb', 'aktivitetsplan'), nn: read('nn', 'aktivitetsplan') };
  const evaluation = { nb: read('nb', 'evaluering'), nn: read('nn', 'evaluering') };

  it('point 4 says who carries the measures out, with the overall responsibility under it (A1)', () => {
    expect(plan.nb).toMatch(
      /## Hvem som skal gjennomføre tiltakene\n\n\{\{Ansvarlig\}\} har ansvaret.*Rektor har det overordnede ansvaret/,
    );
    expect(plan.nn).toMatch(
      /## Kven som skal gjennomføre tiltaka\n\n\{\{Ansvarlig\}\} har ansvaret.*Rektor har det overordna ansvaret/,
    );
    for (const lang of LANGS) expect(plan[lang]).not.toMatch(/ansvarle?i?g for gjennomføring/);
  });

  it('states the § 12-6 main rule with the «særlege grunnar» exception, and the date as the earliest under it (A3)', () => {
    expect(plan.nb).toContain(
      'Som hovedregel må saken først være tatt opp med rektor, og det må ha gått minst én uke.',
    );
    expect(plan.nb).toContain('særlige grunner gjør det urimelig å vente');
    expect(plan.nb).toMatch(
      /Tidligst \(hovedregel\): \{\{StatsforvalterFra\}\}, én uke etter datoen saken ble tatt opp med rektor/,
    );
    expect(plan.nn).toContain(
      'Som hovudregel må saka først vere teken opp med rektor, og det må ha gått minst éi veke.',
    );
    expect(plan.nn).toContain('særlege grunnar gjer det urimeleg å vente');
    expect(plan.nn).toMatch(
      /Tidlegast \(hovudregel\): \{\{StatsforvalterFra\}\}, éi veke etter datoen saka vart teken opp med rektor/,
    );
    for (const lang of LANGS)
      expect(plan[lang]).not.toMatch(/kan det gj(øres|erast) frå? \{\{StatsforvalterFra\}\}/);
  });

  it('uses «elevens beste» / «det beste for eleven» and «etter alder og modenhet/modning» (A4, N10)', () => {
    expect(plan.nb).toContain('## Skolens vurdering av elevens beste');
    expect(plan.nb).toContain('Elevens beste skal være et grunnleggende hensyn');
    expect(plan.nb).toContain('tillegges vekt etter alder og modenhet');
    expect(plan.nn).toContain('## Skolen si vurdering av kva som er best for eleven');
    expect(plan.nn).toContain('Det beste for eleven skal vere eit grunnleggjande omsyn');
    expect(plan.nn).toContain('leggjast vekt på etter alder og modning');
    for (const lang of LANGS) expect(plan[lang]).not.toMatch(/[Bb]arnets beste/);
    for (const lang of LANGS) expect(plan[lang]).not.toMatch(/når det pass/);
    expect(plan.nb).toContain('| Eleven (etter alder og modenhet) |');
    expect(plan.nn).toContain('| Eleven (etter alder og modning) |');
  });

  it('the student’s experience is the starting point, and the school keeps at it (A7)', () => {
    for (const text of [plan.nb, evaluation.nb])
      expect(text).toContain(
        'Elevens egen opplevelse er utgangspunktet for om skolemiljøet er trygt og godt.',
      );
    for (const text of [plan.nn, evaluation.nn])
      expect(text).toContain(
        'Eleven si eiga oppleving er utgangspunktet for om skolemiljøet er trygt og godt.',
      );
    for (const lang of LANGS) {
      expect(plan[lang]).not.toMatch(/som avgj(ør|er) om/);
      expect(evaluation[lang]).not.toMatch(/som avgj(ør|er) om/);
      expect(plan[lang]).not.toMatch(/avslutt(es|a) først når/);
    }
    expect(plan.nb).toContain('Skolen fortsetter arbeidet så lenge eleven ikke har det trygt og godt.');
    expect(plan.nn).toContain('Skolen held fram med arbeidet så lenge eleven ikkje har det trygt og godt.');
  });

  it('names other students only conditionally, in plain words for parents (A6, D7)', () => {
    expect(plan.nb).toMatch(
      /\{\{#hvis AndreEleverIkkeNavngitt\}\}\n\n## Andre elever\n\nAv hensyn til personvernet nevnes ikke andre elever med navn\./,
    );
    expect(plan.nn).toMatch(
      /\{\{#viss AndreEleverIkkeNavngitt\}\}\n\n## Andre elevar\n\nAv omsyn til personvernet blir ikkje andre elevar nemnde med namn\./,
    );
    for (const lang of LANGS) expect(plan[lang]).not.toMatch(/sladd/);
  });

  it('has an optional section on what the investigation showed (A8)', () => {
    // One paragraph under point 1, which it explains: an empty one costs a single removal.
    expect(plan.nb).toContain(
      '{{#hvis Undersøkelsen}}\nHva undersøkelsen viste (hvem som er hørt, hvordan): {{Undersøkelsen}}\n{{/hvis}}',
    );
    expect(plan.nn).toContain(
      '{{#viss Undersøkelsen}}\nKva undersøkinga viste (kven som er høyrd, korleis): {{Undersøkelsen}}\n{{/viss}}',
    );
  });

  it('writes «Statsforvaltaren» with a capital in nynorsk (N11)', () => {
    for (const kind of DOCUMENT_KINDS) expect(read('nn', kind), kind).not.toMatch(/statsforvaltaren/);
  });

  it('the documentation: five sub-duties with evaluation under measures, the § 12-5 term, no Drive links (D9, R7, D10)', () => {
    const doc = { nb: read('nb', 'dokumentasjon'), nn: read('nn', 'dokumentasjon') };
    expect(doc.nb).toContain(
      'de fem delpliktene i aktivitetsplikten (opplæringslova § 12-4): følge med, gripe inn, melde fra, undersøke og sette inn tiltak – med evaluering av tiltakene.',
    );
    expect(doc.nn).toContain(
      'dei fem delpliktene i aktivitetsplikta (opplæringslova § 12-4): følgje med, gripe inn, melde frå, undersøkje og setje inn tiltak – med evaluering av tiltaka.',
    );
    expect(doc.nb).toContain('Skjerpet plikt til å melde fra (§ 12-5): {{Skjerpet}}');
    expect(doc.nn).toContain('Skjerpa plikt til å melde frå (§ 12-5): {{Skjerpet}}');
    expect(doc.nb).toContain('Dokumentene legges ved som PDF.');
    for (const lang of LANGS) {
      expect(doc[lang]).not.toMatch(/aktivitetsplikt:/i);
      expect(doc[lang]).not.toContain('{{Dokument.Lenke}}');
    }
    // N7: labels read as participles, not as typos.
    expect(doc.nn).toContain('Meldt: {{Meldt}}\nMeldt av: {{MeldtAv}}');
    expect(read('nn', 'melding-skoleeier')).toContain('Sendt av: {{Avsender}}');
  });

  it('the evaluation: student signature, the § 12-6 right, services without barnevernet (D6)', () => {
    expect(evaluation.nb).toContain('| Eleven (etter alder og modenhet) | {{Elev}}');
    expect(evaluation.nn).toContain('| Eleven (etter alder og modning) | {{Elev}}');
    expect(evaluation.nb).toContain('## Rett til å melde saken til Statsforvalteren');
    expect(evaluation.nb).toContain('særlige grunner gjør det urimelig å vente');
    expect(evaluation.nn).toContain('særlege grunnar gjer det urimeleg å vente');
    expect(evaluation.nb).toContain('## Samarbeid med hjelpetjenester');
    expect(evaluation.nn).toContain('## Samarbeid med hjelpetenester');
    expect(evaluation.nb).toContain('PPT, BUP, helsesykepleier');
    for (const lang of LANGS) expect(evaluation[lang]).not.toMatch(/barnevern/i);
  });

  it('the notice to skoleeier: optional § 12-5 headings, privacy by ground (D5)', () => {
    const notice = { nb: read('nb', 'melding-skoleeier'), nn: read('nn', 'melding-skoleeier') };
    for (const name of [
      'AnsattRolle',
      'AnsattInformert',
      'Strakstiltak',
      'GjelderLedelsen',
      'OpplysningerFraRektor',
    ]) {
      expect(notice.nb).toContain(`{{#hvis ${name}}}`);
      expect(notice.nn).toContain(`{{#viss ${name}}}`);
    }
    expect(notice.nb).toContain('## Strakstiltak for å beskytte eleven');
    expect(notice.nb).toMatch(
      /\{\{#hvis OpplysningerFraRektor\}\}\nOpplysninger om eleven får skoleeier ved behov fra rektor/,
    );
    expect(notice.nb).toMatch(
      /\{\{#hvis GjelderLedelsen\}\}\nFordi saken gjelder noen i skolens ledelse, skal opplysninger om eleven ikke gå gjennom rektor/,
    );
  });
});

describe('documents sent home say how they are given (legal review G4, G15)', () => {
  const HOW: Record<Lang, RegExp> = {
    nb: /gis til eleven og foresatte i et møte eller med sikker digital post \(for eksempel SvarUt eller Digipost\), ikke som vedlegg i vanlig e-post\./,
    nn: /gitt til eleven og dei føresette i eit møte eller med sikker digital post \(til dømes SvarUt eller Digipost\), ikkje som vedlegg i vanleg e-post\./,
  };
  for (const lang of LANGS) {
    for (const kind of ['aktivitetsplan', 'evaluering', 'samarbeidsavtale'] as const) {
      it(`${lang}/${kind}`, () => {
        expect(read(lang, kind)).toMatch(HOW[lang]);
        expect(read(lang, kind)).not.toMatch(/barnevern/i);
      });
    }
  }
});
