/** A form the product made earlier, or null when it was deleted or is no longer ours (a new one is made then). */
export function openFormById(id: string | null): GoogleAppsScript.Forms.Form | null {
  if (!id) return null;
  try {
    return FormApp.openById(id);
  } catch {
    return null;
  }
}

/**
 * The sheet a form writes its responses to, found by the form's URL that Sheets keeps on it. A response
 * sheet made by setDestination may show up only after a flush, so callers that miss it try again later.
 */
export function findResponseSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  form: GoogleAppsScript.Forms.Form,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  SpreadsheetApp.flush();
  const id = form.getId();
  return ss.getSheets().find((s) => (s.getFormUrl() ?? '').includes(id)) ?? null;
}

/**
 * The leadership may edit the product's forms, so any leader's setUp can repair them (FormApp.openById
 * needs edit access). Adds whoever is missing; never removes anyone. Returns the addresses added.
 */
export function shareFormWith(form: GoogleAppsScript.Forms.Form, people: readonly string[]): string[] {
  const editors = new Set(form.getEditors().map((u) => u.getEmail().toLowerCase()));
  const add = [...new Set(people.map((p) => p.toLowerCase()))].filter((p) => p && !editors.has(p));
  if (add.length > 0) form.addEditors(add);
  return add;
}
