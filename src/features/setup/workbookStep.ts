import { ensureSheet, type SheetSpec } from '../../gas/sheetSpec';
import { CONFIRMATIONS_SHEET } from '../confirmations/confirmationsSheet';
import { BARNEVERN_SHEET } from '../consent/barnevernSheet';
import { INTAKE_ERRORS_SHEET } from '../intake/intakeErrorsSheet';
import { LOG_SHEET } from '../log/logSheet';
import { MEASURES_SHEET } from '../measures/measuresSheet';
import { OVERVIEW_SHEET } from '../overview/overviewSheet';
import { PEOPLE_SHEET } from '../people/peopleSheet';
import { REGISTER_SHEET } from '../register/registerSheet';
import { ensureSettingRows, SETTINGS_SHEET, validateSettingChoices } from '../settings/settingsSheet';
import { TILTAKSPLAN_SHEET } from '../tiltaksplan/tiltaksplanSheet';
import { WHEEL_SHEET } from '../wheel/wheelSheet';
import type { SetupStep } from './setupStep';

/** Every product sheet, in the order the tabs are shown. */
export const WORKBOOK: readonly SheetSpec[] = [
  OVERVIEW_SHEET,
  REGISTER_SHEET,
  MEASURES_SHEET,
  PEOPLE_SHEET,
  LOG_SHEET,
  WHEEL_SHEET,
  TILTAKSPLAN_SHEET,
  CONFIRMATIONS_SHEET,
  INTAKE_ERRORS_SHEET,
  SETTINGS_SHEET,
  BARNEVERN_SHEET,
];

/** A new spreadsheet's first tab ("Ark 1" / "Sheet1"); removed only when it is still empty. */
const DEFAULT_SHEET = /^(Ark|Sheet|Blad)\s?1$/;

export const workbookStep: SetupStep = {
  name: 'Ark',
  run({ ss }) {
    const changes: string[] = [];
    // A new spreadsheet takes its creator's time zone and locale: dates and deadlines are Oslo days, and
    // typed dates and numbers are read the Norwegian way (14.09.2026, 1,5) only in nb_NO.
    if (ss.getSpreadsheetTimeZone() !== 'Europe/Oslo') {
      ss.setSpreadsheetTimeZone('Europe/Oslo');
      changes.push('Satte tidssonen til Europe/Oslo.');
    }
    if (ss.getSpreadsheetLocale() !== 'nb_NO') {
      ss.setSpreadsheetLocale('nb_NO');
      changes.push('Satte regnearkets lokale innstilling til norsk (nb_NO).');
    }
    for (const spec of WORKBOOK) {
      const { created, addedHeaders } = ensureSheet(ss, spec);
      if (created) changes.push(`Opprettet arket «${spec.name}».`);
      else if (addedHeaders.length > 0)
        changes.push(`La til kolonnene ${addedHeaders.join(', ')} i «${spec.name}».`);
    }
    const settingsSheet = ss.getSheetByName(SETTINGS_SHEET.name)!;
    const owner = ss.getOwner()?.getEmail() ?? '';
    const added = ensureSettingRows(settingsSheet, { schoolName: ss.getName(), rektorEmail: owner });
    if (added > 0) changes.push(`La til ${added} innstillinger.`);
    validateSettingChoices(settingsSheet);

    for (const sheet of ss.getSheets()) {
      if (DEFAULT_SHEET.test(sheet.getName()) && sheet.getLastRow() === 0 && ss.getSheets().length > 1) {
        ss.deleteSheet(sheet);
        changes.push(`Fjernet det tomme arket «${sheet.getName()}».`);
      }
    }
    return changes;
  },
};
