import { addMonths, type LocalDate } from '../time/localDate';

/**
 * Sheets is a working tool, not the archive: a closed case is kept for the school's retention period
 * (after the documentation has been exported), then flagged so the rektor deletes it.
 */
export function pastRetention(
  closedOn: LocalDate | null,
  today: LocalDate,
  retentionMonths: number,
): boolean {
  return closedOn !== null && addMonths(closedOn, retentionMonths) <= today;
}
