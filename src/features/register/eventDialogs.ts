import { type CaseRecord, hasPlan, skoleeierMustKnow } from '../../domain/cases/caseRecord';
import { SUB_DUTIES, type SubDuty } from '../../domain/cases/lifecycle';
import {
  DELIVERY_ACTIONS,
  DELIVERY_WAYS,
  type DeliveryWay,
  HEARD_ANSWERS,
  SCHOOL_ACTIONS,
  type SchoolAction,
  suggestedSubDuty,
} from '../../domain/cases/schoolActions';
import { formatNorwegian } from '../../domain/time/localDate';
import { systemClock } from '../../gas/clock';
import type { Messages } from '../../i18n';
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
import { caseOfDialog, type SelectedCase } from './selectedCase';
import type { Work } from './work';

type Ui = GoogleAppsScript.Base.Ui;

/**
 * «Registrer hendelse …»: what the school did, when, by whom and under which sub-duty (a talk with the
 * student, with other students, with the one complained about, with the parents; an observation; an
 * intervention; contact with PPT or the school nurse). It goes into «Logg» and so into «Dokumentasjon
 * av aktivitetsplikten», where it shows in the chronology under its sub-duty.
 */
export function openEventDialog(c: SelectedCase, t: Messages, ui: Ui, preset?: SchoolAction): void {
  const e = t.events;
  showFormDialog(
    ui,
    {
      action: 'event',
      context: { saksnr: c.saksnr, row: String(c.row.sheetRow) },
      intro: e.intro,
      fields: [
        {
          kind: 'select',
          name: 'what',
          label: e.what,
          options: SCHOOL_ACTIONS.map((a) => ({ value: a.key, label: e.actions[a.key] })),
          ...(preset ? { value: preset } : {}),
          required: true,
        },
        {
          kind: 'radio',
          name: 'subDuty',
          label: e.subDuty,
          help: e.subDutyHelp,
          options: SUB_DUTIES.map((d) => ({ value: d, label: e.subDuties[d] })),
          value: preset ? suggestedSubDuty(preset) : 'undersøke',
          required: true,
        },
        { kind: 'date', name: 'when', label: e.when, value: systemClock().today, required: true },
        {
          kind: 'text',
          name: 'who',
          label: e.who,
          value: Session.getActiveUser().getEmail(),
          required: true,
          maxLength: 300,
        },
        // Opened for one action (a sidebar button), the dialog asks only what that action needs.
        ...(!preset || preset === 'samtale-elev'
          ? [
              {
                kind: 'radio' as const,
                name: 'heard',
                label: e.heard,
                help: e.heardHelp,
                options: HEARD_ANSWERS.map((h) => ({ value: h, label: e.heardAnswer(h) })),
                value: 'Ikke relevant',
              },
            ]
          : []),
        ...(!preset || DELIVERY_ACTIONS.includes(preset)
          ? [
              {
                kind: 'radio' as const,
                name: 'how',
                label: e.how,
                help: e.howHelp,
                options: DELIVERY_WAYS.map((x) => ({ value: x, label: e.ways[x] })),
              },
            ]
          : []),
        { kind: 'textarea', name: 'note', label: e.note, help: e.noteHelp, rows: 4, maxLength: 2000 },
      ],
    },
    t,
    e.title(c.saksnr),
    720,
  );
}

export function submitEvent(p: FormPayload, w: Work): FormResult {
  const e = w.t.events;
  const c = caseOfDialog(p, w);
  const what = choice<SchoolAction>(
    p,
    'what',
    SCHOOL_ACTIONS.map((a) => a.key),
    w.t,
  );
  const subDuty = choice<SubDuty>(p, 'subDuty', SUB_DUTIES, w.t);
  const when = date(p, 'when', w.t);
  if (!when) throw new FieldError('when', w.t.dialogs.fieldRequired);
  if (when > w.clock.today) throw new FieldError('when', e.future);
  const who = required(p, 'who', w.t).trim();
  const heard = text(p, 'heard');
  const note = text(p, 'note').trim();
  if (note.length > 2000) throw new FieldError('note', w.t.cases.reasonTooLong(2000));
  // The parents were told, or received the plan or the evaluation (legal review G4): the register keeps
  // the dates, and how a document went home (a meeting or secure digital mail, never an attachment).
  const delivery = DELIVERY_ACTIONS.includes(what);
  let how: DeliveryWay | null = null;
  if (delivery) {
    if (!text(p, 'how')) throw new FieldError('how', e.howRequired);
    how = choice<DeliveryWay>(p, 'how', DELIVERY_WAYS, w.t);
  }
  if (what === 'plan-gitt-foresatte' && !hasPlan(c.record)) throw new FieldError('what', e.noPlan);
  if (what === 'evaluering-gitt-foresatte' && !c.record.sistEvaluert)
    throw new FieldError('what', e.noEvaluation);
  const record = parentsRecord(c.record, what, when);
  const details = [
    e.on(formatNorwegian(when)),
    e.by(who),
    what === 'samtale-elev' && heard && heard !== 'Ikke relevant' ? e.heardLine(e.heardAnswer(heard)) : '',
    how ? e.howLine(e.ways[how]) : '',
    note ? e.noteLine(note) : '',
  ]
    .filter(Boolean)
    .join(' ');
  w.commit([
    {
      saksnr: c.saksnr,
      ...(record ? { row: c.row, record } : {}),
      log: [{ subDuty, event: e.actions[what], details }],
    },
  ]);
  return done(e.done(c.saksnr));
}

/** The register's dates for the parents: the first time they were told, the latest plan and evaluation given. */
function parentsRecord(
  c: CaseRecord,
  what: SchoolAction,
  when: CaseRecord['rektorKjent'],
): CaseRecord | null {
  if (!when) return null;
  const later = (d: CaseRecord['rektorKjent']) => !d || when > d;
  if (what === 'foresatte-informert' && (!c.foresatteInformert || when < c.foresatteInformert))
    return { ...c, foresatteInformert: when };
  if (what === 'plan-gitt-foresatte' && later(c.planGittForesatte))
    return { ...c, planGittForesatte: when, foresatteInformert: c.foresatteInformert ?? when };
  if (what === 'evaluering-gitt-foresatte' && later(c.evalueringGittForesatte))
    return { ...c, evalueringGittForesatte: when, foresatteInformert: c.foresatteInformert ?? when };
  return null;
}

/**
 * «Skoleeier er varslet …» (§§ 12-4 and 12-5): the rektor records the day, how and to whom skoleeier
 * was told. The same-day deadline in «Frist skoleeier» then stops being red, and the log has it under
 * «melde».
 */
export function openSkoleeierNotifiedDialog(c: SelectedCase, t: Messages, ui: Ui): void {
  const s = t.skoleeierNotified;
  showFormDialog(
    ui,
    {
      action: 'skoleeierNotified',
      context: { saksnr: c.saksnr, row: String(c.row.sheetRow) },
      intro: skoleeierMustKnow(c.record) ? s.introMust : s.introMay,
      fields: [
        { kind: 'date', name: 'when', label: s.when, value: systemClock().today, required: true },
        {
          kind: 'radio',
          name: 'how',
          label: s.how,
          options: s.ways.map((x) => ({ value: x, label: x })),
          required: true,
        },
        {
          kind: 'text',
          name: 'to',
          label: s.to,
          value: c.settings.skoleeierEmail,
          required: true,
          maxLength: 300,
        },
        {
          kind: 'radio',
          name: 'serious',
          label: s.serious,
          help: s.seriousHelp,
          options: [
            { value: 'Ja', label: 'Ja' },
            { value: 'Nei', label: 'Nei' },
          ],
          value: c.record.alvorligSak || skoleeierMustKnow(c.record) ? 'Ja' : 'Nei',
        },
      ],
    },
    t,
    s.title(c.saksnr),
    520,
  );
}

export function submitSkoleeierNotified(p: FormPayload, w: Work): FormResult {
  const s = w.t.skoleeierNotified;
  const c = caseOfDialog(p, w);
  const when = date(p, 'when', w.t);
  if (!when) throw new FieldError('when', w.t.dialogs.fieldRequired);
  if (when > w.clock.today) throw new FieldError('when', w.t.events.future);
  const how = choice(p, 'how', s.ways, w.t);
  const to = required(p, 'to', w.t).trim();
  const record: CaseRecord = {
    ...c.record,
    skoleeierVarslet: when,
    alvorligSak: text(p, 'serious') === 'Ja',
  };
  w.commit([
    {
      saksnr: c.saksnr,
      row: c.row,
      record,
      log: [{ subDuty: 'melde', event: s.event, details: s.details(formatNorwegian(when), how, to) }],
    },
  ]);
  return done(s.done(c.saksnr));
}
