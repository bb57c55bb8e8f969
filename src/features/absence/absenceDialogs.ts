import {
  ABSENCE_STEP_KEYS,
  type AbsenceStepKey,
  absenceStep,
  INVESTIGATION_FINDINGS,
  type InvestigationFinding,
} from '../../domain/cases/absence';
import { type CaseRecord, inAbsenceRoute, moveStatus } from '../../domain/cases/caseRecord';
import { consentFor } from '../../domain/cases/consent';
import { formatNorwegian } from '../../domain/time/localDate';
import { systemClock } from '../../gas/clock';
import type { Messages } from '../../i18n';
import type { FieldSpec } from '../../ui/contract';
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
import { UserError } from '../menu/userError';
import { MAX_REASON } from '../register/caseActions';
import { caseOfDialog, type SelectedCase } from '../register/selectedCase';
import type { Work } from '../register/work';
import { stepEvent } from './routine';

type Ui = GoogleAppsScript.Base.Ui;

const context = (c: SelectedCase, extra: Record<string, string> = {}) => ({
  saksnr: c.saksnr,
  row: String(c.row.sheetRow),
  ...extra,
});

/**
 * «Følg fraværsrutinen …»: the rektor marks a case as worrying absence or school refusal (a concern in
 * that category starts the routine by itself). The dialog shows the routine, with what Skolemiljø adds
 * marked; the meeting and the agreement are due counted from the day it starts.
 */
export function openAbsenceStartDialog(c: SelectedCase, t: Messages, ui: Ui): void {
  if (c.record.status === 'Avsluttet') throw new UserError(t.absence.closedCase(c.saksnr));
  if (inAbsenceRoute(c.record)) throw new UserError(t.absence.alreadyRunning(c.saksnr));
  const a = t.absence;
  showFormDialog(
    ui,
    {
      action: 'absenceStart',
      context: context(c),
      intro: a.startIntro,
      fields: [
        { kind: 'info', name: 'routine', text: a.routine.join('\n') },
        {
          kind: 'date',
          name: 'from',
          label: a.startFrom,
          help: a.startFromHelp,
          value: systemClock().today,
          required: true,
        },
        { kind: 'textarea', name: 'note', label: a.startNote, rows: 2, maxLength: MAX_REASON },
      ],
    },
    t,
    a.startTitle(c.saksnr),
    640,
  );
}

export function submitAbsenceStart(p: FormPayload, w: Work): FormResult {
  const a = w.t.absence;
  const c = caseOfDialog(p, w);
  if (c.record.status === 'Avsluttet') throw new UserError(a.closedCase(c.saksnr));
  if (inAbsenceRoute(c.record)) throw new UserError(a.alreadyRunning(c.saksnr));
  const from = date(p, 'from', w.t);
  if (!from) throw new FieldError('from', w.t.dialogs.fieldRequired);
  if (from > w.clock.today) throw new FieldError('from', a.future);
  const note = text(p, 'note').trim();
  // Started again after it ended: a new meeting and a new agreement are due.
  const record: CaseRecord = {
    ...c.record,
    fravaer: 'Pågår',
    fravaerFra: from,
    familiemote: null,
    fristFamiliemote: null,
    samarbeidsavtale: '',
    fristSamarbeidsavtale: null,
    nesteOppfolging: null,
  };
  w.commit([
    {
      saksnr: c.saksnr,
      row: c.row,
      record,
      log: [
        {
          subDuty: 'følge med',
          event: a.startEvent,
          details: [a.lines.on(formatNorwegian(from)), note ? a.lines.note(note) : '']
            .filter(Boolean)
            .join(' '),
        },
      ],
    },
  ]);
  const now = w.register().current(c.row);
  return done(
    a.started(
      c.saksnr,
      now.fristFamiliemote ? formatNorwegian(now.fristFamiliemote) : '',
      now.fristSamarbeidsavtale ? formatNorwegian(now.fristSamarbeidsavtale) : '',
    ),
  );
}

/** The fields each step asks for, beside the date, the person and the note. */
const STEP_FIELDS: Readonly<Record<AbsenceStepKey, readonly string[]>> = {
  oversikt: ['weekdays', 'subjects', 'extent'],
  'kontakt-hjem': [],
  helsesykepleier: [],
  skolemiljo: ['finding'],
  familiemote: ['next'],
  ppt: ['named'],
  oppfolging: ['next'],
  avslutt: [],
};

/**
 * «Registrer steg i fraværsrutinen …»: one step of the routine (the overview by weekday and subject,
 * contact with home, a conversation with the helsesykepleier, what the investigation of the school
 * environment found, the meeting with the family, PPT, a follow-up, the end). Opened for one step (the
 * `step` argument) it shows only that step's fields; from the menu, every field with the step it is for.
 */
export function openAbsenceStepDialog(c: SelectedCase, t: Messages, ui: Ui, step?: AbsenceStepKey): void {
  if (!inAbsenceRoute(c.record)) throw new UserError(t.absence.notRunning(c.saksnr));
  const a = t.absence;
  const wanted = (name: string) => !step || STEP_FIELDS[step].includes(name);
  const fields: FieldSpec[] = [];
  if (!step)
    fields.push({
      kind: 'radio',
      name: 'step',
      label: a.step,
      options: ABSENCE_STEP_KEYS.map((k) => ({
        value: k,
        label: absenceStep(k).added && !absenceStep(k).source ? `${a.steps[k]} ${a.added}` : a.steps[k],
      })),
      required: true,
    });
  fields.push(
    { kind: 'date', name: 'when', label: a.when, value: systemClock().today, required: true },
    {
      kind: 'text',
      name: 'who',
      label: a.who,
      value: Session.getActiveUser().getEmail(),
      required: true,
      maxLength: 300,
    },
  );
  if (wanted('weekdays'))
    fields.push({
      kind: 'checkboxes',
      name: 'weekdays',
      label: a.weekdays,
      options: a.weekdayNames.map((d) => ({ value: d, label: d })),
    });
  if (wanted('subjects'))
    fields.push({ kind: 'text', name: 'subjects', label: a.subjects, help: a.subjectsHelp, maxLength: 300 });
  if (wanted('extent'))
    fields.push({ kind: 'text', name: 'extent', label: a.extent, help: a.extentHelp, maxLength: 300 });
  if (wanted('finding'))
    fields.push({
      kind: 'radio',
      name: 'finding',
      label: a.finding,
      help: a.findingHelp,
      options: INVESTIGATION_FINDINGS.filter((f) => f !== '').map((f) => ({
        value: f,
        label: a.findings[f],
      })),
      required: step === 'skolemiljo',
    });
  if (wanted('named'))
    fields.push({
      kind: 'radio',
      name: 'named',
      label: a.named,
      help: a.namedHelp,
      options: [
        { value: 'anonym', label: a.namedOptions.anonym },
        { value: 'navn', label: a.namedOptions.navn },
      ],
      value: 'anonym',
    });
  if (wanted('next'))
    fields.push({ kind: 'date', name: 'next', label: a.nextFollowUp, help: a.nextFollowUpHelp });
  fields.push({
    kind: 'textarea',
    name: 'note',
    label: a.note,
    help: a.noteHelp,
    rows: 3,
    maxLength: MAX_REASON,
    required: step === 'avslutt',
  });
  showFormDialog(
    ui,
    {
      action: 'absenceStep',
      context: context(c, step ? { step } : {}),
      intro: step ? `${a.steps[step]}. ${a.stepIntro}` : a.stepIntro,
      fields,
    },
    t,
    a.stepTitle(c.saksnr),
    step ? 520 : 760,
  );
}

export function submitAbsenceStep(p: FormPayload, w: Work): FormResult {
  const { t } = w;
  const a = t.absence;
  const c = caseOfDialog(p, w);
  if (!inAbsenceRoute(c.record)) throw new UserError(a.notRunning(c.saksnr));
  const preset = p.context['step'];
  const step =
    preset && (ABSENCE_STEP_KEYS as readonly string[]).includes(preset)
      ? (preset as AbsenceStepKey)
      : choice<AbsenceStepKey>(p, 'step', ABSENCE_STEP_KEYS, t);
  const when = date(p, 'when', t);
  if (!when) throw new FieldError('when', t.dialogs.fieldRequired);
  if (when > w.clock.today) throw new FieldError('when', a.future);
  const who = required(p, 'who', t).trim();
  const note = text(p, 'note').trim();
  if (note.length > MAX_REASON) throw new FieldError('note', t.cases.reasonTooLong(MAX_REASON));
  const next = date(p, 'next', t);
  if (next && next <= when) throw new FieldError('next', a.pastFollowUp);

  let record: CaseRecord = c.record;
  const lines: string[] = [a.lines.on(formatNorwegian(when)), a.lines.by(who)];
  switch (step) {
    case 'oversikt': {
      const pattern = [
        list(p, 'weekdays').length ? a.lines.weekdays(list(p, 'weekdays').join(', ')) : '',
        text(p, 'subjects').trim() ? a.lines.subjects(text(p, 'subjects').trim()) : '',
        text(p, 'extent').trim() ? a.lines.extent(text(p, 'extent').trim()) : '',
      ].filter(Boolean);
      if (pattern.length > 0) lines.push(a.lines.pattern(pattern.join('; ')));
      break;
    }
    case 'skolemiljo': {
      const finding = text(p, 'finding');
      if (!finding) throw new FieldError('finding', a.findingRequired);
      const f = choice<Exclude<InvestigationFinding, ''>>(
        p,
        'finding',
        ['Trygt og godt', 'Ikke trygt og godt'],
        t,
      );
      record = { ...record, undersokelsenViste: f };
      // The school environment has been investigated: the case is at least under investigation.
      if (record.status === 'Meldt') {
        const moved = moveStatus(record, 'Undersøkes', w.clock.today);
        if (moved.ok) record = moved.record;
      }
      lines.push(a.lines.finding(a.findings[f]));
      if (record.status !== c.record.status) lines.push(`Status: ${c.record.status} → ${record.status}.`);
      break;
    }
    case 'familiemote':
      record = {
        ...record,
        familiemote: record.familiemote ?? when,
        ...(next ? { nesteOppfolging: next } : {}),
      };
      break;
    case 'ppt': {
      const named = choice<'anonym' | 'navn'>(p, 'named', ['anonym', 'navn'], t);
      // The student is named to PPT only with the family's consent (consent.ts).
      if (
        named === 'navn' &&
        !consentFor(record.samtykke, 'PPT') &&
        !consentFor(record.samtykke, 'Skolevegringsteamet i PPT')
      )
        throw new FieldError('named', a.noConsent);
      lines.push(a.lines.named(a.namedOptions[named]));
      break;
    }
    case 'oppfolging':
      record = { ...record, nesteOppfolging: next };
      break;
    case 'avslutt':
      if (!note) throw new FieldError('note', a.endNoteRequired);
      record = { ...record, fravaer: 'Avsluttet', nesteOppfolging: null };
      break;
    default:
      break;
  }
  if (next && (step === 'familiemote' || step === 'oppfolging'))
    lines.push(a.lines.next(formatNorwegian(next)));
  if (note) lines.push(a.lines.note(note));
  w.commit([
    {
      saksnr: c.saksnr,
      ...(record !== c.record ? { row: c.row, record } : {}),
      log: [{ subDuty: absenceStep(step).subDuty, event: stepEvent(t, step), details: lines.join(' ') }],
    },
  ]);
  if (step === 'avslutt') return done(a.ended(c.saksnr));
  return done(next ? a.doneNext(c.saksnr, formatNorwegian(next)) : a.done(c.saksnr));
}
