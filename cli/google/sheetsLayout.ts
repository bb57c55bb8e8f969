// Small Sheets helpers: tabs that must exist in our own spreadsheets, and text-only cell writes.
import type { sheets_v4 } from 'googleapis/build/src/apis/sheets/v4.js';
import type { Context } from '../context';
import { AmbiguousError } from './errors';

/** A row of cells written as text (never parsed as a formula, number or date). */
export function textRow(values: readonly (string | number)[]): sheets_v4.Schema$RowData {
  return {
    values: values.map((v) => ({
      userEnteredValue: typeof v === 'number' ? { numberValue: v } : { stringValue: v },
    })),
  };
}

/**
 * Makes sure one of OUR spreadsheets (registry, municipal report, response copy) has these tabs, the first
 * one renamed from the default. Never used on a school's spreadsheet: that one is never read.
 */
export async function ensureTabs(
  ctx: Context,
  spreadsheetId: string,
  titles: readonly string[],
): Promise<Map<string, number>> {
  for (let attempt = 0; ; attempt++) {
    const meta = await ctx.caller.call('sheets.spreadsheets.get', 'idempotent', () =>
      ctx.apis.sheets.spreadsheets.get({ spreadsheetId, fields: 'sheets.properties(sheetId,title,index)' }),
    );
    const sheets = (meta.sheets ?? []).map((s) => s.properties ?? {});
    const ids = new Map(sheets.map((p) => [p.title ?? '', p.sheetId ?? 0]));
    const requests: sheets_v4.Schema$Request[] = [];
    const first = sheets[0];
    const missing = titles.filter((t) => !ids.has(t));
    // The default first tab ("Sheet1", "Ark 1") becomes the first of ours, if that one is missing.
    if (first && missing[0] === titles[0] && !titles.includes(first.title ?? '')) {
      requests.push({
        updateSheetProperties: {
          properties: { sheetId: first.sheetId ?? 0, title: titles[0] },
          fields: 'title',
        },
      });
      ids.delete(first.title ?? '');
      ids.set(titles[0]!, first.sheetId ?? 0);
      missing.shift();
    }
    for (const title of missing) requests.push({ addSheet: { properties: { title } } });
    if (requests.length === 0) return ids;
    try {
      await ctx.caller.call('sheets.spreadsheets.batchUpdate', 'create', () =>
        ctx.apis.sheets.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests } }),
      );
    } catch (error) {
      // Adding a tab twice fails, so after an unclear outcome we look again before repeating.
      if (!(error instanceof AmbiguousError) || attempt >= ctx.caller.policy.retries) throw error;
    }
  }
}
