/**
 * How a repository template (Markdown, parsed by templateFormat.ts) becomes the school's editable Google
 * Doc: one Doc paragraph per line, headings as headings, pipe tables as Doc tables.
 *
 * Optional sections are written in the Doc in the cheapest form to fill (see docFill.ts): the start
 * marker goes in front of the section's first paragraph and the end marker after its last one, as in
 * `{{#hvis Merknader}}Andre opplysninger` … `{{Merknader}}{{/hvis}}`. Filling then removes a section's
 * paragraphs when its value is empty (one call each) and strips every kept marker in one pass. A marker
 * next to a table, where it cannot be attached, gets a paragraph of its own.
 */
import type { Lang } from './placeholders';
import type { DocModel } from './templateFormat';

export type DocOp =
  | { readonly type: 'paragraph'; readonly text: string; readonly heading: 0 | 1 | 2 | 3 }
  | { readonly type: 'bullet'; readonly text: string }
  | { readonly type: 'table'; readonly cells: string[][] };

const keyword = (lang: Lang) => (lang === 'nn' ? 'viss' : 'hvis');

/** The Doc operations that write `model`, in order. */
export function docOps(model: DocModel, lang: Lang): DocOp[] {
  const kw = keyword(lang);
  const ops: DocOp[] = [];
  // Start markers waiting for the section's first paragraph.
  let pending = '';
  const paragraph = (text: string, heading: 0 | 1 | 2 | 3 = 0) => {
    ops.push({ type: 'paragraph', text: pending + text, heading });
    pending = '';
  };
  for (const b of model.blocks) {
    switch (b.type) {
      case 'heading':
        paragraph(b.text, b.level);
        break;
      case 'paragraph':
        for (const line of b.text.split('\n')) paragraph(line);
        break;
      case 'bullet':
        ops.push({ type: 'bullet', text: pending + b.text });
        pending = '';
        break;
      case 'table':
        if (pending) paragraph('');
        ops.push({ type: 'table', cells: [b.header, ...b.rows].map((r) => [...r]) });
        break;
      case 'sectionStart':
        pending += `{{#${kw} ${b.name}}}`;
        break;
      case 'sectionEnd': {
        const end = `{{/${kw}}}`;
        const last = ops[ops.length - 1];
        if (pending || !last || last.type === 'table') paragraph(end);
        else ops[ops.length - 1] = { ...last, text: last.text + end };
        break;
      }
    }
  }
  if (pending) paragraph('');
  return ops;
}
