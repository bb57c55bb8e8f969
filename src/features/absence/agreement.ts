import { defaultFollowUp } from '../../domain/cases/absence';
import { type CaseRecord, hasPlan, inAbsenceRoute } from '../../domain/cases/caseRecord';
import { isBarnevernService, parseConsents, SERVICES } from '../../domain/cases/consent';
import { agreementValues } from '../../domain/documents/documentData';
import { formatNorwegian } from '../../domain/time/localDate';
import { systemClock } from '../../gas/clock';
import type { Messages } from '../../i18n';
import {
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
import {
  anonymityNote,
  caseInput,
  caseJob,
  findNames,
  madeMessage,
  makeCaseDocument,
  replaceNames,
  requireNamed,
  schoolOf,
} from '../documents/caseJob';
import { caseLogRows } from '../log/caseLog';
import { activeMeasures, caseMeasures, folderOwners, measuresTable } from '../measures/measures';
import { UserError } from '../menu/userError';
import { caseByNumber, type SelectedCase } from '../register/selectedCase';
import type { Work } from '../register/work';
import { routineDone } from './routine';

type Ui = GoogleAppsScript.Base.Ui;

const LONG = 2_000;

/**
 * «Lag samarbeidsavtale …»: the written agreement of the absence routine (the source's «samarbeidskontrakt
 * med eleven», 000:1978-1984), written with the student and the parents: the absence as it is, the goal,
 * the student's own account (§ 10-1), what the school, the home and the student each do, and when they
 * meet again. The agreement goes home, so other students' names are replaced and barnevernet is never in
 * it; it lists the services the family has consented to.
 */
export function openAgreementDialog(c: SelectedCase, t: Messages, ui: Ui): void {
  if (!inAbsenceRoute(c.record)) throw new UserError(t.absence.notRunning(c.saksnr));
  const g = t.agreement;
  const today = systemClock().today;
  const pattern = routineDone(caseLogRows(c.ss, c.saksnr)).pattern;
  showFormDialog(
    ui,
    {
      action: 'agreement',
      context: { saksnr: c.saksnr, row: String(c.row.sheetRow) },
      intro: g.intro,
      fields: [
        { kind: 'date', name: 'date', label: g.date, value: today, required: true },
        { kind: 'text', name: 'participants', label: g.participants, required: true, maxLength: 500 },
        {
          kind: 'textarea',
          name: 'pattern',
          label: g.pattern,
          help: g.patternHelp,
          value: pattern,
          rows: 2,
          required: true,
          maxLength: LONG,
        },
        { kind: 'textarea', name: 'goal', label: g.goal, rows: 2, required: true, maxLength: LONG },
        {
          kind: 'textarea',
          name: 'student',
          label: g.student,
          help: g.studentHelp,
          rows: 3,
          required: true,
          maxLength: LONG,
        },
        { kind: 'textarea', name: 'parents', label: g.parents, rows: 2, maxLength: LONG },
        { kind: 'textarea', name: 'school', label: g.school, rows: 3, required: true, maxLength: LONG },
        { kind: 'textarea', name: 'home', label: g.home, rows: 2, required: true, maxLength: LONG },
        { kind: 'textarea', name: 'studentDoes', label: g.studentDoes, rows: 2, maxLength: LONG },
        {
          kind: 'date',
          name: 'followUp',
          label: g.followUp,
          value: defaultFollowUp(today, c.settings.calendar),
          required: true,
        },
        { kind: 'text', name: 'followUpHow', label: g.followUpHow, help: g.followUpHowHelp, maxLength: 500 },
        { kind: 'textarea', name: 'other', label: g.other, rows: 2, maxLength: LONG },
        {
          kind: 'checkboxes',
          name: 'options',
          label: g.options,
          options: [
            { value: 'meeting', label: g.inMeeting },
            { value: 'replaceNames', label: g.replaceNames },
            { value: 'pdf', label: g.pdf },
          ],
          value: ['meeting', 'replaceNames', 'pdf'],
        },
      ],
    },
    t,
    g.title(c.saksnr),
    900,
    { submit: g.submit },
  );
}

export function submitAgreement(p: FormPayload, w: Work): FormResult {
  const { t, settings } = w;
  const g = t.agreement;
  const c = caseByNumber(t, p.context['saksnr'] ?? '', Number(p.context['row'] ?? 0) || undefined, {
    ss: w.ss,
    register: w.register(),
    settings,
  });
  if (!inAbsenceRoute(c.record)) throw new UserError(t.absence.notRunning(c.saksnr));
  const when = date(p, 'date', t);
  if (!when) throw new FieldError('date', t.dialogs.fieldRequired);
  if (when > w.clock.today) throw new FieldError('date', t.absence.future);
  const followUp = date(p, 'followUp', t);
  if (!followUp) throw new FieldError('followUp', t.dialogs.fieldRequired);
  if (followUp <= when) throw new FieldError('followUp', g.pastFollowUp);
  const texts = {
    participants: required(p, 'participants', t),
    pattern: required(p, 'pattern', t),
    goal: required(p, 'goal', t),
    student: required(p, 'student', t),
    parents: text(p, 'parents'),
    school: required(p, 'school', t),
    home: required(p, 'home', t),
    studentDoes: text(p, 'studentDoes'),
    followUpHow: text(p, 'followUpHow'),
    other: text(p, 'other'),
  };
  for (const [name, value] of Object.entries(texts))
    if (value.length > LONG) throw new FieldError(name, t.cases.reasonTooLong(LONG));
  const options = list(p, 'options');

  // The agreement goes home: other students are not named (the choice and the count are logged).
  const { participants, ...content } = texts;
  const findings = findNames(c, Object.values(content), c.record.elev, [settings.schoolName, participants]);
  const replace = options.includes('replaceNames');
  const clean = (s: string) => replaceNames(s, replace ? findings : []);

  const consents = parseConsents(c.record.samtykke);
  const samarbeid = SERVICES.filter(
    (s) => s !== 'Ressursteamet' && !isBarnevernService(s) && consents.has(s),
  ).map((s) => ({ tjeneste: t.consent.serviceNames[s], samtykke: consents.get(s)! }));
  // The agreement goes home: it names the contact person by name and role («Personale»), not by address.
  const school = schoolOf(w);
  const ansvarlig = c.record.ansvarlig || w.user;
  requireNamed(school.people, [ansvarlig], t);
  const values = agreementValues({
    lang: settings.language,
    school,
    case: caseInput(c.record, settings.language),
    date: when,
    ansvarlig,
    deltakere: clean(participants),
    fraværsbilde: clean(texts.pattern),
    mål: clean(texts.goal),
    elevensBeskrivelse: clean(texts.student),
    foresattesSyn: clean(texts.parents),
    skolensAnsvar: clean(texts.school),
    hjemmetsAnsvar: clean(texts.home),
    elevensAnsvar: clean(texts.studentDoes),
    nesteOppfølging: followUp,
    oppfølging: clean(texts.followUpHow),
    aktivitetsplan: hasPlan(c.record) ? c.record.planIverksatt : null,
    merknader: clean(texts.other),
    samarbeid,
  });
  const job = caseJob(w, c);
  const version = (job.docs.versions.samarbeidsavtale ?? 0) + 1;
  const measures = activeMeasures(caseMeasures(measuresTable(c.ss), c.saksnr));
  const made = makeCaseDocument(job, 'samarbeidsavtale', values, {
    pdf: options.includes('pdf'),
    measureOwners: folderOwners(measures),
    request: p.requestId,
    note: anonymityNote(findings, findings.length > 0 ? (replace ? 'replace' : 'keep') : undefined),
  });
  const record: CaseRecord = {
    ...c.record,
    samarbeidsavtale: { url: made.generated.url, label: `Samarbeidsavtale v${version}` },
    nesteOppfolging: followUp,
    // Written in the meeting with the student and the parents: the meeting is held.
    ...(options.includes('meeting') && !c.record.familiemote ? { familiemote: when } : {}),
  };
  w.commit([{ saksnr: c.saksnr, row: c.row, record, log: [made.log] }]);
  const next = [g.next(formatNorwegian(followUp)), made.sharingNote].filter((x) => x !== '').join('\n\n');
  return done(madeMessage(t, made.generated, next), {
    url: made.generated.url,
    text: made.generated.name,
  });
}
