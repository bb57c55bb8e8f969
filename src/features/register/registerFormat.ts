import { CASE_STATUSES } from '../../domain/cases/lifecycle';
import { CATEGORIES } from '../../domain/intake/questions';
import type { Settings } from '../../domain/settings/settings';
import { installRules } from '../../gas/conditionalFormats';
import type { DocState } from '../../gas/docState';
import { headerPositions } from '../../gas/sheetSpec';
import { messages } from '../../i18n';
import { registerRules } from './registerRules';
import { COL, REGISTER_SHEET } from './registerSheet';

function letters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * Colours and dropdowns of the register, sized to the sheet's current rows. Cheap when nothing changed,
 * so the daily job calls it too: when intake has grown the sheet, the rules grow with it.
 */
export function formatRegister(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  settings: Settings,
  state: DocState,
  options: { verify?: boolean; positions?: Map<string, number> } = {},
): string[] {
  const changes: string[] = [];
  const positions = options.positions ?? headerPositions(sheet);
  const maxRows = sheet.getMaxRows();
  const width = Math.max(...positions.values());
  const letter = (h: string) => letters(positions.get(h) ?? 1);
  const rules = registerRules(letter).map((r) => ({
    formula: r.formula,
    background: r.background,
    fontColor: r.fontColor,
    ...(r.bold ? { bold: true } : {}),
    a1:
      r.column === '*'
        ? `A2:${letters(width)}${maxRows}`
        : `${letter(r.column)}2:${letter(r.column)}${maxRows}`,
  }));
  if (installRules(sheet, rules, state, { verify: options.verify ?? false }))
    changes.push('Satte opp fargene for frister i «Saker».');

  // Dropdowns: re-applied only when the sheet size or the leadership list changed.
  const responsible = [settings.rektorEmail, ...settings.leadership].filter(
    (e, i, all) => e && all.indexOf(e) === i,
  );
  const signature = JSON.stringify([
    maxRows,
    positions.get(COL.status),
    positions.get(COL.kategori),
    positions.get(COL.ansvarlig),
    responsible,
  ]);
  if (state.get('validation:Saker') !== signature || options.verify) {
    const rows = maxRows - 1;
    const column = (h: string) => sheet.getRange(2, positions.get(h) ?? 1, rows, 1);
    column(COL.status).setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireValueInList([...CASE_STATUSES], true)
        .setAllowInvalid(false)
        .build(),
    );
    column(COL.kategori).setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireValueInList([...CATEGORIES], true)
        .setAllowInvalid(true)
        .setHelpText('Velg en kategori. Flere kategorier kan skrives med komma mellom.')
        .build(),
    );
    if (responsible.length > 0) {
      column(COL.ansvarlig).setDataValidation(
        SpreadsheetApp.newDataValidation()
          .requireValueInList(responsible, true)
          .setAllowInvalid(true)
          .setHelpText('Velg fra listen, eller skriv e-postadressen til den ansatte som har ansvaret.')
          .build(),
      );
    }
    if (state.get('validation:Saker') !== signature) changes.push('Satte opp nedtrekkslister i «Saker».');
    state.set('validation:Saker', signature);
  }
  return changes;
}

/**
 * The sheets only the leadership (and the person who runs Skolemiljø) may edit. «Logg» too: the product
 * writes it as the trigger owner (intake, the daily job) and as the leader who uses a menu or a dialog,
 * so they must be editors; everyone else is blocked, and a leader's hand edit is found by the chain
 * (Skolemiljø → Kontroller loggen, and the daily job).
 */
export const PROTECTED_SHEETS: readonly string[] = [
  REGISTER_SHEET.name,
  'Meldingsfeil',
  'Innstillinger',
  'Logg',
  // Reports of concern to barnevernet: the leadership's own record (consent/barnevernSheet.ts).
  'Barnevern',
];

/**
 * Only the leadership edits the register and the log. The trigger owner is always an editor: intake and
 * the daily job write as that person.
 */
export function protectRegister(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  triggerOwner: string,
): string[] {
  const t = messages(settings.language);
  const changes: string[] = [];
  const editors = [
    ss.getOwner()?.getEmail() ?? '',
    triggerOwner,
    settings.rektorEmail,
    ...settings.leadership,
  ].filter((e, i, all) => e && all.indexOf(e) === i);
  for (const name of PROTECTED_SHEETS) {
    const sheet = ss.getSheetByName(name);
    if (!sheet) continue;
    const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
    const p = existing ?? sheet.protect();
    const current = p.getEditors().map((u) => u.getEmail());
    // A new protection (and the log's former warning-only one) mirrors the spreadsheet's editors, so it
    // protects nothing, until its list of editors is changed: set it even when nobody is missing.
    const mirrors = !existing || (name === 'Logg' && p.isWarningOnly());
    const missing = mirrors ? editors : editors.filter((e) => !current.includes(e));
    // The current user cannot be removed from a protection (Google refuses); they stay until someone else runs setUp.
    const me = Session.getActiveUser().getEmail();
    const extra = current.filter((e) => !editors.includes(e) && e !== me);
    const description = name === 'Logg' ? t.setUp.logProtection : t.setUp.registerProtection;
    if (p.getDescription() !== description) p.setDescription(description);
    if (p.isWarningOnly()) p.setWarningOnly(false);
    if (missing.length > 0) p.addEditors(missing);
    if (extra.length > 0) p.removeEditors(extra);
    if (missing.length + extra.length > 0)
      changes.push(`Bare ledelsen kan nå endre «${name}» (${editors.length} personer).`);
  }
  return changes;
}

/** A filter on the register, so the rektor can show one class, one status or one person's cases. */
export function filterRegister(sheet: GoogleAppsScript.Spreadsheet.Sheet): string[] {
  if (sheet.getFilter()) return [];
  sheet.getRange(1, 1, sheet.getMaxRows(), Math.max(sheet.getLastColumn(), 1)).createFilter();
  return ['La til filter i «Saker».'];
}
