// The bench's measurement stays what it claims: one request per school plus a handful, for report.
import { describe, expect, it } from 'vitest';
import { skoleeierBench } from '../../tools/bench/skoleeierBench';

describe('skoleeierBench', () => {
  it('measures report at one read per school plus about ten requests', async () => {
    const { requests, ms } = await skoleeierBench(20);
    expect(requests).toBeGreaterThanOrEqual(20);
    expect(requests).toBeLessThanOrEqual(20 + 12);
    expect(ms).toBeGreaterThan(0);
  });
});
