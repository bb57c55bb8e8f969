import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
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
    'Hvem som er ansvarlig for gjennomføringen av tiltakene',
    'Når tiltakene skal evalueres',
  ],
  nn: [
    'Kva problem tiltaka skal løyse',
    'Kva tiltak skolen har planlagt',
    'Når tiltaka skal gjennomførast',
    'Kven som er ansvarleg for gjennomføringa av tiltaka',
    'Når tiltaka skal evaluerast',
  ],
};

describe('template files', () => {
  it('has exactly the five documents in each language', () => {
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
      nb: ['Følge med', 'Gripe inn', 'Melde fra', 'Undersøke', 'Sette inn tiltak', 'Evaluere'],
      nn: ['Følgje med', 'Gripe inn', 'Melde frå', 'Undersøkje', 'Setje inn tiltak', 'Evaluere'],
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
