import { describe, expect, it } from 'vitest';
import {
  classifySectionLine,
  modelTexts,
  parseTemplate,
  repeatingRowGroup,
  TemplateSyntaxError,
} from '../../../src/domain/documents/templateFormat';

describe('parseTemplate', () => {
  it('parses headings, paragraphs, bullets, tables and sections', () => {
    const model = parseTemplate(
      [
        '# Aktivitetsplan',
        '',
        'Skole: {{Skole}}',
        'Elev: {{Elev}}',
        '',
        '## Tiltak',
        '### Detaljer',
        '- første punkt',
        '- andre punkt',
        '',
        '| Tiltak | Hvem |',
        '|---|:---:|',
        '| {{Tiltak.Beskrivelse}} | {{Tiltak.Hvem}} |',
        '| Fast rad | Rektor |',
        '',
        '{{#hvis Merknader}}',
        'Merknader: {{Merknader}}',
        '{{/hvis}}',
      ].join('\n'),
    );
    expect(model.title).toBe('Aktivitetsplan');
    expect(model.blocks).toEqual([
      { type: 'heading', level: 1, text: 'Aktivitetsplan' },
      { type: 'paragraph', text: 'Skole: {{Skole}}\nElev: {{Elev}}' },
      { type: 'heading', level: 2, text: 'Tiltak' },
      { type: 'heading', level: 3, text: 'Detaljer' },
      { type: 'bullet', text: 'første punkt' },
      { type: 'bullet', text: 'andre punkt' },
      {
        type: 'table',
        header: ['Tiltak', 'Hvem'],
        rows: [
          ['{{Tiltak.Beskrivelse}}', '{{Tiltak.Hvem}}'],
          ['Fast rad', 'Rektor'],
        ],
      },
      { type: 'sectionStart', name: 'Merknader' },
      { type: 'paragraph', text: 'Merknader: {{Merknader}}' },
      { type: 'sectionEnd' },
    ]);
  });

  it('accepts CRLF, trailing spaces and several blank lines', () => {
    const model = parseTemplate('# T  \r\n\r\n\r\nA\r\nB   \r\n\r\n');
    expect(model.blocks).toEqual([
      { type: 'heading', level: 1, text: 'T' },
      { type: 'paragraph', text: 'A\nB' },
    ]);
  });

  it('gives an empty title when there is no level-1 heading, and takes the first one otherwise', () => {
    expect(parseTemplate('## Bare underoverskrift').title).toBe('');
    expect(parseTemplate('# Første\n\n# Andre').title).toBe('Første');
    expect(parseTemplate('').blocks).toEqual([]);
  });

  it('accepts the nynorsk section keyword, nested sections, and markers without blank lines around', () => {
    const model = parseTemplate('A\n{{#viss Ytre}}\nB\n{{#hvis Indre}}\nC\n{{/hvis}}\n{{/viss}}\nD');
    expect(model.blocks).toEqual([
      { type: 'paragraph', text: 'A' },
      { type: 'sectionStart', name: 'Ytre' },
      { type: 'paragraph', text: 'B' },
      { type: 'sectionStart', name: 'Indre' },
      { type: 'paragraph', text: 'C' },
      { type: 'sectionEnd' },
      { type: 'sectionEnd' },
      { type: 'paragraph', text: 'D' },
    ]);
  });

  it('keeps inline characters literally and supports an escaped pipe in a cell', () => {
    const model = parseTemplate(
      'Tekst med *stjerner* og _strek_ og § 12-4.\n\n| A | B |\n|---|---|\n| x \\| y |  |',
    );
    expect(model.blocks[0]).toEqual({
      type: 'paragraph',
      text: 'Tekst med *stjerner* og _strek_ og § 12-4.',
    });
    expect(model.blocks[1]).toEqual({ type: 'table', header: ['A', 'B'], rows: [['x | y', '']] });
  });

  it('treats a hyphen without a space, or a number list, as paragraph text', () => {
    const model = parseTemplate('-ikke punkt\n1. ikke liste');
    expect(model.blocks).toEqual([{ type: 'paragraph', text: '-ikke punkt\n1. ikke liste' }]);
  });

  const errors: [string, string, number][] = [
    ['table without separator', '| A | B |\n| x | y |', 2],
    ['row with too many cells', '| A |\n|---|\n| x | y |', 3],
    ['separator with wrong width', '| A | B |\n|---|', 2],
    ['row without closing pipe', '| A |\n|---|\n| x', 3],
    ['text right after a table', '| A |\n|---|\ntekst', 3],
    ['section end right after a table', '{{#hvis X}}\n| A |\n|---|\n{{/hvis}}', 4],
    ['heading right after a table', '| A |\n|---|\n## H', 3],
    ['unclosed section', 'A\n{{#hvis X}}\nB', 2],
    ['end without start', 'A\n{{/hvis}}', 2],
    ['malformed marker', '{{#hvis}}', 1],
    ['marker with bad name', '{{#hvis To ord}}', 1],
    ['heading level 4', '#### For dypt', 1],
    ['empty heading', '## ', 1],
    ['row mixing groups', '| A | B |\n|---|---|\n| {{Tiltak.Hvem}} | {{Logg.Hvem}} |', 3],
  ];
  for (const [label, text, line] of errors) {
    it(`rejects ${label} with its line number`, () => {
      try {
        parseTemplate(text);
        expect.unreachable('should have thrown');
      } catch (e) {
        expect(e).toBeInstanceOf(TemplateSyntaxError);
        expect((e as TemplateSyntaxError).line).toBe(line);
      }
    });
  }

  it('modelTexts lists headings, paragraphs, bullets and cells', () => {
    const model = parseTemplate('# T\n\nP\n\n- B\n\n| H |\n|---|\n| C |');
    expect(modelTexts(model)).toEqual(['T', 'P', 'B', 'H', 'C']);
  });
});

describe('markers', () => {
  it('classifies section lines', () => {
    expect(classifySectionLine('{{#hvis Merknader}}')).toEqual({ kind: 'start', name: 'Merknader' });
    expect(classifySectionLine('  {{#viss Føresette}}  ')).toEqual({ kind: 'start', name: 'Føresette' });
    expect(classifySectionLine('{{/hvis}}')).toEqual({ kind: 'end' });
    expect(classifySectionLine('{{/viss}}')).toEqual({ kind: 'end' });
    expect(classifySectionLine('Tekst {{#hvis X}}')).toBeNull();
    expect(classifySectionLine('{{Elev}}')).toBeNull();
  });

  it('finds the group of a repeating row', () => {
    expect(repeatingRowGroup(['{{Tiltak.Beskrivelse}}', 'fast', '{{Tiltak.Hvem}}'])).toBe('Tiltak');
    expect(repeatingRowGroup(['{{LoggUndersøke.Tidspunkt}}'])).toBe('LoggUndersøke');
    expect(repeatingRowGroup(['{{Elev}}', 'fast'])).toBeNull();
    expect(() => repeatingRowGroup(['{{Tiltak.Hvem}}', '{{Logg.Hvem}}'])).toThrow();
  });
});
