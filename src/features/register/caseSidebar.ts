import { systemClock } from '../../gas/clock';
import type { Messages } from '../../i18n';
import { readSettings } from '../settings/settingsSheet';
import { caseView } from './caseView';
import type { SelectedCase } from './selectedCase';

/** The case sidebar: rendered on the server from the CaseSidebar template, every value HTML-escaped. */
export function showCaseSidebar(ui: GoogleAppsScript.Base.Ui, c: SelectedCase, t: Messages): void {
  const view = caseView(c, readSettings(c.ss), systemClock().today);
  const template = HtmlService.createTemplateFromFile('CaseSidebar');
  template['view'] = view;
  const html = template.evaluate().setTitle(t.cases.sidebarTitle(c.saksnr));
  ui.showSidebar(html);
}
