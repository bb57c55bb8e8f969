// `npm start` on a fresh machine: the demo school runs through the built bundle and the preview renders.
// A broken demo would otherwise only show when someone opens the preview.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST_CODE, readDistHtml } from '../../tools/build/build';
import { Emulator } from '../../tools/emulator/emulator';
import { runDemo } from '../../tools/preview/demo';
import { renderPreview } from '../../tools/preview/render';

describe('the preview of `npm start`', () => {
  it('runs the demo school and renders every sheet, with no case that skipped its plan', () => {
    const emu = new Emulator({
      now: new Date('2026-08-17T07:30:00+02:00'),
      spreadsheetName: 'Eksempel skole – skolemiljø',
      owner: 'rektor@eksempel.skole.no',
    });
    emu.load(readFileSync(DIST_CODE, 'utf8'), readDistHtml());
    const html = renderPreview(emu, runDemo(emu));
    for (const sheet of ['Saker', 'Tiltak', 'Logg', 'Oversikt', 'Personale'])
      expect(html, sheet).toContain(sheet);
    // The legal path (issue 10): every case in «Aktivitetsplan» or later has its written plan.
    const saker = emu.spreadsheet._sheetByName('Saker')!.getDataRange().getValues();
    const [head, ...rows] = saker;
    const status = head!.indexOf('Status');
    const plan = head!.indexOf('Aktivitetsplan');
    for (const row of rows.filter((r) => ['Aktivitetsplan', 'Evalueres'].includes(String(r[status]))))
      expect(String(row[plan]), String(row[0])).not.toBe('');
  }, 120_000);
});
