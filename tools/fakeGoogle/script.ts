// Apps Script API v1: bound projects created with a parent, content replaced as a whole.
import { type FakeRequest, type FakeResponse, HttpError, ok } from './http';
import type { World } from './model';

export function scriptRoutes(world: World) {
  const project = (id: string) => {
    const p = world.scripts.get(id);
    if (!p) throw new HttpError(404, 'NOT_FOUND', 'Requested entity was not found.', 'notFound');
    return p;
  };
  const resource = (p: ReturnType<typeof project>) => ({
    scriptId: p.scriptId,
    title: p.title,
    ...(p.parentId ? { parentId: p.parentId } : {}),
  });
  return [
    {
      key: 'script.projects.create',
      method: 'POST',
      pattern: /^\/v1\/projects$/,
      handle: (req: FakeRequest): FakeResponse => {
        const body = (req.body ?? {}) as { title?: string; parentId?: string };
        if (body.parentId && !world.files.has(body.parentId))
          throw new HttpError(404, 'NOT_FOUND', 'Parent not found.', 'notFound');
        const p = {
          scriptId: world.newId('script'),
          title: body.title ?? 'Untitled',
          parentId: body.parentId ?? null,
          files: [],
          uploads: 0,
        };
        world.scripts.set(p.scriptId, p);
        return ok(resource(p));
      },
    },
    {
      key: 'script.projects.get',
      method: 'GET',
      pattern: /^\/v1\/projects\/([^/]+)$/,
      handle: (req: FakeRequest): FakeResponse => ok(resource(project(req.params[0]!))),
    },
    {
      key: 'script.projects.updateContent',
      method: 'PUT',
      pattern: /^\/v1\/projects\/([^/]+)\/content$/,
      handle: (req: FakeRequest): FakeResponse => {
        const p = project(req.params[0]!);
        const files =
          ((req.body ?? {}) as { files?: { name: string; type: string; source: string }[] }).files ?? [];
        if (!files.some((f) => f.name === 'appsscript' && f.type === 'JSON'))
          throw new HttpError(
            400,
            'INVALID_ARGUMENT',
            'Project contents must include a manifest file named appsscript.',
            'badRequest',
          );
        for (const f of files)
          if (!['SERVER_JS', 'JSON', 'HTML'].includes(f.type))
            throw new HttpError(400, 'INVALID_ARGUMENT', `Bad type ${f.type}`, 'badRequest');
        p.files = files;
        p.uploads++;
        return ok({ scriptId: p.scriptId, files });
      },
    },
  ];
}
