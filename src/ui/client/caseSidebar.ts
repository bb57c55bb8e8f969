/**
 * Client of CaseSidebar.html: the rektor's workspace for one case (head, deadlines in words and colour,
 * the next steps as buttons, what the school has done by sub-duty, measures, documents), or the list
 * «Mine saker». Every button calls the same server action as the menu item; the view is refreshed when a
 * dialog it opened closes (the sidebar gets the focus back) or with «Oppdater».
 */
import type { sidebarAction, sidebarCase, sidebarCaseList } from '../../features/register/caseSidebar';
import type { CaseListItem, CaseViewData, SidebarData, SidebarResult } from '../contract';
import { el, pageData, setBusy } from './lib/dom';
import { server } from './lib/server';

const data = pageData<SidebarData>();
const L = data.labels;
const api = server<{
  sidebarAction: typeof sidebarAction;
  sidebarCase: typeof sidebarCase;
  sidebarCaseList: typeof sidebarCaseList;
}>();
const app = document.getElementById('app') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;
document.documentElement.lang = data.lang;
let current: CaseViewData | null = data.view;

function section(title: string): HTMLElement {
  const s = el('section');
  s.append(el('h2', {}, title));
  app.append(s);
  return s;
}

function showMessage(text: string, kind: 'done' | 'error'): void {
  status.className = `status ${kind}`;
  status.textContent = text;
}

function drawCase(v: CaseViewData): void {
  current = v;
  app.replaceChildren();
  const back = el('button', { type: 'button' }, L.back);
  back.addEventListener('click', () => void loadList());
  app.append(back);
  const head = el('header');
  head.append(el('h1', {}, `Sak ${v.saksnr}`), el('span', { class: 'pill' }, v.status));
  if (v.serious) head.append(el('span', { class: 'urgent' }, '§ 12-5'));
  app.append(head);
  if (v.incomplete) app.append(el('p', { class: 'incomplete' }, `${L.incomplete}: ${v.incomplete}`));

  const steps = section(L.steps);
  const list = el('div', { class: 'steps' });
  for (const a of v.actions) {
    const b = el('button', { type: 'button', class: a.primary ? 'primary' : '' }, a.label);
    b.addEventListener('click', () => void act(a.id, a.label));
    list.append(b);
  }
  steps.append(list);

  if (v.deadlines.length > 0) {
    const d = section(L.deadlines);
    for (const x of v.deadlines) {
      const row = el('div', { class: `deadline ${x.state}` });
      row.append(el('span', {}, x.label));
      const right = el('span', {}, x.date);
      if (x.stateText)
        right.append(document.createTextNode(' '), el('span', { class: 'state' }, `(${x.stateText})`));
      row.append(right);
      d.append(row);
    }
  }

  if (v.routine && v.routine.length > 0) {
    const r = section(L.routine);
    for (const x of v.routine) {
      const row = el('div', { class: `deadline ${x.done ? 'done' : ''}` });
      row.append(el('span', {}, x.label), el('span', {}, x.state));
      r.append(row);
    }
  }

  const info = section(L.caseInfo);
  const dl = el('dl');
  for (const f of v.head) dl.append(el('dt', {}, f.label), el('dd', {}, f.value));
  info.append(dl);
  for (const x of v.texts) info.append(el('h3', {}, x.label), el('div', { class: 'text' }, x.value));

  const chronology = section(L.chronology);
  for (const group of v.chronology) {
    chronology.append(el('h3', {}, group.subDuty));
    for (const e of group.entries) {
      const item = el('div', { class: 'event' });
      item.append(el('div', {}, e.event), el('div', { class: 'meta' }, `${e.time} · ${e.who}`));
      if (e.details) item.append(el('div', { class: 'details' }, e.details));
      chronology.append(item);
    }
  }

  const measures = section(L.measures);
  if (v.measures.length === 0) measures.append(el('p', { class: 'muted' }, L.noMeasures));
  for (const m of v.measures) {
    const item = el('div', { class: 'event' });
    item.append(el('div', {}, m.tiltak), el('div', { class: 'meta' }, m.meta));
    measures.append(item);
  }

  const docs = section(L.documents);
  if (v.documents.length === 0) docs.append(el('p', { class: 'muted' }, L.noDocuments));
  const ul = el('ul');
  for (const d of v.documents) {
    const li = el('li');
    li.append(el('a', { href: d.url, target: '_blank', rel: 'noopener' }, d.title));
    ul.append(li);
  }
  if (v.documents.length > 0) docs.append(ul);

  const refresh = el('button', { type: 'button' }, L.refresh);
  refresh.addEventListener('click', () => void reload());
  app.append(el('div', { class: 'actions' }), refresh);
}

function drawList(items: readonly CaseListItem[]): void {
  current = null;
  app.replaceChildren();
  app.append(el('h1', {}, L.myCases));
  if (items.length === 0) {
    app.append(el('p', { class: 'muted' }, L.none));
    return;
  }
  const ul = el('ul', { class: 'cases' });
  for (const c of items) {
    const b = el('button', { type: 'button', class: c.state });
    b.append(el('span', {}, `${c.saksnr} · ${c.status}`), el('span', { class: 'meta' }, c.next));
    b.addEventListener('click', () => void open(c.saksnr, c.row));
    const li = el('li');
    li.append(b);
    ul.append(li);
  }
  app.append(ul);
}

async function run(text: string, call: () => Promise<SidebarResult>): Promise<void> {
  setBusy(app, status, text);
  try {
    const r = await call();
    setBusy(app, status, null);
    if (r.status === 'error') return showMessage(r.message, 'error');
    drawCase(r.view);
    if (r.message) showMessage(r.message, 'done');
  } catch (error) {
    setBusy(app, status, null);
    showMessage(error instanceof Error ? error.message : String(error), 'error');
  }
}

function act(id: string, label: string): Promise<void> {
  if (!current) return Promise.resolve();
  const { saksnr, row } = current;
  return run(`${label} …`, () => api.sidebarAction(saksnr, row, id));
}

function reload(): Promise<void> {
  if (!current) return loadList();
  const { saksnr, row } = current;
  return run(L.loading, () => api.sidebarCase(saksnr, row));
}

function open(saksnr: string, row: number): Promise<void> {
  return run(L.loading, () => api.sidebarCase(saksnr, row));
}

async function loadList(): Promise<void> {
  setBusy(app, status, L.loading);
  try {
    const r = await api.sidebarCaseList();
    setBusy(app, status, null);
    if (r.status === 'error') return showMessage(r.message, 'error');
    drawList(r.list);
  } catch (error) {
    setBusy(app, status, null);
    showMessage(error instanceof Error ? error.message : String(error), 'error');
  }
}

// A dialog opened from here closes: the sidebar gets the focus back and shows the case as it is now.
let stale = false;
window.addEventListener('blur', () => {
  stale = true;
});
window.addEventListener('focus', () => {
  if (stale && current) void reload();
  stale = false;
});

if (data.view) drawCase(data.view);
else drawList(data.list ?? []);
