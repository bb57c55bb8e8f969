// `report`: reads only the schools' report spreadsheets and writes the municipal report spreadsheet.
import { aggregateFigures } from '../../src/domain/stats/aggregate';
import { schoolYearOf } from '../../src/domain/stats/anonymised';
import { type Context, osloNow } from '../context';
import { createTagged, MIME, share, type TaggedFile } from '../google/drive';
import { UserError } from '../google/errors';
import { ensureTabs } from '../google/sheetsLayout';
import { loadInventory } from '../inventory';
import { openRegistry } from '../registry';
import { municipalTabs, TAB_TITLES } from '../report/municipalSheets';
import { readAllFigures } from '../report/readFigures';
import { apiSummary, reportFailures } from './outcome';

export const MUNICIPAL_REPORT_NAME = 'Skolemiljø – rapport til skoleeier';

export interface ReportOptions {
  /** Starting year of the school year; default: the current one. */
  schoolYear?: number;
  /** Addresses that get read access to the municipal report. */
  shareWith: string[];
}

export async function report(ctx: Context, options: ReportOptions): Promise<number> {
  const started = Date.now();
  const year = options.schoolYear ?? schoolYearOf(ctx.today());
  const inv = await loadInventory(ctx);
  const registry = await openRegistry(ctx, inv.registry, { create: false });
  if (!registry.file) throw new UserError('Fant ingen skoleoversikt. Kjør «skolemiljo provision» først.');

  const { figures, outcomes, skipped } = await readAllFigures(ctx, inv, registry);
  const municipal = aggregateFigures(
    year,
    figures.flatMap((s) => (s.read.kind === 'figures' ? [s.read.figures] : [])),
  );
  const missing = [...registry.rows.values()]
    .filter((r) => !inv.schools.get(r.key)?.report)
    .map((r) => r.name || r.key);
  const unreadable = outcomes.filter((o) => !o.ok).map((o) => o.item.name);
  const tabs = municipalTabs(figures, municipal, {
    made: osloNow(),
    missing: [...missing, ...unreadable],
  });

  let file: TaggedFile | undefined = inv.municipalReport;
  if (ctx.dryRun) {
    ctx.reporter.info(
      `Prøvekjøring: ville skrevet kommunerapporten (${tabs.length} faner) for ${municipal.schools} skoler.`,
    );
  } else {
    file ??= await createTagged(ctx, {
      name: MUNICIPAL_REPORT_NAME,
      mimeType: MIME.spreadsheet,
      role: 'municipal-report',
    });
    await ensureTabs(ctx, file.id, TAB_TITLES);
    const spreadsheetId = file.id;
    // Clear first: a school that disappears must not leave its old row behind.
    await ctx.caller.call('sheets.spreadsheets.values.batchClear', 'idempotent', () =>
      ctx.apis.sheets.spreadsheets.values.batchClear({
        spreadsheetId,
        requestBody: { ranges: TAB_TITLES.map((t) => `'${t}'`) },
      }),
    );
    await ctx.caller.call('sheets.spreadsheets.values.batchUpdate', 'idempotent', () =>
      ctx.apis.sheets.spreadsheets.values.batchUpdate({
        spreadsheetId,
        requestBody: {
          valueInputOption: 'RAW',
          data: tabs.map((t) => ({ range: `'${t.title}'!A1`, values: t.values })),
        },
      }),
    );
    for (const email of options.shareWith)
      await share(ctx, spreadsheetId, { email, role: 'reader', message: null }, 'unknown');
    registry.setMunicipality('reportUrl', file.url || file.id);
    registry.setMunicipality('lastReport', osloNow());
  }
  await registry.flush(ctx);

  const waiting = figures.filter((f) => f.read.kind === 'waiting').length;
  const invalid = figures.filter((f) => f.read.kind === 'invalid').length;
  ctx.reporter.info(
    `Skoleåret ${year}–${year + 1}: tall fra ${municipal.schools} skoler, ${waiting} venter på oppsett, ` +
      `${invalid} med rapportark som ikke kan leses, ${unreadable.length} feilet.`,
  );
  if (file && !ctx.dryRun) ctx.reporter.info(`Kommunerapporten: ${file.url || file.id}`);
  ctx.reporter.info(apiSummary(ctx, started));
  return reportFailures(ctx, outcomes, skipped);
}
