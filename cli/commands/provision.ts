// `provision`: sets up every school in the CSV (idempotent and resumable) and the skoleeier channel.
import { readFileSync } from 'node:fs';
import { type Context, osloNow } from '../context';
import { readDist } from '../dist';
import { safeMessage, UserError } from '../google/errors';
import { runEach } from '../google/pool';
import { loadInventory } from '../inventory';
import { ensureChannelForm } from '../provision/channelForm';
import { provisionSchool, type SchoolResult } from '../provision/school';
import { openRegistry, STATES } from '../registry';
import { parseSchools, type School } from '../schools';
import { apiSummary, EXIT, reportFailures } from './outcome';

export interface ProvisionOptions {
  csv: string;
  /** `key=scriptId` pairs that settle uncertain script creates. */
  scriptIds: string[];
  distDir?: string;
}

export function parseScriptIds(pairs: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of pairs) {
    const m = /^([^=\s]+)=(\S+)$/.exec(pair.trim());
    if (!m) throw new UserError(`--script-id må være <nøkkel>=<skript-id>, ikke «${pair}».`);
    map.set(m[1]!, m[2]!);
  }
  return map;
}

export async function provision(ctx: Context, options: ProvisionOptions): Promise<number> {
  const started = Date.now();
  const schools = parseSchools(readFileSync(options.csv, 'utf8'));
  const scriptIds = parseScriptIds(options.scriptIds);
  for (const key of scriptIds.keys())
    if (!schools.some((s) => s.key === key))
      throw new UserError(`--script-id: ingen skole med nøkkelen «${key}» i CSV-filen.`);
  const dist = readDist(options.distDir);

  const inv = await loadInventory(ctx);
  if (inv.duplicates.length > 0)
    ctx.reporter.warn(
      `Fant ${inv.duplicates.length} ekstra filer med samme rolle (brukes ikke): ${inv.duplicates.map((d) => d.name).join('; ')}`,
    );
  const registry = await openRegistry(ctx, inv.registry, { create: true });
  const channel = await ensureChannelForm(
    ctx,
    inv.channelForm,
    schools.map((s) => s.name),
  );
  if (channel) {
    registry.setMunicipality('channelUrl', channel.responderUrl);
    registry.setMunicipality('channelEditUrl', channel.editUrl);
    registry.setMunicipality('channelFormId', channel.formId);
  }

  ctx.reporter.info(
    `${ctx.dryRun ? 'Prøvekjøring: ingenting endres. ' : ''}Setter opp ${schools.length} skoler.`,
  );
  const progress = ctx.reporter.progress(schools.length, 'Oppsett');
  const planned = new Map<string, number>();
  const { outcomes, skipped } = await runEach<School, SchoolResult>(
    schools,
    async (school) => {
      const files = inv.schools.get(school.key) ?? {};
      // A school spreadsheet the registry knows but Drive no longer lists was deleted: it holds the
      // school's cases, so it is restored from the bin by a person, never silently replaced.
      const known = registry.rows.get(school.key)?.sheetId;
      if (known && !files.sheet)
        throw new UserError(
          'skolearket finnes ikke lenger (slettet?). Gjenopprett det fra papirkurven i Disk, eller tøm ' +
            '«Skoleark-id» i skoleoversikten for å lage et nytt, tomt skoleark.',
        );
      return provisionSchool(ctx, school, files, { channel, dist, givenScriptId: scriptIds.get(school.key) });
    },
    {
      concurrency: ctx.concurrency,
      stopped: ctx.stopped,
      onDone: async (o) => {
        progress.tick();
        if (o.ok) {
          for (const a of o.value.actions) planned.set(a, (planned.get(a) ?? 0) + 1);
          for (const w of o.value.warnings) ctx.reporter.warn(w);
        }
        if (ctx.dryRun) return;
        const row = registry.row(o.item.key);
        const base = { name: o.item.name, rektor: o.item.rektorEmail, contact: o.item.contactEmail };
        if (!o.ok) {
          await registry.update(ctx, o.item.key, {
            ...base,
            state: STATES.failed,
            note: safeMessage(o.error),
          });
          return;
        }
        const r = o.value;
        await registry.update(ctx, o.item.key, {
          ...base,
          sheetUrl: r.sheet?.url || row.sheetUrl,
          sheetId: r.sheet?.id ?? row.sheetId,
          reportUrl: r.report?.url || row.reportUrl,
          reportId: r.report?.id ?? row.reportId,
          scriptId: r.scriptId ?? '',
          version: r.version ?? '',
          state: r.uncertain ? STATES.uncertain : row.setUp === 'ja' ? STATES.inUse : STATES.waiting,
          note: r.uncertain
            ? 'Se etter skriptet i arket (Utvidelser → Apps Script) og kjør provision med --script-id.'
            : '',
        });
      },
    },
  );
  progress.stop();
  if (!ctx.dryRun) registry.setMunicipality('lastProvision', osloNow());
  await registry.flush(ctx);

  const results = outcomes.filter((o) => o.ok).map((o) => (o as { value: SchoolResult }).value);
  const uncertain = results.filter((r) => r.uncertain).length;
  const changed = results.filter((r) => r.actions.length > 0).length;
  if (ctx.dryRun) {
    ctx.reporter.info(`Ville endret ${changed} av ${schools.length} skoler:`);
    for (const [action, n] of [...planned].sort()) ctx.reporter.info(`  ${action}: ${n}`);
  } else {
    ctx.reporter.info(
      `Ferdig: ${results.length - uncertain} skoler klare (${changed} endret nå), ${uncertain} uavklart, ` +
        `${outcomes.length - results.length} feilet.`,
    );
    if (channel) ctx.reporter.info(`Skoleeiers kanal for meldinger om ledelsen: ${channel.responderUrl}`);
    if (registry.file) ctx.reporter.info(`Skoleoversikten: ${registry.file.url || registry.file.id}`);
  }
  ctx.reporter.info(apiSummary(ctx, started));
  const code = reportFailures(ctx, outcomes, skipped);
  return code === EXIT.ok && uncertain > 0 ? EXIT.someFailed : code;
}
