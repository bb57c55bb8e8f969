import type { Emulator } from '../emulator/emulator';
import { escapeHtml } from '../emulator/services/html';
import { columnToLetters } from '../emulator/spreadsheet/a1';
import { chartsOn } from '../emulator/spreadsheet/chart';
import type { EmuSheet } from '../emulator/spreadsheet/sheet';
import type { MenuItem } from '../emulator/spreadsheet/ui';
import { chartSvg } from './chartSvg';

/**
 * A static HTML picture of the emulated workbook: one tab per sheet with values as displayed and the
 * backgrounds a person would see (cell formats, then conditional format rules, first match wins), the
 * add-on menu, and any documents and sidebars the run produced.
 */
export interface PreviewExtras {
  documents?: { title: string; html: string }[];
  sidebars?: { title: string; html: string }[];
  mails?: { to: string; subject: string; body: string }[];
  notes?: string[];
}

function cellStyle(
  sheet: EmuSheet,
  r: number,
  c: number,
): { bg: string; color: string; bold: boolean; strike: boolean } {
  const cell = sheet._peek(r, c);
  let bg = cell?.background ?? '';
  let color = cell?.fontColor ?? '';
  let bold = cell?.fontWeight === 'bold';
  let strike = false;
  const display = sheet._display(cell, r, c);
  const rule = sheet._rules.find((rule) => rule._matches(r, c, cell?.value ?? '', display));
  if (rule) {
    bg = rule._spec.background ?? bg;
    color = rule._spec.fontColor ?? color;
    bold = rule._spec.bold ?? bold;
    strike = rule._spec.strikethrough ?? false;
  }
  return { bg, color, bold, strike };
}

export function renderSheet(sheet: EmuSheet): string {
  const anchors = chartsOn(sheet).map((c) => c.position);
  // A chart's anchor cell is part of the picture even when nothing is written there.
  const rows = Math.max(sheet._lastRow(), 1, ...anchors.map((p) => p.row));
  const cols = Math.max(sheet._lastColumn(), 1, ...anchors.map((p) => p.column));
  const visible = Array.from({ length: cols }, (_, i) => i + 1).filter((c) => !sheet._hiddenColumns.has(c));
  let html = '<table class="grid"><thead><tr><th class="corner"></th>';
  for (const c of visible)
    html += `<th style="min-width:${sheet._columnWidths.get(c) ?? 100}px">${columnToLetters(c)}</th>`;
  html += '</tr></thead><tbody>';
  for (let r = 1; r <= rows; r++) {
    html += `<tr${r <= sheet._frozenRows ? ' class="frozen"' : ''}><th>${r}</th>`;
    for (const c of visible) {
      const cell = sheet._peek(r, c);
      const { bg, color, bold, strike } = cellStyle(sheet, r, c);
      const style = [
        bg ? `background:${bg}` : '',
        color ? `color:${color}` : '',
        bold ? 'font-weight:bold' : '',
        strike ? 'text-decoration:line-through' : '',
        cell?.wrap ? 'white-space:pre-wrap' : '',
      ]
        .filter(Boolean)
        .join(';');
      const text = escapeHtml(sheet._display(cell, r, c));
      const link = cell?.linkUrl ?? /^=HYPERLINK\("([^"]+)"/i.exec(cell?.formula ?? '')?.[1];
      const title = cell?.note ? ` title="${escapeHtml(cell.note)}"` : '';
      const validation = cell?.validation?.criteria === 'VALUE_IN_LIST' ? ' class="dropdown"' : '';
      html += `<td style="${style}"${title}${validation}>${link ? `<a href="${escapeHtml(link)}">${text}</a>` : text}</td>`;
    }
    html += '</tr>';
  }
  html += '</tbody></table>';
  // Embedded charts float over the grid at their anchor cell, as in Sheets (placed by the page's script).
  const charts = chartsOn(sheet)
    .map(
      (c) =>
        `<div class="chart" data-row="${c.position.row}" data-col="${columnToLetters(c.position.column)}">${chartSvg(sheet, c)}</div>`,
    )
    .join('');
  return charts ? `<div class="sheetwrap">${html}${charts}</div>` : html;
}

function renderMenu(items: MenuItem[]): string {
  return `<ul>${items
    .map((i) =>
      i.separator
        ? '<li class="sep"></li>'
        : `<li>${escapeHtml(i.caption)}${i.submenu ? renderMenu(i.submenu.items) : ''}</li>`,
    )
    .join('')}</ul>`;
}

export function renderPreview(emu: Emulator, extras: PreviewExtras = {}): string {
  const sheets = emu.spreadsheet._sheets;
  const tabs: { id: string; title: string; body: string }[] = sheets.map((s, i) => ({
    id: `sheet-${i}`,
    title: s._name,
    body: renderSheet(s),
  }));
  (extras.documents ?? []).forEach((d, i) => {
    tabs.push({ id: `doc-${i}`, title: `▥ ${d.title}`, body: `<article class="doc">${d.html}</article>` });
  });
  (extras.sidebars ?? []).forEach((s, i) => {
    tabs.push({
      id: `side-${i}`,
      title: `▤ ${s.title}`,
      body: `<iframe class="sidebar" sandbox="allow-scripts" srcdoc="${escapeHtml(s.html)}"></iframe>`,
    });
  });
  if (extras.mails?.length) {
    tabs.push({
      id: 'mail',
      title: `✉ E-post (${extras.mails.length})`,
      body: extras.mails
        .map(
          (m) =>
            `<div class="mail"><b>Til:</b> ${escapeHtml(m.to)}<br><b>Emne:</b> ${escapeHtml(m.subject)}<pre>${escapeHtml(m.body)}</pre></div>`,
        )
        .join(''),
    });
  }
  const menu = emu.menus
    .map((m) => `<div class="menu"><b>${escapeHtml(m.name)}</b>${renderMenu(m.items)}</div>`)
    .join('');
  const notes = (extras.notes ?? []).map((n) => `<li>${escapeHtml(n)}</li>`).join('');
  const demoDate = new Intl.DateTimeFormat('nb-NO', {
    timeZone: 'Europe/Oslo',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(emu.env.now()));
  // The preview opens on «Saker», where a rektor starts.
  const first = Math.max(
    0,
    tabs.findIndex((t) => t.title === 'Saker'),
  );
  return `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>Skolemiljø – forhåndsvisning</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#202124;font-size:13px}
header{background:#1f4e79;color:#fff;padding:10px 16px}header h1{margin:0;font-size:18px}header p{margin:4px 0 0;opacity:.85}
.layout{display:flex}.side{width:260px;padding:10px;border-right:1px solid #ddd;background:#f8f9fa}
.menu ul{list-style:none;padding-left:12px;margin:4px 0}.menu li{padding:2px 0}.menu li.sep{border-top:1px solid #ccc;margin:4px 0}
main{flex:1;overflow:auto}
.tabs{display:flex;flex-wrap:wrap;gap:2px;padding:6px;background:#f1f3f4;border-bottom:1px solid #ddd;position:sticky;top:0}
.tabs button{border:1px solid #ccc;background:#fff;padding:4px 10px;cursor:pointer;border-radius:3px 3px 0 0}
.tabs button.active{background:#1f4e79;color:#fff}
.panel{display:none;padding:8px}.panel.active{display:block}
table.grid{border-collapse:collapse}table.grid td,table.grid th{border:1px solid #e0e0e0;padding:2px 5px;vertical-align:top;max-width:320px;overflow:hidden}
table.grid th{background:#f8f9fa;color:#5f6368;font-weight:normal}tr.frozen td{border-bottom:2px solid #9aa0a6}
td.dropdown::after{content:" ▾";color:#9aa0a6}
.doc{max-width:800px;margin:16px auto;padding:40px;box-shadow:0 1px 4px rgba(0,0,0,.2);background:#fff}
.doc table{border-collapse:collapse;width:100%}.doc td,.doc th{border:1px solid #999;padding:4px}
iframe.sidebar{width:300px;height:640px;border:1px solid #ccc}
.mail{border:1px solid #ddd;margin:8px 0;padding:8px}.mail pre{white-space:pre-wrap}
.sheetwrap{position:relative;display:inline-block;min-width:100%}.sheetwrap .chart{position:absolute;box-shadow:0 1px 3px rgba(0,0,0,.25)}
</style></head><body>
<header><h1>Skolemiljø – forhåndsvisning</h1><p>Kjørt i den lokale Apps Script-emulatoren på en demoskole. Ingen ekte data. Demoskolens dato er <b>${escapeHtml(demoDate)}</b>: frister og farger er regnet fra den.</p></header>
<div class="layout"><aside class="side"><h3>Meny</h3>${menu}${notes ? `<h3>Kjøring</h3><ul>${notes}</ul>` : ''}</aside>
<main><nav class="tabs">${tabs.map((t, i) => `<button data-tab="${t.id}"${i === first ? ' class="active"' : ''}>${escapeHtml(t.title)}</button>`).join('')}</nav>
${tabs.map((t, i) => `<section id="${t.id}" class="panel${i === first ? ' active' : ''}">${t.body}</section>`).join('\n')}
</main></div>
<script>
function placeCharts() {
  document.querySelectorAll('.sheetwrap').forEach(function (wrap) {
    var table = wrap.querySelector('table');
    wrap.querySelectorAll('.chart').forEach(function (c) {
      var row = table.rows[Number(c.dataset.row)];
      var heads = Array.prototype.slice.call(table.rows[0].cells);
      var col = heads.filter(function (h) { return h.textContent === c.dataset.col; })[0];
      if (!row || !col) return;
      c.style.top = row.offsetTop + 'px';
      c.style.left = col.offsetLeft + 'px';
    });
  });
}
placeCharts();
document.querySelectorAll('.tabs button').forEach(function (b) {
  b.addEventListener('click', function () {
    document.querySelectorAll('.tabs button').forEach(function (x) { x.classList.toggle('active', x === b); });
    document.querySelectorAll('.panel').forEach(function (p) { p.classList.toggle('active', p.id === b.dataset.tab); });
    placeCharts();
  });
});
</script></body></html>`;
}

/**
 * One sheet (of any spreadsheet, for example the anonymised report) as a page of its own, with its charts:
 * for screenshots of what the product made.
 */
export function sheetPage(sheet: EmuSheet, title: string): string {
  return `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>
body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#202124;font-size:13px}
h1{font-size:15px;font-weight:normal;margin:0;padding:8px 12px;background:#f1f3f4;border-bottom:1px solid #dadce0}
main{padding:8px}
table.grid{border-collapse:collapse}table.grid td,table.grid th{border:1px solid #e0e0e0;padding:0 5px;height:21px;line-height:19px;box-sizing:border-box;vertical-align:top;max-width:420px}
table.grid th{background:#f8f9fa;color:#5f6368;font-weight:normal}tr.frozen td{border-bottom:2px solid #9aa0a6}
.sheetwrap{position:relative;display:inline-block}.sheetwrap .chart{position:absolute;box-shadow:0 1px 3px rgba(0,0,0,.25)}
</style></head><body><h1>${escapeHtml(title)}</h1><main>${renderSheet(sheet)}</main>
<script>
document.querySelectorAll('.sheetwrap').forEach(function (wrap) {
  var table = wrap.querySelector('table');
  wrap.querySelectorAll('.chart').forEach(function (c) {
    var row = table.rows[Number(c.dataset.row)];
    var col = Array.prototype.slice.call(table.rows[0].cells).filter(function (h) { return h.textContent === c.dataset.col; })[0];
    if (row && col) { c.style.top = row.offsetTop + 'px'; c.style.left = col.offsetLeft + 'px'; }
  });
});
</script></body></html>`;
}
