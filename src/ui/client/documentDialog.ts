/**
 * Client of DocumentDialog.html: the aktivitetsplan and evaluation forms. Built from the JSON the server
 * put in #data; every text is written with textContent (never innerHTML), so nothing a person typed can
 * become markup. Dates are sent as YYYY-MM-DD strings: google.script.run cannot carry Date objects.
 */

export {};

type Labels = Record<string, string>;

interface MeasureRow {
  row?: number;
  tiltak: string;
  niva: string;
  hvem: string;
  periode?: string;
  evalueres?: string;
}

interface DialogData {
  kind: 'plan' | 'evaluation';
  saksnr: string;
  requestId: string;
  labels: Labels;
  measures: MeasureRow[];
  today: string;
  problem?: string;
  evaluationDate?: string;
  nextEvaluation?: string;
}

type Result =
  | { status: 'done'; message: string; url: string; title: string }
  | { status: 'names'; message: string; names: { name: string; suggestion: string }[] }
  | { status: 'error'; message: string };

interface Runner {
  withSuccessHandler(fn: (result: Result) => void): Runner;
  withFailureHandler(fn: (error: Error) => void): Runner;
  submitPlanDialog(payload: Record<string, unknown>): void;
  submitEvaluationDialog(payload: Record<string, unknown>): void;
}

declare const google: { script: { run: Runner; host: { close(): void } } };

const data = JSON.parse(
  (document.getElementById('data') as HTMLElement).dataset['json'] ?? '{}',
) as DialogData;
const L = data.labels;
const app = document.getElementById('app') as HTMLElement;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function field(parent: HTMLElement, id: string, label: string, control: HTMLElement): void {
  const l = el('label', { for: id }, label);
  control.id = id;
  parent.append(l, control);
}

function textarea(value = '', rows = 3): HTMLTextAreaElement {
  const t = el('textarea', { rows: String(rows) });
  t.value = value;
  return t;
}

function input(type: string, value = ''): HTMLInputElement {
  const i = el('input', { type });
  i.value = value;
  return i;
}

function select(options: [string, string][], value?: string): HTMLSelectElement {
  const s = el('select');
  for (const [v, text] of options) s.append(el('option', { value: v }, text));
  if (value !== undefined) s.value = value;
  return s;
}

/** A group of radio buttons with its legend, so a screen reader names the question. */
function radios(name: string, legend: string, options: [string, string][], value: string): HTMLElement {
  const box = el('fieldset', { id: name });
  box.append(el('legend', {}, legend));
  for (const [v, text] of options) {
    const l = el('label', { class: 'inline' });
    const r = input('radio', v);
    r.name = name;
    r.checked = v === value;
    l.append(r, document.createTextNode(` ${text}`));
    box.append(l);
  }
  return box;
}

function checkbox(label: string, checked: boolean): { box: HTMLElement; input: HTMLInputElement } {
  const l = el('label', { class: 'inline' });
  const c = input('checkbox');
  c.checked = checked;
  l.append(c, document.createTextNode(` ${label}`));
  return { box: l, input: c };
}

function radioValue(name: string): string {
  const checked = document.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`);
  return checked ? checked.value : '';
}

const value = (id: string) => (document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement).value;

const form = el('div');
const status = el('div', { class: 'message', hidden: '', role: 'status', 'aria-live': 'polite' });
const submit = el('button', { class: 'primary', type: 'button' }, L['submit']);
const cancel = el('button', { type: 'button' }, L['cancel']);
const actionsRow = el('div', { class: 'actions' });
app.append(status, form);

function measuresTable(rows: MeasureRow[], withVerdicts: boolean): HTMLTableElement {
  const table = el('table');
  const head = el('tr');
  const columns = withVerdicts
    ? [L['colTiltak'], L['colNiva'], L['colHvem'], L['colVurdering'], L['kommentar']]
    : [L['colTiltak'], L['colNiva'], L['colHvem'], L['colPeriode'], L['colEvalueres']];
  for (const c of columns) head.append(el('th', {}, c ?? ''));
  table.append(head);
  rows.forEach((m, k) => {
    const tr = el('tr');
    tr.append(el('td', {}, m.tiltak), el('td', {}, m.niva), el('td', {}, m.hvem));
    if (withVerdicts) {
      const verdict = select(
        [
          ['videreføre', L['verdictVidereføre'] ?? ''],
          ['endre', L['verdictEndre'] ?? ''],
          ['avslutte', L['verdictAvslutte'] ?? ''],
        ],
        'videreføre',
      );
      verdict.id = `verdict-${k}`;
      verdict.setAttribute('aria-label', `${L['colVurdering'] ?? ''}: ${m.tiltak}`);
      const comment = input('text');
      comment.id = `comment-${k}`;
      comment.setAttribute('aria-label', `${L['kommentar'] ?? ''}: ${m.tiltak}`);
      const a = el('td');
      a.append(verdict);
      const b = el('td');
      b.append(comment);
      tr.append(a, b);
    } else {
      tr.append(el('td', {}, m.periode ?? ''), el('td', {}, m.evalueres ?? ''));
    }
    table.append(tr);
  });
  return table;
}

function buildPlan(): void {
  form.append(el('p', { class: 'intro' }, L['intro']));
  form.append(el('h2', {}, L['measures']), measuresTable(data.measures, false));
  field(form, 'problem', L['problem'] ?? '', textarea(data.problem ?? '', 4));
  field(form, 'undersokelse', L['undersokelse'] ?? '', textarea('', 2));
  field(form, 'elevensBeskrivelse', L['elevensBeskrivelse'] ?? '', textarea());
  field(form, 'ikkeHort', L['ikkeHort'] ?? '', textarea('', 2));
  field(form, 'elevensOnsker', L['elevensOnsker'] ?? '', textarea());
  field(form, 'foresattesSyn', L['foresattesSyn'] ?? '', textarea());
  field(form, 'barnetsBeste', L['barnetsBeste'] ?? '', textarea());
  field(form, 'gjennomforing', L['gjennomforing'] ?? '', textarea('', 2));
  field(form, 'merknader', L['merknader'] ?? '', textarea('', 2));
  const date = input('date', data.evaluationDate ?? '');
  date.min = data.today;
  field(form, 'evalueringsdato', L['evalueringsdato'] ?? '', date);
}

let newMeasureCount = 0;

function buildEvaluation(): void {
  form.append(el('p', { class: 'intro' }, L['intro']));
  field(form, 'date', L['date'] ?? '', input('date', data.today));
  field(form, 'deltakere', L['deltakere'] ?? '', input('text'));
  field(form, 'elevensOpplevelse', L['elevensOpplevelse'] ?? '', textarea('', 4));
  field(form, 'foresattesSyn', L['foresattesSyn'] ?? '', textarea());
  form.append(el('h2', {}, L['measures']), measuresTable(data.measures, true));

  form.append(el('h2', {}, L['newMeasures']));
  const list = el('div');
  const add = el('button', { type: 'button' }, L['addMeasure']);
  add.addEventListener('click', () => {
    const k = newMeasureCount++;
    const row = el('div', { style: 'display:flex;gap:6px;margin:4px 0' });
    const what = input('text');
    what.id = `new-tiltak-${k}`;
    what.placeholder = L['tiltak'] ?? '';
    what.setAttribute('aria-label', L['tiltak'] ?? '');
    const level = select([
      ['individ', L['levelIndivid'] ?? ''],
      ['gruppe', L['levelGruppe'] ?? ''],
      ['system', L['levelSystem'] ?? ''],
    ]);
    level.id = `new-niva-${k}`;
    level.setAttribute('aria-label', L['colNiva'] ?? '');
    const who = input('email');
    who.id = `new-hvem-${k}`;
    who.placeholder = L['hvem'] ?? '';
    who.setAttribute('aria-label', L['hvem'] ?? '');
    row.append(what, level, who);
    list.append(row);
  });
  form.append(list, add);

  form.append(
    radios(
      'problemetLost',
      L['problemetLost'] ?? '',
      [
        ['ja', L['solvedJa'] ?? ''],
        ['delvis', L['solvedDelvis'] ?? ''],
        ['nei', L['solvedNei'] ?? ''],
      ],
      'nei',
    ),
  );
  field(form, 'begrunnelse', L['begrunnelse'] ?? '', textarea('', 2));
  const conclusions = radios(
    'konklusjon',
    L['konklusjon'] ?? '',
    [
      ['videreføre', L['conclusionVidereføre'] ?? ''],
      ['ny plan', L['conclusionNyPlan'] ?? ''],
      ['avslutte', L['conclusionAvslutte'] ?? ''],
    ],
    'videreføre',
  );
  form.append(conclusions);
  const next = el('div');
  const nextDate = input('date', data.nextEvaluation ?? '');
  nextDate.min = data.today;
  field(next, 'nesteEvaluering', L['nesteEvaluering'] ?? '', nextDate);
  const follow = el('div', { hidden: '' });
  field(follow, 'oppfolging', L['oppfolging'] ?? '', textarea('', 2));
  form.append(next, follow);
  conclusions.addEventListener('change', () => {
    const closing = radioValue('konklusjon') === 'avslutte';
    next.hidden = closing;
    follow.hidden = !closing;
  });

  form.append(el('h2', {}, L['eksternHjelp']));
  for (const key of ['servicePpt', 'serviceBup', 'serviceBarnevern', 'serviceHelsesykepleier']) {
    const c = checkbox(L[key] ?? '', false);
    c.input.className = 'service';
    c.input.value = L[key] ?? '';
    form.append(c.box);
  }
  field(form, 'eksternHjelpKommentar', L['eksternHjelpKommentar'] ?? '', input('text'));
}

function payload(): Record<string, unknown> {
  const pdf = (document.getElementById('pdf') as HTMLInputElement).checked;
  const base = { saksnr: data.saksnr, requestId: data.requestId, pdf };
  if (data.kind === 'plan') {
    return {
      ...base,
      problem: value('problem'),
      undersokelse: value('undersokelse'),
      elevensBeskrivelse: value('elevensBeskrivelse'),
      ikkeHort: value('ikkeHort'),
      elevensOnsker: value('elevensOnsker'),
      foresattesSyn: value('foresattesSyn'),
      barnetsBeste: value('barnetsBeste'),
      gjennomforing: value('gjennomforing'),
      merknader: value('merknader'),
      evalueringsdato: value('evalueringsdato'),
    };
  }
  const newMeasures: Record<string, string>[] = [];
  for (let k = 0; k < newMeasureCount; k++) {
    const tiltak = value(`new-tiltak-${k}`).trim();
    if (tiltak)
      newMeasures.push({ tiltak, niva: value(`new-niva-${k}`), hvem: value(`new-hvem-${k}`).trim() });
  }
  return {
    ...base,
    date: value('date'),
    deltakere: value('deltakere'),
    elevensOpplevelse: value('elevensOpplevelse'),
    foresattesSyn: value('foresattesSyn'),
    decisions: data.measures.map((m, k) => ({
      row: m.row ?? 0,
      tiltak: m.tiltak,
      verdict: value(`verdict-${k}`),
      kommentar: value(`comment-${k}`),
    })),
    newMeasures,
    problemetLost: radioValue('problemetLost'),
    begrunnelse: value('begrunnelse'),
    konklusjon: radioValue('konklusjon'),
    nesteEvaluering: value('nesteEvaluering'),
    eksternHjelp: Array.from(document.querySelectorAll<HTMLInputElement>('input.service:checked')).map(
      (c) => c.value,
    ),
    eksternHjelpKommentar: value('eksternHjelpKommentar'),
    oppfolging: value('oppfolging'),
  };
}

function show(kind: 'error' | 'done' | 'warn', text: string): void {
  status.hidden = false;
  status.className = `message ${kind}`;
  status.textContent = text;
}

/** While the server works (a plan takes seconds): every control disabled, the status shown at the top. */
function busy(on: boolean): void {
  Array.from(app.querySelectorAll('button, input, select, textarea')).forEach((c) => {
    (c as HTMLButtonElement).disabled = on;
  });
  app.setAttribute('aria-busy', String(on));
}

function send(anonymity?: 'replace' | 'keep'): void {
  busy(true);
  show('warn', L['working'] ?? '');
  status.scrollIntoView({ block: 'start' });
  const body = { ...payload(), ...(anonymity ? { anonymity } : {}) };
  const run = google.script.run.withSuccessHandler(onResult).withFailureHandler((e) => {
    busy(false);
    show('error', e.message);
  });
  if (data.kind === 'plan') run.submitPlanDialog(body);
  else run.submitEvaluationDialog(body);
}

function onResult(result: Result): void {
  busy(false);
  if (result.status === 'error') {
    show('error', result.message);
    return;
  }
  if (result.status === 'names') {
    show('warn', result.message);
    const list = el('ul', { class: 'names' });
    for (const n of result.names) list.append(el('li', {}, `${n.name} ${L['instead']} «${n.suggestion}»`));
    const replace = el('button', { class: 'primary', type: 'button' }, L['namesReplace']);
    const keep = el('button', { type: 'button' }, L['namesKeep']);
    const back = el('button', { type: 'button' }, L['namesBack']);
    replace.addEventListener('click', () => send('replace'));
    keep.addEventListener('click', () => send('keep'));
    back.addEventListener('click', () => {
      status.hidden = true;
    });
    const actions = el('div', { class: 'actions' });
    actions.append(replace, keep, back);
    status.append(list, actions);
    return;
  }
  form.hidden = true;
  actionsRow.hidden = true;
  show('done', result.message);
  if (/^https:\/\//.test(result.url)) {
    const link = el('a', { href: result.url, target: '_blank', rel: 'noopener' }, L['open']);
    status.append(el('br'), link);
  }
  const close = el('button', { type: 'button' }, L['close']);
  close.addEventListener('click', () => google.script.host.close());
  const actions = el('div', { class: 'actions' });
  actions.append(close);
  status.append(actions);
}

if (data.kind === 'plan') buildPlan();
else buildEvaluation();
const pdf = checkbox(L['pdf'] ?? '', true);
pdf.input.id = 'pdf';
form.append(el('div', { style: 'margin-top:12px' }), pdf.box);
actionsRow.append(submit, cancel);
app.append(actionsRow);
submit.addEventListener('click', () => send());
cancel.addEventListener('click', () => google.script.host.close());
