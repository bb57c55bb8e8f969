import {
  parseSettings,
  SETTINGS,
  type SettingKey,
  type Settings,
  settingLabel,
} from '../../domain/settings/settings';
import type { SheetSpec } from '../../gas/sheetSpec';

/** The settings block: the product's ~20 rows, with room for a school's own notes below them. */
const SETTINGS_ROWS = 100;

export const SETTINGS_SHEET: SheetSpec = {
  name: 'Innstillinger',
  columns: [
    { header: 'Innstilling', width: 320, wrap: true },
    { header: 'Verdi', width: 360, wrap: true },
    { header: 'Forklaring', width: 420, wrap: true },
  ],
  tabColor: '#7f7f7f',
};

const SETTINGS_RANGE = `'${SETTINGS_SHEET.name}'!A1:B${SETTINGS_ROWS}`;

/** Adds the settings rows that are missing; never touches a value the school has typed. Returns how many were added. */
export function ensureSettingRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  defaults: Partial<Record<SettingKey, string>>,
): number {
  const last = Math.max(sheet.getLastRow(), 1);
  const labels = new Set(
    sheet
      .getRange(1, 1, last, 1)
      .getValues()
      .map((r) => String(r[0]).trim()),
  );
  const missing = SETTINGS.filter((s) => !labels.has(s.label)).map((s) => [
    s.label,
    // Values are text: an apostrophe keeps "2" or a date range from being reinterpreted.
    `'${defaults[s.key] ?? s.defaultValue}`,
    s.help,
  ]);
  if (missing.length === 0) return 0;
  sheet.getRange(last + 1, 1, missing.length, 3).setValues(missing);
  return missing.length;
}

/** Every setting as the school sees it (label → displayed text), in one batch; empty when there is no sheet. */
export function readSettingTexts(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Map<string, string> {
  const raw = new Map<string, string>();
  let rows: string[][] = [];
  try {
    // One sheet-qualified range: two calls instead of three on every job (the settings are a few dozen rows).
    rows = ss.getRange(SETTINGS_RANGE).getDisplayValues();
  } catch {
    // No settings sheet (not set up, or deleted): the defaults apply until setUp repairs it.
  }
  for (const [label, value] of rows) if (label) raw.set(String(label).trim(), String(value ?? ''));
  return raw;
}

/** Reads every setting in one batch (display values: a date typed by a person is read as the person sees it). */
export function readSettings(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Settings {
  const raw = readSettingTexts(ss);
  // The fallbacks cost service calls, so they are asked for only when the school left the value empty.
  return parseSettings(raw, { email: () => ss.getOwner()?.getEmail() ?? '', schoolName: () => ss.getName() });
}

/** Writes a managed setting (a link written by setUp). Returns true when the value changed. */
export function writeSetting(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  key: SettingKey,
  value: string,
): boolean {
  const sheet = ss.getSheetByName(SETTINGS_SHEET.name);
  if (!sheet) return false;
  const rows = sheet.getDataRange().getValues();
  const i = rows.findIndex((r) => String(r[0]).trim() === settingLabel(key));
  if (i < 0 || String(rows[i]![1]) === value) return false;
  sheet.getRange(i + 1, 2).setValue(`'${value}`);
  return true;
}

/**
 * Writes settings the school chose in the settings dialog, as text, each in its own row (missing rows are
 * added first). Cells whose text is already the value are not touched. Returns the keys it wrote.
 */
export function writeSettings(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  values: Partial<Record<SettingKey, string>>,
): SettingKey[] {
  const sheet = ss.getSheetByName(SETTINGS_SHEET.name);
  if (!sheet) return [];
  ensureSettingRows(sheet, {});
  const rows = sheet.getDataRange().getDisplayValues();
  const written: SettingKey[] = [];
  for (const [key, value] of Object.entries(values) as [SettingKey, string][]) {
    const i = rows.findIndex((r) => String(r[0]).trim() === settingLabel(key));
    if (i < 0 || String(rows[i]![1]) === value) continue;
    sheet.getRange(i + 1, 2).setValue(value === '' ? '' : `'${value}`);
    written.push(key);
  }
  return written;
}

/** Settings with a fixed set of answers get a dropdown, so a rektor cannot mistype them. */
export function validateSettingChoices(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  const labels = sheet
    .getRange(1, 1, Math.max(sheet.getLastRow(), 1), 1)
    .getValues()
    .map((r) => String(r[0]).trim());
  const row = labels.indexOf(settingLabel('language')) + 1;
  if (row < 1) return;
  sheet
    .getRange(row, 2)
    .setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireValueInList(['bokmål', 'nynorsk'], true)
        .setAllowInvalid(false)
        .build(),
    );
}
