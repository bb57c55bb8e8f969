/**
 * A tiny PDF writer, so exported documents are real PDFs (a viewer opens them) without a dependency.
 * PDF 1.4, A4 pages, the standard Helvetica fonts with WinAnsiEncoding (enough for Norwegian: æ ø å);
 * characters outside Latin-1 are written as '?'. Lines are wrapped at an estimated width.
 * Tests read the document text from the blob's internal `_text`, not by parsing these bytes.
 */

export interface PdfBlock {
  text: string;
  /** Font size in points; 11 for body text. */
  size?: number;
  bold?: boolean;
  /** Left indent in points. */
  indent?: number;
  /** Starts a new page before this block. */
  pageBreak?: boolean;
}

const PAGE_W = 595;
const PAGE_H = 842;
const MARGIN = 56;

interface PlacedLine {
  text: string;
  size: number;
  bold: boolean;
  x: number;
  y: number;
}

function wrap(text: string, maxChars: number): string[] {
  const out: string[] = [];
  for (const hard of text.split(/\r\n|\r|\n|\v/)) {
    let line = '';
    for (const word of hard.split(' ')) {
      if (line === '') line = word;
      else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
      else {
        out.push(line);
        line = word;
      }
      while (line.length > maxChars) {
        out.push(line.slice(0, maxChars));
        line = line.slice(maxChars);
      }
    }
    out.push(line);
  }
  return out;
}

function layout(blocks: PdfBlock[]): PlacedLine[][] {
  const pages: PlacedLine[][] = [[]];
  let y = PAGE_H - MARGIN;
  for (const b of blocks) {
    const size = b.size ?? 11;
    const indent = b.indent ?? 0;
    if (b.pageBreak && pages[pages.length - 1]!.length > 0) {
      pages.push([]);
      y = PAGE_H - MARGIN;
    }
    // Helvetica averages about half an em per character.
    const maxChars = Math.max(10, Math.floor((PAGE_W - 2 * MARGIN - indent) / (size * 0.5)));
    for (const text of wrap(b.text, maxChars)) {
      const lead = size * 1.35;
      if (y - lead < MARGIN) {
        pages.push([]);
        y = PAGE_H - MARGIN;
      }
      y -= lead;
      pages[pages.length - 1]!.push({ text, size, bold: b.bold ?? false, x: MARGIN + indent, y });
    }
  }
  return pages;
}

/** PDF string literal in WinAnsi (Latin-1 compatible for printable characters). */
function pdfString(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const c = (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) ? ch : '?';
    out += c === '\\' || c === '(' || c === ')' ? `\\${c}` : c;
  }
  return `(${out})`;
}

/** Latin-1 bytes of a string whose characters are all below 256. */
function latin1(s: string): Uint8Array {
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i) & 0xff;
  return bytes;
}

export function renderPdf(title: string, blocks: PdfBlock[]): Uint8Array {
  const pages = layout(blocks);
  const objects: string[] = [];
  const add = (body: string): number => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const fontBold = add(
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
  );
  const info = add(`<< /Title ${pdfString(title)} /Producer (Apps Script emulator) >>`);
  const kids: number[] = [];
  for (const lines of pages) {
    const ops = lines
      .map(
        (l) =>
          `BT /${l.bold ? 'F2' : 'F1'} ${l.size} Tf ${l.x} ${l.y.toFixed(2)} Td ${pdfString(l.text)} Tj ET`,
      )
      .join('\n');
    const content = add(`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] ` +
          `/Resources << /Font << /F1 ${font} 0 R /F2 ${fontBold} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;

  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(out);
}
