import type { CaseRecord } from '../../domain/cases/caseRecord';
import type { SubDuty } from '../../domain/cases/lifecycle';
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
  showFormDialog,
  text,
} from '../dialogs/formDialog';
import { measureRow } from '../measures/measures';
import { IMPOSED_BY_STATSFORVALTER } from '../measures/measuresSheet';
import { MAX_REASON } from './caseActions';
import type { SelectedCase } from './selectedCase';
import { caseByNumber } from './selectedCase';
import type { Work } from './work';

type Ui = GoogleAppsScript.Base.Ui;

/** What happened at Statsforvalteren, in the order it happens. */
export const STATSFORVALTER_EVENTS = ['meldt', 'dokumentasjon', 'vedtak'] as const;
export type StatsforvalterEvent = (typeof STATSFORVALTER_EVENTS)[number];

/**
 * Where each event goes in the documentation: the family's report and the school's documentation are
 * reports (melde); a vedtak imposes measures (tiltak).
 */
const SUB_DUTY: Readonly<Record<StatsforvalterEvent, SubDuty>> = {
  meldt: 'melde',
  dokumentasjon: 'melde',
  vedtak: 'tiltak',
};

const MAX_NOTE = 2_000;

/** The step a case is most likely at: reported, then documentation sent, then the vedtak. */
function nextEvent(c: CaseRecord): StatsforvalterEvent {
  if (!c.statsforvalterMeldt) return 'meldt';
  if (!c.dokumentasjonSendt) return 'dokumentasjon';
  return 'vedtak';
}

/**
 * «Registrer Statsforvalteren …» (opplæringslova § 12-6): the family reported the case to
 * Statsforvalteren (with the deadline its letter sets for the school's documentation), the school sent
 * the documentation, or the vedtak came (with the measures it imposes, each a «Tiltak» row marked
 * «Pålagt av Statsforvalteren»). Any status, a closed case too: a family may complain after closing, and
 * the dialog reopens nothing.
 */
export function openStatsforvalterDialog(c: SelectedCase, t: Messages, ui: Ui): void {
  const s = t.statsforvalter;
  showFormDialog(
    ui,
    {
      action: 'statsforvalter',
      context: { saksnr: c.saksnr, row: String(c.row.sheetRow) },
      intro: s.intro,
      fields: [
        {
          kind: 'radio',
          name: 'what',
          label: s.what,
          options: STATSFORVALTER_EVENTS.map((e) => ({ value: e, label: s.whats[e] })),
          value: nextEvent(c.record),
          required: true,
        },
        {
          kind: 'date',
          name: 'when',
          label: s.when,
          help: s.whenHelp,
          value: systemClock().today,
          required: true,
        },
        {
          kind: 'date',
          name: 'deadline',
          label: s.deadline,
          help: s.deadlineHelp,
          ...(c.record.fristStatsforvalter ? { value: c.record.fristStatsforvalter } : {}),
        },
        {
          kind: 'textarea',
          name: 'measures',
          label: s.measures,
          help: s.measuresHelp,
          rows: 4,
          maxLength: 10 * MAX_REASON,
        },
        { kind: 'date', name: 'measuresDeadline', label: s.measuresDeadline },
        { kind: 'textarea', name: 'note', label: s.note, help: s.noteHelp, rows: 3, maxLength: MAX_NOTE },
      ],
    },
    t,
    s.title(c.saksnr),
    720,
  );
}

export function submitStatsforvalter(p: FormPayload, w: Work): FormResult {
  const s = w.t.statsforvalter;
  const c = caseByNumber(w.t, p.context['saksnr'] ?? '', Number(p.context['row'] ?? 0) || undefined, {
    ss: w.ss,
    register: w.register(),
    settings: w.settings,
  });
  const what = choice<StatsforvalterEvent>(p, 'what', STATSFORVALTER_EVENTS, w.t);
  const when = date(p, 'when', w.t);
  if (!when) throw new FieldError('when', w.t.dialogs.fieldRequired);
  if (when > w.clock.today) throw new FieldError('when', w.t.events.future);

  // The deadline belongs to the report; an unchanged pre-filled deadline is no error on another event.
  const deadline = date(p, 'deadline', w.t);
  if (what === 'meldt' && deadline && deadline < when) throw new FieldError('deadline', s.deadlineBefore);
  if (what !== 'meldt' && deadline && deadline !== c.record.fristStatsforvalter)
    throw new FieldError('deadline', s.deadlineOnlyMeldt);

  // One imposed measure per line, each stored as typed.
  const lines = text(p, 'measures')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const measuresDeadline = date(p, 'measuresDeadline', w.t);
  if (lines.length > 0 && what !== 'vedtak') throw new FieldError('measures', s.measuresOnlyVedtak);
  if (measuresDeadline && what !== 'vedtak')
    throw new FieldError('measuresDeadline', s.measuresDeadlineOnlyVedtak);
  if (lines.some((l) => l.length > MAX_REASON))
    throw new FieldError('measures', s.measureTooLong(MAX_REASON));
  if (lines.length > 0 && !measuresDeadline)
    throw new FieldError('measuresDeadline', s.measuresDeadlineRequired);
  if (measuresDeadline && measuresDeadline < when)
    throw new FieldError('measuresDeadline', s.measuresDeadlineBefore);

  const note = text(p, 'note').trim();
  if (note.length > MAX_NOTE) throw new FieldError('note', w.t.cases.reasonTooLong(MAX_NOTE));

  const record: CaseRecord =
    what === 'meldt'
      ? {
          ...c.record,
          statsforvalterMeldt: when,
          fristStatsforvalter: deadline ?? c.record.fristStatsforvalter,
        }
      : what === 'dokumentasjon'
        ? { ...c.record, dokumentasjonSendt: when }
        : { ...c.record, statsforvalterVedtak: when };
  const details = [
    s.on(formatNorwegian(when)),
    what === 'meldt' && record.fristStatsforvalter
      ? s.deadlineLine(formatNorwegian(record.fristStatsforvalter))
      : '',
    lines.length > 0 && measuresDeadline
      ? s.measuresLine(lines.length, formatNorwegian(measuresDeadline))
      : '',
    note ? s.noteLine(note) : '',
  ]
    .filter(Boolean)
    .join(' ');
  w.commit([
    {
      saksnr: c.saksnr,
      row: c.row,
      record,
      // The log names how many and by when, never the measures' text (it may describe students).
      measures: lines.map((tiltak) =>
        measureRow(c.saksnr, {
          tiltak,
          niva: '',
          hvem: '',
          fra: when,
          til: measuresDeadline,
          evalueres: measuresDeadline,
          kilde: IMPOSED_BY_STATSFORVALTER,
        }),
      ),
      log: [{ subDuty: SUB_DUTY[what], event: s.events[what], details }],
    },
  ]);
  const message =
    what === 'meldt'
      ? s.done.meldt(c.saksnr, record.fristStatsforvalter ? formatNorwegian(record.fristStatsforvalter) : '')
      : what === 'dokumentasjon'
        ? s.done.dokumentasjon(c.saksnr)
        : s.done.vedtak(c.saksnr, lines.length);
  return done(message);
}
