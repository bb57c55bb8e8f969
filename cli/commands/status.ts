// `status`: which schools have run «Sett opp / reparer», read from their report spreadsheets into the registry.
import type { Context } from '../context';
import { UserError } from '../google/errors';
import { loadInventory } from '../inventory';
import { openRegistry, STATES } from '../registry';
import { readAllFigures } from '../report/readFigures';
import { apiSummary, reportFailures } from './outcome';

export async function status(ctx: Context): Promise<number> {
  const started = Date.now();
  const inv = await loadInventory(ctx);
  const registry = await openRegistry(ctx, inv.registry, { create: false });
  if (!registry.file) throw new UserError('Fant ingen skoleoversikt. Kjør «skolemiljo provision» først.');
  const { outcomes, skipped } = await readAllFigures(ctx, inv, registry);
  await registry.flush(ctx);
  const rows = [...registry.rows.values()];
  const count = (state: string) => rows.filter((r) => r.state === state).length;
  ctx.reporter.info(
    `${rows.length} skoler: ${count(STATES.inUse)} i bruk, ${count(STATES.waiting)} venter på rektor, ` +
      `${count(STATES.uncertain)} med uavklart skript, ${count(STATES.failed)} med feil.`,
  );
  for (const r of rows
    .filter((r) => r.state === STATES.waiting)
    .sort((a, b) => a.name.localeCompare(b.name, 'nb')))
    ctx.reporter.info(`  Venter: ${r.name}`);
  ctx.reporter.info(apiSummary(ctx, started));
  return reportFailures(ctx, outcomes, skipped);
}
