import { skoleeierValues } from '../../domain/documents/documentData';
import type { Messages } from '../../i18n';
import { activeMeasures, caseMeasures, measuresTable } from '../measures/measures';
import { UserError } from '../menu/userError';
import { caseByNumber, type SelectedCase } from '../register/selectedCase';
import { withWork } from '../register/work';
import {
  anonymityNote,
  caseJob,
  findNames,
  madeMessage,
  makeCaseDocument,
  recentlyMade,
  replaceNames,
} from './caseJob';

type Ui = GoogleAppsScript.Base.Ui;

function ask(ui: Ui, title: string, prompt: string): string | null {
  const r = ui.prompt(title, prompt, ui.ButtonSet.OK_CANCEL);
  return r.getSelectedButton() === ui.Button.OK ? r.getResponseText().trim() : null;
}

/** The ground for the notice: §12-5 (an employee, or the leadership), or a serious case under §12-4. */
function ground(c: SelectedCase): 'ledelse' | 'ansatt' | 'alvorlig' {
  if (c.record.ledelseInvolvert) return 'ledelse';
  if (c.record.ansattInvolvert) return 'ansatt';
  return 'alvorlig';
}

/**
 * Menu «Lag melding til skoleeier». Asks three short questions, checks the answers for names (the
 * notice names no student at all, not even the case's own: a YES/NO alert offers «elev A» …, and the
 * choice is logged), then makes the notice with a PDF for the rektor to send. Returns the message to
 * show, or null when the user cancelled.
 */
export function makeSkoleeierNotice(c: SelectedCase, t: Messages, ui: Ui): string | null {
  const grunnlag = ground(c);
  if (grunnlag === 'alvorlig') {
    const go = ui.alert(
      t.documents.skoleeierTitle(c.saksnr),
      t.documents.skoleeierNotSerious,
      ui.ButtonSet.YES_NO,
    );
    if (go !== ui.Button.YES) return null;
  }
  const title = t.documents.skoleeierTitle(c.saksnr);
  const what = ask(ui, title, t.documents.skoleeierWhat);
  if (what === null) return null;
  if (!what) throw new UserError(t.documents.required);
  const done = ask(ui, title, t.documents.skoleeierDone);
  if (done === null) return null;
  if (!done) throw new UserError(t.documents.required);
  const next = ask(ui, title, t.documents.skoleeierNext);
  if (next === null) return null;

  const findings = findNames(c, [what, done, next], '', [c.settings.schoolName]);
  let choice: 'replace' | 'keep' | undefined;
  if (findings.length > 0) {
    const list = findings.map((f) => `${f.name} → ${f.suggestion}`).join('\n');
    const answer = ui.alert(t.documents.namesAlertTitle, t.documents.namesAlert(list), ui.ButtonSet.YES_NO);
    choice = answer === ui.Button.YES ? 'replace' : 'keep';
  }
  const clean = (s: string) => replaceNames(s, choice === 'replace' ? findings : []);

  return withWork(Session.getActiveUser().getEmail(), (w) => {
    const fresh = caseByNumber(t, c.saksnr, c.row.sheetRow, {
      ss: w.ss,
      register: w.register(),
      settings: w.settings,
    });
    const job = caseJob(w, fresh);
    const again = recentlyMade(job, 'melding-skoleeier');
    if (again) return again;
    const values = skoleeierValues({
      lang: w.settings.language,
      school: { navn: w.settings.schoolName, rektor: w.settings.rektorName },
      case: {
        saksnr: fresh.saksnr,
        meldt: fresh.record.meldt ?? '',
        rektorKjent: fresh.record.rektorKjent ?? '',
      },
      date: job.today,
      grunnlag,
      hvaSkjedde: clean(what),
      skolensTiltak: clean(done),
      videreOppfølging: clean(next),
      avsender: w.user,
    });
    const measures = activeMeasures(caseMeasures(measuresTable(fresh.ss), fresh.saksnr));
    const made = makeCaseDocument(job, 'melding-skoleeier', values, {
      pdf: true,
      measureOwners: measures.map((m) => m.hvem),
      note: anonymityNote(findings, choice),
    });
    w.commit([{ saksnr: fresh.saksnr, log: [made.log] }]);
    return madeMessage(t, made.generated);
  });
}
