/**
 * The skoleeier command line's `report` over 200 schools against the local fake of Google: API requests
 * and wall time. The schools are provisioned and their figures written first (not measured). Exported for
 * `npm run bench`; run alone (`npx tsx tools/bench/skoleeierBench.ts`) it prints one line.
 */
import { pathToFileURL } from 'node:url';
import { provision } from '../../cli/commands/provision';
import { report } from '../../cli/commands/report';
import { casesFor, simulateSchool } from '../fakeGoogle/school';
import { FakeGoogle } from '../fakeGoogle/server';
import { fakeContext, schoolsCsv, tinyDist } from '../fakeGoogle/support';

export interface SkoleeierMeasurement {
  requests: number;
  ms: number;
}

export async function skoleeierBench(schools = 200): Promise<SkoleeierMeasurement> {
  // Drive returns up to 1,000 files a page, as the real one does.
  const fake = await new FakeGoogle({ maxPageSize: 1000 }).start();
  try {
    const setup = fakeContext(fake, { timeoutMs: 10_000 });
    if (
      (await provision(setup.ctx, {
        csv: schoolsCsv(schools),
        scriptIds: [],
        distDir: tinyDist('bench'),
      })) !== 0
    )
      throw new Error(`provision failed: ${setup.reporter.warnings.join('; ')}`);
    for (const f of fake.world.tagged({ role: 'school' }))
      simulateSchool(fake.world, f.appProperties.school!, casesFor(f.createdSeq), '2026-03-02');

    // Measured as the command runs by default: 8 schools at a time.
    const { ctx, reporter } = fakeContext(fake, { timeoutMs: 10_000, concurrency: 8 });
    const before = fake.log.length;
    const start = performance.now();
    const code = await report(ctx, { schoolYear: 2025, shareWith: [] });
    const ms = Math.round(performance.now() - start);
    if (code !== 0) throw new Error(`report failed: ${reporter.warnings.join('; ')}`);
    return { requests: fake.log.length - before, ms };
  } finally {
    await fake.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const n = 200;
  const { requests, ms } = await skoleeierBench(n);
  // Google's default Sheets quota is 60 reads per minute per user: one read per school sets the floor.
  const quotaFloorS = Math.ceil((n / 60) * 60);
  console.log(
    `skoleeier report, ${n} skoler: ${requests} API-forespørsler, ${ms} ms mot den lokale etterligningen ` +
      `(med standardkvoten 60 Sheets-lesinger i minuttet: minst ${quotaFloorS} s mot Google)`,
  );
}
