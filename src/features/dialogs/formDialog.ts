import { type LocalDate, parseLocalDate } from '../../domain/time/localDate';
import type { Messages } from '../../i18n';
import type { FieldSpec, FormPayload, FormResult, FormSpec } from '../../ui/contract';
import { UserError } from '../menu/userError';

/**
 * The server half of the form dialogs (src/ui/client/formDialog.ts): showing one from a FormSpec, and
 * reading what came back. The spec travels as JSON in an attribute (the template's `<?= ?>` escapes it);
 * the client writes every text with textContent.
 */
export function showFormDialog(
  ui: GoogleAppsScript.Base.Ui,
  spec: Omit<FormSpec, 'labels' | 'requestId' | 'lang'>,
  t: Messages,
  title: string,
  height = 520,
  /** Words for the buttons and the working line when «Lagre» is not what the dialog does. */
  labels: Partial<Pick<FormSpec['labels'], 'submit' | 'working'>> = {},
): void {
  const full: FormSpec = {
    ...spec,
    requestId: Utilities.getUuid(),
    lang: t.dialogs.lang === 'nn' ? 'nn' : 'nb',
    labels: {
      submit: t.dialogs.save,
      cancel: t.dialogs.cancel,
      close: t.dialogs.close,
      working: t.dialogs.working,
      required: t.dialogs.required,
      ...labels,
    },
  };
  const template = HtmlService.createTemplateFromFile('FormDialog');
  template['json'] = JSON.stringify(full);
  ui.showModalDialog(template.evaluate().setWidth(520).setHeight(height), title);
}

/** A field's text as sent (never trimmed away: the text is stored as typed), '' when missing. */
export function text(p: FormPayload, name: string): string {
  const v = p.values[name];
  return typeof v === 'string' ? v : '';
}

export function list(p: FormPayload, name: string): string[] {
  const v = p.values[name];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** A required text; the dialog focuses the field when it is empty. */
export function required(p: FormPayload, name: string, t: Messages): string {
  const v = text(p, name);
  if (v.trim() === '') throw new FieldError(name, t.dialogs.fieldRequired);
  return v;
}

/** A date field (YYYY-MM-DD from the browser), or null when empty. */
export function date(p: FormPayload, name: string, t: Messages): LocalDate | null {
  const v = text(p, name).trim();
  if (v === '') return null;
  const d = parseLocalDate(v);
  if (!d) throw new FieldError(name, t.dialogs.badDate(v));
  return d;
}

/** A choice that must be one of the options the dialog offered. */
export function choice<T extends string>(
  p: FormPayload,
  name: string,
  options: readonly T[],
  t: Messages,
): T {
  const v = text(p, name);
  if (!(options as readonly string[]).includes(v)) throw new FieldError(name, t.dialogs.pickOne);
  return v as T;
}

/** A problem with one field: the dialog shows the message and puts the cursor there. */
export class FieldError extends UserError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'FieldError';
  }
}

/**
 * What a menu action made, in a dialog rather than an alert: an alert cannot hold a link, so the user
 * would have to copy the address. Opens on the result, with the link and «Lukk».
 */
export function showResultDialog(
  ui: GoogleAppsScript.Base.Ui,
  t: Messages,
  title: string,
  shown: FormResult,
  height = 240,
): void {
  showFormDialog(ui, { action: 'result', context: {}, fields: [], shown }, t, title, height);
}

export function done(message: string, link?: { url: string; text: string }): FormResult {
  return { status: 'done', message, ...(link ? { url: link.url, linkText: link.text } : {}) };
}

export type { FieldSpec, FormPayload, FormResult };
