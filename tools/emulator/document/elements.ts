import type { Env } from '../core/env.js';
import { gas } from '../core/gas.js';
import { NotImplementedError, proxyOf, track } from '../core/tracking.js';
import { paramsError } from '../drive/args.js';
import { compileRe2, expandReplacement } from './regex.js';

/**
 * The document tree, faithful to the Apps Script model
 * (https://developers.google.com/apps-script/guides/docs#structure_of_a_document):
 * Body (and TableCell) hold Paragraph, ListItem and Table; Paragraph and ListItem hold Text and the inline
 * HorizontalRule and PageBreak; Table holds TableRow holds TableCell. `body.appendPageBreak()` and
 * `appendHorizontalRule()` therefore add a Paragraph holding the rule or break (checked live by gas-fakes:
 * "the parent of a PageBreak is the Paragraph that contains it").
 *
 * Behaviour copied from live Apps Script (gas-fakes test/testdocs*.js, run against live Apps Script):
 * - a new Body holds one empty Paragraph; Body.clear() leaves one empty Paragraph;
 * - getText joins a section's children with "\n", a table's rows and a row's cells with "\n" too;
 * - a section always ends with a Paragraph: appending a Table adds an empty Paragraph after it;
 * - the last Paragraph of a section cannot be removed: "Can't remove the last paragraph in a document section.";
 * - copy() gives a detached deep copy (getParent() is null); inserting an attached element throws
 *   "Element must be detached.";
 * - after Document.saveAndClose(), every call on that document's elements throws
 *   "Document is closed, its contents cannot be updated."
 * Wordings marked "not verified" in comments are the emulator's best guess.
 */

export const CLOSED = 'Document is closed, its contents cannot be updated.';
export const LAST_PARAGRAPH = "Can't remove the last paragraph in a document section.";
export const MUST_BE_DETACHED = 'Element must be detached.';

export type ElementTypeName =
  | 'BODY_SECTION'
  | 'PARAGRAPH'
  | 'LIST_ITEM'
  | 'TEXT'
  | 'TABLE'
  | 'TABLE_ROW'
  | 'TABLE_CELL'
  | 'HORIZONTAL_RULE'
  | 'PAGE_BREAK';

export type Style = Readonly<Record<string, unknown>>;
const EMPTY: Style = Object.freeze({});

export const TEXT_ATTRS = [
  'BACKGROUND_COLOR',
  'BOLD',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'ITALIC',
  'LINK_URL',
  'STRIKETHROUGH',
  'UNDERLINE',
] as const;
const PARAGRAPH_ATTRS = [
  'HEADING',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'SPACING_AFTER',
  'SPACING_BEFORE',
];
const LIST_ATTRS = ['GLYPH_TYPE', 'LIST_ID', 'NESTING_LEVEL'];
const TABLE_ATTRS = ['BORDER_COLOR', 'BORDER_WIDTH'];
const ROW_ATTRS = ['MINIMUM_HEIGHT'];
const CELL_ATTRS = [
  'BACKGROUND_COLOR',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
];
const BODY_ATTRS = [
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
];
const TEXT_ATTR_SET = new Set<string>(TEXT_ATTRS);

/** The open editing session of a document; closed by saveAndClose (or the end of the execution). */
export class DocLive {
  closed = false;
  constructor(
    readonly docId: string,
    readonly body: EmuBody,
  ) {
    body._live = this;
  }
}

type GasElement = GoogleAppsScript.Document.Element;
type GasText = GoogleAppsScript.Document.Text;
type GasParagraph = GoogleAppsScript.Document.Paragraph;
type GasListItem = GoogleAppsScript.Document.ListItem;
type GasTable = GoogleAppsScript.Document.Table;
type GasTableRow = GoogleAppsScript.Document.TableRow;
type GasTableCell = GoogleAppsScript.Document.TableCell;
type GasRangeElement = GoogleAppsScript.Document.RangeElement;

function childIndexError(index: number, count: number, inclusive: boolean): Error {
  return new Error(
    inclusive
      ? `Child index (${index}) must be less than or equal to the number of child elements (${count}).`
      : `Child index (${index}) must be less than the number of child elements (${count}).`,
  );
}

// --- base -------------------------------------------------------------------------------------------------

/**
 * What every element has. Methods return `T` so each subclass is typed as its own Apps Script class
 * (Paragraph.removeFromParent() returns a Paragraph, Table.removeFromParent() a Table, …).
 * Children and parents are stored as the tracked proxies handed to the script, so identity comparisons
 * (getChildIndex) work with what the script holds.
 */
export abstract class EmuElement {
  _parent: EmuElement | null = null;
  abstract readonly _type: ElementTypeName;
  abstract readonly _gasTypeName: string;
  /** Apps Script's toString() of the class (e.g. "Paragraph"; a body is "DocumentBodySection"). */
  abstract readonly _className: string;

  constructor(readonly _env: Env) {}

  _me(): EmuElement {
    return proxyOf(this);
  }
  _root(): EmuElement {
    let e: EmuElement = this;
    while (e._parent) e = e._parent;
    return e;
  }
  _checkOpen(): void {
    const root = this._root();
    if (root instanceof EmuBody && root._live?.closed) throw new Error(CLOSED);
  }
  /** The live children array of a container; leaves have none. */
  _kids(): EmuElement[] {
    return [];
  }
  abstract _clone(): EmuElement;
  /** Apps Script's getText() of this element. */
  abstract _textOf(): string;
  /** Every Text element inside, in document order. */
  _texts(): EmuText[] {
    const out: EmuText[] = [];
    const walk = (e: EmuElement): void => {
      if (e instanceof EmuText) out.push(e);
      for (const k of e._kids()) walk(k);
    };
    walk(this);
    return out;
  }
  /** Removes this element from its parent without the section rules (internal moves). */
  _detach(): void {
    const p = this._parent;
    if (!p) return;
    const kids = p._kids();
    const i = kids.indexOf(this._me());
    if (i >= 0) kids.splice(i, 1);
    this._parent = null;
  }
  _attrsOf(_keys: readonly string[]): Record<string, unknown> {
    return {};
  }

  getType(): GoogleAppsScript.Document.ElementType {
    return gas(this._type);
  }
  /** null for a detached element (a copy). */
  getParent<T>(): T {
    return gas<T>(this._parent);
  }
  getNextSibling<T>(): T {
    const kids = this._parent?._kids() ?? [];
    const i = kids.indexOf(this._me());
    return gas<T>(i >= 0 ? (kids[i + 1] ?? null) : null);
  }
  getPreviousSibling<T>(): T {
    const kids = this._parent?._kids() ?? [];
    const i = kids.indexOf(this._me());
    return gas<T>(i > 0 ? (kids[i - 1] ?? null) : null);
  }
  /** True when this element ends the document: the last child at every level up to the Body. */
  isAtDocumentEnd(): boolean {
    let e: EmuElement = this._me();
    while (e._parent) {
      const kids = e._parent._kids();
      if (kids[kids.length - 1] !== e) return false;
      e = e._parent;
    }
    return e instanceof EmuBody;
  }
  removeFromParent<T>(): T {
    const p = this._parent;
    if (p instanceof EmuSection) p._removeChecked(this._me());
    else this._detach();
    return gas<T>(this._me());
  }
  /** "Returns a detached, deep copy of the current element." */
  copy<T>(): T {
    return gas<T>(this._clone());
  }
  getAttributes(): Record<string, unknown> {
    return {};
  }
  setAttributes<T>(_attributes: Record<string, unknown>): T {
    return gas<T>(this._me());
  }
  private _as<T>(type: ElementTypeName): T {
    // Wording not verified: Apps Script fails when an element is cast to another type.
    if (this._type !== type) throw new Error(`Cannot cast an element of type ${this._type} to ${type}.`);
    return gas<T>(this._me());
  }
  asBody<T>(): T {
    return this._as('BODY_SECTION');
  }
  asParagraph<T>(): T {
    return this._as('PARAGRAPH');
  }
  asListItem<T>(): T {
    return this._as('LIST_ITEM');
  }
  asTable<T>(): T {
    return this._as('TABLE');
  }
  asTableRow<T>(): T {
    return this._as('TABLE_ROW');
  }
  asTableCell<T>(): T {
    return this._as('TABLE_CELL');
  }
  asText<T>(): T {
    return this._as('TEXT');
  }
  asHorizontalRule<T>(): T {
    return this._as('HORIZONTAL_RULE');
  }
  asPageBreak<T>(): T {
    return this._as('PAGE_BREAK');
  }
  toString(): string {
    return this._className;
  }
}

// --- search and replace (shared by every element holding text) ------------------------------------------

export class EmuRangeElement implements Partial<GasRangeElement> {
  constructor(
    readonly _element: EmuElement,
    readonly _start: number,
    readonly _end: number,
    readonly _partial: boolean,
  ) {}
  static _create(env: Env, element: EmuElement, start: number, end: number, partial = true): EmuRangeElement {
    return track(new EmuRangeElement(element, start, end, partial), 'RangeElement', env);
  }
  /** A search result is usable while its element's document is open. */
  _checkOpen(): void {
    this._element._checkOpen();
  }
  getElement(): GasElement {
    return gas(this._element);
  }
  /**
   * A findText result is a partial range of a Text element with real offsets; a findElement result covers
   * the whole element and its offsets are -1
   * (https://developers.google.com/apps-script/reference/document/range-element#getStartOffset()).
   */
  getStartOffset(): number {
    return this._start;
  }
  getEndOffsetInclusive(): number {
    return this._end;
  }
  isPartial(): boolean {
    return this._partial;
  }
}

/** findText: the first match after `from`, each Text element searched on its own; null when none. */
function findIn(env: Env, texts: EmuText[], pattern: string, from: unknown): EmuRangeElement | null {
  const re = compileRe2(pattern);
  let first = 0;
  let offset = 0;
  if (from instanceof EmuRangeElement) {
    const i = texts.indexOf(from._element as EmuText);
    if (i >= 0) {
      first = i;
      offset = from._end + 1;
    }
  }
  for (let k = first; k < texts.length; k++) {
    const t = texts[k]!;
    re.lastIndex = k === first ? offset : 0;
    for (let m = re.exec(t._chars); m; m = re.exec(t._chars)) {
      if (m[0].length > 0) return EmuRangeElement._create(env, t, m.index, m.index + m[0].length - 1);
      re.lastIndex = m.index + 1;
      if (m.index >= t._chars.length) break;
    }
  }
  return null;
}

function replaceIn(texts: EmuText[], pattern: string, replacement: string): void {
  const re = compileRe2(pattern);
  const rep = String(replacement);
  for (const t of texts) t._replace(re, rep);
}

// --- Text ---------------------------------------------------------------------------------------------

/** setBold(bold) or setBold(startOffset, endOffsetInclusive, bold): the range, end exclusive. */
function styleArgs(args: readonly unknown[], length: number): { start: number; end: number; value: unknown } {
  if (args.length >= 3) {
    const start = Number(args[0]);
    const endIncl = Number(args[1]);
    // Wording not verified.
    if (!Number.isInteger(start) || start < 0 || start >= Math.max(length, 1))
      throw new Error('Invalid argument: startOffset');
    if (!Number.isInteger(endIncl) || endIncl < start || endIncl >= Math.max(length, 1)) {
      throw new Error('Invalid argument: endOffsetInclusive');
    }
    return { start, end: endIncl + 1, value: args[2] };
  }
  return { start: 0, end: length, value: args[0] };
}

/** One value when uniform over the range, null when mixed or unset ("null if the element contains multiple values"). */
function uniform(values: unknown[]): unknown {
  if (values.length === 0) return null;
  const v = values[0] ?? null;
  return values.every((x) => (x ?? null) === v) ? v : null;
}

/** Rich text: characters with per-character attributes. https://developers.google.com/apps-script/reference/document/text */
export class EmuText extends EmuElement implements Partial<GasText> {
  readonly _type = 'TEXT';
  readonly _gasTypeName = 'DocumentApp.Text';
  readonly _className = 'Text';
  _chars = '';
  _styles: Style[] = [];
  /** The attributes of an empty Text (and of what is typed into it). */
  _baseStyle: Style = EMPTY;

  static _create(env: Env, text = '', style: Style = EMPTY): EmuText {
    const t = track(new EmuText(env), 'Text', env);
    t._chars = text;
    t._styles = Array.from({ length: text.length }, () => style);
    t._baseStyle = style;
    return t;
  }
  _clone(): EmuText {
    const t = EmuText._create(this._env);
    t._chars = this._chars;
    t._styles = [...this._styles];
    t._baseStyle = this._baseStyle;
    return t;
  }
  _textOf(): string {
    return this._chars;
  }
  _styleAt(i: number): Style {
    return this._styles[i] ?? this._baseStyle;
  }
  /** Inserted text takes the attributes of the character before it (or the first one). */
  _insert(offset: number, text: string, style?: Style): void {
    const st =
      style ??
      (offset > 0 ? this._styleAt(offset - 1) : this._chars.length > 0 ? this._styleAt(0) : this._baseStyle);
    this._chars = this._chars.slice(0, offset) + text + this._chars.slice(offset);
    this._styles.splice(offset, 0, ...Array.from({ length: text.length }, () => st));
  }
  _delete(start: number, end: number): void {
    if (end <= start) return;
    if (start === 0 && end >= this._chars.length && this._chars.length > 0)
      this._baseStyle = this._styleAt(0);
    this._chars = this._chars.slice(0, start) + this._chars.slice(end);
    this._styles.splice(start, end - start);
  }
  _restyle(start: number, end: number, patch: Style): void {
    for (let i = start; i < end; i++) this._styles[i] = { ...this._styleAt(i), ...patch };
    if (this._chars.length === 0 || (start === 0 && end >= this._chars.length))
      this._baseStyle = { ...this._baseStyle, ...patch };
  }
  /** Replaces every match; the replacement takes the attributes of the first matched character. */
  _replace(re: RegExp, replacement: string): void {
    const src = this._chars;
    let out = '';
    const styles: Style[] = [];
    let last = 0;
    re.lastIndex = 0;
    for (let m = re.exec(src); m; m = re.exec(src)) {
      const start = m.index;
      const end = start + m[0].length;
      const rep = expandReplacement(replacement, m);
      out += src.slice(last, start);
      styles.push(...this._styles.slice(last, start));
      const st = end > start ? this._styleAt(start) : start > 0 ? this._styleAt(start - 1) : this._styleAt(0);
      out += rep;
      for (let i = 0; i < rep.length; i++) styles.push(st);
      last = end;
      if (end === start) {
        if (start >= src.length) break;
        out += src[start];
        styles.push(this._styleAt(start));
        last = start + 1;
        re.lastIndex = start + 1;
      }
    }
    if (last === 0 && out === '') return;
    out += src.slice(last);
    styles.push(...this._styles.slice(last));
    this._chars = out;
    this._styles = styles;
  }
  _values(key: string, start: number, end: number): unknown[] {
    if (this._chars.length === 0) return [this._baseStyle[key] ?? null];
    const out: unknown[] = [];
    for (let i = start; i < end; i++) out.push(this._styleAt(i)[key] ?? null);
    return out;
  }
  _style(key: string, args: readonly unknown[]): GasText {
    const { start, end, value } = styleArgs(args, this._chars.length);
    this._restyle(start, end, { [key]: value });
    return gas(this._me());
  }
  _get(key: string, offset?: number | null): never {
    if (offset === undefined || offset === null)
      return uniform(this._values(key, 0, this._chars.length)) as never;
    return (this._styleAt(offset)[key] ?? null) as never;
  }

  getText(): string {
    return this._chars;
  }
  setText(text: string): GasText {
    const st = this._chars.length > 0 ? this._styleAt(0) : this._baseStyle;
    this._chars = '';
    this._styles = [];
    this._insert(0, String(text), st);
    return gas(this._me());
  }
  appendText(text: string): GasText {
    this._insert(this._chars.length, String(text));
    return gas(this._me());
  }
  insertText(offset: number, text: string): GasText {
    if (!Number.isInteger(offset) || offset < 0 || offset > this._chars.length)
      throw new Error('Invalid argument: offset');
    this._insert(offset, String(text));
    return gas(this._me());
  }
  deleteText(startOffset: number, endOffsetInclusive: number): GasText {
    const { start, end } = styleArgs([startOffset, endOffsetInclusive, null], this._chars.length);
    this._delete(start, end);
    return gas(this._me());
  }
  editAsText(): GasText {
    return gas(this._me());
  }
  findText(searchPattern: string, from?: GasRangeElement | null): GasRangeElement {
    return gas(findIn(this._env, [this._me() as EmuText], searchPattern, from));
  }
  replaceText(searchPattern: string, replacement: string): GasElement {
    replaceIn([this._me() as EmuText], searchPattern, replacement);
    return gas(this._me());
  }
  setBold(...args: [boolean] | [number, number, boolean]): GasText {
    return this._style('BOLD', args);
  }
  setItalic(...args: [boolean] | [number, number, boolean]): GasText {
    return this._style('ITALIC', args);
  }
  setUnderline(...args: [boolean] | [number, number, boolean]): GasText {
    return this._style('UNDERLINE', args);
  }
  setStrikethrough(...args: [boolean] | [number, number, boolean]): GasText {
    return this._style('STRIKETHROUGH', args);
  }
  setFontSize(...args: [number] | [number, number, number]): GasText {
    return this._style('FONT_SIZE', args);
  }
  setFontFamily(...args: [string] | [number, number, string]): GasText {
    return this._style('FONT_FAMILY', args);
  }
  setForegroundColor(...args: [string] | [number, number, string]): GasText {
    return this._style('FOREGROUND_COLOR', args);
  }
  setBackgroundColor(...args: [string] | [number, number, string]): GasText {
    return this._style('BACKGROUND_COLOR', args);
  }
  setLinkUrl(...args: [string] | [number, number, string]): GasText {
    return this._style('LINK_URL', args);
  }
  isBold(offset?: number | null): boolean {
    return this._get('BOLD', offset);
  }
  isItalic(offset?: number | null): boolean {
    return this._get('ITALIC', offset);
  }
  isUnderline(offset?: number | null): boolean {
    return this._get('UNDERLINE', offset);
  }
  isStrikethrough(offset?: number | null): boolean {
    return this._get('STRIKETHROUGH', offset);
  }
  getFontSize(offset?: number | null): number {
    return this._get('FONT_SIZE', offset);
  }
  getFontFamily(offset?: number | null): string {
    return this._get('FONT_FAMILY', offset);
  }
  getForegroundColor(offset?: number | null): string {
    return this._get('FOREGROUND_COLOR', offset);
  }
  getBackgroundColor(offset?: number | null): string {
    return this._get('BACKGROUND_COLOR', offset);
  }
  getLinkUrl(offset?: number | null): string {
    return this._get('LINK_URL', offset);
  }
  /** Offsets where the attributes change, starting with 0. */
  getTextAttributeIndices(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this._chars.length; i++) {
      if (i === 0 || JSON.stringify(this._styleAt(i)) !== JSON.stringify(this._styleAt(i - 1))) out.push(i);
    }
    return out.length > 0 ? out : [0];
  }
  override getAttributes(offset?: number | null): Record<string, unknown> {
    return Object.fromEntries(TEXT_ATTRS.map((k) => [k, this._get(k, offset)]));
  }
  override setAttributes<T>(
    ...args: [Record<string, unknown>] | [number, number, Record<string, unknown>]
  ): T {
    const { start, end, value } = styleArgs(args, this._chars.length);
    const patch = Object.fromEntries(
      Object.entries((value ?? {}) as Record<string, unknown>).filter(([k]) => TEXT_ATTR_SET.has(k)),
    );
    this._restyle(start, end, patch);
    return gas<T>(this._me());
  }
}

/** A horizontal rule: an inline element of a Paragraph or ListItem. */
export class EmuHorizontalRule
  extends EmuElement
  implements Partial<GoogleAppsScript.Document.HorizontalRule>
{
  readonly _type = 'HORIZONTAL_RULE';
  readonly _gasTypeName = 'DocumentApp.HorizontalRule';
  readonly _className = 'HorizontalRule';
  static _create(env: Env): EmuHorizontalRule {
    return track(new EmuHorizontalRule(env), 'HorizontalRule', env);
  }
  _clone(): EmuHorizontalRule {
    return EmuHorizontalRule._create(this._env);
  }
  _textOf(): string {
    return '';
  }
}

/** A page break: an inline element of a Paragraph or ListItem, never inside a table cell. */
export class EmuPageBreak extends EmuElement implements Partial<GoogleAppsScript.Document.PageBreak> {
  readonly _type = 'PAGE_BREAK';
  readonly _gasTypeName = 'DocumentApp.PageBreak';
  readonly _className = 'PageBreak';
  static _create(env: Env): EmuPageBreak {
    return track(new EmuPageBreak(env), 'PageBreak', env);
  }
  _clone(): EmuPageBreak {
    return EmuPageBreak._create(this._env);
  }
  _textOf(): string {
    return '';
  }
}

// --- containers ------------------------------------------------------------------------------------------

abstract class EmuContainer extends EmuElement {
  readonly _children: EmuElement[] = [];
  _attrs: Record<string, unknown> = {};

  override _kids(): EmuElement[] {
    return this._children;
  }
  /** Puts a (detached) element at index; returns its proxy. */
  _adopt<E extends EmuElement>(index: number, el: E): E {
    el._parent = this._me();
    this._children.splice(index, 0, el);
    return el;
  }
  _cloneInto<C extends EmuContainer>(copy: C): C {
    copy._attrs = { ...this._attrs };
    for (const k of this._children) copy._adopt(copy._children.length, k._clone());
    return copy;
  }
  /** An element the script passes in to be inserted: it must be detached. */
  _takeDetached<E extends EmuElement>(
    el: unknown,
    cls: abstract new (...a: never[]) => E,
    member: string,
    args: readonly unknown[],
  ): E {
    if (!(el instanceof cls)) throw paramsError(member, args);
    if (el._parent) throw new Error(MUST_BE_DETACHED);
    return el;
  }
  _checkIndex(index: number, inclusive: boolean): void {
    const n = this._children.length;
    if (!Number.isInteger(index) || index < 0 || (inclusive ? index > n : index >= n))
      throw childIndexError(index, n, inclusive);
  }
  override _attrsOf(keys: readonly string[]): Record<string, unknown> {
    return Object.fromEntries(keys.map((k) => [k, this._attrs[k] ?? null]));
  }
  _setAttrs(attributes: Record<string, unknown>, keys: readonly string[]): void {
    for (const [k, v] of Object.entries(attributes ?? {})) if (keys.includes(k)) this._attrs[k] = v;
  }

  getNumChildren(): number {
    return this._children.length;
  }
  getChild<T>(childIndex: number): T {
    this._checkIndex(childIndex, false);
    return gas<T>(this._children[childIndex]);
  }
  getChildIndex(child: GasElement): number {
    const i = this._children.indexOf(child as unknown as EmuElement);
    // Wording not verified.
    if (i < 0) throw new Error('Element does not contain the specified child element.');
    return i;
  }
  getText(): string {
    return this._textOf();
  }
  findText(searchPattern: string, from?: GasRangeElement | null): GasRangeElement {
    return gas(findIn(this._env, this._texts(), searchPattern, from));
  }
  replaceText<T>(searchPattern: string, replacement: string): T {
    replaceIn(this._texts(), searchPattern, replacement);
    return gas<T>(this._me());
  }
  editAsText(): GasText {
    return gas(EmuTextView._create(this._env, this._me() as EmuContainer));
  }
  /** The first descendant of a type after `from`. */
  findElement(
    elementType: GoogleAppsScript.Document.ElementType,
    from?: GasRangeElement | null,
  ): GasRangeElement {
    const all: EmuElement[] = [];
    const walk = (e: EmuElement): void => {
      for (const k of e._kids()) {
        all.push(k);
        walk(k);
      }
    };
    walk(this);
    const start = from instanceof EmuRangeElement ? all.indexOf(from._element) + 1 : 0;
    const found = all.slice(start).find((e) => e._type === String(elementType));
    return gas(found ? EmuRangeElement._create(this._env, found, -1, -1, false) : null);
  }
}

// --- Paragraph and ListItem ------------------------------------------------------------------------------

abstract class EmuParagraphBase extends EmuContainer {
  /** Text attributes set on an empty paragraph, given to the text typed into it. */
  _pendingStyle: Style = EMPTY;

  override _textOf(): string {
    return this._children.map((k) => k._textOf()).join('');
  }
  _newText(text: string): EmuText {
    const first = this._texts()[0];
    return EmuText._create(this._env, text, first ? first._styleAt(0) : this._pendingStyle);
  }
  _member(method: string): string {
    return `${this._gasTypeName}.${method}`;
  }
  _insertInline<E extends EmuElement>(index: number, el: E): E {
    this._checkIndex(index, true);
    return this._adopt(index, el);
  }
  _inTableCell(): boolean {
    for (let p = this._parent; p; p = p._parent) if (p instanceof EmuTableCell) return true;
    return false;
  }
  private _pageBreak(index: number, args: readonly unknown[], method: string): EmuPageBreak {
    // "PageBreaks can't be contained within TableCells" (wording of the error not verified).
    if (this._inTableCell()) throw new Error('PageBreak cannot be inserted in a table cell.');
    const pb =
      args[0] === undefined || args[0] === null
        ? EmuPageBreak._create(this._env)
        : this._takeDetached(args[0], EmuPageBreak, this._member(method), args);
    return this._insertInline(index, pb);
  }

  /** "Sets the contents of the paragraph as text. Note: existing contents are cleared." */
  setText(text: string): void {
    const t = this._newText(String(text));
    for (const k of [...this._children]) k._detach();
    if (t._chars.length > 0) this._adopt(0, t);
  }
  appendText(...args: [string | GasText]): GasText {
    return this.insertText(this._children.length, ...args);
  }
  insertText(childIndex: number, ...args: [string | GasText]): GasText {
    const x = args[0];
    const t =
      typeof x === 'string'
        ? this._newText(x)
        : this._takeDetached(x, EmuText, this._member('insertText'), args);
    return gas(this._insertInline(childIndex, t));
  }
  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    return gas(this._insertInline(this._children.length, EmuHorizontalRule._create(this._env)));
  }
  insertHorizontalRule(childIndex: number): GoogleAppsScript.Document.HorizontalRule {
    return gas(this._insertInline(childIndex, EmuHorizontalRule._create(this._env)));
  }
  appendPageBreak(...args: [GoogleAppsScript.Document.PageBreak?]): GoogleAppsScript.Document.PageBreak {
    return gas(this._pageBreak(this._children.length, args, 'appendPageBreak'));
  }
  insertPageBreak(
    childIndex: number,
    ...args: [GoogleAppsScript.Document.PageBreak?]
  ): GoogleAppsScript.Document.PageBreak {
    return gas(this._pageBreak(childIndex, args, 'insertPageBreak'));
  }
  removeChild<T>(child: GasElement): T {
    this.getChildIndex(child);
    (child as unknown as EmuElement)._detach();
    return gas<T>(this._me());
  }
  clear<T>(): T {
    for (const k of [...this._children]) k._detach();
    return gas<T>(this._me());
  }
  getHeading(): GoogleAppsScript.Document.ParagraphHeading {
    return gas(this._attrs['HEADING'] ?? 'NORMAL');
  }
  setHeading<T>(heading: GoogleAppsScript.Document.ParagraphHeading): T {
    this._attrs['HEADING'] = String(heading);
    return gas<T>(this._me());
  }
  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    return gas(this._attrs['HORIZONTAL_ALIGNMENT'] ?? null);
  }
  setAlignment<T>(alignment: GoogleAppsScript.Document.HorizontalAlignment): T {
    this._attrs['HORIZONTAL_ALIGNMENT'] = String(alignment);
    return gas<T>(this._me());
  }
  getIndentStart(): number {
    return gas(this._attrs['INDENT_START'] ?? null);
  }
  setIndentStart<T>(indentStart: number): T {
    this._attrs['INDENT_START'] = indentStart;
    return gas<T>(this._me());
  }
  getIndentFirstLine(): number {
    return gas(this._attrs['INDENT_FIRST_LINE'] ?? null);
  }
  setIndentFirstLine<T>(indentFirstLine: number): T {
    this._attrs['INDENT_FIRST_LINE'] = indentFirstLine;
    return gas<T>(this._me());
  }
  getSpacingBefore(): number {
    return gas(this._attrs['SPACING_BEFORE'] ?? null);
  }
  setSpacingBefore<T>(spacingBefore: number): T {
    this._attrs['SPACING_BEFORE'] = spacingBefore;
    return gas<T>(this._me());
  }
  getSpacingAfter(): number {
    return gas(this._attrs['SPACING_AFTER'] ?? null);
  }
  setSpacingAfter<T>(spacingAfter: number): T {
    this._attrs['SPACING_AFTER'] = spacingAfter;
    return gas<T>(this._me());
  }
  getLineSpacing(): number {
    return gas(this._attrs['LINE_SPACING'] ?? null);
  }
  setLineSpacing<T>(multiplier: number): T {
    this._attrs['LINE_SPACING'] = multiplier;
    return gas<T>(this._me());
  }
  getLinkUrl(): string {
    return gas(uniform(this._texts().flatMap((t) => t._values('LINK_URL', 0, t._chars.length))));
  }
  setLinkUrl<T>(url: string): T {
    for (const t of this._texts()) t._restyle(0, t._chars.length, { LINK_URL: url });
    return gas<T>(this._me());
  }
  /** Paragraph attributes, and the text attributes when uniform (null when mixed or inherited). */
  override getAttributes(): Record<string, unknown> {
    const texts = this._texts();
    const text = Object.fromEntries(
      TEXT_ATTRS.map((k) => [
        k,
        texts.length === 0
          ? (this._pendingStyle[k] ?? null)
          : uniform(texts.flatMap((t) => t._values(k, 0, t._chars.length))),
      ]),
    );
    return {
      ...text,
      ...this._attrsOf(this._type === 'LIST_ITEM' ? [...PARAGRAPH_ATTRS, ...LIST_ATTRS] : PARAGRAPH_ATTRS),
      HEADING: this._attrs['HEADING'] ?? 'NORMAL',
    };
  }
  /** Paragraph attributes apply to the paragraph, text attributes to all its text. */
  override setAttributes<T>(attributes: Record<string, unknown>): T {
    this._setAttrs(
      attributes,
      this._type === 'LIST_ITEM' ? [...PARAGRAPH_ATTRS, ...LIST_ATTRS] : PARAGRAPH_ATTRS,
    );
    const patch = Object.fromEntries(Object.entries(attributes ?? {}).filter(([k]) => TEXT_ATTR_SET.has(k)));
    const texts = this._texts();
    for (const t of texts) t._restyle(0, t._chars.length, patch);
    if (texts.length === 0) this._pendingStyle = { ...this._pendingStyle, ...patch };
    return gas<T>(this._me());
  }
}

/** https://developers.google.com/apps-script/reference/document/paragraph */
export class EmuParagraph extends EmuParagraphBase implements Partial<GasParagraph> {
  readonly _type = 'PARAGRAPH';
  readonly _gasTypeName = 'DocumentApp.Paragraph';
  readonly _className = 'Paragraph';
  static _create(env: Env, text = ''): EmuParagraph {
    const p = track(new EmuParagraph(env), 'Paragraph', env);
    if (text !== '') p._adopt(0, EmuText._create(env, text));
    return p;
  }
  _clone(): EmuParagraph {
    const c = this._cloneInto(EmuParagraph._create(this._env));
    c._pendingStyle = this._pendingStyle;
    return c;
  }
}

let listSeq = 0;

/** https://developers.google.com/apps-script/reference/document/list-item */
export class EmuListItem extends EmuParagraphBase implements Partial<GasListItem> {
  readonly _type = 'LIST_ITEM';
  readonly _gasTypeName = 'DocumentApp.ListItem';
  readonly _className = 'ListItem';
  static _create(env: Env, text = ''): EmuListItem {
    const li = track(new EmuListItem(env), 'ListItem', env);
    li._attrs = { GLYPH_TYPE: 'BULLET', NESTING_LEVEL: 0, LIST_ID: `kix.list${++listSeq}` };
    if (text !== '') li._adopt(0, EmuText._create(env, text));
    return li;
  }
  _clone(): EmuListItem {
    const c = this._cloneInto(EmuListItem._create(this._env));
    c._pendingStyle = this._pendingStyle;
    return c;
  }
  getGlyphType(): GoogleAppsScript.Document.GlyphType {
    return gas(this._attrs['GLYPH_TYPE']);
  }
  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType): GasListItem {
    this._attrs['GLYPH_TYPE'] = String(glyphType);
    return gas(this._me());
  }
  getNestingLevel(): number {
    return Number(this._attrs['NESTING_LEVEL'] ?? 0);
  }
  setNestingLevel(nestingLevel: number): GasListItem {
    this._attrs['NESTING_LEVEL'] = nestingLevel;
    return gas(this._me());
  }
  getListId(): string {
    return String(this._attrs['LIST_ID']);
  }
  setListId(listItem: GasListItem): GasListItem {
    this._attrs['LIST_ID'] = (listItem as unknown as EmuListItem)._attrs['LIST_ID'];
    return gas(this._me());
  }
}

// --- sections: Body and TableCell ------------------------------------------------------------------------

/** A container of blocks (Paragraph, ListItem, Table) that always holds at least one paragraph and ends with one. */
export abstract class EmuSection extends EmuContainer {
  override _textOf(): string {
    return this._children.map((k) => k._textOf()).join('\n');
  }
  _member(method: string): string {
    return `${this._gasTypeName}.${method}`;
  }
  /** "A section always ends with a paragraph": a table at the end gets an empty paragraph after it. */
  _ensureTrailingParagraph(): void {
    const last = this._children[this._children.length - 1];
    if (!(last instanceof EmuParagraphBase))
      this._adopt(this._children.length, EmuParagraph._create(this._env));
  }
  _insertBlock<E extends EmuElement>(index: number, el: E): E {
    this._checkIndex(index, true);
    this._adopt(index, el);
    this._ensureTrailingParagraph();
    return el;
  }
  /** Removing the last paragraph of a section throws, as in Apps Script. */
  _removeChecked(child: EmuElement): void {
    const i = this._children.indexOf(child);
    if (i < 0) throw new Error('Element does not contain the specified child element.');
    if (child instanceof EmuParagraphBase && i === this._children.length - 1) throw new Error(LAST_PARAGRAPH);
    child._detach();
  }
  _paragraph(member: string, args: readonly unknown[], at: number, list: boolean): EmuParagraphBase {
    const x = args[at];
    if (typeof x === 'string')
      return list ? EmuListItem._create(this._env, x) : EmuParagraph._create(this._env, x);
    return list
      ? this._takeDetached(x, EmuListItem, member, args)
      : this._takeDetached(x, EmuParagraph, member, args);
  }
  _table(member: string, args: readonly unknown[], at: number): EmuTable {
    const x = args[at];
    if (x === undefined || x === null) return EmuTable._create(this._env, []);
    if (Array.isArray(x)) {
      if (!x.every((row) => Array.isArray(row) && row.every((c) => typeof c === 'string')))
        throw paramsError(member, args);
      return EmuTable._create(this._env, x as string[][]);
    }
    return this._takeDetached(x, EmuTable, member, args);
  }
  _setText(text: string): void {
    for (const k of [...this._children]) k._detach();
    this._adopt(0, EmuParagraph._create(this._env, String(text)));
  }

  _insertParagraph(index: number, member: string, args: readonly unknown[], list: boolean): EmuParagraphBase {
    const p = this._paragraph(this._member(member), args, args.length - 1, list);
    this._checkIndex(index, true);
    // A new list item continues the list right before it; an inserted copy keeps its own list.
    const prev = this._children[index - 1];
    if (list && typeof args[args.length - 1] === 'string' && prev instanceof EmuListItem) {
      p._attrs['LIST_ID'] = prev._attrs['LIST_ID'];
    }
    return this._insertBlock(index, p);
  }

  appendParagraph(...args: [string | GasParagraph]): GasParagraph {
    return gas(this._insertParagraph(this._children.length, 'appendParagraph', args, false));
  }
  insertParagraph(childIndex: number, ...args: [string | GasParagraph]): GasParagraph {
    return gas(this._insertParagraph(childIndex, 'insertParagraph', [childIndex, ...args], false));
  }
  appendListItem(...args: [string | GasListItem]): GasListItem {
    return gas(this._insertParagraph(this._children.length, 'appendListItem', args, true));
  }
  insertListItem(childIndex: number, ...args: [string | GasListItem]): GasListItem {
    return gas(this._insertParagraph(childIndex, 'insertListItem', [childIndex, ...args], true));
  }
  /** appendTable(), appendTable(cells: String[][]) or appendTable(table); an empty paragraph follows it. */
  appendTable(...args: [(string[][] | GasTable | null)?]): GasTable {
    return gas(this._insertBlock(this._children.length, this._table(this._member('appendTable'), args, 0)));
  }
  insertTable(childIndex: number, ...args: [(string[][] | GasTable | null)?]): GasTable {
    const t = this._table(this._member('insertTable'), [childIndex, ...args], 1);
    return gas(this._insertBlock(childIndex, t));
  }
  /** A new paragraph holding the rule; returns the rule. */
  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    return this.insertHorizontalRule(this._children.length);
  }
  insertHorizontalRule(childIndex: number): GoogleAppsScript.Document.HorizontalRule {
    const p = EmuParagraph._create(this._env);
    const hr = p._adopt(0, EmuHorizontalRule._create(this._env));
    this._insertBlock(childIndex, p);
    return gas(hr);
  }
  removeChild<T>(child: GasElement): T {
    this._removeChecked(child as unknown as EmuElement);
    return gas<T>(this._me());
  }
  /** Clears the section; one empty paragraph remains. */
  clear<T>(): T {
    this._setText('');
    return gas<T>(this._me());
  }
  setText<T>(text: string): T {
    this._setText(text);
    return gas<T>(this._me());
  }
  /** All paragraphs and list items, including those inside tables. */
  getParagraphs(): GasParagraph[] {
    const out: EmuElement[] = [];
    const walk = (e: EmuElement): void => {
      for (const k of e._kids()) {
        if (k instanceof EmuParagraphBase) out.push(k);
        else walk(k);
      }
    };
    walk(this);
    return gas(out);
  }
  getListItems(): GasListItem[] {
    return gas((this.getParagraphs() as unknown as EmuElement[]).filter((p) => p instanceof EmuListItem));
  }
  getTables(): GasTable[] {
    const out: EmuElement[] = [];
    const walk = (e: EmuElement): void => {
      for (const k of e._kids()) {
        if (k instanceof EmuTable) out.push(k);
        walk(k);
      }
    };
    walk(this);
    return gas(out);
  }
}

/** The body of a document. https://developers.google.com/apps-script/reference/document/body */
export class EmuBody extends EmuSection implements Partial<GoogleAppsScript.Document.Body> {
  readonly _type = 'BODY_SECTION';
  readonly _gasTypeName = 'DocumentApp.Body';
  /** live Apps Script: String(body) is "DocumentBodySection" (gas-fakes test/testdocs.js). */
  readonly _className = 'DocumentBodySection';
  _live: DocLive | null = null;

  /** A new Body holds one empty paragraph. */
  static _create(env: Env): EmuBody {
    const b = track(new EmuBody(env), 'Body', env);
    b._adopt(0, EmuParagraph._create(env));
    return b;
  }
  _clone(): EmuBody {
    const b = track(new EmuBody(this._env), 'Body', this._env);
    return this._cloneInto(b);
  }
  /** A new paragraph holding the page break; returns the break. */
  appendPageBreak(pageBreak?: GoogleAppsScript.Document.PageBreak): GoogleAppsScript.Document.PageBreak {
    return this.insertPageBreak(this._children.length, pageBreak);
  }
  insertPageBreak(
    childIndex: number,
    pageBreak?: GoogleAppsScript.Document.PageBreak | null,
  ): GoogleAppsScript.Document.PageBreak {
    const args = [childIndex, pageBreak];
    const pb =
      pageBreak === undefined || pageBreak === null
        ? EmuPageBreak._create(this._env)
        : this._takeDetached(pageBreak, EmuPageBreak, this._member('insertPageBreak'), args);
    const p = EmuParagraph._create(this._env);
    p._adopt(0, pb);
    this._insertBlock(childIndex, p);
    return gas(pb);
  }
  override getAttributes(): Record<string, unknown> {
    return this._attrsOf(BODY_ATTRS);
  }
  override setAttributes<T>(attributes: Record<string, unknown>): T {
    this._setAttrs(attributes, BODY_ATTRS);
    return gas<T>(this._me());
  }
}

// --- tables ----------------------------------------------------------------------------------------------

/** https://developers.google.com/apps-script/reference/document/table-cell */
export class EmuTableCell extends EmuSection implements Partial<GasTableCell> {
  readonly _type = 'TABLE_CELL';
  readonly _gasTypeName = 'DocumentApp.TableCell';
  readonly _className = 'TableCell';
  /** A cell always holds at least one paragraph. */
  static _create(env: Env, text = ''): EmuTableCell {
    const c = track(new EmuTableCell(env), 'TableCell', env);
    c._adopt(0, EmuParagraph._create(env, text));
    return c;
  }
  _clone(): EmuTableCell {
    return this._cloneInto(track(new EmuTableCell(this._env), 'TableCell', this._env));
  }
  getParentRow(): GasTableRow {
    return gas(this._parent);
  }
  getParentTable(): GasTable {
    return gas(this._parent?._parent ?? null);
  }
  getBackgroundColor(): string {
    return gas(this._attrs['BACKGROUND_COLOR'] ?? null);
  }
  setBackgroundColor(color: string): GasTableCell {
    this._attrs['BACKGROUND_COLOR'] = color;
    return gas(this._me());
  }
  getVerticalAlignment(): GoogleAppsScript.Document.VerticalAlignment {
    return gas(this._attrs['VERTICAL_ALIGNMENT'] ?? null);
  }
  setVerticalAlignment(alignment: GoogleAppsScript.Document.VerticalAlignment): GasTableCell {
    this._attrs['VERTICAL_ALIGNMENT'] = String(alignment);
    return gas(this._me());
  }
  getWidth(): number {
    return gas(this._attrs['WIDTH'] ?? null);
  }
  setWidth(width: number): GasTableCell {
    this._attrs['WIDTH'] = width;
    return gas(this._me());
  }
  getColSpan(): number {
    return 1;
  }
  getRowSpan(): number {
    return 1;
  }
  override getAttributes(): Record<string, unknown> {
    return this._attrsOf(CELL_ATTRS);
  }
  override setAttributes<T>(attributes: Record<string, unknown>): T {
    this._setAttrs(attributes, CELL_ATTRS);
    return gas<T>(this._me());
  }
}

/** https://developers.google.com/apps-script/reference/document/table-row */
export class EmuTableRow extends EmuContainer implements Partial<GasTableRow> {
  readonly _type = 'TABLE_ROW';
  readonly _gasTypeName = 'DocumentApp.TableRow';
  readonly _className = 'TableRow';
  static _create(env: Env, cells: readonly string[] = []): EmuTableRow {
    const r = track(new EmuTableRow(env), 'TableRow', env);
    for (const text of cells) r._adopt(r._children.length, EmuTableCell._create(env, text));
    return r;
  }
  _clone(): EmuTableRow {
    return this._cloneInto(EmuTableRow._create(this._env));
  }
  /** Cells joined with "\n" (live behaviour, gas-fakes test/testdocsnext.js). */
  override _textOf(): string {
    return this._children.map((k) => k._textOf()).join('\n');
  }
  getNumCells(): number {
    return this._children.length;
  }
  getCell(cellIndex: number): GasTableCell {
    return this.getChild(cellIndex);
  }
  /** A new cell holding one paragraph with the text (empty without). */
  appendTableCell(textContentsOrCell?: string | GasTableCell | null): GasTableCell {
    return this.insertTableCell(this._children.length, textContentsOrCell);
  }
  insertTableCell(childIndex: number, textContentsOrCell?: string | GasTableCell | null): GasTableCell {
    this._checkIndex(childIndex, true);
    const x = textContentsOrCell;
    const cell =
      x === undefined || x === null || typeof x === 'string'
        ? EmuTableCell._create(this._env, x ?? '')
        : this._takeDetached(x, EmuTableCell, 'DocumentApp.TableRow.insertTableCell', [childIndex, x]);
    return gas(this._adopt(childIndex, cell));
  }
  removeCell(cellIndex: number): GasTableCell {
    const cell = this.getChild<EmuTableCell>(cellIndex);
    cell._detach();
    return gas(cell);
  }
  removeChild(child: GasElement): GasTableRow {
    this.getChildIndex(child);
    (child as unknown as EmuElement)._detach();
    return gas(this._me());
  }
  getParentTable(): GasTable {
    return gas(this._parent);
  }
  getMinimumHeight(): number {
    return gas(this._attrs['MINIMUM_HEIGHT'] ?? null);
  }
  setMinimumHeight(minHeight: number): GasTableRow {
    this._attrs['MINIMUM_HEIGHT'] = minHeight;
    return gas(this._me());
  }
  override getAttributes(): Record<string, unknown> {
    return this._attrsOf(ROW_ATTRS);
  }
  override setAttributes<T>(attributes: Record<string, unknown>): T {
    this._setAttrs(attributes, ROW_ATTRS);
    return gas<T>(this._me());
  }
}

/** https://developers.google.com/apps-script/reference/document/table */
export class EmuTable extends EmuContainer implements Partial<GasTable> {
  readonly _type = 'TABLE';
  readonly _gasTypeName = 'DocumentApp.Table';
  readonly _className = 'Table';
  readonly _columnWidths = new Map<number, number>();
  /** appendTable() makes a table with no rows (live Apps Script, gas-fakes test/testdocsnext.js). */
  static _create(env: Env, cells: readonly (readonly string[])[]): EmuTable {
    const t = track(new EmuTable(env), 'Table', env);
    for (const row of cells) t._adopt(t._children.length, EmuTableRow._create(env, row));
    return t;
  }
  _clone(): EmuTable {
    const c = this._cloneInto(EmuTable._create(this._env, []));
    for (const [k, v] of this._columnWidths) c._columnWidths.set(k, v);
    return c;
  }
  /** Rows joined with "\n", cells too: "R1C1\nR1C2\nR2C1\nR2C2" (live behaviour, gas-fakes test/testdocsnext.js). */
  override _textOf(): string {
    return this._children.map((k) => k._textOf()).join('\n');
  }
  getNumRows(): number {
    return this._children.length;
  }
  getRow(rowIndex: number): GasTableRow {
    return this.getChild(rowIndex);
  }
  getCell(rowIndex: number, cellIndex: number): GasTableCell {
    return this.getChild<EmuTableRow>(rowIndex).getChild(cellIndex);
  }
  /** appendTableRow() adds a row with no cells; appendTableRow(row) a detached row (a copy). */
  appendTableRow(tableRow?: GasTableRow): GasTableRow {
    return this.insertTableRow(this._children.length, tableRow);
  }
  insertTableRow(childIndex: number, tableRow?: GasTableRow | null): GasTableRow {
    this._checkIndex(childIndex, true);
    const row =
      tableRow === undefined || tableRow === null
        ? EmuTableRow._create(this._env)
        : this._takeDetached(tableRow, EmuTableRow, 'DocumentApp.Table.insertTableRow', [
            childIndex,
            tableRow,
          ]);
    return gas(this._adopt(childIndex, row));
  }
  removeRow(rowIndex: number): GasTableRow {
    const row = this.getChild<EmuTableRow>(rowIndex);
    row._detach();
    return gas(row);
  }
  removeChild(child: GasElement): GasTable {
    this.getChildIndex(child);
    (child as unknown as EmuElement)._detach();
    return gas(this._me());
  }
  getBorderWidth(): number {
    return gas(this._attrs['BORDER_WIDTH'] ?? null);
  }
  setBorderWidth(width: number): GasTable {
    this._attrs['BORDER_WIDTH'] = width;
    return gas(this._me());
  }
  getBorderColor(): string {
    return gas(this._attrs['BORDER_COLOR'] ?? null);
  }
  setBorderColor(color: string): GasTable {
    this._attrs['BORDER_COLOR'] = color;
    return gas(this._me());
  }
  getColumnWidth(columnIndex: number): number {
    return gas(this._columnWidths.get(columnIndex) ?? null);
  }
  setColumnWidth(columnIndex: number, width: number): GasTable {
    this._columnWidths.set(columnIndex, width);
    return gas(this._me());
  }
  override getAttributes(): Record<string, unknown> {
    return this._attrsOf(TABLE_ATTRS);
  }
  override setAttributes<T>(attributes: Record<string, unknown>): T {
    this._setAttrs(attributes, TABLE_ATTRS);
    return gas<T>(this._me());
  }
}

// --- editAsText on containers ---------------------------------------------------------------------------

interface Unit {
  para: EmuParagraphBase;
  start: number;
  text: string;
}

/**
 * `editAsText()` of a container: one Text over the paragraphs inside, joined with "\n" (what getText gives).
 * Attribute ranges, insertions and deletions map back onto the Text elements of those paragraphs; deleting
 * across paragraphs merges them, as typing over a selection does. Non-text children are ignored.
 */
export class EmuTextView implements Partial<GasText> {
  // Borrowed from EmuText (see TEXT_ATTRIBUTE_METHODS below).
  declare setBold: EmuText['setBold'];
  declare setItalic: EmuText['setItalic'];
  declare setUnderline: EmuText['setUnderline'];
  declare setStrikethrough: EmuText['setStrikethrough'];
  declare setFontSize: EmuText['setFontSize'];
  declare setFontFamily: EmuText['setFontFamily'];
  declare setForegroundColor: EmuText['setForegroundColor'];
  declare setBackgroundColor: EmuText['setBackgroundColor'];
  declare setLinkUrl: EmuText['setLinkUrl'];
  declare isBold: EmuText['isBold'];
  declare isItalic: EmuText['isItalic'];
  declare isUnderline: EmuText['isUnderline'];
  declare getFontSize: EmuText['getFontSize'];
  declare getForegroundColor: EmuText['getForegroundColor'];
  declare getLinkUrl: EmuText['getLinkUrl'];
  constructor(
    readonly _env: Env,
    readonly _container: EmuContainer,
  ) {}
  static _create(env: Env, container: EmuContainer): EmuTextView {
    return track(new EmuTextView(env, container), 'Text', env);
  }
  _checkOpen(): void {
    this._container._checkOpen();
  }
  _units(): Unit[] {
    const paras: EmuParagraphBase[] = [];
    const walk = (e: EmuElement): void => {
      if (e instanceof EmuParagraphBase) paras.push(e);
      else for (const k of e._kids()) walk(k);
    };
    walk(this._container);
    let start = 0;
    return paras.map((para) => {
      const text = para._textOf();
      const u = { para, start, text };
      start += text.length + 1;
      return u;
    });
  }
  _text(): string {
    return this._units()
      .map((u) => u.text)
      .join('\n');
  }
  /** Calls fn for each piece of Text inside [start, end) of the view. */
  _each(start: number, end: number, fn: (t: EmuText, s: number, e: number) => void): void {
    for (const u of this._units()) {
      let pos = u.start;
      for (const t of u.para._texts()) {
        const s = Math.max(start, pos);
        const e = Math.min(end, pos + t._chars.length);
        if (s < e) fn(t, s - pos, e - pos);
        pos += t._chars.length;
      }
    }
  }
  private _self(): GasText {
    return gas(proxyOf(this));
  }
  _style(key: string, args: readonly unknown[]): GasText {
    const { start, end, value } = styleArgs(args, this._text().length);
    this._each(start, end, (t, s, e) => t._restyle(s, e, { [key]: value }));
    return this._self();
  }
  _get(key: string, offset?: number | null): never {
    const values: unknown[] = [];
    const [s, e] = offset === undefined || offset === null ? [0, this._text().length] : [offset, offset + 1];
    this._each(s, e, (t, a, b) => values.push(...t._values(key, a, b)));
    return uniform(values) as never;
  }

  getText(): string {
    return this._text();
  }
  getType(): GoogleAppsScript.Document.ElementType {
    return gas('TEXT');
  }
  editAsText(): GasText {
    return this._self();
  }
  setText(text: string): GasText {
    const c = this._container;
    if (c instanceof EmuParagraphBase) c.setText(text);
    else if (c instanceof EmuSection) c._setText(text);
    else throw new NotImplementedError(`Text.setText() on the text of a ${c._type}`);
    return this._self();
  }
  insertText(offset: number, text: string): GasText {
    const units = this._units();
    const u = units.find((x) => offset >= x.start && offset <= x.start + x.text.length);
    if (!u || !Number.isInteger(offset)) throw new Error('Invalid argument: offset');
    let pos = u.start;
    for (const t of u.para._texts()) {
      if (offset <= pos + t._chars.length) {
        t._insert(offset - pos, String(text));
        return this._self();
      }
      pos += t._chars.length;
    }
    u.para._adopt(u.para._children.length, u.para._newText(String(text)));
    return this._self();
  }
  appendText(text: string): GasText {
    return this.insertText(this._text().length, text);
  }
  /** Deletes a range; a range spanning paragraphs of one section merges them. */
  deleteText(startOffset: number, endOffsetInclusive: number): GasText {
    const { start, end } = styleArgs([startOffset, endOffsetInclusive, null], this._text().length);
    const units = this._units();
    const first = units.find((u) => start <= u.start + u.text.length);
    const last = [...units].reverse().find((u) => end - 1 >= u.start) ?? first;
    if (!first || !last) return this._self();
    if (first !== last) {
      const between = units.slice(units.indexOf(first), units.indexOf(last) + 1);
      if (between.some((u) => u.para._parent !== first.para._parent)) {
        throw new NotImplementedError('Text.deleteText() across a table boundary');
      }
    }
    this._each(start, end, (t, s, e) => t._delete(s, e));
    if (first !== last) {
      const between = units.slice(units.indexOf(first) + 1, units.indexOf(last));
      for (const u of between) u.para._detach();
      for (const k of [...last.para._children]) {
        k._detach();
        first.para._adopt(first.para._children.length, k);
      }
      last.para._detach();
    }
    return this._self();
  }
  findText(searchPattern: string, from?: GasRangeElement | null): GasRangeElement {
    return this._container.findText(searchPattern, from);
  }
  replaceText(searchPattern: string, replacement: string): GasElement {
    this._container.replaceText(searchPattern, replacement);
    return gas(this._self());
  }
  toString(): string {
    return 'Text';
  }
}

/**
 * A container's text view styles characters exactly as a Text does: the methods only call `_style` and
 * `_get`, which both classes implement for their own storage. So the view borrows Text's methods rather
 * than repeating them (before the guard below wraps each class's own methods).
 */
const TEXT_ATTRIBUTE_METHODS = [
  'setBold',
  'setItalic',
  'setUnderline',
  'setStrikethrough',
  'setFontSize',
  'setFontFamily',
  'setForegroundColor',
  'setBackgroundColor',
  'setLinkUrl',
  'isBold',
  'isItalic',
  'isUnderline',
  'getFontSize',
  'getForegroundColor',
  'getLinkUrl',
] as const;
for (const name of TEXT_ATTRIBUTE_METHODS) {
  Object.defineProperty(
    EmuTextView.prototype,
    name,
    Object.getOwnPropertyDescriptor(EmuText.prototype, name)!,
  );
}

// --- closed documents ------------------------------------------------------------------------------------

/** Every public method of these classes first checks that the document is still open. */
export function guardMethods(cls: { prototype: object }): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key === 'constructor' || key === 'toString' || key.startsWith('_')) continue;
    const desc = Object.getOwnPropertyDescriptor(proto, key);
    const fn = desc?.value;
    if (typeof fn !== 'function') continue;
    Object.defineProperty(proto, key, {
      ...desc,
      value: function guarded(this: { _checkOpen(): void }, ...args: unknown[]) {
        this._checkOpen();
        return (fn as (...a: unknown[]) => unknown).apply(this, args);
      },
    });
  }
}

for (const cls of [
  EmuElement,
  EmuContainer,
  EmuText,
  EmuParagraphBase,
  EmuParagraph,
  EmuListItem,
  EmuSection,
  EmuBody,
  EmuTableCell,
  EmuTableRow,
  EmuTable,
  EmuTextView,
  EmuRangeElement,
]) {
  guardMethods(cls);
}
