import { dueForArchive } from '../../domain/cases/retention';
import { caseDocsKey, parseCaseDocs } from '../../domain/documents/caseDocuments';
import { addMonths, formatNorwegian, type LocalDate } from '../../domain/time/localDate';
import { systemClock } from '../../gas/clock';
import { DocState } from '../../gas/docState';
import type { Messages } from '../../i18n';
import {
  done,
  FieldError,
  type FormPayload,
  type FormResult,
  list,
  showFormDialog,
  text,
} from '../dialogs/formDialog';
import { takeIn } from '../intake/intake';
import { lookBack, meldeskjema, SINCE, scrubLeadershipReports, unseenResponses } from '../intake/responses';
import { checkLog, describeFinding } from '../log/logCheck';
import { LOG_COLUMNS } from '../log/logSheet';
import { MEASURE_COL, MEASURES_SHEET } from '../measures/measuresSheet';
import { UserError } from '../menu/userError';
import { type CaseRow, Register } from '../register/register';
import { REGISTER_SHEET } from '../register/registerSheet';
import type { Work } from '../register/work';
import { readSettings } from '../settings/settingsSheet';
import { type Archived, archiveCase, PROGRESS_PREFIX } from './archiveCase';
import { ARCHIVE_KEY } from './archiveDrive';

type Ui = GoogleAppsScript.Base.Ui;

/**
 * Cases one run archives at most. Each makes a Doc and PDFs and moves files in Drive (tens of seconds),
 * and the run holds the script lock, so intake waits (it takes up what waited afterwards): a handful per
 * run keeps the lock short and the run far from the 6-minute limit. The message says how many are left.
 */
export const CASES_PER_RUN = 3;
/** No new case is begun after this long (real time), whatever CASES_PER_RUN says. */
const RUN_BUDGET_MS = 150_000;

/** What intake and the daily job do: every response since the last intake that is not a case yet. */
function takeInWaitingReports(w: Work): void {
  const form = meldeskjema(w.state);
  if (!form) return;
  const window = lookBack(w.state, w.clock.now);
  const waiting = unseenResponses(form, window.since, w.register());
  takeIn(w, waiting, (ids) => scrubLeadershipReports(w.ss, w.state, form, ids));
  w.state.set(SINCE, window.next);
}

/** The cases to archive, in order: those a stopped run began first, then every closed case past retention. */
export function archiveQueue(
  cases: readonly CaseRow[],
  state: DocState,
  today: LocalDate,
  months: number,
): string[] {
  const begun = state.keys(PROGRESS_PREFIX).map((k) => k.slice(PROGRESS_PREFIX.length));
  const due = cases
    .filter(({ record: c }) => dueForArchive(c, today, months))
    .map(({ record: c }) => c.saksnr);
  return [...new Set([...begun.filter((s) => cases.some((c) => c.record.saksnr === s)), ...due])];
}

/**
 * «Arkiver og slett …»: one dialog that says which cases, what will be deleted where (with counts), what is
 * kept for the statistics, and asks once (a box to tick). The selected case if it is due, or all that are.
 */
export function openArchiveDialog(t: Messages, ui: Ui): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const settings = readSettings(ss);
  const state = DocState.load();
  const today = systemClock().today;
  const { cases } = Register.open(ss, settings).all();
  const queue = archiveQueue(cases, state, today, settings.retentionMonths);

  const range = ss.getActiveRange();
  const onRegister = range?.getSheet().getName() === REGISTER_SHEET.name;
  const selected = onRegister ? cases.find((c) => c.sheetRow === range!.getRow()) : undefined;
  const notes: string[] = [];
  if (
    selected &&
    !queue.includes(selected.record.saksnr) &&
    selected.record.status === 'Avsluttet' &&
    selected.record.avsluttet
  )
    notes.push(
      t.archive.notYet(
        selected.record.saksnr,
        formatNorwegian(addMonths(selected.record.avsluttet, settings.retentionMonths)),
      ),
    );
  if (queue.length === 0)
    throw new UserError([t.archive.noneDue(settings.retentionMonths), ...notes].join('\n\n'));

  const check = checkLog(ss, state);
  if (!check.ok) throw new UserError(t.archive.logBroken(describeFinding(check.findings[0]!, t)));

  // What will be deleted, case by case, from what is already read: the log and «Tiltak» once each.
  const logCount = countBy(
    check.rows.map((r) => String(r.cells[LOG_COLUMNS.indexOf('Saksnr')] ?? '').trim()),
  );
  const measureSheet = ss.getSheetByName(MEASURES_SHEET.name);
  const measureValues = measureSheet ? measureSheet.getDataRange().getValues() : [];
  const col = (measureValues[0] ?? []).map((h) => String(h).trim()).indexOf(MEASURE_COL.saksnr);
  const measureCount = countBy(col < 0 ? [] : measureValues.slice(1).map((v) => String(v[col] ?? '').trim()));
  const begun = new Set(state.keys(PROGRESS_PREFIX).map((k) => k.slice(PROGRESS_PREFIX.length)));
  const lines = queue.map((saksnr) => {
    if (begun.has(saksnr)) return t.archive.resumes(saksnr);
    const c = cases.find((x) => x.record.saksnr === saksnr)!.record;
    const folder = Boolean(parseCaseDocs(state.get(caseDocsKey(saksnr))).folder);
    return t.archive.caseLine(
      saksnr,
      measureCount.get(saksnr) ?? 0,
      logCount.get(saksnr) ?? 0,
      c.svarId !== '',
      folder,
    );
  });

  const one = selected && queue.includes(selected.record.saksnr) ? selected.record.saksnr : '';
  const shown = queue.slice(0, 30).join(', ') + (queue.length > 30 ? t.daily.andMore(queue.length - 30) : '');
  showFormDialog(
    ui,
    {
      action: 'archive',
      context: { saksnr: one },
      intro: t.archive.intro(settings.retentionMonths),
      fields: [
        {
          kind: 'radio',
          name: 'scope',
          label: t.archive.scope,
          options: [
            ...(one ? [{ value: 'one', label: t.archive.scopeOne(one) }] : []),
            ...(one && queue.length === 1
              ? []
              : [{ value: 'all', label: t.archive.scopeAll(queue.length, shown) }]),
          ],
          value: one ? 'one' : 'all',
          required: true,
        },
        ...notes.map((n, i) => ({ kind: 'info' as const, name: `note${i}`, text: n, tone: 'note' as const })),
        { kind: 'info', name: 'steps', text: t.archive.steps, tone: 'warning' },
        { kind: 'info', name: 'cases', text: `${t.archive.deletes}:\n${lines.slice(0, 30).join('\n')}` },
        {
          kind: 'checkboxes',
          name: 'confirm',
          label: t.archive.confirmLabel,
          options: [{ value: 'yes', label: t.archive.confirm }],
          required: true,
        },
      ],
    },
    t,
    t.archive.title,
    640,
    { submit: t.archive.submit },
  );
}

function countBy(keys: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const k of keys) if (k) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}

/** The dialog's action, under the script lock: the queue read again, the log checked, a few cases archived. */
export function submitArchive(p: FormPayload, w: Work): FormResult {
  const t = w.t;
  if (!list(p, 'confirm').includes('yes')) throw new FieldError('confirm', t.archive.confirmRequired);
  const scope = text(p, 'scope');
  const { cases } = w.register().all();
  const queue = archiveQueue(cases, w.state, w.clock.today, w.settings.retentionMonths);
  const one = p.context['saksnr'] ?? '';
  const targets = scope === 'one' ? queue.filter((s) => s === one) : queue;
  if (targets.length === 0)
    throw new UserError(
      scope === 'one' && one ? t.archive.notDue(one) : t.archive.noneDue(w.settings.retentionMonths),
    );
  const check = checkLog(w.ss, w.state);
  if (!check.ok) throw new UserError(t.archive.logBroken(describeFinding(check.findings[0]!, t)));

  const archived: Archived[] = [];
  // A case that cannot go on now (its folder belongs to another leader) says why; the others go on.
  const stopped: string[] = [];
  const batch = targets.slice(0, CASES_PER_RUN);
  const started = Date.now();
  for (const saksnr of batch) {
    // Far from the 6-minute limit: a case with many documents takes a minute or more.
    if (Date.now() - started > RUN_BUDGET_MS) {
      batch.length = archived.length + stopped.length;
      break;
    }
    try {
      archived.push(archiveCase(w, saksnr));
    } catch (error) {
      if (!(error instanceof UserError) || error instanceof FieldError) throw error;
      stopped.push(error.message);
    }
  }
  // Reports sent while the archive held the lock waited (intake gives up after 30 s): taken in now.
  takeInWaitingReports(w);
  if (archived.length === 0 && stopped.length > 0) throw new UserError(stopped.join('\n\n'));
  const left = targets.length - batch.length;
  const message = [
    t.archive.done(archived.map((a) => a.saksnr).join(', ')),
    ...stopped,
    ...archived.filter((a) => !a.responseRowFound).map((a) => t.archive.responseNotFound(a.saksnr)),
    ...(left > 0 ? [t.archive.remaining(left)] : []),
  ].join('\n\n');
  const folder = w.state.get(ARCHIVE_KEY);
  return done(
    message,
    folder
      ? { url: `https://drive.google.com/drive/folders/${folder}`, text: t.archive.openArchive }
      : undefined,
  );
}
