import { describe, expect, it } from 'vitest';
import { Env } from '../../tools/emulator/core/env';
import { gas } from '../../tools/emulator/core/gas';
import { NotImplementedError } from '../../tools/emulator/core/tracking';
import { createDriveAndDocs, type EmuDocument, quoteReplacement } from '../../tools/emulator/document/index';
import type { EmuBlob } from '../../tools/emulator/drive/blob';

type Doc = GoogleAppsScript.Document.Document;

function setup() {
  const env = new Env({ now: new Date('2026-09-14T08:00:00+02:00') });
  const world = createDriveAndDocs(env);
  const doc = world.DocumentApp.create('Tiltaksplan');
  return { env, ...world, doc, body: doc.getBody() };
}

function internals(doc: Doc): EmuDocument {
  return doc as unknown as EmuDocument;
}

describe('Document and Body basics', () => {
  it('a new body holds one empty paragraph; appending adds after it', () => {
    const { body } = setup();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getChild(0).getType()).toBe('PARAGRAPH');
    expect(body.getText()).toBe('');
    body.appendParagraph('p1');
    body.appendParagraph('p2');
    expect(body.getText()).toBe('\np1\np2');
    expect(body.getNumChildren()).toBe(3);
  });

  it('creates the Drive file in the root folder, with the Docs URL forms', () => {
    const { doc, DriveApp, DocumentApp } = setup();
    const file = DriveApp.getFileById(doc.getId());
    expect(file.getMimeType()).toBe('application/vnd.google-apps.document');
    expect(file.getName()).toBe('Tiltaksplan');
    expect(file.getParents().next().getId()).toBe(DriveApp.getRootFolder().getId());
    expect(file.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit?usp=drivesdk`);
    expect(doc.getUrl()).toBe(`https://docs.google.com/open?id=${doc.getId()}`);
    expect(DocumentApp.openByUrl(file.getUrl()).getId()).toBe(doc.getId());
    expect(DocumentApp.openByUrl(doc.getUrl()).getId()).toBe(doc.getId());
    doc.setName('Tiltaksplan 2026');
    expect(file.getName()).toBe('Tiltaksplan 2026');
    expect(String(doc)).toBe('Document');
    expect(String(doc.getBody())).toBe('DocumentBodySection');
  });

  it('openById of a missing document throws the real message; getActiveDocument is null (not bound)', () => {
    const { DocumentApp } = setup();
    expect(() => DocumentApp.openById('nope')).toThrow(
      "Document nope is missing (perhaps it was deleted, or you don't have read access?)",
    );
    expect(DocumentApp.getActiveDocument()).toBeNull();
    expect(() => DocumentApp.getUi()).toThrow('Cannot call DocumentApp.getUi() from this context.');
  });

  it('insertParagraph checks the index and the argument types', () => {
    const { body } = setup();
    body.appendParagraph('p1');
    body.insertParagraph(1, 'p0');
    expect(body.getText()).toBe('\np0\np1');
    expect(() => body.insertParagraph(99, 'x')).toThrow(
      /must be less than or equal to the number of child elements/,
    );
    expect(() => body.insertParagraph(1, gas(body))).toThrow(
      /The parameters .* don't match the method signature/,
    );
    expect(() => body.appendParagraph(gas(5))).toThrow(
      "The parameters (number) don't match the method signature for DocumentApp.Body.appendParagraph.",
    );
  });

  it('navigates siblings, parents and the document end', () => {
    const { body } = setup();
    const p1 = body.appendParagraph('Para 1');
    const p2 = body.appendParagraph('Para 2');
    expect(p1.getNextSibling().asParagraph().getText()).toBe('Para 2');
    expect(p2.getNextSibling()).toBeNull();
    expect(p1.getPreviousSibling().asParagraph().getText()).toBe('');
    expect(p2.isAtDocumentEnd()).toBe(true);
    expect(p1.isAtDocumentEnd()).toBe(false);
    expect(p1.getParent().getType()).toBe('BODY_SECTION');
    expect(body.getChildIndex(p2)).toBe(2);
    expect(() => p1.asTable()).toThrow();
    p1.removeFromParent();
    expect(body.getText()).toBe('\nPara 2');
  });

  it('headings, alignment and attributes (inherited attributes are null)', () => {
    const { body, DocumentApp } = setup();
    const h = body.appendParagraph('Tiltak').setHeading(DocumentApp.ParagraphHeading.HEADING1);
    expect(h.getHeading()).toBe('HEADING1');
    const p = body.appendParagraph('Tekst');
    expect(p.getHeading()).toBe('NORMAL');
    expect(p.getAttributes()[DocumentApp.Attribute.BOLD]).toBeNull();
    p.setAttributes({
      [DocumentApp.Attribute.BOLD]: true,
      [DocumentApp.Attribute.HORIZONTAL_ALIGNMENT]: 'CENTER',
    });
    expect(p.getAttributes()['BOLD']).toBe(true);
    expect(p.getAlignment()).toBe('CENTER');
    expect(p.editAsText().isBold()).toBe(true);
  });

  it('list items continue the list before them and copy their glyph and nesting', () => {
    const { body, DocumentApp } = setup();
    const a = body.appendListItem('a').setGlyphType(DocumentApp.GlyphType.NUMBER);
    const b = body.appendListItem('b').setNestingLevel(1);
    expect(b.getListId()).toBe(a.getListId());
    expect(b.getNestingLevel()).toBe(1);
    expect(a.getGlyphType()).toBe('NUMBER');
    expect(body.getListItems()).toHaveLength(2);
    expect(body.getParagraphs()).toHaveLength(3);
  });
});

describe('removing paragraphs', () => {
  it("can't remove the last paragraph of a section", () => {
    const { body } = setup();
    expect(() => body.getChild(0).removeFromParent()).toThrow(
      "Can't remove the last paragraph in a document section.",
    );
    const p = body.appendParagraph('last');
    expect(() => body.removeChild(p)).toThrow("Can't remove the last paragraph in a document section.");
    body.getChild(0).removeFromParent();
    expect(body.getText()).toBe('last');
  });

  it('clear() leaves one empty paragraph', () => {
    const { body } = setup();
    body.appendParagraph('a');
    body.appendTable([['x']]);
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe('');
    body.appendParagraph('A new paragraph.');
    expect(body.getText()).toBe('\nA new paragraph.');
  });
});

describe('tables', () => {
  it('appendTable adds an empty paragraph after it; text joins rows and cells with \\n', () => {
    const { body } = setup();
    body.appendParagraph('First paragraph.');
    const t = body.appendTable([
      ['R1C1', 'R1C2'],
      ['R2C1', 'R2C2'],
    ]);
    body.appendListItem('A list item.');
    expect(t.getText()).toBe('R1C1\nR1C2\nR2C1\nR2C2');
    expect(t.getRow(0).getText()).toBe('R1C1\nR1C2');
    expect(t.getCell(1, 1).getText()).toBe('R2C2');
    expect(body.getText()).toBe('\nFirst paragraph.\nR1C1\nR1C2\nR2C1\nR2C2\n\nA list item.');
    expect(t.getParent().getType()).toBe('BODY_SECTION');
    expect(body.appendTable().getNumRows()).toBe(0);
    expect(body.getChild(body.getNumChildren() - 1).getType()).toBe('PARAGRAPH');
  });

  it('inserts, copies and removes rows; copies are detached and must be to be inserted', () => {
    const { body } = setup();
    const t = body.appendTable([
      ['Dato', 'Tiltak'],
      ['01.09', 'Samtale'],
    ]);
    const copy = t.getRow(1).copy();
    expect(copy.getParent()).toBeNull();
    copy.getCell(1).setText('Oppfølging');
    t.insertTableRow(1, copy);
    expect(t.getNumRows()).toBe(3);
    expect(t.getRow(1).getText()).toBe('01.09\nOppfølging');
    expect(t.getRow(2).getText()).toBe('01.09\nSamtale');
    expect(() => t.appendTableRow(t.getRow(0))).toThrow('Element must be detached.');
    const empty = t.appendTableRow();
    expect(empty.getNumCells()).toBe(0);
    empty.appendTableCell('a');
    empty.appendTableCell();
    expect(empty.getCell(1).getNumChildren()).toBe(1);
    expect(t.removeRow(3).getText()).toBe('a\n');
    expect(t.getNumRows()).toBe(3);

    const tableCopy = t.copy();
    body.insertTable(0, tableCopy);
    expect(body.getChild(0).asTable().getNumRows()).toBe(3);
    expect(() => body.insertTable(0, t)).toThrow('Element must be detached.');
    t.setBorderWidth(0);
    expect(t.getBorderWidth()).toBe(0);
  });

  it('table cells always hold a paragraph and keep their attributes', () => {
    const { body } = setup();
    const cell = body.appendTable([['x']]).getCell(0, 0);
    expect(() => cell.getChild(0).removeFromParent()).toThrow(
      "Can't remove the last paragraph in a document section.",
    );
    cell.appendParagraph('y');
    expect(cell.getText()).toBe('x\ny');
    cell.setBackgroundColor('#ffeeee');
    expect(cell.getBackgroundColor()).toBe('#ffeeee');
    expect(cell.getParentRow().getParentTable().getNumRows()).toBe(1);
    cell.clear();
    expect(cell.getNumChildren()).toBe(1);
    expect(cell.getText()).toBe('');
    expect(() => cell.getChild(0).asParagraph().appendPageBreak()).toThrow();
  });
});

describe('page breaks and rules are inside paragraphs', () => {
  it('body.appendPageBreak adds a paragraph holding the break', () => {
    const { body } = setup();
    body.appendParagraph('p1');
    const pb = body.appendPageBreak();
    body.appendParagraph('p2');
    expect(pb.getType()).toBe('PAGE_BREAK');
    expect(pb.getParent().getType()).toBe('PARAGRAPH');
    expect(pb.getParent().getParent().getType()).toBe('BODY_SECTION');
    expect(body.getNumChildren()).toBe(4);
    expect(body.getText()).toBe('\np1\n\np2');
    const hr = body.appendHorizontalRule();
    expect(hr.getParent().getType()).toBe('PARAGRAPH');
  });
});

describe('replaceText', () => {
  it('takes an RE2 pattern as a string, per paragraph, keeping the rest of the text', () => {
    const { body } = setup();
    body.appendParagraph('Elev: {{navn}}, klasse {{klasse}}');
    body.appendParagraph('Kontakt {{navn}}');
    body.replaceText('{{navn}}', 'Kari');
    expect(body.getText()).toBe('\nElev: Kari, klasse {{klasse}}\nKontakt Kari');
    body.replaceText('\\{\\{klasse\\}\\}', '5B');
    expect(body.getText()).toBe('\nElev: Kari, klasse 5B\nKontakt Kari');
  });

  it('does not match across paragraphs; ^ and $ anchor each paragraph', () => {
    const { body } = setup();
    body.appendParagraph('slutt');
    body.appendParagraph('start');
    body.replaceText('slutt\\nstart', 'X');
    expect(body.getText()).toBe('\nslutt\nstart');
    body.replaceText('^s', 'S');
    expect(body.getText()).toBe('\nSlutt\nStart');
    body.replaceText('^.*Slutt.*$', 'Apps Script');
    expect(body.getText()).toBe('\nApps Script\nStart');
  });

  it('the replacement follows Java rules: $1 is a group, \\ escapes; user text must be quoted', () => {
    const { body } = setup();
    const p = body.appendParagraph('Beløp: {{sum}}');
    p.replaceText('\\{\\{(\\w+)\\}\\}', '[$1]');
    expect(p.getText()).toBe('Beløp: [sum]');
    // Raw user text with "$1" and "\": the dollar group is expanded, the backslash eaten.
    p.setText('Beløp: {{sum}}');
    p.replaceText('\\{\\{(sum)\\}\\}', 'kr $1 \\ 100');
    expect(p.getText()).toBe('Beløp: kr sum  100');
    // Escaped, it comes out literally.
    p.setText('Beløp: {{sum}}');
    p.replaceText('\\{\\{(sum)\\}\\}', quoteReplacement('kr $1 \\ 100'));
    expect(p.getText()).toBe('Beløp: kr $1 \\ 100');
    expect(() => p.replaceText('(Beløp)', '$2')).toThrow();
    // A lone "$" (not before a digit) stays.
    p.setText('x');
    p.replaceText('x', '$ 5');
    expect(p.getText()).toBe('$ 5');
  });

  it('rejects what RE2 rejects (look-arounds, back-references)', () => {
    const { body } = setup();
    expect(() => body.replaceText('a(?=b)', 'x')).toThrow();
    expect(() => body.replaceText('(a)\\1', 'x')).toThrow();
  });

  it('keeps the attributes of the text: the replacement takes those of the match', () => {
    const { body } = setup();
    const text = body.appendParagraph('Hei NAVN!').editAsText();
    text.setBold(4, 7, true);
    body.replaceText('NAVN', 'Ola Nordmann');
    expect(body.getText()).toBe('\nHei Ola Nordmann!');
    const t = body.getChild(1).asParagraph().getChild(0).asText();
    expect(t.isBold(0)).toBeNull();
    expect(t.isBold(4)).toBe(true);
    expect(t.isBold(15)).toBe(true);
    expect(t.isBold(16)).toBeNull();
    expect(t.getTextAttributeIndices()).toEqual([0, 4, 16]);
  });

  it('replaces inside tables too', () => {
    const { body } = setup();
    const t = body.appendTable([['{{a}}', 'b']]);
    body.replaceText('\\{\\{a\\}\\}', 'A');
    expect(t.getText()).toBe('A\nb');
  });
});

describe('findText', () => {
  it('returns Text elements with inclusive offsets, continues from a result, null at the end', () => {
    const { body } = setup();
    body.appendParagraph('ab NAVN cd NAVN');
    body.appendTable([['x NAVN']]);
    const r1 = body.findText('NAVN');
    expect(r1).not.toBeNull();
    expect(r1.getElement().getType()).toBe('TEXT');
    expect(r1.getElement().asText().getText()).toBe('ab NAVN cd NAVN');
    expect(r1.getStartOffset()).toBe(3);
    expect(r1.getEndOffsetInclusive()).toBe(6);
    expect(r1.isPartial()).toBe(true);
    const r2 = body.findText('NAVN', r1);
    expect([r2.getStartOffset(), r2.getEndOffsetInclusive()]).toEqual([11, 14]);
    const r3 = body.findText('NAVN', r2);
    expect(r3.getElement().asText().getText()).toBe('x NAVN');
    expect(r3.getStartOffset()).toBe(2);
    expect(body.findText('NAVN', r3)).toBeNull();
    expect(body.findText('finnes ikke')).toBeNull();
    // The documented pattern: bold what was found.
    r1.getElement().asText().setBold(r1.getStartOffset(), r1.getEndOffsetInclusive(), true);
    expect(r1.getElement().asText().isBold(3)).toBe(true);
  });

  it('findElement finds descendants by type', () => {
    const { body, DocumentApp } = setup();
    body.appendTable([['x']]);
    const found = body.findElement(DocumentApp.ElementType.TABLE);
    expect(found.getElement().getType()).toBe('TABLE');
    expect(found.isPartial()).toBe(false);
  });
});

describe('Text editing', () => {
  it('insertText, appendText, deleteText and styles with offsets', () => {
    const { body } = setup();
    const t = body.appendParagraph('Hallo').editAsText();
    t.appendText(' verden');
    t.insertText(0, '>> ');
    expect(t.getText()).toBe('>> Hallo verden');
    t.deleteText(0, 2);
    expect(t.getText()).toBe('Hallo verden');
    t.setItalic(0, 4, true)
      .setFontSize(14)
      .setForegroundColor('#ff0000')
      .setLinkUrl(6, 11, 'https://udir.no');
    expect(t.isItalic(0)).toBe(true);
    expect(t.isItalic()).toBeNull();
    expect(t.getFontSize()).toBe(14);
    expect(t.getLinkUrl(6)).toBe('https://udir.no');
    expect(() => t.deleteText(3, 99)).toThrow();
  });

  it('body.editAsText spans paragraphs and deleting across them merges them', () => {
    const { body } = setup();
    body.appendParagraph('An example.');
    body.appendParagraph('An editAsText sample.');
    const text = body.editAsText();
    expect(text.getText()).toBe('\nAn example.\nAn editAsText sample.');
    text.setBold(1, 2, true);
    expect(body.getChild(1).asParagraph().editAsText().isBold(0)).toBe(true);
    text.deleteText(11, 15);
    expect(body.getText()).toBe('\nAn exampleeditAsText sample.');
    expect(body.getNumChildren()).toBe(2);
  });

  it('paragraph setText clears; appendText adds a Text element', () => {
    const { body } = setup();
    const p = body.appendParagraph('a');
    const t = p.appendText('b');
    expect(t.getType()).toBe('TEXT');
    expect(p.getNumChildren()).toBe(2);
    expect(p.getText()).toBe('ab');
    p.setText('c');
    expect(p.getNumChildren()).toBe(1);
    expect(p.getText()).toBe('c');
  });
});

describe('saving, closing and reopening', () => {
  it('after saveAndClose every call on the document and its elements throws', () => {
    const { doc, body } = setup();
    const p = body.appendParagraph('før');
    doc.saveAndClose();
    expect(() => doc.getBody()).toThrow('Document is closed, its contents cannot be updated.');
    // Even getId: take the id before closing.
    expect(() => doc.getId()).toThrow('Document is closed, its contents cannot be updated.');
    expect(() => body.appendParagraph('x')).toThrow('Document is closed, its contents cannot be updated.');
    expect(() => p.getText()).toThrow('Document is closed, its contents cannot be updated.');
  });

  it('a later openById sees the saved changes, and Drive exports the saved state only', () => {
    const { doc, DocumentApp, DriveApp } = setup();
    const id = doc.getId();
    doc.getBody().appendParagraph('Lagret');
    doc.saveAndClose();
    const again = DocumentApp.openById(id);
    expect(again.getBody().getText()).toBe('\nLagret');
    again.getBody().appendParagraph('Ikke lagret');
    // Drive sees what was saved (the well-known "save before you export" gotcha).
    const before = DriveApp.getFileById(id).getAs('application/pdf') as unknown as EmuBlob;
    expect(before._text).toBe('\nLagret');
    // Document.getAs gives the current contents.
    expect((again.getAs('application/pdf') as unknown as EmuBlob)._text).toBe('\nLagret\nIkke lagret');
    again.saveAndClose();
    const after = DriveApp.getFileById(id).getBlob() as unknown as EmuBlob;
    expect(after._text).toBe('\nLagret\nIkke lagret');
  });

  it('two opens in one execution share the session; flushAll saves at the end of the execution', () => {
    const { doc, DocumentApp, docStore } = setup();
    const id = doc.getId();
    const other = DocumentApp.openById(id);
    other.getBody().appendParagraph('fra den andre');
    expect(doc.getBody().getText()).toBe('\nfra den andre');
    docStore.flushAll();
    expect(() => doc.getBody()).toThrow('Document is closed');
    expect(docStore.savedBody(id)?._textOf()).toBe('\nfra den andre');
  });
});

describe('PDF export', () => {
  it('getAs("application/pdf") is a real PDF named after the document; _text keeps the text', () => {
    const { doc, body } = setup();
    doc.setName('Sak 12.09.2026');
    body.appendParagraph('Tiltaksplan').setHeading(gas('HEADING1'));
    body.appendParagraph('Elev: Åse Ødegård');
    body.appendTable([['Dato', 'Tiltak']]);
    const blob = doc.getAs('application/pdf');
    expect(blob.getContentType()).toBe('application/pdf');
    // "assumes that the part of the filename that follows the last period is an existing extension"
    expect(blob.getName()).toBe('Sak 12.09.pdf');
    const bytes = Buffer.from(blob.getBytes().map((b) => b & 0xff));
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(bytes.toString('latin1')).toContain('%%EOF');
    expect(bytes.toString('latin1')).toContain('Elev: \u00c5se \u00d8deg\u00e5rd');
    expect((blob as unknown as EmuBlob)._text).toBe('\nTiltaksplan\nElev: Åse Ødegård\nDato\nTiltak\n');
    expect(doc.getBlob().getName()).toBe('Sak 12.09.pdf');
    expect(() => doc.getAs('text/plain')).toThrow('is not supported');
  });
});

describe('preview rendering', () => {
  it('_toHtml escapes text and renders headings, lists, tables and bold', () => {
    const { doc, body, DocumentApp, docStore } = setup();
    body.appendParagraph('Plan <script>').setHeading(DocumentApp.ParagraphHeading.HEADING2);
    body.appendParagraph('Viktig').editAsText().setBold(true);
    body.appendListItem('punkt & mer');
    body.appendTable([['a"b', 'c']]);
    body.appendParagraph('lenke').editAsText().setLinkUrl('javascript:alert(1)');
    const html = internals(doc)._toHtml();
    expect(html).toContain('<h2>Plan &#60;script&#62;</h2>');
    expect(html).toContain('<p><strong>Viktig</strong></p>');
    expect(html).toContain('<ul><li>punkt &#38; mer</li></ul>');
    expect(html).toContain('<table><tbody><tr><td><p>a&#34;b</p></td><td><p>c</p></td></tr></tbody></table>');
    expect(html).not.toContain('javascript:');
    expect(internals(doc)._text()).toBe(body.getText());
    expect(docStore.toHtml(doc.getId())).toBe(html);
  });
});

describe('call counting', () => {
  it('counts each service call by Type.method; internal calls are free', () => {
    const { env, body } = setup();
    env.calls.reset();
    body.appendParagraph('{{a}}');
    body.replaceText('\\{\\{a\\}\\}', 'x');
    body.replaceText('x', 'y');
    body.getText();
    expect(env.calls.snapshot()).toEqual({
      'Body.appendParagraph': 1,
      'Body.getText': 1,
      'Body.replaceText': 2,
    });
  });

  it('an unimplemented method throws by name', () => {
    const { body, doc } = setup();
    expect(() => body.getImages()).toThrow(NotImplementedError);
    expect(() => body.getImages()).toThrow('Body.getImages() is not implemented');
    expect(() => doc.getFootnotes()).toThrow('Document.getFootnotes() is not implemented');
  });
});

describe('the text view of a container', () => {
  it('styles and reads attributes across its paragraphs, like a Text', () => {
    const { body, env } = setup();
    body.appendParagraph('Første');
    body.appendParagraph('Andre');
    const view = body.editAsText();
    env.calls.reset();
    view.setBold(true);
    expect(env.calls.snapshot()).toEqual({ 'Text.setBold': 1 });
    expect(body.getParagraphs().at(-1)!.editAsText().isBold()).toBe(true);
    expect(view.isBold()).toBe(true);
    view.setForegroundColor(0, 2, '#ff0000');
    expect(view.getForegroundColor(1)).toBe('#ff0000');
    expect(view.getForegroundColor(4)).toBeNull();
  });
});
