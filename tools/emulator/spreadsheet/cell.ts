import { formatSheetsDate } from '../core/dateFormat.js';
import { isDate } from '../core/env.js';

/**
 * What a cell holds. Dates are kept as epoch milliseconds so that the script always receives a Date
 * of its own realm (a fresh Apps Script execution never sees objects from an earlier one).
 */
export type Stored = string | number | boolean | { readonly date: number };

export interface DataValidationSpec {
  criteria: string;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface Cell {
  value: Stored;
  formula: string;
  numberFormat?: string;
  background?: string;
  fontColor?: string;
  fontWeight?: string;
  fontStyle?: string;
  fontSize?: number;
  wrap?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  note?: string;
  validation?: DataValidationSpec | null;
  /** A link set through a RichTextValue (text with a URL). */
  linkUrl?: string | null;
}

export const emptyCell = (): Cell => ({ value: '', formula: '' });

/**
 * A value written by setValue/setValues is parsed as if a user typed it
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)):
 * a leading `=` makes a formula, a leading `'` forces text (the apostrophe is not stored), numbers,
 * booleans and dates in the spreadsheet's locale (nb_NO: dd.mm.yyyy) become typed values.
 * A leading `+` or `-` that is not a number also starts a formula in Sheets ("+47 123" gives #ERROR!).
 * A cell formatted as plain text (`@`) keeps what is written as text.
 */
export function parseTyped(
  input: unknown,
  numberFormat: string | undefined,
  dateAt: (y: number, m: number, d: number) => number,
): Pick<Cell, 'value' | 'formula'> {
  if (input === null || input === undefined) return { value: '', formula: '' };
  if (isDate(input)) return { value: { date: input.getTime() }, formula: '' };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input, formula: '' };
  const text = String(input);
  if (text === '') return { value: '', formula: '' };
  if (text.startsWith("'")) return { value: text.slice(1), formula: '' };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  if (numberFormat === '@') return { value: text, formula: '' };
  const trimmed = text.trim();
  if (/^[+-]?\d+([.,]\d+)?$/.test(trimmed)) return { value: Number(trimmed.replace(',', '.')), formula: '' };
  if (/^[+-]/.test(text) && text.length > 1) return { value: '', formula: `=${text}` };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true', formula: '' };
  const nbDate = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  if (nbDate)
    return { value: { date: dateAt(Number(nbDate[3]), Number(nbDate[2]), Number(nbDate[1])) }, formula: '' };
  const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (isoDate)
    return {
      value: { date: dateAt(Number(isoDate[1]), Number(isoDate[2]), Number(isoDate[3])) },
      formula: '',
    };
  return { value: text, formula: '' };
}

/** The value as the script receives it from getValues(). */
export function toScriptValue(
  value: Stored,
  newDate: (ms: number) => Date,
): string | number | boolean | Date {
  if (typeof value === 'object') return newDate(value.date);
  return value;
}

/** What a person sees in the cell (getDisplayValues), in the nb_NO locale. */
export function displayOf(value: Stored, numberFormat: string | undefined, timeZone: string): string {
  if (typeof value === 'object') {
    const d = new Date(value.date);
    const pattern =
      numberFormat && /[dmy]/i.test(numberFormat)
        ? numberFormat
        : hasTime(d, timeZone)
          ? 'dd.mm.yyyy hh:mm:ss'
          : 'dd.mm.yyyy';
    return formatSheetsDate(d, timeZone, pattern);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return String(value).replace('.', ',');
  return value;
}

function hasTime(d: Date, timeZone: string): boolean {
  return formatSheetsDate(d, timeZone, 'hh:mm:ss') !== '00:00:00';
}
