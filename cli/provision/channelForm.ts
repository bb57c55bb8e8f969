// The municipality's own form for § 12-5 reports about a school's leadership: created once, owned by the
// municipality, its responses readable by the municipality only; its questions kept in step on each run.
import type { forms_v1 } from 'googleapis/build/src/apis/forms/v1.js';
import { Q, ROLES, YES_NO_UNKNOWN } from '../../src/domain/intake/questions';
import type { Context } from '../context';
import { MIME, setProps, TAG, type TaggedFile } from '../google/drive';
import { AmbiguousError, ApiError } from '../google/errors';
import { backoffMs } from '../google/retry';

export const CHANNEL_DOCUMENT_TITLE = 'Skolemiljø – kanal for meldinger om ledelsen (skoleeier)';
export const CHANNEL_TITLE = 'Melding til skoleeier: noen i skolens ledelse har krenket en elev';
export const CHANNEL_DESCRIPTION =
  'Bruk dette skjemaet når du mener at noen i ledelsen ved en skole (rektor, assisterende rektor eller ' +
  'avdelingsleder) har krenket en elev. Etter opplæringslova § 12-5 skal en slik melding gå direkte til ' +
  'skoleeier. Meldingen går bare til kommunen som skoleeier, ikke til skolen, og skoleeier følger den opp straks.';
export const SCHOOL_QUESTION = 'Hvilken skole gjelder det?';
export const LEADER_QUESTION = 'Hvem i skolens ledelse gjelder meldingen?';
export const CONTACT_QUESTION = 'Hvordan kan skoleeier kontakte deg? (valgfritt)';

interface ChannelQuestion {
  title: string;
  kind: 'radio' | 'dropdown' | 'text' | 'paragraph';
  choices?: readonly string[];
  required: boolean;
}

/** The questions, in order; the school list comes from the CSV. Titles match the school's meldeskjema. */
export function channelQuestions(schoolNames: readonly string[]): ChannelQuestion[] {
  return [
    { title: Q.role, kind: 'radio', choices: ROLES, required: true },
    {
      title: SCHOOL_QUESTION,
      kind: 'dropdown',
      choices: [...schoolNames].sort((a, b) => a.localeCompare(b, 'nb')),
      required: true,
    },
    { title: LEADER_QUESTION, kind: 'text', required: true },
    { title: Q.student, kind: 'text', required: true },
    { title: Q.className, kind: 'text', required: false },
    { title: Q.what, kind: 'paragraph', required: true },
    { title: Q.when, kind: 'text', required: false },
    { title: Q.where, kind: 'text', required: false },
    { title: Q.intervened, kind: 'paragraph', required: false },
    { title: Q.studentSaid, kind: 'radio', choices: YES_NO_UNKNOWN, required: false },
    { title: CONTACT_QUESTION, kind: 'text', required: false },
  ];
}

function toItem(q: ChannelQuestion): forms_v1.Schema$Item {
  const question: forms_v1.Schema$Question = { required: q.required };
  if (q.kind === 'radio' || q.kind === 'dropdown')
    question.choiceQuestion = {
      type: q.kind === 'radio' ? 'RADIO' : 'DROP_DOWN',
      options: (q.choices ?? []).map((value) => ({ value })),
    };
  else question.textQuestion = { paragraph: q.kind === 'paragraph' };
  return { title: q.title, questionItem: { question } };
}

const optionsOf = (item: forms_v1.Schema$Item) =>
  (item.questionItem?.question?.choiceQuestion?.options ?? []).map((o) => o.value ?? '');

export interface Channel {
  formId: string;
  /** The link reporters use (written into every school's Innstillinger). */
  responderUrl: string;
  editUrl: string;
}

/** The unique part of the responder link: what a rerun replaces in a school's settings if the form is new. */
export function channelRef(responderUrl: string): string {
  return /\/forms\/d\/(?:e\/)?([^/]+)/.exec(responderUrl)?.[1] ?? responderUrl;
}

async function createForm(ctx: Context): Promise<TaggedFile> {
  for (let attempt = 0; ; attempt++) {
    try {
      const form = await ctx.caller.call('forms.forms.create', 'create', () =>
        ctx.apis.forms.forms.create({
          unpublished: false,
          requestBody: { info: { title: CHANNEL_TITLE, documentTitle: CHANNEL_DOCUMENT_TITLE } },
        }),
      );
      const file = {
        id: form.formId ?? '',
        name: CHANNEL_DOCUMENT_TITLE,
        mimeType: MIME.form,
        props: {},
        url: '',
      };
      await setProps(ctx, file.id, { [TAG]: '1', role: 'channel-form' });
      return file;
    } catch (error) {
      if (!(error instanceof AmbiguousError) || attempt >= ctx.caller.policy.retries) throw error;
      await ctx.caller.policy.sleep(backoffMs(ctx.caller.policy, attempt));
      // The Forms API cannot tag at creation, so an unclear create is settled by the form's Drive name.
      const found = await findUntagged(ctx);
      if (found) {
        await setProps(ctx, found, { [TAG]: '1', role: 'channel-form' });
        return { id: found, name: CHANNEL_DOCUMENT_TITLE, mimeType: MIME.form, props: {}, url: '' };
      }
    }
  }
}

async function findUntagged(ctx: Context): Promise<string | null> {
  // drive.file: only files this app created are visible, so a same-named form of someone else never matches.
  const title = CHANNEL_DOCUMENT_TITLE.replace(/'/g, "\\'");
  const list = await ctx.caller.call('drive.files.list', 'idempotent', () =>
    ctx.apis.drive.files.list({
      q: `name = '${title}' and mimeType = '${MIME.form}' and trashed = false`,
      orderBy: 'createdTime',
      fields: 'files(id)',
      pageSize: 10,
    }),
  );
  return list.files?.[0]?.id ?? null;
}

/** Creates the form if needed, then brings its description, questions and school list up to date, and publishes it. */
export async function ensureChannelForm(
  ctx: Context,
  existing: TaggedFile | undefined,
  schoolNames: readonly string[],
): Promise<Channel | null> {
  if (!existing && ctx.dryRun) {
    ctx.reporter.info('Ville opprettet skoleeiers skjema for meldinger om ledelsen (§ 12-5).');
    return null;
  }
  const file = existing ?? (await createForm(ctx));
  if (!existing) ctx.reporter.info('Opprettet skoleeiers skjema for meldinger om ledelsen (§ 12-5).');
  const formId = file.id;
  const wanted = channelQuestions(schoolNames);
  let form: forms_v1.Schema$Form = {};
  for (let attempt = 0; ; attempt++) {
    form = await ctx.caller.call('forms.forms.get', 'idempotent', () => ctx.apis.forms.forms.get({ formId }));
    const items = form.items ?? [];
    const requests: forms_v1.Schema$Request[] = [];
    if (form.info?.description !== CHANNEL_DESCRIPTION)
      requests.push({
        updateFormInfo: { info: { description: CHANNEL_DESCRIPTION }, updateMask: 'description' },
      });
    let appended = items.length;
    for (const q of wanted) {
      const index = items.findIndex((it) => it.title === q.title);
      const item = items[index];
      if (!item) {
        requests.push({ createItem: { item: toItem(q), location: { index: appended++ } } });
      } else if (q.choices && optionsOf(item).join('\n') !== q.choices.join('\n')) {
        const updated = toItem(q);
        updated.itemId = item.itemId ?? null;
        updated.questionItem!.question!.questionId = item.questionItem?.question?.questionId ?? null;
        requests.push({
          updateItem: {
            item: updated,
            location: { index },
            updateMask: 'questionItem.question.choiceQuestion.options',
          },
        });
      }
    }
    if (requests.length === 0) break;
    if (ctx.dryRun) {
      ctx.reporter.info(`Ville oppdatert skoleeiers skjema (${requests.length} endringer).`);
      break;
    }
    try {
      // The revision guard makes a repeated batch fail instead of adding the questions twice.
      await ctx.caller.call('forms.forms.batchUpdate', 'create', () =>
        ctx.apis.forms.forms.batchUpdate({
          formId,
          requestBody: { requests, writeControl: { requiredRevisionId: form.revisionId ?? null } },
        }),
      );
    } catch (error) {
      // A changed revision (someone edited the form, or our own unclear batch went through) is 400
      // FAILED_PRECONDITION: read the form again and redo only what is still missing.
      const stale =
        error instanceof ApiError &&
        error.failure.status === 400 &&
        error.failure.reason === 'FAILED_PRECONDITION';
      if (!(error instanceof AmbiguousError || stale) || attempt >= ctx.caller.policy.retries) throw error;
    }
  }
  const state = form.publishSettings?.publishState;
  if (!ctx.dryRun && !(state?.isPublished && state.isAcceptingResponses)) {
    await ctx.caller.call('forms.forms.setPublishSettings', 'idempotent', () =>
      ctx.apis.forms.forms.setPublishSettings({
        formId,
        requestBody: {
          publishSettings: { publishState: { isPublished: true, isAcceptingResponses: true } },
          updateMask: '*',
        },
      }),
    );
  }
  return {
    formId,
    responderUrl: form.responderUri ?? `https://docs.google.com/forms/d/${formId}/viewform`,
    editUrl: `https://docs.google.com/forms/d/${formId}/edit`,
  };
}
