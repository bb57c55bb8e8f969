import { describe, expect, it } from 'vitest';
import { pastRetention } from '../../../src/domain/cases/retention';
import type { LocalDate } from '../../../src/domain/time/localDate';

const d = (s: string) => s as LocalDate;

describe('pastRetention', () => {
  it('flags a closed case once the retention period has run out', () => {
    expect(pastRetention(d('2024-06-20'), d('2026-06-19'), 24)).toBe(false);
    expect(pastRetention(d('2024-06-20'), d('2026-06-20'), 24)).toBe(true);
  });
  it('never flags an open case', () => {
    expect(pastRetention(null, d('2030-01-01'), 1)).toBe(false);
  });
  it('handles month ends', () => {
    expect(pastRetention(d('2025-01-31'), d('2025-02-28'), 1)).toBe(true);
  });
});
