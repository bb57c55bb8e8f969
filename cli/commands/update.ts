// `update`: pushes the current dist/ to every school's script and records the version; one school's
// failure never stops the others.
import { type Context, osloNow } from '../context';
import { readDist } from '../dist';
import { setProps } from '../google/drive';
import { safeMessage, UserError } from '../google/errors';
import { runEach } from '../google/pool';
import { loadInventory } from '../inventory';
import { uploadContent } from '../provision/school';
import { openRegistry } from '../registry';
import { apiSummary, reportFailures } from './outcome';

export interface UpdateOptions {
  distDir?: string;
  /** Only these school keys. */
  only: string[];
  /** Push even to schools that already have this version. */
  force: boolean;
}

interface Target {
  key: string;
  name: string;
  sheetId: string;
  scriptId: string | undefined;
  version: string | undefined;
}

export async function update(ctx: Context, options: UpdateOptions): Promise<number> {
  const started = Date.now();
  const dist = readDist(options.distDir);
  const inv = await loadInventory(ctx);
  const registry = await openRegistry(ctx, inv.registry, { create: false });
  if (!registry.file) throw new UserError('Fant ingen skoleoversikt. Kjør «skolemiljo provision» først.');
  const targets: Target[] = [...inv.schools]
    .filter(([key, f]) => f.sheet && (options.only.length === 0 || options.only.includes(key)))
    .map(([key, f]) => ({
      key,
      name: registry.rows.get(key)?.name || f.sheet!.name,
      sheetId: f.sheet!.id,
      scriptId: f.sheet!.props.scriptId,
      version: f.sheet!.props.version,
    }));
  for (const key of options.only)
    if (!targets.some((t) => t.key === key)) ctx.reporter.warn(`Ingen skole med nøkkelen «${key}».`);

  const todo = targets.filter((t) => options.force || t.version !== dist.version);
  ctx.reporter.info(
    `${ctx.dryRun ? 'Prøvekjøring: ' : ''}Versjon ${dist.version}: ${todo.length} av ${targets.length} skoler skal oppdateres.`,
  );
  const progress = ctx.reporter.progress(todo.length, 'Oppdatering');
  const { outcomes, skipped } = await runEach(
    todo,
    async (t) => {
      if (!t.scriptId) throw new UserError('har ikke noe skript ennå (kjør provision)');
      if (ctx.dryRun) return;
      await uploadContent(ctx, t.scriptId, dist);
      await setProps(ctx, t.sheetId, { version: dist.version });
    },
    {
      concurrency: ctx.concurrency,
      stopped: ctx.stopped,
      onDone: async (o) => {
        progress.tick();
        if (ctx.dryRun) return;
        if (o.ok) await registry.update(ctx, o.item.key, { version: dist.version, note: '' });
        else await registry.update(ctx, o.item.key, { note: `Oppdatering feilet: ${safeMessage(o.error)}` });
      },
    },
  );
  progress.stop();
  if (!ctx.dryRun) registry.setMunicipality('lastUpdate', osloNow());
  await registry.flush(ctx);
  const failed = outcomes.filter((o) => !o.ok).length;
  ctx.reporter.info(
    `${ctx.dryRun ? 'Ville oppdatert' : 'Oppdatert'}: ${outcomes.length - failed}, allerede på denne versjonen: ` +
      `${targets.length - todo.length}, feilet: ${failed}.`,
  );
  ctx.reporter.info(apiSummary(ctx, started));
  if (failed > 0)
    ctx.reporter.warn('Disse skolene fikk ikke ny versjon (kjør update igjen for å prøve på nytt):');
  return reportFailures(ctx, outcomes, skipped);
}
