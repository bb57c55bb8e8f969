// What a school does after provisioning, played against the fake's world directly (it runs in Apps Script,
// not through the APIs): the rektor runs «Sett opp / reparer», the daily job writes the anonymised figures.
import { CASE_STATUSES } from '../../src/domain/cases/lifecycle';
import { CATEGORIES } from '../../src/domain/intake/questions';
import { anonymisedFigures, type FigureCase, schoolYearOf } from '../../src/domain/stats/anonymised';
import { figuresToRows } from '../../src/domain/stats/figuresLayout';
import { prng } from './faults';
import type { World } from './model';

function settingsOf(world: World, spreadsheetId: string): Map<string, string> {
  const tab = world.spreadsheets.get(spreadsheetId)?.tabs.find((t) => t.title === 'Innstillinger');
  return new Map((tab?.rows ?? []).map((r) => [String(r[0] ?? ''), String(r[1] ?? '')]));
}

/** Runs setUp and the first daily job for a school; throws if the municipality's part is not in place. */
export function simulateSchool(world: World, key: string, cases: readonly FigureCase[], today: string): void {
  const sheet = world.tagged({ role: 'school', school: key })[0];
  const report = world.tagged({ role: 'report', school: key })[0];
  if (!sheet || !report) throw new Error(`${key}: not provisioned`);
  const settings = settingsOf(world, sheet.id);
  const rektor = settings.get('Rektor (e-post)');
  for (const f of [sheet, report])
    if (!f.permissions.some((p) => p.emailAddress === rektor && p.role === 'writer'))
      throw new Error(`${key}: rektor has no access`);
  const script = [...world.scripts.values()].find((s) => s.parentId === sheet.id);
  if (!script?.files.some((f) => f.name === 'Code'))
    throw new Error(`${key}: no script code to run setUp from`);
  if (settings.get('Rapportark (id)') !== report.id)
    throw new Error(`${key}: «Rapportark (id)» does not point at the report`);
  if (!settings.get('Skoleeier (kanal for meldinger om ledelsen)')?.startsWith('https://'))
    throw new Error(`${key}: no channel`);

  // setUp makes the register: from now on the spreadsheet holds names and free text.
  const ss = world.spreadsheets.get(sheet.id)!;
  if (!ss.tabs.some((t) => t.title === 'Saker'))
    ss.tabs.push({
      sheetId: ss.nextSheetId++,
      title: 'Saker',
      frozenRowCount: 1,
      rows: [
        ['Saksnr', 'Meldt', 'Elev', 'Klasse', 'Kategori', 'Status'],
        ...cases.map((c, i) => [
          `2025-${String(i + 1).padStart(3, '0')}`,
          c.reported,
          `Elev ${i}`,
          '5B',
          c.categories.join(', '),
          c.status,
        ]),
      ],
    });
  // The daily job: figures into the report spreadsheet, in the contract's layout.
  const figures = anonymisedFigures(cases, schoolYearOf(today), today);
  const tab = world.spreadsheets.get(report.id)!.tabs.find((t) => t.title === 'Tall');
  if (!tab) throw new Error(`${key}: report spreadsheet has no «Tall» tab`);
  tab.rows = figuresToRows(figures, { version: script.files.length > 0 ? 'test' : '' }).map((r) => [...r]);
}

/** A school's cases, seeded: some schools small enough that most counts are suppressed. */
export function casesFor(seed: number): FigureCase[] {
  const random = prng(seed);
  const n = seed % 7 === 0 ? Math.floor(random() * 4) : Math.floor(random() * 40);
  const day = (d: number) => new Date(Date.UTC(2025, 7, 1) + d * 86_400_000).toISOString().slice(0, 10);
  return Array.from({ length: n }, () => {
    const r = Math.floor(random() * 200);
    const status = CASE_STATUSES[Math.floor(random() * CASE_STATUSES.length)]!;
    return {
      reported: day(r),
      categories: [CATEGORIES[Math.floor(random() * CATEGORIES.length)]!],
      status,
      serious: random() < 0.08,
      investigation: { due: day(r + 2), done: random() < 0.85 ? day(r + Math.floor(random() * 4)) : null },
      plan: { due: day(r + 7), done: random() < 0.6 ? day(r + Math.floor(random() * 12)) : null },
      closed: status === 'Avsluttet' ? day(r + 30) : null,
    };
  });
}
