// Drive files the tool owns: found by their app properties, created once even when a create times out.
import type { Context } from '../context';
import { AmbiguousError } from './errors';
import { backoffMs } from './retry';

/** Every file the tool creates carries `skolemiljo=1` and its role (app properties: private to this app). */
export const TAG = 'skolemiljo';
export type Role =
  | 'school'
  | 'report'
  | 'registry'
  | 'channel-form'
  | 'channel-responses'
  | 'municipal-report';

export const MIME = {
  spreadsheet: 'application/vnd.google-apps.spreadsheet',
  form: 'application/vnd.google-apps.form',
} as const;

export interface TaggedFile {
  id: string;
  name: string;
  mimeType: string;
  props: Record<string, string>;
  url: string;
}

const FIELDS = 'id,name,mimeType,appProperties,webViewLink,createdTime';

function toFile(f: {
  id?: string | null;
  name?: string | null;
  mimeType?: string | null;
  appProperties?: Record<string, string> | null;
  webViewLink?: string | null;
}): TaggedFile {
  return {
    id: f.id ?? '',
    name: f.name ?? '',
    mimeType: f.mimeType ?? '',
    props: { ...(f.appProperties ?? {}) },
    url: f.webViewLink ?? '',
  };
}

const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const propQuery = (key: string, value: string) =>
  `appProperties has { key=${quote(key)} and value=${quote(value)} }`;

/** Every file of ours, in as few pages as Drive allows (oldest first, so duplicates resolve the same way). */
export async function listTagged(ctx: Context, match: Record<string, string> = {}): Promise<TaggedFile[]> {
  const q = [
    propQuery(TAG, '1'),
    ...Object.entries(match).map(([k, v]) => propQuery(k, v)),
    'trashed = false',
  ].join(' and ');
  const files: TaggedFile[] = [];
  let pageToken: string | undefined;
  do {
    const token = pageToken;
    const page = await ctx.caller.call('drive.files.list', 'idempotent', () =>
      ctx.apis.drive.files.list({
        q,
        pageSize: 1000,
        orderBy: 'createdTime',
        fields: `nextPageToken,files(${FIELDS})`,
        ...(token ? { pageToken: token } : {}),
      }),
    );
    for (const f of page.files ?? []) files.push(toFile(f));
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return files;
}

export interface NewFile {
  name: string;
  mimeType: string;
  role: Role;
  school?: string;
}

/**
 * Creates a tagged file. A create that times out or fails on Google's side may still have happened, so
 * before trying again we look for the file by its tag and adopt it if it is there.
 */
export async function createTagged(ctx: Context, file: NewFile): Promise<TaggedFile> {
  const props: Record<string, string> = {
    [TAG]: '1',
    role: file.role,
    ...(file.school ? { school: file.school } : {}),
  };
  for (let attempt = 0; ; attempt++) {
    try {
      const created = await ctx.caller.call('drive.files.create', 'create', () =>
        ctx.apis.drive.files.create({
          requestBody: { name: file.name, mimeType: file.mimeType, appProperties: props },
          fields: FIELDS,
        }),
      );
      return toFile(created);
    } catch (error) {
      if (!(error instanceof AmbiguousError) || attempt >= ctx.caller.policy.retries) throw error;
      await ctx.caller.policy.sleep(backoffMs(ctx.caller.policy, attempt));
      const { [TAG]: _, ...match } = props;
      const found = await listTagged(ctx, match);
      if (found[0]) return found[0];
    }
  }
}

/** Sets (or, with null, removes) app properties: an idempotent write. */
export async function setProps(
  ctx: Context,
  fileId: string,
  props: Record<string, string | null>,
): Promise<void> {
  await ctx.caller.call('drive.files.update', 'idempotent', () =>
    // Drive deletes a property set to null; the generated type does not say so.
    ctx.apis.drive.files.update({
      fileId,
      requestBody: { appProperties: props as Record<string, string> },
      fields: 'id',
    }),
  );
}

export interface Share {
  email: string;
  role: 'writer' | 'reader';
  /** The invitation's text; null sends no e-mail. */
  message: string | null;
}

/** Whether the address already has at least this role on the file. */
export async function hasPermission(ctx: Context, fileId: string, email: string): Promise<boolean> {
  const perms = await ctx.caller.call('drive.permissions.list', 'idempotent', () =>
    ctx.apis.drive.permissions.list({ fileId, fields: 'permissions(id,emailAddress,role,type)' }),
  );
  return (perms.permissions ?? []).some((p) => p.emailAddress?.toLowerCase() === email.toLowerCase());
}

/**
 * Shares a file with one person, once. `known` skips the look-up for a file we have just created (nobody
 * else can have access yet); an ambiguous create is settled by looking.
 */
export async function share(ctx: Context, fileId: string, s: Share, known: 'new' | 'unknown'): Promise<void> {
  if (known === 'unknown' && (await hasPermission(ctx, fileId, s.email))) return;
  for (let attempt = 0; ; attempt++) {
    try {
      await ctx.caller.call('drive.permissions.create', 'create', () =>
        ctx.apis.drive.permissions.create({
          fileId,
          sendNotificationEmail: s.message !== null,
          ...(s.message ? { emailMessage: s.message } : {}),
          requestBody: { type: 'user', role: s.role, emailAddress: s.email },
          fields: 'id',
        }),
      );
      return;
    } catch (error) {
      if (!(error instanceof AmbiguousError) || attempt >= ctx.caller.policy.retries) throw error;
      await ctx.caller.policy.sleep(backoffMs(ctx.caller.policy, attempt));
      if (await hasPermission(ctx, fileId, s.email)) return;
    }
  }
}
