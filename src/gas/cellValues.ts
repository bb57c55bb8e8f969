import { type LocalDate, localDateOf, parseNorwegianOrIso, startOfLocalDate } from '../domain/time/localDate';
import type { CellValue } from './table';

/** A date cell as a LocalDate: a Date (what Sheets gives for a date cell) or text a person typed. */
export function cellDate(value: CellValue): LocalDate | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : localDateOf(value);
  if (typeof value === 'string' && value.trim() !== '') return parseNorwegianOrIso(value);
  return null;
}

/** A LocalDate as a cell value: Oslo midnight, so the cell shows that date. */
export function dateCell(date: LocalDate | null): Date | '' {
  return date ? startOfLocalDate(date) : '';
}

export function cellText(value: CellValue): string {
  return value instanceof Date ? localDateOf(value) : String(value ?? '').trim();
}
