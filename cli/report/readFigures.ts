// Reads every school's report spreadsheet (one values.batchGet each), never a school's own spreadsheet,
// and records in the registry which schools have run «Sett opp / reparer».
import { FIGURES_RANGE, type ReadFigures, rowsFromSheet } from '../../src/domain/stats/figuresLayout';
import type { Context } from '../context';
import { type Outcome, runEach } from '../google/pool';
import type { Inventory } from '../inventory';
import { type Registry, STATES } from '../registry';

export interface SchoolFigures {
  key: string;
  name: string;
  read: ReadFigures;
}

interface Target {
  key: string;
  name: string;
  reportId: string;
}

export async function readAllFigures(
  ctx: Context,
  inv: Inventory,
  registry: Registry,
): Promise<{ figures: SchoolFigures[]; outcomes: Outcome<Target, SchoolFigures>[]; skipped: Target[] }> {
  const targets: Target[] = [...inv.schools]
    .filter(([, f]) => f.report)
    .map(([key, f]) => ({ key, name: registry.rows.get(key)?.name || key, reportId: f.report!.id }));
  // Nothing here needs resuming: the registry is written once, after all schools are read.
  registry.every = { changes: Number.POSITIVE_INFINITY, ms: Number.POSITIVE_INFINITY };
  const progress = ctx.reporter.progress(targets.length, 'Leser tall');
  const { outcomes, skipped } = await runEach(
    targets,
    async (t): Promise<SchoolFigures> => {
      const data = await ctx.caller.call('sheets.spreadsheets.values.batchGet', 'idempotent', () =>
        ctx.apis.sheets.spreadsheets.values.batchGet({
          spreadsheetId: t.reportId,
          ranges: [FIGURES_RANGE],
          // Numbers as numbers, whatever the spreadsheet's locale formats them as.
          valueRenderOption: 'UNFORMATTED_VALUE',
        }),
      );
      return { key: t.key, name: t.name, read: rowsFromSheet(data.valueRanges?.[0]?.values) };
    },
    {
      concurrency: ctx.concurrency,
      stopped: ctx.stopped,
      onDone: async (o) => {
        progress.tick();
        if (!o.ok || ctx.dryRun) return;
        const { read } = o.value;
        const row = registry.row(o.item.key);
        // Figures exist only once the school's script has run: that is the «setUp done» marker.
        const setUp = read.kind === 'figures' ? 'ja' : 'nei';
        await registry.update(ctx, o.item.key, {
          setUp,
          figuresMonth: read.kind === 'figures' ? read.figures.asOfMonth : '',
          state: setUp === 'ja' && row.state === STATES.waiting ? STATES.inUse : row.state,
          note:
            read.kind === 'invalid'
              ? `Rapportarket kan ikke leses: ${read.reason}`
              : row.note.startsWith('Rapportarket')
                ? ''
                : row.note,
        });
      },
    },
  );
  progress.stop();
  const figures = outcomes.filter((o) => o.ok).map((o) => (o as { value: SchoolFigures }).value);
  return { figures, outcomes, skipped };
}
