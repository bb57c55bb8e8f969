import { describe, expect, it } from 'vitest';
import { defaultWheel } from '../../src/domain/wheel/defaultWheel';
import type { Emulator } from '../../tools/emulator/emulator';
import { escapeHtml } from '../../tools/emulator/services/html';
import type { EmuSheet } from '../../tools/emulator/spreadsheet/sheet';
import type { ShownHtml } from '../../tools/emulator/spreadsheet/ui';
import { loadBundle, sheetRecords } from '../support/bundle';
import { school } from '../support/school';

const WHEEL = 'Årshjul';

function openWheel(emu: Emulator): ShownHtml {
  const before = emu.sheets.ui.shown.length;
  emu.clickMenu('Vis årshjulet');
  expect(emu.sheets.ui.shown).toHaveLength(before + 1);
  return emu.sheets.ui.shown.at(-1)!;
}

/** The activity numbers of the dialog's list, one per entry. */
const listed = (html: string): number[] =>
  [...html.matchAll(/<li data-activity="(\d+)"/g)].map((m) => Number(m[1]));

/** A school that chose nynorsk before setting up. */
function nynorskSchool(now: string): Emulator {
  const emu = loadBundle({ now: new Date(now) });
  const settings = emu.spreadsheet.insertSheet('Innstillinger') as unknown as EmuSheet;
  settings.getRange(1, 1, 2, 2).setValues([
    ['Innstilling', 'Verdi'],
    ['Språk', 'nynorsk'],
  ]);
  emu.run('setUp');
  emu.open('FULL');
  return emu;
}

describe('Vis årshjulet', () => {
  it('is in the «Årshjul og tiltaksplan» submenu', () => {
    const emu = school();
    const submenu = emu.menus[0]!.items.find((i) => i.caption === 'Årshjul og tiltaksplan')?.submenu;
    expect(submenu?.items.map((i) => [i.caption, i.functionName])).toContainEqual([
      'Vis årshjulet',
      'menuShowWheel',
    ]);
  });

  it('shows the wheel and every activity of the default årshjul, in bokmål', () => {
    const emu = school('2026-09-14T09:00:00+02:00', { 'Skolens navn': 'Bakkeby skole' });
    const shown = openWheel(emu);
    expect(shown).toMatchObject({ kind: 'modal', title: 'Årshjulet 2026/2027', width: 900, height: 700 });
    const html = shown.html;
    expect(html).toContain('<html lang="nb">');
    expect(html).toMatch(/<svg [^>]*role="img"[^>]*aria-labelledby="wh-title wh-desc"/);
    expect(html).toContain('<title id="wh-title">Årshjulet til Bakkeby skole, skoleåret 2026/2027</title>');
    expect(html).toContain('>I dag 14.09.2026</text>');
    expect(html).toContain('Aktivitetene måned for måned');
    expect(html).toContain('>Skriv ut</button>');

    const wheel = defaultWheel('nb');
    // One number per activity, each listed under every month it falls in.
    expect(new Set(listed(html)).size).toBe(wheel.length);
    for (const activity of wheel) expect(html).toContain(escapeHtml(activity.aktivitet));
    // The month headings in school-year order, the whole-year activities last.
    const headings = [...html.matchAll(/<h3>([^<]+)<\/h3>/g)].map((m) => m[1]);
    expect(headings).toEqual([
      'August',
      'September',
      'Oktober',
      'November',
      'Desember',
      'Januar',
      'Februar',
      'Mars',
      'April',
      'Mai',
      'Juni',
      'Hele skoleåret',
    ]);
    // Each marker on the wheel is an entry in the list.
    const markers = [...html.matchAll(/<g class="marker" data-number="(\d+)"/g)].map((m) => Number(m[1]));
    const rings = [...html.matchAll(/<g class="ring" data-number="(\d+)"/g)].map((m) => Number(m[1]));
    expect([...markers, ...rings].sort((a, b) => a - b)).toEqual(listed(html).sort((a, b) => a - b));
  });

  it('shows what is overdue and what is done, in words as well as colour', () => {
    const emu = school('2026-09-14T09:00:00+02:00');
    const row =
      sheetRecords(emu, WHEEL).findIndex((r) => String(r['Aktivitet']).startsWith('Elevundersøkelsen')) + 2;
    emu.select(WHEEL, `B${row}`);
    emu.clickMenu('Merk aktivitet som gjort');
    // The class council of Thursday 17 September is never marked done.
    emu.env.setNow(new Date('2026-09-21T09:00:00+02:00'));
    const html = openWheel(emu).html;
    expect(html).toMatch(/<li data-activity="\d+" data-state="overdue">[\s\S]*?Klasseråd\.[\s\S]*?! forfalt/);
    expect(html).toMatch(
      /<li data-activity="\d+" data-state="done">[\s\S]*?Elevundersøkelsen\.[\s\S]*?✓ gjort/,
    );
    expect(html).toMatch(/! \d+ aktiviteter er forfalt\./);
  });

  it('speaks nynorsk when the school has chosen it', () => {
    const emu = nynorskSchool('2026-09-14T09:00:00+02:00');
    const shown = openWheel(emu);
    expect(shown.title).toBe('Årshjulet 2026/2027');
    const html = shown.html;
    expect(html).toContain('<html lang="nn">');
    expect(html).toContain('Aktivitetane månad for månad');
    expect(html).toContain('Årshjul for eit trygt og godt skolemiljø');
    expect(html).toContain('<h3>Heile skoleåret</h3>');
    expect(html).toContain('>Planlagd</text>');
    const wheel = defaultWheel('nn');
    expect(new Set(listed(html)).size).toBe(wheel.length);
    for (const activity of wheel) expect(html).toContain(escapeHtml(activity.aktivitet));
    expect(html).not.toContain('Aktivitetene måned for måned');
  });

  it('reads the årshjul once: the same few service calls for 24 rows or 500, and writes nothing', () => {
    const emu = school('2026-09-14T09:00:00+02:00');
    const cost = () => {
      emu.env.calls.reset();
      openWheel(emu);
      return emu.env.calls.snapshot();
    };
    const small = cost();
    expect(small['Range.getValues']).toBe(1);
    expect(Object.values(small).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(14);
    expect(Object.keys(small).filter((k) => /\.(set|append|insert|clear|delete)/.test(k))).toEqual([
      'HtmlOutput.setHeight',
      'HtmlOutput.setWidth',
    ]);

    const sheet = emu.spreadsheet._sheetByName(WHEEL)!;
    const width = sheet.getLastColumn();
    const header = sheet.getRange(1, 1, 1, width).getValues()[0]!;
    const extra = Array.from({ length: 476 }, (_, i) =>
      header.map((h) =>
        h === 'Aktivitet' ? `Ekstra aktivitet ${i + 1}` : h === 'Gjentakelse' ? 'årlig: mars' : '',
      ),
    );
    sheet.getRange(sheet.getLastRow() + 1, 1, extra.length, width).setValues(extra);
    expect(cost()).toEqual(small);
  });

  it('renders hostile activity names as text', () => {
    const emu = school('2026-09-14T09:00:00+02:00');
    const sheet = emu.spreadsheet._sheetByName(WHEEL)!;
    sheet.getRange(2, 2).setValue(`<img src=x onerror="alert(1)"> & 'Ole' <script>alert(2)</script>`);
    const html = openWheel(emu).html;
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>alert(2)');
    expect(html).toContain(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;Ole&#39; &lt;script&gt;alert(2)&lt;/script&gt;',
    );
  });

  it('says what to do when the Årshjul sheet is gone', () => {
    const emu = school('2026-09-14T09:00:00+02:00');
    emu.spreadsheet.deleteSheet(emu.spreadsheet.getSheetByName(WHEEL)!);
    const shown = emu.sheets.ui.shown.length;
    emu.clickMenu('Vis årshjulet');
    expect(emu.sheets.ui.shown).toHaveLength(shown);
    expect(emu.sheets.ui.dialogs.at(-1)?.prompt).toBe(
      'Arket «Årshjul» finnes ikke. Velg «Sett opp / reparer» i Skolemiljø-menyen.',
    );
  });
});
