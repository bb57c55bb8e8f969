/** What a person does with the product's dialogs, for tests, the bench and the preview. */
import type { FormPayload, FormResult, FormSpec } from '../../src/ui/contract';
import type { Emulator } from '../emulator/emulator';

/** The JSON a dialog or sidebar template put in #data (escaped into an attribute by `<?= ?>`). */
export function pageJson<T>(html: string): T {
  const m = /data-json="([^"]*)"/.exec(html);
  if (!m) throw new Error('No #data in the shown HTML');
  const unescaped = m[1]!
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return JSON.parse(unescaped) as T;
}

/** The last form dialog shown. */
export function lastForm(emu: Emulator): FormSpec {
  const shown = emu.sheets.ui.shown.at(-1);
  if (!shown) throw new Error('No dialog was shown');
  return pageJson<FormSpec>(shown.html);
}

/**
 * What a person does in the last form dialog: fills in `values` (the dialog's own values for the rest)
 * and presses «Lagre»; the browser sends it through google.script.run.
 */
export function submitForm(
  emu: Emulator,
  values: Record<string, string | string[]>,
  options: { spec?: FormSpec; user?: string } = {},
): FormResult {
  const spec = options.spec ?? lastForm(emu);
  const defaults: Record<string, string | string[]> = {};
  for (const f of spec.fields) {
    if (f.kind === 'info') continue;
    if ('value' in f && f.value !== undefined) defaults[f.name] = f.value as string | string[];
    else defaults[f.name] = f.kind === 'checkboxes' ? [] : '';
  }
  const payload: FormPayload = {
    action: spec.action,
    requestId: spec.requestId,
    context: spec.context,
    values: { ...defaults, ...values },
  };
  return emu.callFromClient<FormResult>('submitFormDialog', payload);
}

/** Opens a menu item's dialog and saves it. */
export function viaDialog(
  emu: Emulator,
  menu: string,
  values: Record<string, string | string[]>,
): FormResult {
  emu.clickMenu(menu);
  return submitForm(emu, values);
}

/** The message of the result dialog a menu action opened on (showResultDialog): what it made, with its link. */
export function shownMessage(emu: Emulator): string {
  const spec = pageJson<{ shown?: { message: string } }>(emu.sheets.ui.shown.at(-1)!.html);
  if (!spec.shown) throw new Error('The last dialog is not a result');
  return spec.shown.message;
}
