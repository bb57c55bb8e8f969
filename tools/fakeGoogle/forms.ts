// Forms API v1: create (unpublished or not), get, batchUpdate with a revision guard, publish settings,
// and paged responses. A form is also a Drive file.
import { type FakeRequest, type FakeResponse, HttpError, ok } from './http';
import type { Form, FormItem, World } from './model';

export function formsRoutes(world: World, options: { maxResponsesPage: number }) {
  const form = (id: string) => {
    const f = world.forms.get(id);
    if (!f || world.files.get(id)?.trashed)
      throw new HttpError(404, 'NOT_FOUND', 'Requested entity was not found.', 'notFound');
    return f;
  };
  const resource = (f: Form) => ({
    formId: f.formId,
    info: f.info,
    items: f.items,
    revisionId: `rev${f.revision}`,
    responderUri: `https://docs.google.com/forms/d/e/pub-${f.formId}/viewform`,
    publishSettings: {
      publishState: { isPublished: f.published, isAcceptingResponses: f.acceptingResponses },
    },
  });
  return [
    {
      key: 'forms.forms.create',
      method: 'POST',
      pattern: /^\/v1\/forms$/,
      handle: (req: FakeRequest): FakeResponse => {
        const body = (req.body ?? {}) as {
          info?: { title?: string; documentTitle?: string };
          items?: unknown;
        };
        if (body.items)
          throw new HttpError(
            400,
            'INVALID_ARGUMENT',
            'Only info.title and info.documentTitle may be set.',
            'badRequest',
          );
        const title = body.info?.title ?? '';
        const documentTitle = body.info?.documentTitle ?? title;
        const file = world.createFile(documentTitle, 'application/vnd.google-apps.form');
        const published = req.query.get('unpublished') !== 'true';
        const f: Form = {
          formId: file.id,
          info: { title, documentTitle },
          items: [],
          revision: 1,
          published,
          acceptingResponses: published,
          responses: [],
        };
        world.forms.set(f.formId, f);
        return ok(resource(f));
      },
    },
    {
      key: 'forms.forms.get',
      method: 'GET',
      pattern: /^\/v1\/forms\/([^/:]+)$/,
      handle: (req: FakeRequest): FakeResponse => ok(resource(form(req.params[0]!))),
    },
    {
      key: 'forms.forms.batchUpdate',
      method: 'POST',
      pattern: /^\/v1\/forms\/([^/:]+):batchUpdate$/,
      handle: (req: FakeRequest): FakeResponse => {
        const f = form(req.params[0]!);
        const body = (req.body ?? {}) as {
          requests?: Record<string, Record<string, unknown>>[];
          writeControl?: { requiredRevisionId?: string };
        };
        const required = body.writeControl?.requiredRevisionId;
        if (required && required !== `rev${f.revision}`)
          throw new HttpError(
            400,
            'FAILED_PRECONDITION',
            'The revision of the form has changed.',
            'FAILED_PRECONDITION',
          );
        const items: FormItem[] = structuredClone(f.items);
        let info = { ...f.info };
        for (const r of body.requests ?? []) {
          if (r.createItem) {
            const item = structuredClone(r.createItem.item) as FormItem;
            item.itemId = world.newId('item');
            if (item.questionItem) item.questionItem.question.questionId = world.newId('q');
            const index = (r.createItem.location as { index: number }).index;
            if (index > items.length)
              throw new HttpError(400, 'INVALID_ARGUMENT', 'Index out of range', 'badRequest');
            items.splice(index, 0, item);
          } else if (r.updateItem) {
            const item = r.updateItem.item as FormItem;
            const i = items.findIndex((x) => x.itemId === item.itemId);
            if (i < 0) throw new HttpError(400, 'INVALID_ARGUMENT', 'No such item', 'badRequest');
            const options = (
              item.questionItem?.question as { choiceQuestion?: { options: unknown } } | undefined
            )?.choiceQuestion?.options;
            (
              items[i]!.questionItem!.question as unknown as { choiceQuestion: { options: unknown } }
            ).choiceQuestion.options = options;
          } else if (r.updateFormInfo) {
            info = { ...info, ...(r.updateFormInfo.info as object) };
          } else
            throw new HttpError(
              400,
              'INVALID_ARGUMENT',
              `Request not in this fake: ${Object.keys(r)[0]}`,
              'badRequest',
            );
        }
        f.items = items;
        f.info = info;
        f.revision++;
        return ok({ form: resource(f), writeControl: { requiredRevisionId: `rev${f.revision}` } });
      },
    },
    {
      key: 'forms.forms.setPublishSettings',
      method: 'POST',
      pattern: /^\/v1\/forms\/([^/:]+):setPublishSettings$/,
      handle: (req: FakeRequest): FakeResponse => {
        const f = form(req.params[0]!);
        const state = (
          req.body as {
            publishSettings?: { publishState?: { isPublished?: boolean; isAcceptingResponses?: boolean } };
          }
        ).publishSettings?.publishState;
        f.published = Boolean(state?.isPublished);
        f.acceptingResponses = Boolean(state?.isAcceptingResponses);
        return ok({ formId: f.formId, publishSettings: resource(f).publishSettings });
      },
    },
    {
      key: 'forms.forms.responses.list',
      method: 'GET',
      pattern: /^\/v1\/forms\/([^/:]+)\/responses$/,
      handle: (req: FakeRequest): FakeResponse => {
        const f = form(req.params[0]!);
        const offset = Number(req.query.get('pageToken') ?? 0);
        const size = Math.min(Number(req.query.get('pageSize') || 5000), options.maxResponsesPage);
        const page = f.responses.slice(offset, offset + size);
        const next = offset + size < f.responses.length ? String(offset + size) : undefined;
        return ok({ responses: page, ...(next ? { nextPageToken: next } : {}) });
      },
    },
  ];
}
