import { hasAgreement } from '../../domain/cases/caseRecord';
import { systemClock } from '../../gas/clock';
import { LockBusyError } from '../../gas/lock';
import type { Messages } from '../../i18n';
import { caseStatusLabel } from '../../i18n/labels';
import type { CaseListItem, SidebarData, SidebarResult } from '../../ui/contract';
import { openAbsenceStartDialog, openAbsenceStepDialog } from '../absence/absenceDialogs';
import { openAgreementDialog } from '../absence/agreement';
import { openBarnevernDialog, openConsentDialog } from '../consent/consentDialogs';
import { documentationOrDialog } from '../documents/documentation';
import { openEvaluationDialog } from '../documents/evaluation';
import { openPlanDialog } from '../documents/plan';
import { openMeasureDialog } from '../measures/dialog';
import { currentMessages } from '../menu/uiAction';
import { UserError } from '../menu/userError';
import { readSettings } from '../settings/settingsSheet';
import { statusChange } from './caseActions';
import { caseView } from './caseView';
import { openAssignDialog, openCloseDialog, openReopenDialog } from './dialogs';
import { openEventDialog, openSkoleeierNotifiedDialog } from './eventDialogs';
import { Register } from './register';
import { caseByNumber, type SelectedCase } from './selectedCase';
import { openStatsforvalterDialog } from './statsforvalterDialog';
import { withWork } from './work';

type Ui = GoogleAppsScript.Base.Ui;

/**
 * The case sidebar: the rektor's workspace for one case (its head, deadlines, what the school has done
 * by sub-duty, measures, documents, and buttons for the next steps), or the list «Mine saker». Drawn by
 * src/ui/client/caseSidebar.ts from JSON; every button goes through the same server actions as the menu.
 */
export function showCaseSidebar(ui: Ui, c: SelectedCase | null, t: Messages): void {
  const data: SidebarData = {
    lang: t.dialogs.lang === 'nn' ? 'nn' : 'nb',
    labels: t.sidebar.labels,
    view: c ? caseView(c, t, systemClock().today) : null,
    list: c ? null : caseList(t),
  };
  const template = HtmlService.createTemplateFromFile('CaseSidebar');
  template['json'] = JSON.stringify(data);
  ui.showSidebar(template.evaluate().setTitle(c ? t.cases.sidebarTitle(c.saksnr) : t.sidebar.labels.myCases));
}

/** The leader's own open cases, or every open case when none is theirs: the most pressing first. */
export function caseList(t: Messages): CaseListItem[] {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const settings = readSettings(ss);
  const me = Session.getActiveUser().getEmail().toLowerCase();
  const today = systemClock().today;
  const open = Register.open(ss, settings)
    .all()
    .cases.filter((r) => r.record.status !== 'Avsluttet');
  const mine = open.filter((r) => r.record.ansvarlig === me);
  const items = (mine.length > 0 ? mine : open).map(({ record: c, sheetRow }): CaseListItem => {
    const dues = [
      { step: t.sidebar.steps.investigation, due: c.status === 'Meldt' ? c.fristUndersokelse : null },
      {
        step: t.sidebar.steps.plan,
        due: c.status === 'Meldt' || c.status === 'Undersøkes' ? c.fristAktivitetsplan : null,
      },
      {
        step: t.sidebar.steps.evaluation,
        due: c.status === 'Aktivitetsplan' || c.status === 'Evalueres' ? c.nesteEvaluering : null,
      },
      { step: t.sidebar.steps.skoleeier, due: c.skoleeierVarslet ? null : c.fristSkoleeier },
      { step: t.sidebar.steps.statsforvalter, due: c.dokumentasjonSendt ? null : c.fristStatsforvalter },
      // The absence routine's own deadlines (absence.ts).
      {
        step: t.sidebar.steps.meeting,
        due: c.fravaer === 'Pågår' && !c.familiemote ? c.fristFamiliemote : null,
      },
      {
        step: t.sidebar.steps.agreement,
        due: c.fravaer === 'Pågår' && !hasAgreement(c) ? c.fristSamarbeidsavtale : null,
      },
      { step: t.sidebar.steps.followUp, due: c.fravaer === 'Pågår' ? c.nesteOppfolging : null },
    ].filter((d): d is { step: string; due: NonNullable<typeof d.due> } => d.due !== null);
    const next = dues.sort((a, b) => a.due.localeCompare(b.due))[0];
    const state: CaseListItem['state'] = next
      ? next.due < today
        ? 'overdue'
        : next.due <= c.varselUndersokelse! || next.due <= today
          ? 'soon'
          : ''
      : '';
    return {
      saksnr: c.saksnr,
      row: sheetRow,
      status: caseStatusLabel(t, c.status),
      next: next ? t.sidebar.nextDeadline(next.step, next.due.split('-').reverse().join('.')) : '',
      state,
    };
  });
  const rank = { overdue: 0, soon: 1, '': 2 } as const;
  return items.sort((a, b) => rank[a.state] - rank[b.state] || a.saksnr.localeCompare(b.saksnr));
}

function result(fn: (t: Messages) => SidebarResult): SidebarResult {
  const t = currentMessages();
  try {
    return fn(t);
  } catch (error) {
    if (error instanceof UserError) return { status: 'error', message: error.message };
    if (error instanceof LockBusyError) return { status: 'error', message: t.errors.busy };
    console.error(`Sidebar action failed: ${error instanceof Error ? error.name : 'unknown'}`);
    return {
      status: 'error',
      message: t.errors.generic(error instanceof Error ? error.message : String(error)),
    };
  }
}

/** google.script.run: the case again (after a dialog closed, or «Oppdater»). */
export function sidebarCase(saksnr: string, row: number): SidebarResult {
  return result((t) => ({
    status: 'ok',
    view: caseView(caseByNumber(t, String(saksnr), Number(row) || undefined), t, systemClock().today),
  }));
}

/** google.script.run: «Mine saker». */
export function sidebarCaseList():
  | { status: 'ok'; list: CaseListItem[] }
  | { status: 'error'; message: string } {
  const t = currentMessages();
  try {
    return { status: 'ok', list: caseList(t) };
  } catch (error) {
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * google.script.run: a button of the sidebar. Opens the same dialog as the menu item (the sidebar then
 * refreshes when the dialog closes), or does the step at once (start the investigation, make the
 * documentation) and returns the case as it is now.
 */
export function sidebarAction(saksnr: string, row: number, action: string): SidebarResult {
  return result((t) => {
    const ui = SpreadsheetApp.getUi();
    const c = caseByNumber(t, String(saksnr), Number(row) || undefined);
    let message: string | undefined;
    switch (action) {
      case 'investigate':
        message = withWork(Session.getActiveUser().getEmail(), (w) => {
          const fresh = caseByNumber(w.t, c.saksnr, c.row.sheetRow, {
            ss: w.ss,
            register: w.register(),
            settings: w.settings,
          });
          const d = statusChange(fresh.row, 'Undersøkes', { today: w.clock.today, t: w.t });
          if (d.op) w.commit([d.op]);
          return d.message;
        });
        break;
      case 'documentation':
        message = documentationOrDialog(c, t, ui)?.message;
        break;
      case 'event':
        openEventDialog(c, t, ui);
        break;
      case 'measure':
        openMeasureDialog(c, t, ui);
        break;
      case 'plan':
        openPlanDialog(c, t, ui);
        break;
      case 'evaluate':
        openEvaluationDialog(c, t, ui);
        break;
      case 'skoleeier':
        openSkoleeierNotifiedDialog(c, t, ui);
        break;
      case 'statsforvalter':
        openStatsforvalterDialog(c, t, ui);
        break;
      case 'assign':
        openAssignDialog(c, t, ui);
        break;
      case 'close':
        openCloseDialog(c, t, ui);
        break;
      case 'reopen':
        openReopenDialog(c, t, ui);
        break;
      case 'absenceRoute':
        openAbsenceStartDialog(c, t, ui);
        break;
      case 'absenceStep':
        openAbsenceStepDialog(c, t, ui);
        break;
      case 'agreement':
        openAgreementDialog(c, t, ui);
        break;
      case 'consent':
        openConsentDialog(c, t, ui);
        break;
      case 'barnevern':
        openBarnevernDialog(c, t, ui);
        break;
      case 'informParents':
        openEventDialog(c, t, ui, 'foresatte-informert');
        break;
      case 'deliverPlan':
        openEventDialog(c, t, ui, 'plan-gitt-foresatte');
        break;
      case 'deliverEvaluation':
        openEventDialog(c, t, ui, 'evaluering-gitt-foresatte');
        break;
      default:
        return { status: 'error', message: t.documents.invalidRequest };
    }
    const now = caseByNumber(t, c.saksnr, c.row.sheetRow);
    return { status: 'ok', view: caseView(now, t, systemClock().today), ...(message ? { message } : {}) };
  });
}
