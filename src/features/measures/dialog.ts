import type { CaseRecord } from '../../domain/cases/caseRecord';
import {
  changeConsent,
  consentFor,
  MEASURE_SERVICES,
  MEASURE_TYPES,
  type MeasureType,
  needsConsent,
  type Service,
  sharesFolder,
} from '../../domain/cases/consent';
import { defaultNextEvaluation } from '../../domain/cases/deadlines';
import type { MeasureLevel } from '../../domain/documents/documentData';
import { MEASURE_LEVELS } from '../../domain/documents/measures';
import { personLabel } from '../../domain/people/people';
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
import { shareCaseWithItsPeople } from '../documents/caseSharing';
import { UserError } from '../menu/userError';
import { readPeople } from '../people/peopleSheet';
import { MAX_REASON } from '../register/caseActions';
import { caseByNumber, type SelectedCase } from '../register/selectedCase';
import type { Work } from '../register/work';
import { measureRow } from './measures';

/**
 * «Nytt tiltak …»: one form for a measure (what, level, who, when, evaluated when) instead of five
 * prompts. The measure goes into «Tiltak» and the next aktivitetsplan; the log names the level, the
 * people and the dates, never the measure's text (it may describe students).
 */
export function openMeasureDialog(c: SelectedCase, t: Messages, ui: GoogleAppsScript.Base.Ui): void {
  if (c.record.status === 'Avsluttet') throw new UserError(t.measures.closedCase(c.saksnr));
  const today = systemClock().today;
  const planned = c.record.nesteEvaluering;
  const evaluation =
    planned && planned >= today
      ? planned
      : defaultNextEvaluation(today, c.settings.deadlines, c.settings.calendar);
  const people = readPeople(c.ss, c.settings).list;
  showFormDialog(
    ui,
    {
      action: 'measure',
      context: { saksnr: c.saksnr, row: String(c.row.sheetRow) },
      fields: [
        {
          kind: 'textarea',
          name: 'tiltak',
          label: t.measures.askWhat,
          required: true,
          maxLength: MAX_REASON,
          rows: 3,
        },
        {
          kind: 'radio',
          name: 'niva',
          label: t.measures.levelLabel,
          options: MEASURE_LEVELS.map((l) => ({ value: l, label: t.measures.levels[l] })),
          value: 'individ',
          required: true,
          help: t.measures.levelHelp,
        },
        {
          kind: 'radio',
          name: 'type',
          label: t.measures.typeLabel,
          help: t.measures.typeHelp,
          options: MEASURE_TYPES.map((x) => ({ value: x, label: t.measures.types[x] })),
          value: 'Tiltak',
        },
        {
          kind: 'select',
          name: 'tjeneste',
          label: t.measures.serviceLabel,
          help: t.measures.serviceHelp,
          options: [
            { value: '', label: t.measures.serviceNone },
            ...MEASURE_SERVICES.map((x) => ({ value: x, label: t.consent.serviceNames[x] })),
          ],
          value: '',
        },
        {
          kind: 'date',
          name: 'samtykke',
          label: t.measures.consentLabel,
          help: t.measures.consentHelp,
        },
        {
          kind: 'text',
          name: 'hvem',
          label: t.measures.whoLabel,
          help: t.measures.whoHelp,
          maxLength: 500,
          suggestions: people.map((p) => ({ value: p.email, label: personLabel(p) })),
        },
        { kind: 'date', name: 'fra', label: t.measures.fromLabel, value: today, required: true },
        { kind: 'date', name: 'til', label: t.measures.toLabel, help: t.measures.toHelp },
        {
          kind: 'date',
          name: 'evalueres',
          label: t.measures.evaluationLabel,
          value: evaluation,
          required: true,
        },
      ],
    },
    t,
    t.measures.title(c.saksnr),
    760,
  );
}

export function submitMeasure(p: FormPayload, w: Work): FormResult {
  const { t } = w;
  const saksnr = p.context['saksnr'] ?? '';
  const c = caseByNumber(t, saksnr, Number(p.context['row'] ?? 0) || undefined, {
    ss: w.ss,
    register: w.register(),
    settings: w.settings,
  });
  if (c.record.status === 'Avsluttet') throw new UserError(t.measures.closedCase(saksnr));
  const what = required(p, 'tiltak', t);
  if (what.length > MAX_REASON) throw new FieldError('tiltak', t.measures.tooLong(MAX_REASON));
  const level = choice<MeasureLevel>(p, 'niva', MEASURE_LEVELS, t);
  const who = text(p, 'hvem').trim();
  const from = date(p, 'fra', t) ?? w.clock.today;
  const to = date(p, 'til', t);
  if (to && to < from) throw new FieldError('til', t.measures.toBeforeFrom);
  const evaluation = date(p, 'evalueres', t);
  if (!evaluation) throw new FieldError('evalueres', t.dialogs.fieldRequired);
  const span = `${formatNorwegian(from)}–${to ? formatNorwegian(to) : ''}`;
  const service = serviceOf(p, c.record, w);
  w.commit([
    {
      saksnr,
      ...(service.record ? { row: c.row, record: service.record } : {}),
      measures: [
        measureRow(saksnr, {
          tiltak: what,
          niva: level,
          hvem: who,
          fra: from,
          til: to,
          evalueres: evaluation,
          type: service.type,
          tjeneste: service.service,
          samtykke: service.consent,
        }),
      ],
      log: [
        {
          subDuty: 'tiltak',
          event: 'Tiltak lagt til',
          details: `Nivå: ${level}. Hvem: ${who || '–'}. Periode: ${span}. Evalueres: ${formatNorwegian(evaluation)}.${service.line}`,
        },
        ...(service.consentLog ? [service.consentLog] : []),
      ],
    },
  ]);
  // A service never gets the case folder: only the people carrying out the school's own measures.
  shareCaseWithItsPeople(w, c.record, null, { newOwners: who && sharesFolder(service.type) ? [who] : [] });
  return done(t.measures.added(saksnr, formatNorwegian(evaluation)));
}

/**
 * The kind of measure and, for a referral or cooperation, the family's consent (legal review G7). A
 * referral or cooperation names the student to the service: refused without a consent date, typed here
 * or already in «Samtykke». A consent typed here is added to the case's «Samtykke» and logged.
 */
function serviceOf(
  p: FormPayload,
  c: CaseRecord,
  w: Work,
): {
  type: MeasureType;
  service: string;
  consent: ReturnType<typeof consentFor>;
  record: CaseRecord | null;
  line: string;
  consentLog: { subDuty: 'tiltak'; event: string; details: string } | null;
} {
  const { t } = w;
  const type = text(p, 'type') ? choice<MeasureType>(p, 'type', MEASURE_TYPES, t) : 'Tiltak';
  const picked = text(p, 'tjeneste');
  if (type === 'Tiltak') {
    if (picked) throw new FieldError('tjeneste', t.measures.serviceForSchoolMeasure);
    return { type, service: '', consent: null, record: null, line: '', consentLog: null };
  }
  if (!picked) throw new FieldError('tjeneste', t.consent.serviceRequired);
  const service = choice<Service>(p, 'tjeneste', MEASURE_SERVICES, t);
  const typed = date(p, 'samtykke', t);
  if (typed && typed > w.clock.today) throw new FieldError('samtykke', t.consent.future);
  const known = consentFor(c.samtykke, service);
  const consent = needsConsent(type) ? (typed ?? known) : null;
  if (needsConsent(type) && !consent)
    throw new FieldError('samtykke', t.consent.required(t.consent.serviceNames[service]));
  const record =
    typed && needsConsent(type) && typed !== known
      ? { ...c, samtykke: changeConsent(c.samtykke, service, typed) }
      : null;
  return {
    type,
    service,
    consent,
    record,
    line: t.measures.serviceLine(
      t.measures.types[type],
      t.consent.serviceNames[service],
      consent ? formatNorwegian(consent) : '',
    ),
    consentLog: record
      ? {
          subDuty: 'tiltak',
          event: t.consent.given,
          details: t.consent.details(service, formatNorwegian(typed!), t.consent.givenByOptions.foresatte),
        }
      : null,
  };
}
