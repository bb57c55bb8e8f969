import { describe, expect, it } from 'vitest';
import {
  formatCaseNumber,
  isCaseNumber,
  nextCaseNumber,
  parseCaseNumber,
} from '../../../src/domain/cases/caseNumber';

describe('parseCaseNumber', () => {
  it('reads year and running number', () => {
    expect(parseCaseNumber('2026-001')).toEqual({ year: 2026, seq: 1 });
    expect(parseCaseNumber('2026-1000')).toEqual({ year: 2026, seq: 1000 });
    expect(parseCaseNumber(' 2026-042 ')).toEqual({ year: 2026, seq: 42 });
    expect(parseCaseNumber('2026-0042')).toEqual({ year: 2026, seq: 42 });
  });

  it('rejects malformed numbers', () => {
    for (const bad of [
      '',
      '2026',
      '2026-',
      '2026-1',
      '2026-01',
      '26-001',
      '2026-000',
      'sak 2026-001',
      '2026/001',
      '2026-01a',
    ]) {
      expect(parseCaseNumber(bad), bad).toBeNull();
    }
    expect(parseCaseNumber(42 as unknown as string)).toBeNull();
  });
});

describe('formatCaseNumber / isCaseNumber', () => {
  it('pads to three digits and grows beyond', () => {
    expect(formatCaseNumber(2026, 7)).toBe('2026-007');
    expect(formatCaseNumber(2026, 999)).toBe('2026-999');
    expect(formatCaseNumber(2026, 1000)).toBe('2026-1000');
    expect(() => formatCaseNumber(26, 1)).toThrow(RangeError);
    expect(() => formatCaseNumber(2026, 0)).toThrow(RangeError);
  });

  it('accepts only the canonical form', () => {
    expect(isCaseNumber('2026-007')).toBe(true);
    expect(isCaseNumber('2026-1000')).toBe(true);
    expect(isCaseNumber('2026-0007')).toBe(false);
    expect(isCaseNumber(' 2026-007')).toBe(false);
    expect(isCaseNumber('2026-7')).toBe(false);
  });
});

describe('nextCaseNumber', () => {
  it('starts a year at 001', () => {
    expect(nextCaseNumber([], 2026)).toBe('2026-001');
    expect(nextCaseNumber(['2025-014', '2025-015'], 2026)).toBe('2026-001');
  });

  it('is one more than the highest, never reusing a gap', () => {
    expect(nextCaseNumber(['2026-001', '2026-002', '2026-003'], 2026)).toBe('2026-004');
    expect(nextCaseNumber(['2026-001', '2026-005'], 2026)).toBe('2026-006');
    expect(nextCaseNumber(['2026-005', '2026-001'], 2026)).toBe('2026-006');
  });

  it('ignores other years, malformed entries and blank cells', () => {
    expect(nextCaseNumber(['2027-900', '2026-003', 'abc', '', '2026-9x', null, 17, new Date()], 2026)).toBe(
      '2026-004',
    );
  });

  it('counts hand-typed numbers with extra zeros as used', () => {
    expect(nextCaseNumber(['2026-0042', '2026-003'], 2026)).toBe('2026-043');
  });

  it('grows beyond 999', () => {
    expect(nextCaseNumber(['2026-998', '2026-999'], 2026)).toBe('2026-1000');
    expect(nextCaseNumber(['2026-1000', '2026-999'], 2026)).toBe('2026-1001');
  });

  it('handles a large register quickly', () => {
    const existing = Array.from({ length: 10_000 }, (_, i) => formatCaseNumber(2020 + (i % 7), i + 1));
    // The highest 2026 entry is i = 9995 (9995 % 7 = 6), numbered 9996.
    expect(nextCaseNumber(existing, 2026)).toBe('2026-9997');
  });
});
