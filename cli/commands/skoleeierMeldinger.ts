// `skoleeier-meldinger`: copies new responses of the § 12-5 channel form into a spreadsheet only the
// municipality can read (the Forms API cannot link a response sheet). Prints counts, never content.
import type { forms_v1 } from 'googleapis/build/src/apis/forms/v1.js';
import type { Context } from '../context';
import { createTagged, MIME } from '../google/drive';
import { AmbiguousError, UserError } from '../google/errors';
import { ensureTabs } from '../google/sheetsLayout';
import { loadInventory } from '../inventory';
import { openRegistry } from '../registry';
import { apiSummary, EXIT } from './outcome';

export const RESPONSES_NAME = 'Skolemiljø – meldinger til skoleeier om skolens ledelse (§ 12-5)';
const TAB = 'Meldinger';

const osloTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Oslo',
  dateStyle: 'short',
  timeStyle: 'short',
});

export async function skoleeierMeldinger(ctx: Context): Promise<number> {
  const started = Date.now();
  const inv = await loadInventory(ctx);
  if (!inv.channelForm)
    throw new UserError('Skoleeiers skjema finnes ikke ennå. Kjør «skolemiljo provision» først.');
  const formId = inv.channelForm.id;
  const form = await ctx.caller.call('forms.forms.get', 'idempotent', () =>
    ctx.apis.forms.forms.get({ formId }),
  );
  const questions = (form.items ?? []).flatMap((it) => {
    const id = it.questionItem?.question?.questionId;
    return id ? [{ id, title: it.title ?? '' }] : [];
  });

  const responses: forms_v1.Schema$FormResponse[] = [];
  let pageToken: string | undefined;
  do {
    const token = pageToken;
    const page = await ctx.caller.call('forms.forms.responses.list', 'idempotent', () =>
      ctx.apis.forms.forms.responses.list({ formId, ...(token ? { pageToken: token } : {}) }),
    );
    responses.push(...(page.responses ?? []));
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);

  if (ctx.dryRun) {
    ctx.reporter.info(`Prøvekjøring: skjemaet har ${responses.length} svar.`);
    return EXIT.ok;
  }
  const sheet =
    inv.channelResponses ??
    (await createTagged(ctx, {
      name: RESPONSES_NAME,
      mimeType: MIME.spreadsheet,
      role: 'channel-responses',
    }));
  await ensureTabs(ctx, sheet.id, [TAB]);
  const header = ['Svar-id', 'Mottatt', ...questions.map((q) => q.title)];

  let added = 0;
  for (let attempt = 0; ; attempt++) {
    const existing = await ctx.caller.call('sheets.spreadsheets.values.get', 'idempotent', () =>
      ctx.apis.sheets.spreadsheets.values.get({ spreadsheetId: sheet.id, range: `'${TAB}'!A:A` }),
    );
    const ids = new Set((existing.values ?? []).map((r) => String(r[0] ?? '')));
    const fresh = responses
      .filter((r) => r.responseId && !ids.has(r.responseId))
      .sort((a, b) => String(a.lastSubmittedTime).localeCompare(String(b.lastSubmittedTime)));
    if (fresh.length === 0) break;
    const rows = fresh.map((r) => [
      r.responseId ?? '',
      r.lastSubmittedTime ? osloTime.format(new Date(r.lastSubmittedTime)) : '',
      ...questions.map((q) =>
        (r.answers?.[q.id]?.textAnswers?.answers ?? []).map((a) => a.value ?? '').join(', '),
      ),
    ]);
    const values = ids.has('Svar-id') ? rows : [header, ...rows];
    try {
      // Appending twice would duplicate rows, so an unclear append is settled by reading the ids again.
      await ctx.caller.call('sheets.spreadsheets.values.append', 'create', () =>
        ctx.apis.sheets.spreadsheets.values.append({
          spreadsheetId: sheet.id,
          range: `'${TAB}'!A1`,
          valueInputOption: 'RAW',
          insertDataOption: 'INSERT_ROWS',
          requestBody: { values },
        }),
      );
      added = fresh.length;
      break;
    } catch (error) {
      if (!(error instanceof AmbiguousError) || attempt >= ctx.caller.policy.retries) throw error;
    }
  }
  const registry = await openRegistry(ctx, inv.registry, { create: false });
  if (registry.file) {
    registry.setMunicipality('responsesUrl', sheet.url || sheet.id);
    await registry.flush(ctx);
  }
  ctx.reporter.info(
    `${added} nye meldinger (${responses.length} i alt). Regnearket: ${sheet.url || sheet.id}`,
  );
  ctx.reporter.info(
    'Regnearket er bare tilgjengelig for deg. Del det bare med dem som skal følge opp meldingene.',
  );
  ctx.reporter.info(apiSummary(ctx, started));
  return EXIT.ok;
}
