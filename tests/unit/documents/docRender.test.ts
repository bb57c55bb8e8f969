import { describe, expect, it } from 'vitest';
import { docOps } from '../../../src/domain/documents/docRender';
import { parseTemplate } from '../../../src/domain/documents/templateFormat';

describe('docOps', () => {
  it('writes one paragraph per line, headings with their level, tables with their header', () => {
    const model = parseTemplate(
      '# Tittel\n\nLinje 1\nLinje 2\n\n- Punkt\n\n| A | B |\n|---|---|\n| {{G.a}} | x |\n',
    );
    expect(docOps(model, 'nb')).toEqual([
      { type: 'paragraph', text: 'Tittel', heading: 1 },
      { type: 'paragraph', text: 'Linje 1', heading: 0 },
      { type: 'paragraph', text: 'Linje 2', heading: 0 },
      { type: 'bullet', text: 'Punkt' },
      {
        type: 'table',
        cells: [
          ['A', 'B'],
          ['{{G.a}}', 'x'],
        ],
      },
    ]);
  });

  it('attaches section markers to the section’s first and last paragraphs', () => {
    const model = parseTemplate(
      [
        'Før',
        '',
        '{{#hvis A}}',
        'Én linje {{A}}',
        '{{/hvis}}',
        '',
        '{{#hvis B}}',
        '',
        '## Overskrift',
        '',
        '{{B}}',
        '{{/hvis}}',
      ].join('\n'),
    );
    expect(docOps(model, 'nb').map((o) => (o.type === 'table' ? '' : o.text))).toEqual([
      'Før',
      '{{#hvis A}}Én linje {{A}}{{/hvis}}',
      '{{#hvis B}}Overskrift',
      '{{B}}{{/hvis}}',
    ]);
  });

  it('gives a marker next to a table a paragraph of its own, and uses «viss» in nynorsk', () => {
    const model = parseTemplate('{{#hvis G}}\n\n| A |\n|---|\n| {{G.a}} |\n\n{{/hvis}}\n');
    expect(docOps(model, 'nn')).toEqual([
      { type: 'paragraph', text: '{{#viss G}}', heading: 0 },
      { type: 'table', cells: [['A'], ['{{G.a}}']] },
      { type: 'paragraph', text: '{{/viss}}', heading: 0 },
    ]);
  });

  it('keeps nested and empty sections balanced', () => {
    const model = parseTemplate('{{#hvis A}}\nTekst\n{{#hvis B}}\n{{/hvis}}\n{{/hvis}}\n');
    expect(docOps(model, 'nb').map((o) => (o.type === 'table' ? '' : o.text))).toEqual([
      '{{#hvis A}}Tekst',
      '{{#hvis B}}{{/hvis}}{{/hvis}}',
    ]);
  });
});
