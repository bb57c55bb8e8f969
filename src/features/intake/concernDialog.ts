import { CATEGORIES, Q, ROLES, YES_NO, YES_NO_UNKNOWN } from '../../domain/intake/questions';
import { parseReport } from '../../domain/intake/report';
import { formatNorwegian, localDateOf } from '../../domain/time/localDate';
import { systemClock } from '../../gas/clock';
import { linkTo } from '../../gas/links';
import type { Messages } from '../../i18n';
import {
  choice,
  date,
  done,
  FieldError,
  type FormPayload,
  type FormResult,
  list,
  required,
  showFormDialog,
  text,
} from '../dialogs/formDialog';
import { REGISTER_SHEET } from '../register/registerSheet';
import type { Work } from '../register/work';
import { readSettings } from '../settings/settingsSheet';
import { openCases } from './intake';

export const CHANNELS = ['Telefon', 'Møte', 'E-post', 'Brev', 'Annet'] as const;

/**
 * «Registrer melding …»: a concern a student, a parent or anyone else raised by phone, in person or by
 * e-mail. The same case, log and deadlines as the meldeskjema; the date it was raised with the rektor
 * drives the deadlines and the Statsforvalteren date (§ 12-6). A concern about someone in the
 * leadership is not registered here: the person is told to go to skoleeier (§ 12-5).
 */
export function openConcernDialog(t: Messages, ui: GoogleAppsScript.Base.Ui): void {
  const c = t.concern;
  const settings = readSettings(SpreadsheetApp.getActiveSpreadsheet());
  const yesNo = (values: readonly string[]) => values.map((v) => ({ value: v, label: c.answer(v) }));
  showFormDialog(
    ui,
    {
      action: 'concern',
      context: {},
      intro: c.intro,
      fields: [
        {
          kind: 'radio',
          name: 'leadership',
          label: c.leadership,
          options: yesNo(YES_NO),
          value: 'Nei',
          required: true,
        },
        {
          kind: 'info',
          name: 'channel',
          text: c.leadershipInfo(settings.skoleeierChannel || c.noChannel),
          tone: 'warning',
        },
        {
          kind: 'radio',
          name: 'role',
          label: c.role,
          options: ROLES.map((r) => ({ value: r, label: c.roleName(r) })),
          required: true,
        },
        {
          kind: 'text',
          name: 'reporter',
          label: c.reporter,
          help: c.reporterHelp,
          required: true,
          maxLength: 200,
        },
        {
          kind: 'radio',
          name: 'kanal',
          label: c.kanal,
          options: CHANNELS.map((k) => ({ value: k, label: c.channelName(k) })),
          required: true,
        },
        {
          kind: 'date',
          name: 'raised',
          label: c.raised,
          help: c.raisedHelp,
          value: systemClock().today,
          required: true,
        },
        { kind: 'text', name: 'student', label: Q.student, required: true, maxLength: 200 },
        { kind: 'text', name: 'className', label: Q.className, maxLength: 100 },
        {
          kind: 'checkboxes',
          name: 'categories',
          label: Q.categories,
          options: CATEGORIES.map((k) => ({ value: k, label: k })),
          required: true,
        },
        {
          kind: 'radio',
          name: 'employee',
          label: Q.employee,
          options: yesNo(YES_NO),
          value: 'Nei',
          required: true,
        },
        { kind: 'textarea', name: 'what', label: Q.what, help: c.whatHelp, required: true, rows: 4 },
        { kind: 'text', name: 'when', label: Q.when, maxLength: 2000 },
        { kind: 'text', name: 'where', label: Q.where, maxLength: 2000 },
        { kind: 'text', name: 'intervened', label: Q.intervened, maxLength: 2000 },
        { kind: 'radio', name: 'studentSaid', label: Q.studentSaid, options: yesNo(YES_NO_UNKNOWN) },
      ],
    },
    t,
    c.title,
    700,
  );
}

export function submitConcern(p: FormPayload, w: Work): FormResult {
  const c = w.t.concern;
  if (text(p, 'leadership') === 'Ja')
    throw new FieldError('leadership', c.leadershipInfo(w.settings.skoleeierChannel || c.noChannel));
  const role = choice(p, 'role', ROLES, w.t);
  const reporter = required(p, 'reporter', w.t);
  const kanal = choice(p, 'kanal', CHANNELS, w.t);
  const raised = date(p, 'raised', w.t);
  if (!raised) throw new FieldError('raised', w.t.dialogs.fieldRequired);
  if (raised > w.clock.today) throw new FieldError('raised', c.raisedFuture);
  const { report, problems } = parseReport(
    {
      [Q.role]: role,
      [Q.student]: required(p, 'student', w.t),
      [Q.className]: text(p, 'className'),
      [Q.categories]: list(p, 'categories').join(', '),
      [Q.employee]: choice(p, 'employee', YES_NO, w.t),
      [Q.leadership]: 'Nei',
      [Q.what]: required(p, 'what', w.t),
      [Q.when]: text(p, 'when'),
      [Q.where]: text(p, 'where'),
      [Q.intervened]: text(p, 'intervened'),
      [Q.studentSaid]: text(p, 'studentSaid'),
    },
    // «Meldt av» is who raised it; their address is not verified by a form, so no e-mail problem.
    'registrert@skolemiljo',
  );
  const [created] = openCases(w, [
    {
      report: { ...report, reportedBy: reporter },
      problems: problems.filter((x) => !x.includes('e-postadressen')),
      // Raised with the rektor that day: the case's «Meldt» is when it was registered.
      reportedAt: w.clock.now,
      reportedOn: raised,
      svarId: '',
      kanal,
      mottattAv: w.user,
    },
  ]);
  if (!created) throw new Error('No case was opened.');
  const row = w.register().nextRow() - 1;
  return done(
    c.registered(created.saksnr, formatNorwegian(created.fristUndersokelse ?? localDateOf(w.clock.now))),
    {
      url: linkTo(w.state, REGISTER_SHEET.name, row),
      text: c.openCase(created.saksnr),
    },
  );
}
