// Reading the fake's spreadsheets back in tests: the registry's rows and the municipal report's tabs.
import { CASE_STATUSES } from '../../src/domain/cases/lifecycle';
import { CATEGORIES } from '../../src/domain/intake/questions';
import type { FigureCase } from '../../src/domain/stats/anonymised';
import { prng } from './fakeGoogle/faults';
import type { Cell } from './fakeGoogle/model';
import type { FakeGoogle } from './fakeGoogle/server';

export function tabRows(fake: FakeGoogle, role: string, tab: string): Record<string, Cell>[] {
  const file = fake.world.tagged({ role })[0];
  const rows = fake.world.spreadsheets.get(file?.id ?? '')?.tabs.find((t) => t.title === tab)?.rows ?? [];
  const [header, ...data] = rows;
  return data
    .filter((r) => r.some((v) => v !== ''))
    .map((r) => Object.fromEntries((header ?? []).map((h, i) => [String(h), r[i] ?? ''])));
}

export const registryRows = (fake: FakeGoogle) => tabRows(fake, 'registry', 'Skoler');

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
