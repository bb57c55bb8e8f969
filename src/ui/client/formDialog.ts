/**
 * Client of FormDialog.html: any of the product's form dialogs (a new measure, a status, the responsible
 * person, closing or reopening a case, a concern raised by phone, an event in the case, the skoleeier
 * notice, the settings), drawn from the FormSpec the server put in #data and sent to the one server
 * target `submitFormDialog`. Labels are real <label for> / <fieldset><legend>; the status line is at the
 * top, announced (aria-live) and every control is disabled while the server works; the result ends in a
 * link when there is one.
 */
import type { submitFormDialog } from '../../features/dialogs/entry';
import type { FieldSpec, FormPayload, FormResult, FormSpec } from '../contract';
import { el, pageData, setBusy } from './lib/dom';
import { closeDialog, server } from './lib/server';

const spec = pageData<FormSpec>();
const api = server<{ submitFormDialog: typeof submitFormDialog }>();
const app = document.getElementById('app') as HTMLElement;
document.documentElement.lang = spec.lang;

const status = el('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
const form = el('form', { novalidate: '' });
const result = el('div', { class: 'result', hidden: '' });
app.append(status, form, result);

if (spec.intro) form.append(el('p', { class: 'intro' }, spec.intro));

const readers: Record<string, () => string | string[]> = {};
const focusables: Record<string, HTMLElement> = {};
const wrappers: Record<string, HTMLElement> = {};

function help(parent: HTMLElement, id: string, text?: string): string | undefined {
  if (!text) return undefined;
  parent.append(el('p', { class: 'help', id: `${id}-help` }, text));
  return `${id}-help`;
}

function addField(f: FieldSpec): void {
  const id = `f-${f.name}`;
  if (f.kind === 'info') {
    if (f.tone === 'heading') form.append(el('h2', {}, f.text));
    else form.append(el('p', { class: f.tone === 'warning' ? 'info warn' : 'info' }, f.text));
    return;
  }
  const wrap = el('div', { class: 'field' });
  const mark = f.required ? ` (${spec.labels.required})` : '';
  if (f.kind === 'radio' || f.kind === 'checkboxes') {
    const set = el('fieldset', { id });
    set.append(el('legend', {}, f.label + mark));
    const helpId = help(set, id, f.help);
    if (helpId) set.setAttribute('aria-describedby', helpId);
    const chosen = new Set(f.kind === 'radio' ? [f.value ?? ''] : (f.value ?? []));
    const inputs: HTMLInputElement[] = [];
    f.options.forEach((o, i) => {
      const input = el('input', {
        type: f.kind === 'radio' ? 'radio' : 'checkbox',
        name: f.name,
        id: `${id}-${i}`,
        value: o.value,
      });
      input.checked = chosen.has(o.value);
      inputs.push(input);
      const label = el('label', { for: `${id}-${i}`, class: 'choice' });
      label.append(input, document.createTextNode(` ${o.label}`));
      set.append(label);
    });
    readers[f.name] =
      f.kind === 'radio'
        ? () => inputs.find((x) => x.checked)?.value ?? ''
        : () => inputs.filter((x) => x.checked).map((x) => x.value);
    // The chosen option, as Tab would reach it: focusing an unchosen «Ja» first looked like a suggestion.
    focusables[f.name] = inputs.find((x) => x.checked) ?? inputs[0] ?? set;
    wrappers[f.name] = wrap;
    wrap.append(set);
    form.append(wrap);
    return;
  }
  wrap.append(el('label', { for: id }, f.label + mark));
  let control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  if (f.kind === 'select') {
    const select = el('select', { id });
    for (const o of f.options) {
      const option = el('option', { value: o.value }, o.label);
      option.selected = o.value === (f.value ?? '');
      select.append(option);
    }
    control = select;
  } else if (f.kind === 'textarea') {
    const t = el('textarea', { id, rows: String(f.rows ?? 3) });
    t.value = f.value ?? '';
    if (f.maxLength) t.maxLength = f.maxLength;
    control = t;
  } else {
    const f2 = f as Extract<FieldSpec, { maxLength?: number }>;
    const i = el('input', { id, type: f2.kind });
    i.value = f2.value ?? '';
    if (f2.maxLength) i.maxLength = f2.maxLength;
    if (f.kind === 'email') i.autocomplete = 'email';
    if (f2.suggestions?.length) {
      const list = el('datalist', { id: `${id}-list` });
      for (const o of f2.suggestions) list.append(el('option', { value: o.value }, o.label));
      i.setAttribute('list', list.id);
      wrap.append(list);
    }
    if (f2.inputMode) i.inputMode = f2.inputMode;
    control = i;
  }
  if (f.required) control.setAttribute('aria-required', 'true');
  wrap.append(control);
  const helpId = help(wrap, id, f.help);
  if (helpId) control.setAttribute('aria-describedby', helpId);
  readers[f.name] = () => control.value;
  focusables[f.name] = control;
  wrappers[f.name] = wrap;
  form.append(wrap);
}

for (const f of spec.fields) addField(f);

const actions = el('div', { class: 'actions' });
const submit = el('button', { type: 'submit', class: 'primary' }, spec.labels.submit);
const cancel = el('button', { type: 'button' }, spec.labels.cancel);
cancel.addEventListener('click', () => closeDialog());
actions.append(submit, cancel);
form.append(actions);

function values(): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, read] of Object.entries(readers)) out[name] = read();
  return out;
}

function missing(v: Record<string, string | string[]>): string | null {
  for (const f of spec.fields) {
    if (f.kind === 'info' || !f.required) continue;
    const x = v[f.name];
    if (x === undefined || (Array.isArray(x) ? x.length === 0 : x.trim() === '')) return f.name;
  }
  return null;
}

/**
 * The field the server pointed at is marked invalid, gets the message beside it (the status line at the
 * top may be scrolled away in a long form) and is focused.
 */
function markInvalid(field: string | undefined, message: string): void {
  for (const old of Array.from(form.querySelectorAll('p.field-error'))) old.remove();
  for (const [name, control] of Object.entries(focusables)) {
    const described = (control.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((id) => id && id !== `f-${name}-error`);
    if (name === field) {
      control.setAttribute('aria-invalid', 'true');
      wrappers[name]?.append(el('p', { class: 'field-error', id: `f-${name}-error` }, message));
      described.push(`f-${name}-error`);
    } else control.removeAttribute('aria-invalid');
    if (described.length > 0) control.setAttribute('aria-describedby', described.join(' '));
    else control.removeAttribute('aria-describedby');
  }
  if (field) focusables[field]?.focus();
}

function show(r: FormResult): void {
  if (r.status === 'error') {
    setBusy(form, status, null);
    status.className = 'status error';
    status.textContent = r.message;
    markInvalid(r.field, r.message);
    return;
  }
  setBusy(form, status, null);
  markInvalid(undefined, '');
  form.hidden = true;
  status.className = 'status done';
  status.textContent = r.message;
  result.hidden = false;
  result.replaceChildren();
  if (r.url) {
    const a = el('a', { href: r.url, target: '_blank', rel: 'noopener' }, r.linkText ?? r.url);
    result.append(el('p', {}, ''), a);
  }
  const close = el('button', { type: 'button', class: 'primary' }, spec.labels.close);
  close.addEventListener('click', () => closeDialog());
  result.append(el('div', { class: 'actions' }, ''), close);
  close.focus();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const v = values();
  const empty = missing(v);
  if (empty) {
    status.className = 'status error';
    const f = spec.fields.find((x) => x.name === empty);
    status.textContent = `${f && 'label' in f ? f.label : empty}: ${spec.labels.required}.`;
    focusables[empty]?.focus();
    return;
  }
  const payload: FormPayload = {
    action: spec.action,
    requestId: spec.requestId,
    context: spec.context,
    values: v,
  };
  setBusy(form, status, spec.labels.working);
  api
    .submitFormDialog(payload)
    .then(show)
    .catch((error: unknown) =>
      show({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
});

if (spec.shown) show(spec.shown);
else (Object.values(focusables)[0] ?? submit).focus();
