import { gas } from '../core/gas.js';
import { track } from '../core/tracking.js';
import type { DocStore } from './store.js';

type GasDocumentApp = GoogleAppsScript.Document.DocumentApp;

function enumOf(...names: string[]): Readonly<Record<string, string>> {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n])));
}

export const ATTRIBUTE = enumOf(
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
);

export const ELEMENT_TYPE = enumOf(
  'BODY_SECTION',
  'COMMENT_SECTION',
  'DATE',
  'DOCUMENT',
  'EQUATION',
  'EQUATION_FUNCTION',
  'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
  'EQUATION_SYMBOL',
  'FOOTER_SECTION',
  'FOOTNOTE',
  'FOOTNOTE_SECTION',
  'HEADER_SECTION',
  'HORIZONTAL_RULE',
  'INLINE_DRAWING',
  'INLINE_IMAGE',
  'LIST_ITEM',
  'PAGE_BREAK',
  'PARAGRAPH',
  'PERSON',
  'RICH_LINK',
  'TABLE',
  'TABLE_CELL',
  'TABLE_OF_CONTENTS',
  'TABLE_ROW',
  'TEXT',
  'UNSUPPORTED',
);

/**
 * https://developers.google.com/apps-script/reference/document/document-app
 * The add-on is bound to a spreadsheet, so getActiveDocument() returns null (as Apps Script does outside
 * a document: scripts calling getActiveDocument().getId() there fail with "Cannot read properties of null").
 */
export class EmuDocumentApp implements Partial<GasDocumentApp> {
  readonly Attribute = gas<GasDocumentApp['Attribute']>(ATTRIBUTE);
  readonly ElementType = gas<GasDocumentApp['ElementType']>(ELEMENT_TYPE);
  readonly GlyphType = gas<GasDocumentApp['GlyphType']>(
    enumOf(
      'BULLET',
      'HOLLOW_BULLET',
      'SQUARE_BULLET',
      'NUMBER',
      'LATIN_UPPER',
      'LATIN_LOWER',
      'ROMAN_UPPER',
      'ROMAN_LOWER',
    ),
  );
  readonly HorizontalAlignment = gas<GasDocumentApp['HorizontalAlignment']>(
    enumOf('LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'),
  );
  readonly ParagraphHeading = gas<GasDocumentApp['ParagraphHeading']>(
    enumOf(
      'NORMAL',
      'HEADING1',
      'HEADING2',
      'HEADING3',
      'HEADING4',
      'HEADING5',
      'HEADING6',
      'TITLE',
      'SUBTITLE',
    ),
  );
  readonly TextAlignment = gas<GasDocumentApp['TextAlignment']>(enumOf('NORMAL', 'SUPERSCRIPT', 'SUBSCRIPT'));
  readonly VerticalAlignment = gas<GasDocumentApp['VerticalAlignment']>(enumOf('BOTTOM', 'CENTER', 'TOP'));
  readonly PositionedLayout = gas<GasDocumentApp['PositionedLayout']>(
    enumOf('ABOVE_TEXT', 'BREAK_BOTH', 'BREAK_LEFT', 'BREAK_RIGHT', 'WRAP_TEXT'),
  );

  constructor(readonly _store: DocStore) {}

  static _create(store: DocStore): EmuDocumentApp {
    return track(new EmuDocumentApp(store), 'DocumentApp', store.env);
  }

  /** A new, open document in the root folder of the user running the script. */
  create(name: string): GoogleAppsScript.Document.Document {
    return gas(this._store.create(name));
  }
  openById(id: string): GoogleAppsScript.Document.Document {
    return gas(this._store.open(id));
  }
  /** Accepts …/document/d/ID/… and …open?id=ID (the form Document.getUrl() gives). Wording of a bad-URL error not verified. */
  openByUrl(url: string): GoogleAppsScript.Document.Document {
    const id = /\/d\/([\w-]+)/.exec(String(url))?.[1] ?? /[?&]id=([\w-]+)/.exec(String(url))?.[1];
    if (!id) throw new Error('Invalid argument: url');
    return gas(this._store.open(id));
  }
  getActiveDocument(): GoogleAppsScript.Document.Document {
    return gas(null);
  }
  getUi(): GoogleAppsScript.Base.Ui {
    throw new Error('Cannot call DocumentApp.getUi() from this context.');
  }
  toString(): string {
    return 'DocumentApp';
  }
}
