// The rows the municipality writes into a new school's `Innstillinger`, in the layout setUp keeps:
// (setting, value, explanation); setUp adds the school's other settings below and never changes these values.
import { SETTINGS, type SettingKey, settingLabel } from '../../src/domain/settings/settings';
import type { School } from '../schools';

/** New settings owned by the municipality. The bundle reads them by these exact labels. */
export const CHANNEL_LABEL = 'Skoleeier (kanal for meldinger om ledelsen)';
export const REPORT_SHEET_LABEL = 'Rapportark (id)';

export const SETTINGS_TAB = 'Innstillinger';

const help = (key: SettingKey) => SETTINGS.find((s) => s.key === key)?.help ?? '';

export function settingsRows(school: School, channelUrl: string, reportId: string): string[][] {
  return [
    ['Innstilling', 'Verdi', 'Forklaring'],
    [settingLabel('schoolName'), school.name, help('schoolName')],
    [settingLabel('rektorEmail'), school.rektorEmail, help('rektorEmail')],
    [settingLabel('skoleeierEmail'), school.contactEmail, help('skoleeierEmail')],
    [
      CHANNEL_LABEL,
      channelUrl,
      'Skoleeiers eget skjema for meldinger om noen i skolens ledelse (§ 12-5). Meldeskjemaet viser denne lenken. Fylles ut av skoleeier; ikke endre.',
    ],
    [
      REPORT_SHEET_LABEL,
      reportId,
      'Regnearket der Skolemiljø skriver skolens anonymiserte tall til skoleeier. Fylles ut av skoleeier; ikke endre.',
    ],
  ];
}
