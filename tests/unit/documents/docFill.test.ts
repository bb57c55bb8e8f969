import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  INLINE_MARKERS,
  inlineSection,
  lineMarkers,
  locateTables,
  planFill,
  rebuildCells,
  type TableSpan,
  templateDocProblems,
} from '../../../src/domain/documents/docFill';
import { type DocOp, docOps } from '../../../src/domain/documents/docRender';
import {
  agendaValues,
  agreementValues,
  type DocumentValues,
  documentationValues,
  evaluationValues,
  planValues,
  skoleeierValues,
  tiltaksplanEvaluationValues,
} from '../../../src/domain/documents/documentData';
import {
  DOCUMENT_KINDS,
  type DocumentKind,
  type Lang,
  unprotectPattern,
} from '../../../src/domain/documents/placeholders';
import { parseTemplate } from '../../../src/domain/documents/templateFormat';
import { localDate } from '../../../src/domain/time/localDate';
import { compileRe2, expandReplacement } from '../../../tools/emulator/document/regex';

const values = (
  singles: Record<string, string>,
  groups: Record<string, Record<string, string>[]> = {},
): DocumentValues => {
  const sections: Record<string, boolean> = {};
  for (const [k, v] of Object.entries(singles)) sections[k] = v.trim() !== '';
  for (const [k, v] of Object.entries(groups)) sections[k] = v.length > 0;
  return { singles, groups, sections };
};

/** A Doc as the engine sees it: body elements, tables as rows of cells. */
type SimElement = { kind: 'p'; text: string } | { kind: 't'; rows: string[][] };

function simLines(doc: SimElement[]): { lines: string[]; spans: TableSpan[]; tableTexts: string[] } {
  const lines: string[] = [];
  const spans: TableSpan[] = [];
  const tableTexts: string[] = [];
  for (const e of doc) {
    if (e.kind === 'p') lines.push(e.text);
    else {
      const cells = e.rows.flat();
      spans.push({ start: lines.length, length: cells.length, nested: false });
      tableTexts.push(cells.join('\n'));
      lines.push(...cells);
    }
  }
  return { lines, spans, tableTexts };
}

/** Applies a fill plan to the simulated Doc, with Apps Script's replaceText semantics. */
function simFill(doc: SimElement[], v: DocumentValues, kind: DocumentKind): SimElement[] {
  const { lines, spans } = simLines(doc);
  const plan = planFill(lines, spans, v, kind);
  let line = 0;
  let table = 0;
  const out: SimElement[] = [];
  for (const e of doc) {
    if (e.kind === 'p') {
      if (!plan.removeParagraphs.includes(line)) out.push({ ...e });
      line++;
      continue;
    }
    const span = spans[table]!;
    if (plan.removeTables.includes(table)) {
      // removed
    } else if (plan.rebuildTables.includes(table)) {
      const rebuilt = rebuildCells(lines.slice(span.start, span.start + span.length), e.rows.length, v)!;
      out.push({ kind: 't', rows: [...(rebuilt.copyHeader ? [e.rows[0]!] : []), ...rebuilt.rows] });
    } else out.push({ kind: 't', rows: e.rows.map((r) => [...r]) });
    line += span.length;
    table++;
  }
  const replace = (text: string) => {
    let t = text;
    const passes = [...plan.replacements];
    if (plan.unprotect)
      passes.push({ search: unprotectPattern.search, replacement: unprotectPattern.replacement });
    for (const r of passes) {
      const re = compileRe2(r.search);
      t = t.replace(re, (...args) => {
        const m = args.slice(0, -2) as unknown as RegExpExecArray;
        Object.assign(m, { index: args.at(-2), input: args.at(-1) });
        return expandReplacement(r.replacement, m);
      });
    }
    return t;
  };
  return out.map((e) =>
    e.kind === 'p'
      ? { kind: 'p', text: replace(e.text) }
      : { kind: 't', rows: e.rows.map((r) => r.map(replace)) },
  );
}

const fromOps = (ops: DocOp[]): SimElement[] =>
  ops.map((op) => (op.type === 'table' ? { kind: 't', rows: op.cells } : { kind: 'p', text: op.text }));
const textOf = (doc: SimElement[]) =>
  doc.map((e) => (e.kind === 'p' ? e.text : e.rows.map((r) => r.join(' | ')).join('\n'))).join('\n');

describe('lineMarkers and inlineSection', () => {
  it('reads markers at the start and the end of a line, and refuses them inside', () => {
    expect(lineMarkers('{{#hvis A}}{{#viss B}}Tekst{{/hvis}}')).toEqual({
      starts: ['A', 'B'],
      ends: 1,
      content: 'Tekst',
      invalid: false,
    });
    expect(lineMarkers('{{/hvis}}')).toMatchObject({ starts: [], ends: 1, content: '' });
    expect(lineMarkers('Tekst {{#hvis A}} mer').invalid).toBe(true);
    expect(inlineSection('{{#hvis A}}Tekst {{A}}{{/hvis}}')).toEqual({ name: 'A', inner: 'Tekst {{A}}' });
    expect(inlineSection('{{#hvis A}}')).toBeNull();
  });
});

describe('locateTables', () => {
  it('finds each table’s block of lines, nested ones inside their parent', () => {
    const lines = ['a', 'x', 'y', 'z', 'b', 'x', 'q'];
    expect(locateTables(lines, ['x\ny\nz', 'x\nq'])).toEqual([
      { start: 1, length: 3, nested: false },
      { start: 5, length: 2, nested: false },
    ]);
    expect(locateTables(['a', 'h', 'x', 'y', 'b'], ['h\nx\ny', 'x\ny'])).toEqual([
      { start: 1, length: 3, nested: false },
      { start: 2, length: 2, nested: true },
    ]);
    expect(locateTables(['a', 'b'], ['c'])).toBeNull();
  });
});

describe('planFill', () => {
  const doc: SimElement[] = [
    { kind: 'p', text: 'Plan for {{Elev}}' },
    { kind: 'p', text: '{{#hvis ForrigePlan}}Erstatter planen fra {{ForrigePlan}}.{{/hvis}}' },
    { kind: 'p', text: '{{#hvis Merknader}}Andre opplysninger' },
    { kind: 'p', text: '{{Merknader}}{{/hvis}}' },
    {
      kind: 't',
      rows: [
        ['Tiltak', 'Hvem'],
        ['{{Tiltak.Beskrivelse}}', '{{Tiltak.Hvem}}'],
      ],
    },
    { kind: 'p', text: '{{#hvis Kategori}}' },
    { kind: 'p', text: 'Gjelder: {{Kategori}}' },
    { kind: 'p', text: '{{/hvis}}' },
    { kind: 'p', text: 'Rektor: {{Rektor}}' },
  ];

  it('removes empty sections, rebuilds the repeating table and replaces each value once', () => {
    const v = values(
      { Elev: 'Ola', ForrigePlan: '', Merknader: '', Kategori: 'Mobbing', Rektor: '' },
      {
        Tiltak: [
          { Beskrivelse: 'A', Hvem: 'x' },
          { Beskrivelse: 'B', Hvem: 'y' },
        ],
      },
    );
    const { lines, spans } = simLines(doc);
    const plan = planFill(lines, spans, v, 'aktivitetsplan');
    expect(plan.removeParagraphs).toEqual([1, 2, 3, 8, 10]);
    expect(plan.rebuildTables).toEqual([0]);
    expect(plan.replacements.map((r) => r.search)).toEqual([
      '\\{\\{(?:Elev)\\}\\}',
      '\\{\\{(?:Kategori)\\}\\}',
      '\\{\\{(?:Rektor)\\}\\}',
    ]);
    expect(plan.stripInlineMarkers).toBe(false);
    expect(textOf(simFill(doc, v, 'aktivitetsplan'))).toBe(
      'Plan for Ola\nTiltak | Hvem\nA | x\nB | y\nGjelder: Mobbing\nRektor: ',
    );
  });

  it('keeps sections with a value and strips their markers', () => {
    const v = values(
      { Elev: 'Ola', ForrigePlan: '01.09.2026', Merknader: 'Notat', Kategori: '', Rektor: 'Rita' },
      { Tiltak: [] },
    );
    expect(textOf(simFill(doc, v, 'aktivitetsplan'))).toBe(
      'Plan for Ola\nErstatter planen fra 01.09.2026.\nAndre opplysninger\nNotat\nTiltak | Hvem\nRektor: Rita',
    );
    const { lines, spans } = simLines(doc);
    // No empty value is left to share the pass with: the kept markers get one of their own.
    expect(planFill(lines, spans, v, 'aktivitetsplan').replacements[0]).toEqual({
      search: INLINE_MARKERS,
      replacement: '',
    });
  });

  it('removes a table inside an empty section with its heading', () => {
    const d: SimElement[] = [
      { kind: 'p', text: '{{#hvis LoggMelde}}Melde fra' },
      { kind: 't', rows: [['Tid'], ['{{LoggMelde.Tidspunkt}}']] },
      { kind: 'p', text: '{{/hvis}}' },
      { kind: 'p', text: 'Slutt' },
    ];
    const { lines, spans } = simLines(d);
    const plan = planFill(lines, spans, values({}, { LoggMelde: [] }), 'dokumentasjon');
    expect(plan.removeParagraphs).toEqual([0, 3]);
    expect(plan.removeTables).toEqual([0]);
    expect(plan.rebuildTables).toEqual([]);
  });

  it('keeps user text literal: braces are protected and unprotected once, $ and \\ escaped', () => {
    const typed = '{{Elev}} $1 \\ $& \\$2 {{#hvis X}} {{Tiltak.Hvem}}';
    const v = values(
      { Elev: typed, ForrigePlan: '', Merknader: '', Kategori: '', Rektor: '' },
      { Tiltak: [{ Beskrivelse: typed, Hvem: '$0' }] },
    );
    const { lines, spans } = simLines(doc);
    expect(planFill(lines, spans, v, 'aktivitetsplan').unprotect).toBe(true);
    const out = textOf(simFill(doc, v, 'aktivitetsplan'));
    expect(out).toContain(`Plan for ${typed}`);
    expect(out).toContain(`${typed} | $0`);
  });
});

describe('rebuildCells', () => {
  it('keeps the header for copying, repeats the row per record and keeps plain rows', () => {
    const lines = ['H1', 'H2', '{{T.A}}', '{{T.B}} {{Saksnr}}', 'Sum', ''];
    expect(
      rebuildCells(
        lines,
        3,
        values(
          {},
          {
            T: [
              { A: '1', B: '2' },
              { A: '{x}', B: '' },
            ],
          },
        ),
      ),
    ).toEqual({
      copyHeader: true,
      rows: [
        ['1', '2 {{Saksnr}}'],
        ['\uE000x}', ' {{Saksnr}}'],
        ['Sum', ''],
      ],
    });
    expect(rebuildCells(['a', 'b', 'c'], 2, values({}))).toBeNull();
  });
});

describe('templateDocProblems', () => {
  it('names unknown placeholders, misplaced markers, open sections and row fields outside tables', () => {
    const lines = [
      'Hei {{Kontaktlærer}}',
      'Tekst {{#hvis Merknader}} midt i',
      '{{#hvis Merknader}}Start',
      '{{Tiltak.Hvem}}',
      '{{Elev',
    ];
    expect(templateDocProblems(lines, [], 'aktivitetsplan', 'nb')).toEqual([
      'Malen bruker plassholderen {{Kontaktlærer}}, som Skolemiljø ikke kjenner. Rett eller fjern den i malen.',
      'Plassholderen {{Tiltak.Hvem}} må stå i en tabellrad, som gjentas for hver rad med data.',
      'Malen har en ufullstendig plassholder i «{{Elev». Rett eller fjern den i malen.',
      'I «Tekst {{#hvis Merknader}} midt i» står et {{#hvis …}}- eller {{/hvis}}-merke inne i teksten. Et {{#hvis …}}-merke må stå først i et avsnitt og {{/hvis}} sist.',
      'Malen har et {{#hvis …}} som ikke avsluttes med {{/hvis}}.',
    ]);
    expect(templateDocProblems(['{{/viss}}'], [], 'aktivitetsplan', 'nn')).toEqual([
      'Malen har eit {{/viss}} utan {{#viss …}} før seg.',
    ]);
  });
});

describe('every repository template, rendered and filled', () => {
  const school = { navn: 'Bakkeby skole', rektor: '' };
  const sak = {
    saksnr: '2026-004',
    elev: 'Ola Nordmann',
    klasse: '5B',
    kategori: 'Mobbing',
    meldt: localDate(2026, 9, 1),
    rektorKjent: localDate(2026, 9, 1),
    ansvarlig: 'kari@skole.no',
  };
  const measures = [
    { tiltak: 'Fast voksen', nivå: 'individ' as const, hvem: 'kari@skole.no', fra: localDate(2026, 9, 2) },
    { tiltak: 'Klassemøte {{Elev}} $1', nivå: 'gruppe' as const, hvem: 'per@skole.no' },
  ];
  const build = (kind: DocumentKind, lang: Lang, full: boolean): DocumentValues => {
    const date = localDate(2026, 9, 14);
    switch (kind) {
      case 'aktivitetsplan':
        return planValues({
          lang,
          school,
          case: sak,
          date,
          problem: 'Utestengt',
          measures,
          ...(full ? { merknader: 'M', forrigePlan: date, gjennomføring: 'G' } : {}),
        });
      case 'evaluering':
        return evaluationValues({
          lang,
          school,
          case: sak,
          date,
          measures: full ? measures : [],
          elevensOpplevelse: 'Bedre',
          ...(full ? { foresattesSyn: 'F', oppfølging: 'O', begrunnelse: 'B' } : {}),
        });
      case 'dokumentasjon':
        return documentationValues({
          lang,
          school,
          case: sak,
          date,
          log: full
            ? [{ time: new Date('2026-09-01T08:00:00Z'), user: 'r@s.no', subDuty: 'melde', event: 'Meldt' }]
            : [],
          measures: full ? measures : [],
        });
      case 'melding-skoleeier':
        return skoleeierValues({
          lang,
          school,
          case: sak,
          date,
          grunnlag: 'ansatt',
          hvaSkjedde: 'H',
          skolensTiltak: 'S',
          ...(full ? { videreOppfølging: 'V' } : {}),
        });
      case 'evaluering-tiltaksplan':
        return tiltaksplanEvaluationValues({
          lang,
          school,
          skoleår: '2025–2026',
          date,
          rows: full ? [{ nivå: 'selektert', mål: 'M', tiltak: 'T' }] : [],
        });
      case 'samarbeidsavtale':
        return agreementValues({
          lang,
          school,
          case: sak,
          date,
          fraværsbilde: 'Mest mandager',
          mål: 'Tilbake på skolen',
          elevensBeskrivelse: 'Vondt i magen om morgenen',
          skolensAnsvar: 'Fast voksen ved ankomst',
          hjemmetsAnsvar: 'Følger til skolen',
          nesteOppfølging: localDate(2026, 9, 28),
          ...(full
            ? {
                deltakere: 'Mor, kontaktlærer',
                foresattesSyn: 'F',
                elevensAnsvar: 'E',
                oppfølging: 'O',
                aktivitetsplan: date,
                merknader: 'M',
                samarbeid: [{ tjeneste: 'PPT', samtykke: date }],
              }
            : {}),
        });
      case 'sakliste-ressursteam': {
        const row = {
          saksnr: '2026-001',
          elev: 'Ola',
          klasse: '5B',
          kategori: 'Mobbing',
          status: 'Meldt',
          frister: 'x',
          nesteSteg: 'y',
          samtykke: 'Ja',
        };
        return agendaValues({
          lang,
          school,
          date,
          made: date,
          newSince: localDate(2026, 9, 1),
          nye: full ? [row] : [],
          åpne: full ? [row] : [],
          ...(full ? { deltakere: 'PPT' } : {}),
        });
      }
    }
  };
  for (const lang of ['nb', 'nn'] as const) {
    for (const kind of DOCUMENT_KINDS) {
      for (const full of [true, false]) {
        it(`${lang}/${kind} (${full ? 'all sections' : 'empty sections'}) leaves no placeholder or marker`, () => {
          const model = parseTemplate(
            readFileSync(new URL(`../../../templates/${lang}/${kind}.md`, import.meta.url), 'utf8'),
          );
          const doc = fromOps(docOps(model, lang));
          const { lines, spans } = simLines(doc);
          expect(templateDocProblems(lines, spans, kind, lang)).toEqual([]);
          const out = textOf(simFill(doc, build(kind, lang, full), kind));
          expect(out).not.toMatch(/\{\{(?!Elev\}\} \$1)|\uE000/);
          if (kind === 'aktivitetsplan') expect(out).toContain('Klassemøte {{Elev}} $1');
        });
      }
    }
  }
});
