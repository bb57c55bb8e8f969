/** A form the product made earlier, or null when it was deleted or is no longer ours (a new one is made then). */
export function openFormById(id: string | null): GoogleAppsScript.Forms.Form | null {
  if (!id) return null;
  try {
    return FormApp.openById(id);
  } catch {
    return null;
  }
}
