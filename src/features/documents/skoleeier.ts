import { skoleeierValues } from '../../domain/documents/documentData';
import type { Messages } from '../../i18n';
import { activeMeasures, caseMeasures, folderOwners, measuresTable } from '../measures/measures';
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

/** The optional questions of a § 12-5 notice, in the school's language (all may be left empty). */
const EMPLOYEE_QUESTIONS = {
  nb: {
    role: 'Hvilken rolle har den ansatte (for eksempel lærer, assistent, AKS/SFO)? Ikke skriv navn. (kan stå tomt)',
    informed: 'Er den ansatte informert om saken, og i så fall når og av hvem? (kan stå tomt)',
    protection: 'Hvilke strakstiltak er satt inn for å beskytte eleven? (kan stå tomt)',
  },
  nn: {
    role: 'Kva rolle har den tilsette (til dømes lærar, assistent, AKS/SFO)? Ikkje skriv namn. (kan stå tomt)',
    informed: 'Er den tilsette informert om saka, og i så fall når og av kven? (kan stå tomt)',
    protection: 'Kva strakstiltak er sette inn for å verne eleven? (kan stå tomt)',
  },
} as const;

/** The ground for the notice: §12-5 (an employee, or the leadership), or a serious case under §12-4. */
function ground(c: SelectedCase): 'ledelse' | 'ansatt' | 'alvorlig' {
  if (c.record.ledelseInvolvert) return 'ledelse';
  if (c.record.ansattInvolvert) return 'ansatt';
  return 'alvorlig';
}

/**
 * Menu «Lag melding til skoleeier». Asks three short questions (and, under § 12-5, three optional ones:
 * the employee's role, whether the employee is informed, immediate protective measures), checks the
 * answers for names (the
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
  // § 12-5: what skoleeier needs for the follow-up of the employee (D5). Optional: empty leaves it out.
  const asked = c.settings;
  const q = EMPLOYEE_QUESTIONS[asked.language];
  let role = '';
  let informed = '';
  let protection = '';
  if (grunnlag !== 'alvorlig') {
    const r = ask(ui, title, q.role);
    if (r === null) return null;
    const i = ask(ui, title, q.informed);
    if (i === null) return null;
    const p = ask(ui, title, q.protection);
    if (p === null) return null;
    [role, informed, protection] = [r, i, p];
  }

  const findings = findNames(c, [what, done, next, role, informed, protection], '', [c.settings.schoolName]);
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
      ansattRolle: clean(role),
      ansattInformert: clean(informed),
      strakstiltak: clean(protection),
      avsender: w.user,
    });
    const measures = activeMeasures(caseMeasures(measuresTable(fresh.ss), fresh.saksnr));
    const made = makeCaseDocument(job, 'melding-skoleeier', values, {
      pdf: true,
      measureOwners: folderOwners(measures),
      note: anonymityNote(findings, choice),
    });
    w.commit([{ saksnr: fresh.saksnr, log: [made.log] }]);
    return madeMessage(t, made.generated);
  });
}
