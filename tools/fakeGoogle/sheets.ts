// Sheets v4: spreadsheet metadata, batchUpdate (tabs, cells, find-and-replace) and the values endpoints.
// Reading anything from a school's register is recorded as a violation and refused.
import { parseA1 } from './a1';
import { type FakeRequest, type FakeResponse, HttpError, ok } from './http';
import type { Cell, Spreadsheet, Tab, World } from './model';

export interface SheetsOptions {
  onRegisterRead: (what: string) => void;
  /** The settings tab's id in a register: the only tab find-and-replace may touch there. */
  onRegisterWrite: (what: string, spreadsheetId: string, sheetId: number | null) => void;
}

type UserValue = { stringValue?: string; numberValue?: number; boolValue?: boolean; formulaValue?: string };

function tabOf(ss: Spreadsheet, title: string | null): Tab {
  const tab = title === null ? ss.tabs[0] : ss.tabs.find((t) => t.title === title);
  if (!tab) throw new HttpError(400, 'INVALID_ARGUMENT', `Unable to parse range: ${title}`, 'badRequest');
  return tab;
}

function setCell(tab: Tab, r: number, c: number, v: Cell | null): void {
  while (tab.rows.length <= r) tab.rows.push([]);
  const row = tab.rows[r]!;
  while (row.length <= c) row.push('');
  row[c] = v ?? '';
}

function readRange(tab: Tab, range: ReturnType<typeof parseA1>, formatted: boolean): Cell[][] {
  const endRow = range.endRow ?? tab.rows.length - 1;
  const out: Cell[][] = [];
  for (let r = range.startRow; r <= endRow; r++) {
    const row = tab.rows[r] ?? [];
    const endCol = range.endCol ?? row.length - 1;
    const cells: Cell[] = [];
    for (let c = range.startCol; c <= endCol; c++) {
      const v = row[c] ?? '';
      cells.push(formatted && typeof v === 'number' ? String(v) : v);
    }
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    out.push(cells);
  }
  // Like Sheets: trailing empty rows are left out.
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop();
  return out;
}

/** valueInputOption RAW keeps text; USER_ENTERED would parse it (not used by the tool, refused here). */
function raw(v: unknown, option: string | undefined): Cell {
  if (option !== 'RAW')
    throw new HttpError(400, 'INVALID_ARGUMENT', 'This fake accepts RAW only', 'badRequest');
  return typeof v === 'number' || typeof v === 'boolean' ? v : String(v ?? '');
}

export function sheetsRoutes(world: World, options: SheetsOptions) {
  const sheet = (id: string) => {
    const ss = world.spreadsheets.get(id);
    if (!ss || world.files.get(id)?.trashed)
      throw new HttpError(404, 'NOT_FOUND', 'Requested entity was not found.', 'notFound');
    return ss;
  };
  const guardRead = (id: string, what: string) => {
    if (world.isRegister(id)) {
      options.onRegisterRead(`${what} ${id}`);
      throw new HttpError(403, 'PERMISSION_DENIED', 'The fake refuses to show a register.', 'forbidden');
    }
  };
  return [
    {
      key: 'sheets.spreadsheets.get',
      method: 'GET',
      pattern: /^\/v4\/spreadsheets\/([^/:]+)$/,
      handle: (req: FakeRequest): FakeResponse => {
        guardRead(req.params[0]!, 'sheets.spreadsheets.get');
        const ss = sheet(req.params[0]!);
        if (req.query.get('includeGridData') === 'true' || req.query.getAll('ranges').length > 0)
          throw new HttpError(400, 'INVALID_ARGUMENT', 'Grid data is not part of this fake', 'badRequest');
        return ok({
          spreadsheetId: ss.id,
          sheets: ss.tabs.map((t, index) => ({
            properties: {
              sheetId: t.sheetId,
              title: t.title,
              index,
              gridProperties: { frozenRowCount: t.frozenRowCount },
            },
          })),
        });
      },
    },
    {
      key: 'sheets.spreadsheets.batchUpdate',
      method: 'POST',
      pattern: /^\/v4\/spreadsheets\/([^/:]+):batchUpdate$/,
      handle: (req: FakeRequest): FakeResponse => {
        const ss = sheet(req.params[0]!);
        const register = world.isRegister(ss.id);
        const requests = ((req.body as { requests?: unknown[] })?.requests ?? []) as Record<
          string,
          Record<string, unknown>
        >[];
        // Validate everything first: a batch applies all or nothing.
        const copy: Spreadsheet = structuredClone(ss);
        const replies: unknown[] = [];
        for (const r of requests) {
          if (r.updateSheetProperties) {
            const p = r.updateSheetProperties.properties as {
              sheetId: number;
              title?: string;
              gridProperties?: { frozenRowCount?: number };
            };
            const tab = copy.tabs.find((t) => t.sheetId === p.sheetId);
            if (!tab)
              throw new HttpError(400, 'INVALID_ARGUMENT', `No grid with id: ${p.sheetId}`, 'badRequest');
            const fields = String(r.updateSheetProperties.fields ?? '');
            if (fields.includes('title') && p.title !== undefined) {
              if (copy.tabs.some((t) => t.title === p.title && t !== tab))
                throw new HttpError(
                  400,
                  'INVALID_ARGUMENT',
                  `A sheet with the name "${p.title}" already exists.`,
                  'badRequest',
                );
              tab.title = p.title;
            }
            if (fields.includes('frozenRowCount')) tab.frozenRowCount = p.gridProperties?.frozenRowCount ?? 0;
            replies.push({});
          } else if (r.addSheet) {
            const title = (r.addSheet.properties as { title: string }).title;
            if (copy.tabs.some((t) => t.title === title))
              throw new HttpError(
                400,
                'INVALID_ARGUMENT',
                `A sheet with the name "${title}" already exists.`,
                'badRequest',
              );
            const tab = { sheetId: copy.nextSheetId++, title, frozenRowCount: 0, rows: [] };
            copy.tabs.push(tab);
            replies.push({ addSheet: { properties: { sheetId: tab.sheetId, title } } });
          } else if (r.updateCells) {
            const u = r.updateCells as {
              start: { sheetId: number; rowIndex: number; columnIndex: number };
              rows: { values: { userEnteredValue?: UserValue }[] }[];
            };
            const tab = copy.tabs.find((t) => t.sheetId === u.start.sheetId);
            if (!tab) throw new HttpError(400, 'INVALID_ARGUMENT', 'No grid', 'badRequest');
            for (const [i, row] of u.rows.entries())
              for (const [j, v] of row.values.entries()) {
                const uv = v.userEnteredValue ?? {};
                if (uv.formulaValue !== undefined) throw new Error('the tool must never write formulas');
                setCell(
                  tab,
                  u.start.rowIndex + i,
                  u.start.columnIndex + j,
                  uv.stringValue ?? uv.numberValue ?? uv.boolValue ?? '',
                );
              }
            replies.push({});
          } else if (r.findReplace) {
            const f = r.findReplace as {
              find: string;
              replacement: string;
              sheetId?: number;
              allSheets?: boolean;
              matchEntireCell?: boolean;
            };
            if (register)
              options.onRegisterWrite('findReplace', ss.id, f.allSheets ? null : (f.sheetId ?? null));
            const tabs = f.allSheets ? copy.tabs : copy.tabs.filter((t) => t.sheetId === f.sheetId);
            let occurrences = 0;
            for (const tab of tabs)
              for (const row of tab.rows)
                row.forEach((v, c) => {
                  if (typeof v !== 'string') return;
                  if (f.matchEntireCell ? v === f.find : v.includes(f.find)) {
                    row[c] = f.matchEntireCell ? f.replacement : v.split(f.find).join(f.replacement);
                    occurrences++;
                  }
                });
            replies.push({ findReplace: { occurrencesChanged: occurrences, valuesChanged: occurrences } });
          } else
            throw new HttpError(
              400,
              'INVALID_ARGUMENT',
              `Request not in this fake: ${Object.keys(r)[0]}`,
              'badRequest',
            );
        }
        ss.tabs = copy.tabs;
        ss.nextSheetId = copy.nextSheetId;
        return ok({ spreadsheetId: ss.id, replies });
      },
    },
    {
      key: 'sheets.spreadsheets.values.batchGet',
      method: 'GET',
      pattern: /^\/v4\/spreadsheets\/([^/:]+)\/values:batchGet$/,
      handle: (req: FakeRequest): FakeResponse => {
        guardRead(req.params[0]!, 'sheets.spreadsheets.values.batchGet');
        const ss = sheet(req.params[0]!);
        const formatted = req.query.get('valueRenderOption') !== 'UNFORMATTED_VALUE';
        return ok({
          spreadsheetId: ss.id,
          valueRanges: req.query.getAll('ranges').map((range) => {
            const a1 = parseA1(range);
            return { range, majorDimension: 'ROWS', values: readRange(tabOf(ss, a1.sheet), a1, formatted) };
          }),
        });
      },
    },
    {
      key: 'sheets.spreadsheets.getByDataFilter',
      method: 'POST',
      pattern: /^\/v4\/spreadsheets\/([^/:]+):getByDataFilter$/,
      handle: (req: FakeRequest): FakeResponse => {
        guardRead(req.params[0]!, 'sheets.spreadsheets.getByDataFilter');
        throw new HttpError(400, 'INVALID_ARGUMENT', 'Not in this fake', 'badRequest');
      },
    },
    {
      key: 'sheets.spreadsheets.values.batchUpdate',
      method: 'POST',
      pattern: /^\/v4\/spreadsheets\/([^/:]+)\/values:batchUpdate$/,
      handle: (req: FakeRequest): FakeResponse => {
        const ss = sheet(req.params[0]!);
        const body = req.body as {
          valueInputOption?: string;
          data?: { range: string; values: unknown[][] }[];
        };
        for (const d of body.data ?? []) {
          const a1 = parseA1(d.range);
          const tab = tabOf(ss, a1.sheet);
          for (const [i, row] of d.values.entries())
            for (const [j, v] of row.entries())
              setCell(tab, a1.startRow + i, a1.startCol + j, raw(v, body.valueInputOption));
        }
        return ok({
          spreadsheetId: ss.id,
          totalUpdatedRows: (body.data ?? []).reduce((n, d) => n + d.values.length, 0),
        });
      },
    },
    {
      key: 'sheets.spreadsheets.values.batchClear',
      method: 'POST',
      pattern: /^\/v4\/spreadsheets\/([^/:]+)\/values:batchClear$/,
      handle: (req: FakeRequest): FakeResponse => {
        const ss = sheet(req.params[0]!);
        for (const range of (req.body as { ranges?: string[] }).ranges ?? []) {
          const a1 = parseA1(range);
          const tab = tabOf(ss, a1.sheet);
          const endRow = a1.endRow ?? tab.rows.length - 1;
          for (let r = a1.startRow; r <= endRow; r++) {
            const row = tab.rows[r];
            if (!row) continue;
            const endCol = a1.endCol ?? row.length - 1;
            for (let c = a1.startCol; c <= endCol && c < row.length; c++) row[c] = '';
          }
        }
        return ok({ spreadsheetId: ss.id });
      },
    },
    {
      key: 'sheets.spreadsheets.values.append',
      method: 'POST',
      pattern: /^\/v4\/spreadsheets\/([^/:]+)\/values\/(.+):append$/,
      handle: (req: FakeRequest): FakeResponse => {
        const ss = sheet(req.params[0]!);
        const a1 = parseA1(req.params[1]!);
        const tab = tabOf(ss, a1.sheet);
        const body = req.body as { values?: unknown[][] };
        let last = tab.rows.length;
        while (last > 0 && tab.rows[last - 1]!.every((v) => v === '')) last--;
        const option = req.query.get('valueInputOption') ?? undefined;
        for (const [i, row] of (body.values ?? []).entries())
          for (const [j, v] of row.entries()) setCell(tab, last + i, a1.startCol + j, raw(v, option));
        return ok({ spreadsheetId: ss.id, updates: { updatedRows: body.values?.length ?? 0 } });
      },
    },
    {
      key: 'sheets.spreadsheets.values.get',
      method: 'GET',
      pattern: /^\/v4\/spreadsheets\/([^/:]+)\/values\/([^:]+)$/,
      handle: (req: FakeRequest): FakeResponse => {
        guardRead(req.params[0]!, 'sheets.spreadsheets.values.get');
        const ss = sheet(req.params[0]!);
        const a1 = parseA1(req.params[1]!);
        const formatted = req.query.get('valueRenderOption') !== 'UNFORMATTED_VALUE';
        return ok({
          range: req.params[1],
          majorDimension: 'ROWS',
          values: readRange(tabOf(ss, a1.sheet), a1, formatted),
        });
      },
    },
  ];
}
