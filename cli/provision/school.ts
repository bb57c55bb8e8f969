// Provisions one school, step by step, each step skipped when Drive says it is done: spreadsheet, report
// spreadsheet, settings, bound script, its content, and last the rektor's access.
import type { sheets_v4 } from 'googleapis/build/src/apis/sheets/v4.js';
import { FIGURES_SHEET, waitingRows } from '../../src/domain/stats/figuresLayout';
import type { Context } from '../context';
import type { Dist } from '../dist';
import { createTagged, hasPermission, MIME, setProps, share, type TaggedFile } from '../google/drive';
import { AmbiguousError, UserError } from '../google/errors';
import { textRow } from '../google/sheetsLayout';
import type { SchoolFiles } from '../inventory';
import type { School } from '../schools';
import { type Channel, channelRef } from './channelForm';
import { SETTINGS_TAB, settingsRows } from './settingsRows';

export const INVITATION =
  'Skoleeier har gjort klar Skolemiljø for skolen. Åpne regnearket, velg Utvidelser → Skolemiljø → ' +
  'Sett opp / reparer, og godta tilgangene. Det må gjøres én gang, av deg.';

export interface SchoolResult {
  school: School;
  sheet?: TaggedFile;
  report?: TaggedFile;
  scriptId?: string;
  version?: string;
  /** projects.create may have happened; a person must look before anything is created again. */
  uncertain: boolean;
  /** What was done (or, in a dry run, would be done), in Norwegian. */
  actions: string[];
  warnings: string[];
}

export interface ProvisionInputs {
  channel: Channel | null;
  dist: Dist;
  /** A script id a person found in the spreadsheet's editor, to settle an uncertain create. */
  givenScriptId?: string;
}

const FIRST_SHEET = 0; // A new spreadsheet's first tab always has id 0.

export async function provisionSchool(
  ctx: Context,
  school: School,
  files: SchoolFiles,
  inputs: ProvisionInputs,
): Promise<SchoolResult> {
  const result: SchoolResult = { school, uncertain: false, actions: [], warnings: [] };
  const act = (what: string) => result.actions.push(what);
  const dry = ctx.dryRun;

  let sheet = files.sheet;
  let report = files.report;
  const freshSheet = !sheet;
  const freshReport = !report;
  if (!sheet) {
    act('opprette skoleark');
    if (!dry)
      sheet = await createTagged(ctx, {
        name: `Skolemiljø – ${school.name}`,
        mimeType: MIME.spreadsheet,
        role: 'school',
        school: school.key,
      });
  }
  if (!report) {
    act('opprette rapportark');
    if (!dry)
      report = await createTagged(ctx, {
        name: `Skolemiljø – tall til skoleeier – ${school.name}`,
        mimeType: MIME.spreadsheet,
        role: 'report',
        school: school.key,
      });
  }
  result.sheet = sheet;
  result.report = report;
  const props = sheet?.props ?? {};
  const reportProps = report?.props ?? {};
  const channelUrl = inputs.channel?.responderUrl ?? '';
  const newProps: Record<string, string | null> = {};

  // Until the rektor has access, the spreadsheets' content is ours to (re)write; after that it is the
  // school's, and we only replace the values we wrote, without reading anything.
  const sheetIsOurs =
    props.provisioned !== '1' &&
    (freshSheet || dry || !(await hasPermission(ctx, sheet!.id, school.rektorEmail)));
  const reportIsOurs =
    reportProps.ready !== '1' &&
    (freshReport || dry || !(await hasPermission(ctx, report!.id, school.rektorEmail)));

  if (sheetIsOurs) {
    act('skrive Innstillinger');
    if (!dry) {
      await writeRows(ctx, sheet!.id, SETTINGS_TAB, settingsRows(school, channelUrl, report!.id), 1);
      Object.assign(newProps, { channelRef: channelRef(channelUrl), reportId: report!.id });
    }
  } else {
    const repairs = settingsRepairs(props, school, channelUrl, report?.id ?? '');
    if (repairs.length > 0) act('rette Innstillinger');
    if (repairs.length > 0 && !dry) {
      await ctx.caller.call('sheets.spreadsheets.batchUpdate', 'idempotent', () =>
        ctx.apis.sheets.spreadsheets.batchUpdate({
          spreadsheetId: sheet!.id,
          requestBody: { requests: repairs },
        }),
      );
      Object.assign(newProps, {
        channelRef: channelRef(channelUrl),
        reportId: report!.id,
        rektor: school.rektorEmail,
      });
    }
  }
  // Values written by an earlier run that stopped before recording them: the same as now, unless changed since.
  if (!dry && !sheetIsOurs) {
    if (!props.channelRef && channelUrl) newProps.channelRef = channelRef(channelUrl);
    if (!props.reportId) newProps.reportId = report!.id;
  }
  if (reportIsOurs) {
    act('gjøre klar rapportarket');
    if (!dry) await writeRows(ctx, report!.id, FIGURES_SHEET, waitingRows(), 0);
  }

  // The bound script. Its id cannot be looked up later (a bound script is not a Drive file), so the
  // intent is recorded on the spreadsheet before the create, and the id right after it.
  let scriptId = props.scriptId;
  if (!scriptId && inputs.givenScriptId && !dry) {
    scriptId = await adoptScript(ctx, inputs.givenScriptId, sheet!.id);
    await setProps(ctx, sheet!.id, { scriptId, scriptPending: null });
    act('registrere skriptet som ble funnet');
  } else if (!scriptId && props.scriptPending) {
    result.uncertain = true;
  } else if (!scriptId) {
    act('opprette skript');
    if (!dry) {
      await setProps(ctx, sheet!.id, { scriptPending: new Date().toISOString() });
      try {
        const project = await ctx.caller.call('script.projects.create', 'create', () =>
          ctx.apis.script.projects.create({ requestBody: { title: 'Skolemiljø', parentId: sheet!.id } }),
        );
        scriptId = project.scriptId ?? undefined;
        await setProps(ctx, sheet!.id, { scriptId: scriptId ?? null, scriptPending: null });
      } catch (error) {
        if (error instanceof AmbiguousError) result.uncertain = true;
        else {
          // Refused (a 4xx, or still rate limited after every retry): nothing was created.
          await setProps(ctx, sheet!.id, { scriptPending: null });
          throw error;
        }
      }
    }
  }
  result.scriptId = scriptId;
  if (result.uncertain) {
    result.warnings.push(
      `«${school.name}»: uvisst om skriptet ble opprettet. Åpne skolearket, velg Utvidelser → Apps Script, ` +
        `kopier skript-ID-en under Prosjektinnstillinger og kjør provision på nytt med --script-id ${school.key}=<ID>.`,
    );
    return result; // Not shared: the rektor would find no menu.
  }

  let version = props.version;
  if ((scriptId || dry) && version !== inputs.dist.version) {
    act('laste opp skriptet');
    if (!dry) {
      await uploadContent(ctx, scriptId!, inputs.dist);
      version = inputs.dist.version;
      newProps.version = version;
    }
  }
  result.version = version;

  // Last: the rektor's access. From here on the school works in its spreadsheet.
  const newRektor = props.rektor !== undefined && props.rektor !== school.rektorEmail;
  if (props.provisioned !== '1' || props.rektor !== school.rektorEmail) {
    act('dele skolearket med rektor');
    if (!dry) {
      await share(
        ctx,
        sheet!.id,
        { email: school.rektorEmail, role: 'writer', message: INVITATION },
        freshSheet ? 'new' : 'unknown',
      );
      Object.assign(newProps, { provisioned: '1', rektor: school.rektorEmail });
    }
  }
  if (reportProps.ready !== '1' || reportProps.rektor !== school.rektorEmail) {
    act('dele rapportarket med rektor');
    if (!dry) {
      await share(
        ctx,
        report!.id,
        { email: school.rektorEmail, role: 'writer', message: null },
        freshReport ? 'new' : 'unknown',
      );
      await setProps(ctx, report!.id, { ready: '1', rektor: school.rektorEmail });
    }
  }
  if (newRektor)
    result.warnings.push(
      `«${school.name}»: ny rektor har fått tilgang. Forrige rektor har fortsatt tilgang; fjern den under Del hvis det er riktig.`,
    );
  const changed = Object.entries(newProps).filter(([k, v]) => props[k] !== v);
  if (changed.length > 0 && !dry) await setProps(ctx, sheet!.id, Object.fromEntries(changed));
  return result;
}

/** Names the first tab and writes rows as text from A1 (the spreadsheet is new and still ours). */
async function writeRows(
  ctx: Context,
  spreadsheetId: string,
  tab: string,
  rows: readonly (readonly (string | number)[])[],
  frozenRows: number,
): Promise<void> {
  await ctx.caller.call('sheets.spreadsheets.batchUpdate', 'idempotent', () =>
    ctx.apis.sheets.spreadsheets.batchUpdate({
      spreadsheetId,
      requestBody: {
        requests: [
          {
            updateSheetProperties: {
              properties: {
                sheetId: FIRST_SHEET,
                title: tab,
                gridProperties: { frozenRowCount: frozenRows },
              },
              fields: 'title,gridProperties.frozenRowCount',
            },
          },
          {
            updateCells: {
              start: { sheetId: FIRST_SHEET, rowIndex: 0, columnIndex: 0 },
              rows: rows.map(textRow),
              fields: 'userEnteredValue',
            },
          },
        ],
      },
    }),
  );
}

/**
 * Replaces values we wrote earlier that have changed (a new rektor, a new channel form, a new report
 * spreadsheet) in the settings tab only: find-and-replace needs no read, and nothing else is touched.
 */
function settingsRepairs(
  props: Record<string, string>,
  school: School,
  channelUrl: string,
  reportId: string,
): sheets_v4.Schema$Request[] {
  const replace = (
    find: string,
    replacement: string,
    matchEntireCell: boolean,
  ): sheets_v4.Schema$Request => ({
    findReplace: { find, replacement, sheetId: FIRST_SHEET, matchCase: true, matchEntireCell },
  });
  const requests: sheets_v4.Schema$Request[] = [];
  if (props.rektor && props.rektor !== school.rektorEmail)
    requests.push(replace(props.rektor, school.rektorEmail, true));
  const ref = channelRef(channelUrl);
  if (channelUrl && props.channelRef && props.channelRef !== ref)
    requests.push(replace(props.channelRef, ref, false));
  if (props.reportId && props.reportId !== reportId) requests.push(replace(props.reportId, reportId, true));
  return requests;
}

async function adoptScript(ctx: Context, scriptId: string, sheetId: string): Promise<string> {
  const project = await ctx.caller.call('script.projects.get', 'idempotent', () =>
    ctx.apis.script.projects.get({ scriptId }),
  );
  if (project.parentId !== sheetId)
    throw new UserError(
      `Skriptet ${scriptId} hører ikke til denne skolens regneark. Sjekk ID-en under Prosjektinnstillinger.`,
    );
  return scriptId;
}

/** Replaces the whole project with dist/: a PUT of the full content, so repeating it is harmless. */
export async function uploadContent(ctx: Context, scriptId: string, dist: Dist): Promise<void> {
  await ctx.caller.call('script.projects.updateContent', 'idempotent', () =>
    ctx.apis.script.projects.updateContent({ scriptId, requestBody: { files: dist.files } }),
  );
}
