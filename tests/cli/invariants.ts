// What must hold in the fake's world after any run, however many faults were injected.
import { expect } from 'vitest';
import type { FakeGoogle } from '../../tools/fakeGoogle/server';

export function expectNothingTwice(fake: FakeGoogle): void {
  const w = fake.world;
  expect(w.tagged({ role: 'registry' })).toHaveLength(1);
  expect([...w.forms.values()].filter((f) => !w.files.get(f.formId)?.trashed)).toHaveLength(1);
  const perKey = new Map<string, number>();
  for (const f of w.tagged({ skolemiljo: '1' }))
    if (f.appProperties.school) {
      const k = `${f.appProperties.role}:${f.appProperties.school}`;
      perKey.set(k, (perKey.get(k) ?? 0) + 1);
    }
  expect([...perKey].filter(([, n]) => n > 1)).toEqual([]);
  const perParent = new Map<string, number>();
  for (const s of w.scripts.values())
    if (s.parentId) perParent.set(s.parentId, (perParent.get(s.parentId) ?? 0) + 1);
  expect([...perParent].filter(([, n]) => n > 1)).toEqual([]);
  expect(w.repeatedInvitations).toEqual([]);
}

export function expectRegistersUntouched(fake: FakeGoogle): void {
  expect(fake.violations).toEqual([]);
  expect(fake.unimplemented).toEqual([]);
}
