import { readSettings } from '../settings/settingsSheet';
import { uiAction } from './uiAction';

/** Menu «Hjelp»: a short guide for the rektor, with the link to share with staff. */
export function menuHelp(): void {
  uiAction((t, ui) => {
    const settings = readSettings(SpreadsheetApp.getActiveSpreadsheet());
    const template = HtmlService.createTemplateFromFile('Help');
    template['h'] = t.help;
    template['lang'] = settings.language;
    template['formUrl'] = settings.formUrl;
    template['version'] = VERSION;
    ui.showModalDialog(template.evaluate().setWidth(520).setHeight(560), `${t.menu.title} – ${t.menu.help}`);
  });
}

export const VERSION = '0.1';
