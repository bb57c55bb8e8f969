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
