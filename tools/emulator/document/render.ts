import type { Env } from '../core/env.js';
import { EmuBlob } from '../drive/blob.js';
import { MIME } from '../drive/mimeType.js';
import { type PdfBlock, renderPdf } from '../drive/pdf.js';
import {
  type EmuBody,
  type EmuElement,
  EmuHorizontalRule,
  EmuListItem,
  EmuPageBreak,
  EmuParagraph,
  EmuTable,
  EmuTableCell,
  EmuText,
  type Style,
} from './elements.js';

/**
 * Rendering a document for the preview (simple, safe HTML: every text is escaped, only http(s)/mailto
 * links and hex colours pass) and for PDF export. Reads the tree through internals only: rendering is not a
 * service call and works on a closed document.
 */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const HEADING_TAGS: Readonly<Record<string, string>> = {
  HEADING1: 'h1',
  HEADING2: 'h2',
  HEADING3: 'h3',
  HEADING4: 'h4',
  HEADING5: 'h5',
  HEADING6: 'h6',
  TITLE: 'h1',
};
const ALIGN: Readonly<Record<string, string>> = {
  LEFT: 'left',
  CENTER: 'center',
  RIGHT: 'right',
  JUSTIFY: 'justify',
};
const ORDERED = new Set(['NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER']);

function safeColor(v: unknown): string | null {
  return typeof v === 'string' && /^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(v) ? v : null;
}

function safeUrl(v: unknown): string | null {
  return typeof v === 'string' && /^(https?:|mailto:)/i.test(v) ? v : null;
}

function runHtml(text: string, style: Style): string {
  let html = escapeHtml(text).replace(/\r\n|\r|\n|\v/g, '<br>');
  if (style['BOLD'] === true) html = `<strong>${html}</strong>`;
  if (style['ITALIC'] === true) html = `<em>${html}</em>`;
  if (style['UNDERLINE'] === true) html = `<u>${html}</u>`;
  if (style['STRIKETHROUGH'] === true) html = `<s>${html}</s>`;
  const color = safeColor(style['FOREGROUND_COLOR']);
  if (color) html = `<span style="color:${color}">${html}</span>`;
  const url = safeUrl(style['LINK_URL']);
  if (url) html = `<a href="${escapeHtml(url)}">${html}</a>`;
  return html;
}

function textHtml(t: EmuText): string {
  let html = '';
  let start = 0;
  for (let i = 1; i <= t._chars.length; i++) {
    if (i === t._chars.length || JSON.stringify(t._styleAt(i)) !== JSON.stringify(t._styleAt(start))) {
      html += runHtml(t._chars.slice(start, i), t._styleAt(start));
      start = i;
    }
  }
  return html;
}

function inlineHtml(p: EmuElement): string {
  return p
    ._kids()
    .map((k) =>
      k instanceof EmuText
        ? textHtml(k)
        : k instanceof EmuHorizontalRule
          ? '<hr>'
          : k instanceof EmuPageBreak
            ? '<hr class="page-break">'
            : '',
    )
    .join('');
}

function paragraphHtml(p: EmuParagraph): string {
  const heading = String(p._attrs['HEADING'] ?? 'NORMAL');
  const tag = HEADING_TAGS[heading] ?? 'p';
  const classes = heading === 'TITLE' ? ' class="title"' : heading === 'SUBTITLE' ? ' class="subtitle"' : '';
  const align = ALIGN[String(p._attrs['HORIZONTAL_ALIGNMENT'])];
  const style = align ? ` style="text-align:${align}"` : '';
  return `<${tag}${classes}${style}>${inlineHtml(p)}</${tag}>`;
}

function blocksHtml(blocks: readonly EmuElement[]): string {
  let html = '';
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i]!;
    if (b instanceof EmuListItem) {
      const listId = b._attrs['LIST_ID'];
      const tag = ORDERED.has(String(b._attrs['GLYPH_TYPE'])) ? 'ol' : 'ul';
      html += `<${tag}>`;
      while (i < blocks.length) {
        const li = blocks[i];
        if (!(li instanceof EmuListItem) || li._attrs['LIST_ID'] !== listId) break;
        const level = Number(li._attrs['NESTING_LEVEL'] ?? 0);
        html += `<li${level > 0 ? ` style="margin-left:${level * 2}em"` : ''}>${inlineHtml(li)}</li>`;
        i++;
      }
      html += `</${tag}>`;
      continue;
    }
    if (b instanceof EmuParagraph) html += paragraphHtml(b);
    else if (b instanceof EmuTable) {
      html += '<table><tbody>';
      for (const row of b._kids()) {
        html += '<tr>';
        for (const cell of row._kids()) {
          const bg = cell instanceof EmuTableCell ? safeColor(cell._attrs['BACKGROUND_COLOR']) : null;
          html += `<td${bg ? ` style="background-color:${bg}"` : ''}>${blocksHtml(cell._kids())}</td>`;
        }
        html += '</tr>';
      }
      html += '</tbody></table>';
    }
    i++;
  }
  return html;
}

export function bodyToHtml(body: EmuBody): string {
  return blocksHtml(body._kids());
}

const HEADING_SIZES: Readonly<Record<string, number>> = {
  TITLE: 26,
  SUBTITLE: 15,
  HEADING1: 20,
  HEADING2: 16,
  HEADING3: 14,
  HEADING4: 12,
  HEADING5: 11,
  HEADING6: 11,
};

function pdfBlocks(blocks: readonly EmuElement[], indent: number, out: PdfBlock[]): void {
  for (const b of blocks) {
    if (b instanceof EmuTable) {
      for (const row of b._kids())
        out.push({
          text: row
            ._kids()
            .map((c) => c._textOf().replace(/\n/g, ' '))
            .join('  |  '),
          indent,
        });
      continue;
    }
    const kids = b._kids();
    if (kids.some((k) => k instanceof EmuPageBreak)) out.push({ text: '', pageBreak: true });
    if (kids.some((k) => k instanceof EmuHorizontalRule)) out.push({ text: '_'.repeat(60), indent });
    const text = b._textOf();
    if (kids.length > 0 && text === '' && kids.every((k) => !(k instanceof EmuText))) continue;
    if (b instanceof EmuListItem) {
      const level = Number(b._attrs['NESTING_LEVEL'] ?? 0);
      out.push({ text: `\u2022 ${text}`, indent: indent + 18 * (level + 1) });
    } else if (b instanceof EmuParagraph) {
      const heading = String(b._attrs['HEADING'] ?? 'NORMAL');
      const size = HEADING_SIZES[heading];
      out.push({ text, indent, ...(size ? { size, bold: heading !== 'SUBTITLE' } : {}) });
    }
  }
}

export function bodyToPdfBlocks(body: EmuBody): PdfBlock[] {
  const out: PdfBlock[] = [];
  pdfBlocks(body._kids(), 0, out);
  return out;
}

/**
 * A PDF of a body: real PDF bytes (see drive/pdf.ts) whose internal `_text` is the body's text exactly as
 * Body.getText() gives it, for tests.
 */
export function createBlobFromDocument(env: Env, body: EmuBody, name: string | null, title: string): EmuBlob {
  return EmuBlob._create(env, renderPdf(title, bodyToPdfBlocks(body)), MIME.PDF, name, body._textOf());
}
