import { absencePending } from '../../domain/cases/absence';
import { type CaseRecord, hasAgreement, inAbsenceRoute } from '../../domain/cases/caseRecord';
import { consentFor } from '../../domain/cases/consent';
import { deadlineAlerts, STEPS } from '../../domain/cases/deadlines';
import { nextSteps } from '../../domain/cases/nextSteps';
import { documentFileName, GENERATED, parseCaseDocs } from '../../domain/documents/caseDocuments';
import { type AgendaCaseInput, agendaValues } from '../../domain/documents/documentData';
import { CATEGORIES } from '../../domain/intake/questions';
import { addDays, formatNorwegian, type LocalDate, localDateOf } from '../../domain/time/localDate';
import { cellDate, cellText } from '../../gas/cellValues';
import { systemClock } from '../../gas/clock';
import { Table } from '../../gas/table';
import type { Messages } from '../../i18n';
import {
  date,
  done,
  FieldError,
  type FormPayload,
  type FormResult,
  showFormDialog,
  text,
} from '../dialogs/formDialog';
import { knownFolder, liveFolder, ROOT_KEY } from '../documents/drive';
import { generateDocument } from '../documents/generate';
import { caseMeasures, measuresTable } from '../measures/measures';
import type { CaseRow } from '../register/register';
import type { Work } from '../register/work';
import { WHEEL_COL, WHEEL_SHEET } from '../wheel/wheelSheet';

type Ui = GoogleAppsScript.Base.Ui;

/** Drive folder of the agendas (under the Skolemiljø folder, shared with the leadership). */
export const AGENDA_FOLDER_KEY = 'docs:ressursteam';
/** When the last agenda was made (milliseconds): the next one's «new since». */
export const AGENDA_LAST_KEY = 'agenda:last';
const agendaDocsKey = (meeting: LocalDate) => `docs:agenda:${meeting}`;

/** The årshjul's resource-team row: its sheet row, and the next meeting it plans. */
function wheelRow(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): { row: number; next: LocalDate | null } | null {
  const sheet = ss.getSheetByName(WHEEL_SHEET.name);
  if (!sheet || sheet.getLastRow() < 2) return null;
  const table = Table.read(sheet, { formulas: false });
  for (let i = 0; i < table.rowCount; i++) {
    if (/ressursteam/i.test(cellText(table.get(i, WHEEL_COL.aktivitet))))
      return { row: table.sheetRow(i), next: cellDate(table.get(i, WHEEL_COL.neste)) };
  }
  return null;
}

/**
 * «Lag sakliste for ressursteamet» (legal review G9): the agenda of the fortnightly resource-team meeting
 * (the source's «Ressursteam hver 14. dag», 002:440-454, 851-861; «Rektor … informerer ressursgruppa»,
 * 002:1319-1321). The meeting date is the årshjul's next resource-team meeting when there is one.
 */
export function openAgendaDialog(t: Messages, ui: Ui): void {
  const g = t.agenda;
  const today = systemClock().today;
  const planned = wheelRow(SpreadsheetApp.getActiveSpreadsheet())?.next;
  showFormDialog(
    ui,
    {
      action: 'agenda',
      context: {},
      intro: g.intro,
      fields: [
        {
          kind: 'date',
          name: 'date',
          label: g.date,
          help: g.dateHelp,
          value: planned && planned >= today ? planned : today,
          required: true,
        },
        { kind: 'text', name: 'participants', label: g.participants, maxLength: 500 },
      ],
    },
    t,
    g.title,
    460,
    { submit: g.submit },
  );
}

/** «5B» → «5. trinn»: enough for the team to know the age group, not enough to know the student. */
function grade(klasse: string, t: Messages): string {
  const m = /^\s*(\d{1,2})/.exec(klasse);
  return m ? t.agenda.grade(m[1]!) : '';
}

/**
 * The category without free text: a report's own words («Annet: …») could identify the student, so an
 * anonymised case shows only the meldeskjema's fixed categories.
 */
function fixedCategories(kategori: string): string {
  let rest = kategori;
  const known = CATEGORIES.filter((c) => kategori.includes(c));
  for (const c of known) rest = rest.replace(c, '');
  const other = rest.replace(/[\s,]+/g, '') !== '' && !known.includes('Annet');
  return [...known, ...(other ? ['Annet'] : [])].join(', ');
}

/** Every deadline still ahead of the case, in words, with «passert» or «snart». */
function deadlinesOf(c: CaseRecord, w: Work): string {
  const { t } = w;
  const s = t.sidebar.steps;
  const today = w.clock.today;
  const soon = new Map(
    deadlineAlerts(
      {
        status: c.status,
        investigationDue: c.fristUndersokelse,
        planDue: c.fristAktivitetsplan,
        nextEvaluation: c.nesteEvaluering,
      },
      today,
      w.settings.calendar,
      w.settings.deadlines,
    ).map((a) => [a.due, a.state]),
  );
  const pending = (step: keyof typeof STEPS) => STEPS[step].pendingIn.includes(c.status);
  const absence = {
    status: c.status,
    route: c.fravaer,
    from: c.fravaerFra,
    meetingHeld: c.familiemote,
    hasAgreement: hasAgreement(c),
  };
  const items: { label: string; due: LocalDate | null }[] = [
    { label: s.investigation, due: pending('undersøkelse') ? c.fristUndersokelse : null },
    { label: s.plan, due: pending('aktivitetsplan') ? c.fristAktivitetsplan : null },
    { label: s.evaluation, due: pending('evaluering') ? c.nesteEvaluering : null },
    { label: s.skoleeier, due: c.skoleeierVarslet || c.status === 'Avsluttet' ? null : c.fristSkoleeier },
    { label: s.meeting, due: absencePending(absence, 'familiemøte') ? c.fristFamiliemote : null },
    {
      label: s.agreement,
      due: absencePending(absence, 'samarbeidsavtale') ? c.fristSamarbeidsavtale : null,
    },
    { label: s.followUp, due: absencePending(absence, 'oppfølging') ? c.nesteOppfolging : null },
  ];
  const g = t.agenda;
  const parts = items
    .filter((x): x is { label: string; due: LocalDate } => x.due !== null)
    .sort((a, b) => a.due.localeCompare(b.due))
    .map(({ label, due }) => {
      const d = formatNorwegian(due);
      if (due < today) return g.overdue(label, d);
      return soon.get(due) === 'soon' || due === today ? g.soon(label, d) : g.due(label, d);
    });
  return parts.join('; ') || g.none;
}

function agendaCase(row: CaseRow, w: Work, measures: Table): AgendaCaseInput {
  const { t } = w;
  const c = w.register().current(row);
  const consent = consentFor(c.samtykke, 'Ressursteamet');
  const open = caseMeasures(measures, c.saksnr).filter((m) => m.status !== 'Avsluttet').length;
  const steps = nextSteps(c, open);
  const primary = steps.filter((s) => s.primary);
  return {
    saksnr: c.saksnr,
    elev: consent ? c.elev : t.agenda.anonymous,
    klasse: consent ? c.klasse : grade(c.klasse, t),
    kategori: consent ? c.kategori : fixedCategories(c.kategori),
    status: inAbsenceRoute(c) ? `${c.status}, ${t.agenda.routine}` : c.status,
    frister: deadlinesOf(c, w),
    nesteSteg: (primary.length > 0 ? primary : steps.slice(0, 1))
      .map((s) => t.sidebar.actions[s.id].replace(/ …$/, ''))
      .join('; '),
    samtykke: consent ? `${t.agenda.consentYes} (${formatNorwegian(consent)})` : t.agenda.consentNo,
  };
}

export function submitAgenda(p: FormPayload, w: Work): FormResult {
  const { t, settings } = w;
  const g = t.agenda;
  const meeting = date(p, 'date', t);
  if (!meeting) throw new FieldError('date', t.dialogs.fieldRequired);
  const today = w.clock.today;
  // New: reported after the last agenda was made (or in the last two weeks, before the first one).
  const lastMs = Number(w.state.get(AGENDA_LAST_KEY) ?? '') || null;
  const newSince = lastMs ? localDateOf(new Date(lastMs)) : addDays(today, -14);
  const all = w.register().all().cases;
  const measures = measuresTable(w.ss);
  const isNew = (r: CaseRow) =>
    lastMs
      ? (r.record.meldt?.getTime() ?? 0) > lastMs || (r.record.rektorKjent ?? '') > newSince
      : (r.record.rektorKjent ?? '') >= newSince;
  const byNumber = (a: CaseRow, b: CaseRow) => a.record.saksnr.localeCompare(b.record.saksnr);
  const nye = all.filter(isNew).sort(byNumber);
  const åpne = all.filter((r) => !isNew(r) && r.record.status !== 'Avsluttet').sort(byNumber);
  const values = agendaValues({
    lang: settings.language,
    school: { navn: settings.schoolName },
    date: meeting,
    made: today,
    deltakere: text(p, 'participants').trim(),
    newSince,
    nye: nye.map((r) => agendaCase(r, w, measures)),
    åpne: åpne.map((r) => agendaCase(r, w, measures)),
  });

  let folder = liveFolder(w.state.get(AGENDA_FOLDER_KEY));
  if (!folder) {
    folder = knownFolder(w.state, ROOT_KEY, t).createFolder(g.folder);
    w.state.set(AGENDA_FOLDER_KEY, folder.getId());
  }
  const kind = 'sakliste-ressursteam';
  const docsKey = agendaDocsKey(meeting);
  const docs = parseCaseDocs(w.state.get(docsKey));
  const version = (docs.versions[kind] ?? 0) + 1;
  const name = documentFileName(kind, settings.language, formatNorwegian(meeting), version);
  const generated = generateDocument({
    kind,
    lang: settings.language,
    name,
    folder,
    values,
    pdf: false,
    state: w.state,
    t,
  });
  docs.versions[kind] = version;
  docs.last = { kind, at: w.clock.now.getTime(), id: generated.id, version, request: p.requestId };
  w.state.setJson(docsKey, docs);
  w.state.set(AGENDA_LAST_KEY, String(w.clock.now.getTime()));
  const linked = linkWheel(w, generated.url);
  w.commit([
    {
      saksnr: '',
      log: [
        {
          subDuty: 'følge med',
          event: GENERATED[kind].event,
          details: g.logDetails(name, generated.url, nye.length, åpne.length),
        },
      ],
    },
  ]);
  return done(`${g.made(name, generated.url)}${linked ? `\n\n${g.wheelLinked}` : ''}`, {
    url: generated.url,
    text: name,
  });
}

/**
 * The årshjul's resource-team activity links to the latest agenda: its «Aktivitet» text, unchanged,
 * becomes a link (a school's formula there is left alone). False when there is no such row.
 */
function linkWheel(w: Work, url: string): boolean {
  const found = wheelRow(w.ss);
  if (!found) return false;
  const sheet = w.ss.getSheetByName(WHEEL_SHEET.name)!;
  const header = sheet
    .getRange(1, 1, 1, sheet.getLastColumn())
    .getValues()[0]!
    .map((h) => String(h).trim());
  const col = header.indexOf(WHEEL_COL.aktivitet) + 1;
  if (col < 1) return false;
  const cell = sheet.getRange(found.row, col);
  if (cell.getFormula()) return false;
  const value = String(cell.getValue());
  cell.setRichTextValue(SpreadsheetApp.newRichTextValue().setText(value).setLinkUrl(url).build());
  return true;
}
