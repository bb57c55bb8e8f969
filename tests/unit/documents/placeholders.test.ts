import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planValues } from '../../../src/domain/documents/documentData';
import {
  CATALOGUE,
  DOCUMENT_KINDS,
  escapeForReplacement,
  findPlaceholders,
  isKnownToken,
  PROTECTED_BRACE,
  placeholderHelp,
  placeholderPattern,
  prepareForReplacement,
  protectBraces,
  SECTION_END_REGEX,
  sectionRegex,
  sectionRemovals,
  stripPrivateUse,
  templateProblems,
  unknownPlaceholderMessage,
  unknownPlaceholders,
  unprotectBraces,
  unprotectPattern,
} from '../../../src/domain/documents/placeholders';
import { parseTemplate } from '../../../src/domain/documents/templateFormat';
import { localDate } from '../../../src/domain/time/localDate';

/** Builds Java's `$` + `{name}` group reference without the linter taking it for a template-string slip. */
const DOLLAR = '$';

/** Body.replaceText modelled with java.util.regex.Matcher.appendReplacement rules for the replacement. */
function javaReplaceAll(input: string, pattern: string, replacement: string): string {
  const regex = new RegExp(pattern, 'gu');
  return input.replace(regex, (...args: unknown[]) => {
    const hasNamed = typeof args[args.length - 1] === 'object';
    const groups = args.slice(0, hasNamed ? -3 : -2) as (string | undefined)[];
    const named = (hasNamed ? args[args.length - 1] : {}) as Record<string, string | undefined>;
    return expand(replacement, groups, named);
  });
}

function expand(
  rep: string,
  groups: (string | undefined)[],
  named: Record<string, string | undefined>,
): string {
  const groupCount = groups.length - 1;
  let out = '';
  for (let i = 0; i < rep.length; i++) {
    const c = rep[i]!;
    if (c === '\\') {
      i++;
      if (i >= rep.length) throw new Error('IllegalArgumentException: character to be escaped is missing');
      out += rep[i];
    } else if (c === '$') {
      i++;
      if (i >= rep.length)
        throw new Error('IllegalArgumentException: Illegal group reference: group index is missing');
      if (rep[i] === '{') {
        const end = rep.indexOf('}', i);
        if (end < 0)
          throw new Error("IllegalArgumentException: named capturing group is missing trailing '}'");
        const name = rep.slice(i + 1, end);
        if (!(name in named)) throw new Error(`IllegalArgumentException: No group with name {${name}}`);
        out += named[name] ?? '';
        i = end;
      } else if (/[0-9]/.test(rep[i]!)) {
        let n = Number(rep[i]);
        if (n > groupCount) throw new Error(`IndexOutOfBoundsException: No group ${n}`);
        while (i + 1 < rep.length && /[0-9]/.test(rep[i + 1]!) && n * 10 + Number(rep[i + 1]) <= groupCount) {
          n = n * 10 + Number(rep[++i]);
        }
        out += groups[n] ?? '';
      } else {
        throw new Error('IllegalArgumentException: Illegal group reference');
      }
    } else {
      out += c;
    }
  }
  return out;
}

/** The filler's single-placeholder pass followed by the final unprotect pass, as the lead will run them. */
function fill(template: string, values: Record<string, string>): string {
  let text = template;
  // Every placeholder of the template, then any other value: a later pass must not fill user text.
  for (const token of new Set([...findPlaceholders(template), ...Object.keys(values)])) {
    const value = values[token];
    if (value !== undefined)
      text = javaReplaceAll(text, placeholderPattern(token), prepareForReplacement(value));
  }
  return javaReplaceAll(text, unprotectPattern.search, unprotectPattern.replacement);
}

describe('the Java replaceAll model itself', () => {
  it('behaves like Matcher.replaceAll', () => {
    expect(javaReplaceAll('a-b', '(a)-(b)', '$2$1')).toBe('ba');
    expect(javaReplaceAll('ab', 'a', '\\$1')).toBe('$1b');
    expect(() => javaReplaceAll('ab', 'a', '$1')).toThrow(/No group 1/);
    expect(() => javaReplaceAll('ab', 'a', 'x\\')).toThrow(/escaped is missing/);
    expect(() => javaReplaceAll('ab', 'a', 'kr $')).toThrow(/group index is missing/);
    expect(() => javaReplaceAll('ab', 'a', '$x')).toThrow(/Illegal group reference/);
  });
});

describe('findPlaceholders and the catalogue', () => {
  it('finds every distinct token in order, section markers included', () => {
    const text = '{{#hvis Merknader}}\n{{Elev}} i {{Klasse}}: {{Elev}} {{Tiltak.Nivå}}\n{{/hvis}} {{ feil }}';
    expect(findPlaceholders(text)).toEqual([
      '#hvis Merknader',
      'Elev',
      'Klasse',
      'Tiltak.Nivå',
      '/hvis',
      ' feil ',
    ]);
    expect(findPlaceholders('ingen her, bare { og }')).toEqual([]);
  });

  it('knows singles, row fields and section names per document kind', () => {
    expect(isKnownToken('Elev', 'aktivitetsplan')).toBe(true);
    expect(isKnownToken('Tiltak.Nivå', 'aktivitetsplan')).toBe(true);
    expect(isKnownToken('Tiltak.Nivå', 'melding-skoleeier')).toBe(false);
    expect(isKnownToken('Elev', 'melding-skoleeier')).toBe(false);
    expect(isKnownToken('#hvis Merknader', 'aktivitetsplan')).toBe(true);
    expect(isKnownToken('#viss Tiltak', 'aktivitetsplan')).toBe(true);
    expect(isKnownToken('#hvis Ukjent', 'aktivitetsplan')).toBe(false);
    expect(isKnownToken('/viss', 'evaluering')).toBe(true);
    expect(isKnownToken('LoggUndersøke.Tidspunkt', 'dokumentasjon')).toBe(true);
    expect(isKnownToken('Tiltak.Ukjent', 'aktivitetsplan')).toBe(false);
    expect(isKnownToken('Tiltak', 'aktivitetsplan')).toBe(false);
    expect(isKnownToken('constructor', 'aktivitetsplan')).toBe(false);
    expect(isKnownToken('toString', 'aktivitetsplan')).toBe(false);
  });

  it('reports unknown placeholders once each', () => {
    const text = 'Hei {{Elev}} og {{Elevnavn}}, {{Elevnavn}} {{Tiltak.Farge}} {{elev}} {{ Elev }}';
    expect(unknownPlaceholders(text, 'aktivitetsplan')).toEqual([
      'Elevnavn',
      'Tiltak.Farge',
      'elev',
      ' Elev ',
    ]);
  });

  it('builds the message in bokmål and nynorsk', () => {
    expect(unknownPlaceholderMessage('X', 'nb')).toBe(
      'Malen bruker plassholderen {{X}}, som Skolemiljø ikke kjenner. Rett eller fjern den i malen.',
    );
    expect(unknownPlaceholderMessage('X', 'nn')).toBe(
      'Malen brukar plasshaldaren {{X}}, som Skolemiljø ikkje kjenner. Rett eller fjern han i malen.',
    );
  });

  it('describes every placeholder in both languages', () => {
    for (const kind of DOCUMENT_KINDS) {
      const cat = CATALOGUE[kind];
      const all = [
        ...Object.values(cat.singles),
        ...Object.values(cat.groups).flatMap((g) => [g.description, ...Object.values(g.fields)]),
      ];
      for (const d of all) {
        expect(d.nb.trim()).not.toBe('');
        expect(d.nn.trim()).not.toBe('');
      }
      for (const name of [...Object.keys(cat.singles), ...Object.keys(cat.groups)]) {
        expect(name).toMatch(/^[A-Za-zÆØÅæøå][A-Za-z0-9ÆØÅæøå]*$/);
      }
      expect(placeholderHelp(kind, 'nn').length).toBeGreaterThan(0);
    }
    expect(placeholderHelp('aktivitetsplan', 'nb')).toContain('{{Elev}}: Elevens navn');
    expect(placeholderHelp('aktivitetsplan', 'nb')).toContain(
      '  {{Tiltak.Hvem}}: Hvem som gjennomfører tiltaket',
    );
  });
});

describe('templateProblems', () => {
  const problems = (text: string) => templateProblems(parseTemplate(text), 'aktivitetsplan', 'nb');

  it('accepts a correct template', () => {
    expect(
      problems(
        '# Plan\n\n{{Elev}}\n\n| A |\n|---|\n| {{Tiltak.Hvem}} |\n\n{{#hvis Merknader}}\nx\n{{/hvis}}',
      ),
    ).toEqual([]);
  });

  it('reports unknown placeholders, unknown sections and half-written placeholders', () => {
    expect(problems('{{Elevnavn}}\n\n{{#hvis Ukjent}}\nx\n{{/hvis}}\n\nHei {{Elev')).toEqual([
      unknownPlaceholderMessage('Elevnavn', 'nb'),
      'Malen har en ufullstendig plassholder i «Hei {{Elev». Rett eller fjern den i malen.',
      unknownPlaceholderMessage('#hvis Ukjent', 'nb'),
    ]);
  });

  it('reports row fields outside a table row and markers inside a line', () => {
    expect(problems('Tiltak: {{Tiltak.Hvem}}')).toEqual([
      'Plassholderen {{Tiltak.Hvem}} må stå i en tabellrad, som gjentas for hver rad med data.',
    ]);
    expect(problems('| {{Tiltak.Hvem}} |\n|---|')).toHaveLength(1);
    expect(problems('Tekst {{#hvis Merknader}} mer')).toEqual([
      'Merket {{#hvis Merknader}} må stå alene på en linje i malen.',
    ]);
    expect(templateProblems(parseTemplate('Tekst {{/viss}}'), 'evaluering', 'nn')).toEqual([
      'Merket {{/viss}} må stå åleine på ei linje i malen.',
    ]);
  });
});

describe('escaping for Body.replaceText', () => {
  it('escapes backslash and dollar like Matcher.quoteReplacement', () => {
    expect(escapeForReplacement('kr $1 og \\n')).toBe('kr \\$1 og \\\\n');
    expect(escapeForReplacement(`${DOLLAR}{navn}`)).toBe(`\\${DOLLAR}{navn}`);
    expect(escapeForReplacement('vanlig tekst')).toBe('vanlig tekst');
  });

  it('builds search patterns that match only the placeholder', () => {
    expect(placeholderPattern('Tiltak.Nivå')).toBe('\\{\\{Tiltak\\.Nivå\\}\\}');
    expect(javaReplaceAll('{{TiltakxNivå}} {{Tiltak.Nivå}}', placeholderPattern('Tiltak.Nivå'), 'X')).toBe(
      '{{TiltakxNivå}} X',
    );
  });

  it('protects braces with a private-use character and strips it when typed, keeping the others', () => {
    expect(protectBraces('{{Elev}}')).toBe(`${PROTECTED_BRACE}${PROTECTED_BRACE}Elev}}`);
    expect(protectBraces('a\uE000b\uF8FFc{')).toBe(`ab\uF8FFc${PROTECTED_BRACE}`);
    expect(stripPrivateUse('\uE000x\uE123')).toBe('x\uE123');
    expect(unprotectBraces(protectBraces('{{Elev}} {x}'))).toBe('{{Elev}} {x}');
    expect(findPlaceholders(protectBraces('{{Elev}} {{#hvis X}}'))).toEqual([]);
  });

  it('a value with $1, backslashes and {{Elev}} comes out literally after the whole pipeline', () => {
    const tricky = `Han skrev «{{Elev}} er dum» og $1 \\ ${DOLLAR}{x} $ \\$ {{Saksnr}} {{/hvis}} \uE000`;
    const out = fill('Problem: {{Problem}}\nElev: {{Elev}}\nSak: {{Saksnr}}', {
      Problem: tricky,
      Elev: 'Ola $2 Nordmann',
      Saksnr: '2025-007',
    });
    expect(out).toBe(
      `Problem: Han skrev «{{Elev}} er dum» og $1 \\ ${DOLLAR}{x} $ \\$ {{Saksnr}} {{/hvis}} \n` +
        'Elev: Ola $2 Nordmann\nSak: 2025-007',
    );
  });

  it('without escaping, the same value would break or be rewritten (why the escaping exists)', () => {
    expect(() => javaReplaceAll('{{Problem}}', placeholderPattern('Problem'), 'kostet $1')).toThrow();
    expect(javaReplaceAll('{{A}} {{B}}', placeholderPattern('A'), '{{B}}').replace('{{B}}', 'x')).toBe(
      'x {{B}}',
    );
  });

  it('a value that ends with { next to template text cannot complete a placeholder', () => {
    expect(fill('{{Problem}}{Elev}}', { Problem: 'ab{', Elev: 'Ola' })).toBe('ab{{Elev}}');
  });

  it('unprotectPattern works with the Docs search syntax as a literal', () => {
    expect(unprotectPattern.search).toBe('\uE000');
    expect(unprotectPattern.replacement).toBe('{');
    expect(escapeForReplacement(unprotectPattern.replacement)).toBe('{');
  });
});

describe('optional sections', () => {
  it('sectionRegex matches both keywords, for one name or any', () => {
    expect(sectionRegex('Merknader').test('{{#hvis Merknader}}')).toBe(true);
    expect(sectionRegex('Merknader').test('  {{#viss Merknader}} ')).toBe(true);
    expect(sectionRegex('Merknader').test('{{#hvis MerknaderX}}')).toBe(false);
    expect(sectionRegex().exec('{{#viss LoggFølgeMed}}')?.[1]).toBe('LoggFølgeMed');
    expect(SECTION_END_REGEX.test('{{/viss}}')).toBe(true);
    expect(SECTION_END_REGEX.test('{{/hvis}} tekst')).toBe(false);
  });

  const lines = [
    'Topp', //                 0
    '{{#hvis A}}', //          1
    'a', //                    2
    '{{#viss B}}', //          3
    'b', //                    4
    '{{/viss}}', //            5
    '{{/hvis}}', //            6
    '{{#hvis C}}', //          7
    'c', //                    8
    '{{/hvis}}', //            9
    'Bunn', //                 10
  ];

  it('removes false sections whole and only the markers of true ones', () => {
    expect(sectionRemovals(lines, { A: true, B: true, C: true })).toEqual([1, 3, 5, 6, 7, 9]);
    expect(sectionRemovals(lines, { A: true, B: false, C: true })).toEqual([1, 3, 4, 5, 6, 7, 9]);
    expect(sectionRemovals(lines, { A: false, B: true, C: true })).toEqual([1, 2, 3, 4, 5, 6, 7, 9]);
    // An unknown name counts as empty.
    expect(sectionRemovals(lines, { A: true, B: true })).toEqual([1, 3, 5, 6, 7, 8, 9]);
  });

  it('never removes content after a start without an end', () => {
    expect(sectionRemovals(['x', '{{#hvis A}}', 'y', 'z'], { A: false })).toEqual([1]);
    expect(sectionRemovals(['x', '{{/hvis}}', 'y'], {})).toEqual([1]);
  });
});

describe('the whole filling pipeline on the real templates', () => {
  /**
   * A text-level stand-in for the Docs filler: sections first, then repeating rows (inserted
   * directly, so only brace-protected), then one replaceText per single, then the unprotect pass.
   */
  function fillTemplate(
    template: string,
    values: {
      singles: Record<string, string>;
      groups: Record<string, Record<string, string>[]>;
      sections: Record<string, boolean>;
    },
  ): string {
    const lines = template.split('\n');
    const removed = new Set(sectionRemovals(lines, values.sections));
    const kept = lines.filter((_, i) => !removed.has(i));
    const expanded = kept.flatMap((line) => {
      const group = /\{\{([^.{}]+)\.[^{}]+\}\}/.exec(line)?.[1];
      if (!group || !line.startsWith('|')) return [line];
      return (values.groups[group] ?? []).map((row) =>
        Object.entries(row).reduce(
          (l, [field, v]) => l.split(`{{${group}.${field}}}`).join(protectBraces(v)),
          line,
        ),
      );
    });
    let text = expanded.join('\n');
    for (const token of findPlaceholders(text)) {
      text = javaReplaceAll(
        text,
        placeholderPattern(token),
        prepareForReplacement(values.singles[token] ?? ''),
      );
    }
    return javaReplaceAll(text, unprotectPattern.search, unprotectPattern.replacement);
  }

  it('fills an aktivitetsplan in both languages with hostile user text intact', () => {
    for (const lang of ['nb', 'nn'] as const) {
      const template = readFileSync(
        new URL(`../../../templates/${lang}/aktivitetsplan.md`, import.meta.url),
        'utf8',
      );
      const values = planValues({
        lang,
        school: { navn: 'Bakkeby skole', rektor: 'Rita Rektor' },
        case: { saksnr: '2025-014', elev: 'Ola Nordmann', klasse: '6A', ansvarlig: 'Kari Kontakt' },
        date: localDate(2025, 9, 3),
        problem: 'Ola blir holdt utenfor. Elev A skrev «{{Elev}} er teit» – pris $1 \\ {{#hvis Merknader}}',
        measures: [
          {
            tiltak: 'Voksen i friminutt {{Saksnr}}',
            nivå: 'individ',
            hvem: 'Kari Kontakt',
            fra: localDate(2025, 9, 4),
            til: localDate(2025, 10, 1),
            evalueringsdato: localDate(2025, 10, 1),
          },
          { tiltak: 'Klassemøte', nivå: 'gruppe', hvem: 'Sosiallærer', fra: localDate(2025, 9, 8) },
        ],
        elevensBeskrivelse: 'Jeg er alene i friminuttene.',
        elevensØnsker: 'Være med i fotballen.',
        foresattesSyn: 'Bekymret.',
        barnetsBeste: 'Trygghet først.',
      });
      const out = fillTemplate(template, values);
      expect(out).toContain('Elev A skrev «{{Elev}} er teit» – pris $1 \\ {{#hvis Merknader}}');
      expect(out).toContain(
        '| Voksen i friminutt {{Saksnr}} | Individ | Kari Kontakt | 04.09.2025–01.10.2025 | 01.10.2025 |',
      );
      expect(out).toContain(
        `| Klassemøte | Gruppe | Sosiallærer | ${lang === 'nb' ? 'fra' : 'frå'} 08.09.2025 |  |`,
      );
      expect(out).toContain('Ola Nordmann');
      expect(out).not.toContain('{{Tiltak.');
      expect(out).not.toContain('ForrigePlan');
      // Only the user's own braces remain.
      expect(out.match(/\{\{/g)).toHaveLength(3);
      expect(out).not.toContain(PROTECTED_BRACE);
    }
  });
});
