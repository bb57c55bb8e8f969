/**
 * The plan and evaluation dialogs: one HTML file (src/ui/DocumentDialog.html) whose client script builds
 * the form from a JSON description. The JSON goes into an HTML attribute through the template's escaping
 * `<?= ?>`, and the client writes every text with textContent, so no user text is ever read as HTML.
 */
export function showDocumentDialog(
  ui: GoogleAppsScript.Base.Ui,
  data: Record<string, unknown>,
  title: string,
  height: number,
): void {
  const template = HtmlService.createTemplateFromFile('DocumentDialog');
  template['json'] = JSON.stringify(data);
  ui.showModalDialog(template.evaluate().setWidth(720).setHeight(height), title);
}
