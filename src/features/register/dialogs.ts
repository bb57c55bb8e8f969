import { hasPlan } from '../../domain/cases/caseRecord';
import { allowedTransitions, CASE_STATUSES, type CaseStatus } from '../../domain/cases/lifecycle';
import { formatNorwegian } from '../../domain/time/localDate';
import type { Messages } from '../../i18n';
import { caseStatusLabel } from '../../i18n/labels';
import {
  choice,
  date,
  done,
  FieldError,
  type FormPayload,
  type FormResult,
  required,
  showFormDialog,
  text,
} from '../dialogs/formDialog';
import { shareCaseWithItsPeople } from '../documents/caseSharing';
import { UserError } from '../menu/userError';
import { readPeople } from '../people/peopleSheet';
import { assignment, statusChange } from './caseActions';
import { caseOfDialog, dialogContext, type SelectedCase } from './selectedCase';
import type { Work } from './work';

type Ui = GoogleAppsScript.Base.Ui;

/** «Endre status …»: the moves the law's order allows from here, as choices; a reason when closing. */
export function openStatusDialog(c: SelectedCase, t: Messages, ui: Ui): void {
  const options = allowedTransitions(c.record.status).filter(
    (s) => s !== 'Aktivitetsplan' || hasPlan(c.record),
  );
  if (options.length === 0) throw new UserError(t.cases.closedCase(c.saksnr));
  const planHint = allowedTransitions(c.record.status).includes('Aktivitetsplan') && !hasPlan(c.record);
  showFormDialog(
    ui,
    {
      action: 'status',
      context: dialogContext(c),
      intro: t.cases.statusIntro(caseStatusLabel(t, c.record.status)),
      fields: [
        {
          kind: 'radio',
          name: 'status',
          label: t.cases.newStatus,
          options: options.map((s) => ({ value: s, label: caseStatusLabel(t, s) })),
          required: true,
        },
        ...(planHint ? [{ kind: 'info' as const, name: 'plan', text: t.cases.planThroughDialog }] : []),
        { kind: 'textarea', name: 'reason', label: t.cases.reasonLabel, help: t.cases.reasonHelp, rows: 3 },
      ],
    },
    t,
    t.cases.changeStatusTitle(c.saksnr),
    440,
  );
}

export function submitStatus(p: FormPayload, w: Work): FormResult {
  const c = caseOfDialog(p, w);
  const to = choice<CaseStatus>(p, 'status', CASE_STATUSES, w.t);
  const reason = text(p, 'reason').trim();
  if (to === 'Avsluttet' && !reason) throw new FieldError('reason', w.t.cases.reasonRequired);
  const d = statusChange(c.row, to, { today: w.clock.today, t: w.t, ...(reason ? { reason } : {}) });
  if (d.op) w.commit([d.op]);
  return done(d.message);
}

/**
 * «Avslutt saken …»: the reason is part of the documentation. Why the case ends is asked first: the
 * student feels safe, another reason, or the student changed school (legal review G10), where the dialog
 * says what may be passed on to the new school and on what basis (the family's consent), and the
 * closing reason records what was passed on.
 */
export function openCloseDialog(c: SelectedCase, t: Messages, ui: Ui): void {
  if (c.record.status === 'Avsluttet') throw new UserError(t.cases.closedCase(c.saksnr));
  const x = t.transfer;
  showFormDialog(
    ui,
    {
      action: 'close',
      context: dialogContext(c),
      intro: t.cases.closeIntro,
      fields: [
        {
          kind: 'radio',
          name: 'ground',
          label: x.ground,
          options: CLOSE_GROUNDS.map((g) => ({ value: g, label: x.grounds[g] })),
          value: 'trygt',
          required: true,
        },
        { kind: 'textarea', name: 'reason', label: x.reasonLabel, help: x.reasonHelp, rows: 3 },
        { kind: 'info', name: 'transferInfo', text: x.info },
        {
          kind: 'radio',
          name: 'share',
          label: x.share,
          options: [
            { value: 'ingenting', label: x.shareOptions.ingenting },
            { value: 'samtykke', label: x.shareOptions.samtykke },
            { value: 'hjemmel', label: x.shareOptions.hjemmel },
          ],
          value: 'ingenting',
        },
        { kind: 'date', name: 'consent', label: x.consentDate },
        { kind: 'text', name: 'basis', label: x.basis, help: x.basisHelp, maxLength: 300 },
        { kind: 'text', name: 'what', label: x.what, help: x.whatHelp, maxLength: 500 },
      ],
    },
    t,
    t.cases.closeTitle(c.saksnr),
    720,
  );
}

/** Why a case is closed. «byttet»: the student changed school («Byttet skole»). */
export const CLOSE_GROUNDS = ['trygt', 'byttet', 'annet'] as const;
type CloseGround = (typeof CLOSE_GROUNDS)[number];

export function submitClose(p: FormPayload, w: Work): FormResult {
  const x = w.t.transfer;
  const c = caseOfDialog(p, w);
  // An older dialog (or a test) without the ground: the reason alone, as before.
  const ground: CloseGround = text(p, 'ground') ? choice(p, 'ground', CLOSE_GROUNDS, w.t) : 'annet';
  const typed = text(p, 'reason').trim();
  let reason: string;
  if (ground === 'byttet') {
    const share = choice<'ingenting' | 'samtykke' | 'hjemmel'>(
      p,
      'share',
      ['ingenting', 'samtykke', 'hjemmel'],
      w.t,
    );
    let passed = x.nothing;
    if (share === 'samtykke') {
      const consent = date(p, 'consent', w.t);
      if (!consent) throw new FieldError('consent', x.consentRequired);
      if (consent > w.clock.today) throw new FieldError('consent', w.t.consent.future);
      passed = x.shared(formatNorwegian(consent), text(p, 'what').trim());
    }
    if (share === 'hjemmel') {
      const basis = text(p, 'basis').trim();
      const what = text(p, 'what').trim();
      if (!basis) throw new FieldError('basis', x.basisRequired);
      if (!what) throw new FieldError('what', x.basisRequired);
      passed = x.sharedBasis(basis, what);
    }
    reason = [x.reasonPrefix, passed, typed].filter(Boolean).join(' ');
  } else {
    if (!typed) throw new FieldError('reason', w.t.cases.reasonRequired);
    reason = typed;
  }
  const d = statusChange(c.row, 'Avsluttet', { today: w.clock.today, t: w.t, reason });
  if (d.op) w.commit([d.op]);
  return done(d.message);
}

/** «Gjenåpne saken …»: the student no longer feels safe; the investigation starts again. */
export function openReopenDialog(c: SelectedCase, t: Messages, ui: Ui): void {
  if (c.record.status !== 'Avsluttet') throw new UserError(t.cases.notClosed(c.saksnr));
  showFormDialog(
    ui,
    {
      action: 'reopen',
      context: dialogContext(c),
      fields: [{ kind: 'textarea', name: 'reason', label: t.cases.reopenPrompt, required: true, rows: 4 }],
    },
    t,
    t.cases.reopenTitle(c.saksnr),
    340,
  );
}

export function submitReopen(p: FormPayload, w: Work): FormResult {
  const c = caseOfDialog(p, w);
  const reason = required(p, 'reason', w.t);
  const d = statusChange(c.row, 'Undersøkes', { today: w.clock.today, t: w.t, reason, reopen: true });
  if (d.op) w.commit([d.op]);
  return done(d.message);
}

/** «Sett ansvarlig …»: someone from the leadership, or any colleague's address. */
export function openAssignDialog(c: SelectedCase, t: Messages, ui: Ui): void {
  // The leadership first, then everyone in «Personale», each by name and role where known.
  const directory = readPeople(c.ss, c.settings);
  const people = [
    ...new Set(
      [
        c.settings.rektorEmail,
        ...c.settings.leadership,
        ...directory.list.map((p) => p.email),
        c.record.ansvarlig,
      ]
        .map((e) => e.toLowerCase())
        .filter(Boolean),
    ),
  ];
  showFormDialog(
    ui,
    {
      action: 'assign',
      context: dialogContext(c),
      fields: [
        {
          kind: 'select',
          name: 'person',
          label: t.cases.assignPick,
          options: [
            { value: '', label: t.cases.assignOther },
            ...people.map((e) => {
              const named = directory.label(e);
              return { value: e, label: named === e ? e : `${named} – ${e}` };
            }),
          ],
          value: c.record.ansvarlig,
        },
        { kind: 'email', name: 'other', label: t.cases.assignPrompt, help: t.cases.assignHelp },
      ],
    },
    t,
    t.cases.assignTitle(c.saksnr),
    380,
  );
}

export function submitAssign(p: FormPayload, w: Work): FormResult {
  const c = caseOfDialog(p, w);
  const email = text(p, 'other').trim() || text(p, 'person').trim();
  if (!email) throw new FieldError('person', w.t.dialogs.fieldRequired);
  const d = assignment(c.row, email, w.t);
  if (d.op) {
    w.commit([d.op]);
    // A case that already has documents: the new responsible person gets access now, the former loses it.
    shareCaseWithItsPeople(w, d.record, null);
  }
  return done(d.message);
}
