// Drive v3: files (create, list with a query and pages, get, update) and permissions, as the tool uses them.
import { type FakeRequest, type FakeResponse, HttpError, ok } from './http';
import type { DriveFile, World } from './model';

export interface DriveOptions {
  /** Largest page the fake returns, whatever pageSize asks: forces the client to follow nextPageToken. */
  maxPageSize: number;
  onRegisterRead: (what: string) => void;
}

/** Splits a Drive query on top-level `and`, outside quotes and braces. */
function clauses(q: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < q.length; i++) {
    const ch = q[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === "'") quoted = !quoted;
    else if (!quoted && ch === '{') depth++;
    else if (!quoted && ch === '}') depth--;
    else if (!quoted && depth === 0 && q.slice(i, i + 5) === ' and ') {
      out.push(q.slice(start, i).trim());
      start = i + 5;
      i += 4;
    }
  }
  out.push(q.slice(start).trim());
  return out.filter(Boolean);
}

const unquote = (s: string) => s.trim().replace(/^'|'$/g, '').replace(/\\'/g, "'").replace(/\\\\/g, '\\');

function matcher(clause: string): (f: DriveFile) => boolean {
  let m = /^appProperties has \{ key=('(?:[^'\\]|\\.)*') and value=('(?:[^'\\]|\\.)*') \}$/.exec(clause);
  if (m) {
    const [k, v] = [unquote(m[1]!), unquote(m[2]!)];
    return (f) => f.appProperties[k] === v;
  }
  m = /^trashed = (true|false)$/.exec(clause);
  if (m) return (f) => f.trashed === (m![1] === 'true');
  m = /^(name|mimeType) = ('(?:[^'\\]|\\.)*')$/.exec(clause);
  if (m) {
    const [field, value] = [m[1] as 'name' | 'mimeType', unquote(m[2]!)];
    return (f) => f[field] === value;
  }
  throw new HttpError(400, 'INVALID_ARGUMENT', `Invalid Value: ${clause}`, 'invalid');
}

export function fileResource(f: DriveFile) {
  const kind = f.mimeType.endsWith('spreadsheet')
    ? 'spreadsheets'
    : f.mimeType.endsWith('form')
      ? 'forms'
      : 'file';
  return {
    kind: 'drive#file',
    id: f.id,
    name: f.name,
    mimeType: f.mimeType,
    appProperties: f.appProperties,
    webViewLink: `https://docs.google.com/${kind}/d/${f.id}/edit`,
    createdTime: new Date(1_700_000_000_000 + f.createdSeq * 1000).toISOString(),
  };
}

export function driveRoutes(world: World, options: DriveOptions) {
  const file = (id: string) => {
    const f = world.files.get(id);
    if (!f || f.trashed) throw new HttpError(404, 'NOT_FOUND', `File not found: ${id}.`, 'notFound');
    return f;
  };
  return [
    {
      key: 'drive.files.list',
      method: 'GET',
      pattern: /^\/drive\/v3\/files$/,
      handle: (req: FakeRequest): FakeResponse => {
        const tests = clauses(req.query.get('q') ?? '').map(matcher);
        const all = [...world.files.values()].filter((f) => tests.every((t) => t(f)));
        if (req.query.get('orderBy') === 'createdTime') all.sort((a, b) => a.createdSeq - b.createdSeq);
        const size = Math.min(Number(req.query.get('pageSize') ?? 100), options.maxPageSize);
        const offset = Number(req.query.get('pageToken') ?? 0);
        const page = all.slice(offset, offset + size);
        const next = offset + size < all.length ? String(offset + size) : undefined;
        return ok({ files: page.map(fileResource), ...(next ? { nextPageToken: next } : {}) });
      },
    },
    {
      key: 'drive.files.create',
      method: 'POST',
      pattern: /^\/drive\/v3\/files$/,
      handle: (req: FakeRequest): FakeResponse => {
        const body = (req.body ?? {}) as {
          name?: string;
          mimeType?: string;
          appProperties?: Record<string, string>;
        };
        if (!body.mimeType) throw new HttpError(400, 'INVALID_ARGUMENT', 'mimeType required', 'required');
        return ok(fileResource(world.createFile(body.name ?? 'Untitled', body.mimeType, body.appProperties)));
      },
    },
    {
      key: 'drive.files.get',
      method: 'GET',
      pattern: /^\/drive\/v3\/files\/([^/]+)$/,
      handle: (req: FakeRequest): FakeResponse => {
        const f = file(req.params[0]!);
        if (req.query.get('alt') === 'media' && world.isRegister(f.id))
          options.onRegisterRead(`drive.files.get alt=media ${f.id}`);
        return ok(fileResource(f));
      },
    },
    {
      key: 'drive.files.update',
      method: 'PATCH',
      pattern: /^\/drive\/v3\/files\/([^/]+)$/,
      handle: (req: FakeRequest): FakeResponse => {
        const f = file(req.params[0]!);
        const body = (req.body ?? {}) as { name?: string; appProperties?: Record<string, string | null> };
        if (body.name) f.name = body.name;
        for (const [k, v] of Object.entries(body.appProperties ?? {})) {
          if (v === null) delete f.appProperties[k];
          else {
            if (Buffer.byteLength(k + v) > 124)
              throw new HttpError(400, 'INVALID_ARGUMENT', 'Property too large', 'invalid');
            f.appProperties[k] = v;
          }
        }
        return ok(fileResource(f));
      },
    },
    {
      key: 'drive.files.export',
      method: 'GET',
      pattern: /^\/drive\/v3\/files\/([^/]+)\/export$/,
      handle: (req: FakeRequest): FakeResponse => {
        if (world.isRegister(req.params[0]!)) options.onRegisterRead(`drive.files.export ${req.params[0]}`);
        throw new HttpError(403, 'PERMISSION_DENIED', 'Export is not part of this fake', 'forbidden');
      },
    },
    {
      key: 'drive.files.copy',
      method: 'POST',
      pattern: /^\/drive\/v3\/files\/([^/]+)\/copy$/,
      handle: (req: FakeRequest): FakeResponse => {
        if (world.isRegister(req.params[0]!)) options.onRegisterRead(`drive.files.copy ${req.params[0]}`);
        throw new HttpError(403, 'PERMISSION_DENIED', 'Copy is not part of this fake', 'forbidden');
      },
    },
    {
      key: 'drive.permissions.list',
      method: 'GET',
      pattern: /^\/drive\/v3\/files\/([^/]+)\/permissions$/,
      handle: (req: FakeRequest): FakeResponse => ok({ permissions: file(req.params[0]!).permissions }),
    },
    {
      key: 'drive.permissions.create',
      method: 'POST',
      pattern: /^\/drive\/v3\/files\/([^/]+)\/permissions$/,
      handle: (req: FakeRequest): FakeResponse => {
        const f = file(req.params[0]!);
        const body = (req.body ?? {}) as { type?: string; role?: 'writer' | 'reader'; emailAddress?: string };
        if (body.type !== 'user' || !body.role || !body.emailAddress)
          throw new HttpError(400, 'INVALID_ARGUMENT', 'Bad permission', 'invalid');
        // Drive keeps one permission per address: a second create changes the role (and e-mails again).
        const existing = f.permissions.find((p) => p.emailAddress === body.emailAddress);
        if (existing) {
          world.repeatedInvitations.push(`${f.id}:${body.emailAddress}`);
          existing.role = body.role;
          return ok(existing);
        }
        const p = {
          id: world.newId('perm'),
          type: 'user' as const,
          role: body.role,
          emailAddress: body.emailAddress,
        };
        f.permissions.push(p);
        return ok(p);
      },
    },
  ];
}
