// The registry spreadsheet: one row per school (ids, links, script, version, state), the municipality's
// overview and the record of progress; written in batches while a command runs.
import { type Context, osloNow } from './context';
import { createTagged, MIME, type TaggedFile } from './google/drive';
import { ensureTabs } from './google/sheetsLayout';

export const REGISTRY_NAME = 'Skolemiljø – skoleoversikt (skoleeier)';
const SCHOOLS_TAB = 'Skoler';
const MUNICIPALITY_TAB = 'Kommunen';

/** Column headers, in order. The registry is read by header, so a municipality may add columns at the end. */
export const REGISTRY_COLUMNS = {
  key: 'Nøkkel',
  name: 'Skole',
  rektor: 'Rektor (e-post)',
  contact: 'Kontakt (e-post)',
  state: 'Tilstand',
  setUp: 'Oppsett kjørt',
  version: 'Versjon',
  sheetUrl: 'Skoleark',
  sheetId: 'Skoleark-id',
  scriptId: 'Skript-id',
  reportUrl: 'Rapportark',
  reportId: 'Rapportark-id',
  figuresMonth: 'Tall per',
  changed: 'Sist endret',
  note: 'Merknad',
} as const;
export type RegistryField = keyof typeof REGISTRY_COLUMNS;
export type RegistryRow = Record<RegistryField, string>;

export const STATES = {
  creating: 'Opprettes',
  uncertain: 'Skript uavklart',
  waiting: 'Venter på rektor',
  inUse: 'I bruk',
  failed: 'Feil',
} as const;

export const MUNICIPALITY_KEYS = {
  channelUrl: 'Kanal for meldinger om ledelsen (lenke)',
  channelEditUrl: 'Kanal for meldinger om ledelsen (redigere)',
  channelFormId: 'Kanal for meldinger om ledelsen (skjema-id)',
  responsesUrl: 'Meldinger til skoleeier (regneark)',
  reportUrl: 'Kommunerapport (regneark)',
  lastProvision: 'Sist provision',
  lastUpdate: 'Sist update',
  lastReport: 'Sist report',
} as const;
export type MunicipalityKey = keyof typeof MUNICIPALITY_KEYS;

const FIELDS = Object.keys(REGISTRY_COLUMNS) as RegistryField[];

export function emptyRow(key: string): RegistryRow {
  const row = Object.fromEntries(FIELDS.map((f) => [f, ''])) as RegistryRow;
  row.key = key;
  return row;
}

export class Registry {
  readonly rows = new Map<string, RegistryRow>();
  readonly municipality = new Map<MunicipalityKey, string>();
  private dirty = false;
  private changesSinceFlush = 0;
  private writing: Promise<void> = Promise.resolve();
  private lastFlush = Date.now();

  /**
   * Write after this many changed schools, or this many ms, whichever comes first: the registry records
   * progress for a resumed run. Commands that only annotate it (report, status) write once, at the end.
   */
  every = { changes: 25, ms: 15_000 };

  constructor(readonly file: TaggedFile | null) {}

  row(key: string): RegistryRow {
    let row = this.rows.get(key);
    if (!row) {
      row = emptyRow(key);
      this.rows.set(key, row);
    }
    return row;
  }

  /** Records a school's new values; written with the next flush. */
  update(ctx: Context, key: string, values: Partial<RegistryRow>): Promise<void> {
    const row = this.row(key);
    let changed = false;
    for (const [f, v] of Object.entries(values) as [RegistryField, string | undefined][]) {
      if (v !== undefined && row[f] !== v) {
        row[f] = v;
        changed = true;
      }
    }
    if (!changed) return Promise.resolve();
    row.changed = osloNow();
    this.dirty = true;
    this.changesSinceFlush++;
    if (this.changesSinceFlush >= this.every.changes || Date.now() - this.lastFlush >= this.every.ms)
      // A failed intermediate write is not fatal: Drive holds the truth, and the final flush tries again.
      return this.flush(ctx).catch(() => {
        ctx.reporter.warn('Kunne ikke lagre skoleoversikten nå; prøver igjen til slutt.');
      });
    return Promise.resolve();
  }

  setMunicipality(key: MunicipalityKey, value: string): void {
    if (this.municipality.get(key) === value) return;
    this.municipality.set(key, value);
    this.dirty = true;
  }

  /** Writes everything (both tabs, one request). Writes never overlap. */
  flush(ctx: Context): Promise<void> {
    // Chained after the previous write whatever its outcome, so one failure does not block the next.
    this.writing = this.writing.catch(() => undefined).then(() => this.write(ctx));
    return this.writing;
  }

  private async write(ctx: Context): Promise<void> {
    if (!this.dirty || !this.file || ctx.dryRun) return;
    this.dirty = false;
    this.changesSinceFlush = 0;
    this.lastFlush = Date.now();
    const rows = [...this.rows.values()].sort(
      (a, b) => a.name.localeCompare(b.name, 'nb') || a.key.localeCompare(b.key),
    );
    const schoolValues = [
      FIELDS.map((f) => REGISTRY_COLUMNS[f]),
      ...rows.map((r) => FIELDS.map((f) => r[f])),
    ];
    const muniValues = [
      ['Innstilling', 'Verdi'],
      ...(Object.keys(MUNICIPALITY_KEYS) as MunicipalityKey[]).map((k) => [
        MUNICIPALITY_KEYS[k],
        this.municipality.get(k) ?? '',
      ]),
    ];
    const spreadsheetId = this.file.id;
    try {
      await ctx.caller.call('sheets.spreadsheets.values.batchUpdate', 'idempotent', () =>
        ctx.apis.sheets.spreadsheets.values.batchUpdate({
          spreadsheetId,
          requestBody: {
            // RAW: a school name such as "=IMPORTXML(...)" from the CSV stays text.
            valueInputOption: 'RAW',
            data: [
              { range: `'${SCHOOLS_TAB}'!A1`, values: schoolValues },
              { range: `'${MUNICIPALITY_TAB}'!A1`, values: muniValues },
            ],
          },
        }),
      );
    } catch (error) {
      this.dirty = true; // written next time
      throw error;
    }
  }
}

/** Opens the registry (given, found in the inventory, or created), and reads it. */
export async function openRegistry(
  ctx: Context,
  found: TaggedFile | undefined,
  options: { create: boolean },
): Promise<Registry> {
  let file: TaggedFile | null = found ?? null;
  if (ctx.registryId)
    file = { id: ctx.registryId, name: REGISTRY_NAME, mimeType: MIME.spreadsheet, props: {}, url: '' };
  if (!file && options.create && !ctx.dryRun) {
    file = await createTagged(ctx, { name: REGISTRY_NAME, mimeType: MIME.spreadsheet, role: 'registry' });
    await ensureTabs(ctx, file.id, [SCHOOLS_TAB, MUNICIPALITY_TAB]);
    ctx.reporter.info(`Opprettet skoleoversikten: ${file.url}`);
  }
  const registry = new Registry(file);
  if (!file) return registry;
  if (found || ctx.registryId) await ensureTabs(ctx, file.id, [SCHOOLS_TAB, MUNICIPALITY_TAB]);
  const data = await ctx.caller.call('sheets.spreadsheets.values.batchGet', 'idempotent', () =>
    ctx.apis.sheets.spreadsheets.values.batchGet({
      spreadsheetId: file.id,
      ranges: [`'${SCHOOLS_TAB}'!A1:Z`, `'${MUNICIPALITY_TAB}'!A1:B`],
      valueRenderOption: 'FORMATTED_VALUE',
    }),
  );
  const [schools, muni] = data.valueRanges ?? [];
  const [header, ...rows] = (schools?.values ?? []) as string[][];
  if (header) {
    const col = new Map(FIELDS.map((f) => [f, header.indexOf(REGISTRY_COLUMNS[f])]));
    for (const r of rows) {
      const key = String(r[col.get('key') ?? -1] ?? '').trim();
      if (!key) continue;
      const row = emptyRow(key);
      for (const f of FIELDS) {
        const i = col.get(f) ?? -1;
        if (i >= 0) row[f] = String(r[i] ?? '');
      }
      registry.rows.set(key, row);
    }
  }
  const labels = new Map<string, MunicipalityKey>(
    Object.entries(MUNICIPALITY_KEYS).map(([k, label]) => [label, k as MunicipalityKey]),
  );
  for (const [label, value] of ((muni?.values ?? []) as string[][]).slice(1)) {
    const k = labels.get(String(label ?? ''));
    if (k) registry.municipality.set(k, String(value ?? ''));
  }
  return registry;
}
