// Reading the fake's spreadsheets back in tests: the registry's rows and the municipal report's tabs.
import type { Cell } from '../../tools/fakeGoogle/model';
import type { FakeGoogle } from '../../tools/fakeGoogle/server';

export function tabRows(fake: FakeGoogle, role: string, tab: string): Record<string, Cell>[] {
  const file = fake.world.tagged({ role })[0];
  const rows = fake.world.spreadsheets.get(file?.id ?? '')?.tabs.find((t) => t.title === tab)?.rows ?? [];
  const [header, ...data] = rows;
  return data
    .filter((r) => r.some((v) => v !== ''))
    .map((r) => Object.fromEntries((header ?? []).map((h, i) => [String(h), r[i] ?? ''])));
}

export const registryRows = (fake: FakeGoogle) => tabRows(fake, 'registry', 'Skoler');
