import { skoleeierValues } from '../../domain/documents/documentData';
import type { Messages } from '../../i18n';
import {
  done,
  type FormPayload,
  type FormResult,
  required,
  showFormDialog,
  text,
} from '../dialogs/formDialog';
import { activeMeasures, caseMeasures, folderOwners, measuresTable } from '../measures/measures';
import { caseByNumber, type SelectedCase } from '../register/selectedCase';
import type { Work } from '../register/work';
import {
  anonymityNote,
  caseJob,
  findNames,
  madeMessage,
  makeCaseDocument,
  recentlyMade,
  replaceNames,
  schoolOf,
} from './caseJob';

type Ui = GoogleAppsScript.Base.Ui;

/** The optional questions of a § 12-5 notice, in the school's language (all may be left empty). */
const EMPLOYEE_QUESTIONS = {
  nb: {
    role: 'Hvilken rolle har den ansatte (for eksempel lærer, assistent, AKS/SFO)? Ikke skriv navn.',
    informed: 'Er den ansatte informert om saken, og i så fall når og av hvem?',
    protection: 'Hvilke strakstiltak er satt inn for å beskytte eleven?',
    anonymity: 'Navn på elever i teksten',
    anonymityHelp:
      'Meldingen til skoleeier navngir ingen elev, heller ikke saken sin. Skolemiljø finner navn og skriver «elev A» i stedet, med mindre du velger å beholde dem.',
    replace: 'Erstatt navn med «elev A» …',
    keep: 'Behold navnene bevisst',
  },
  nn: {
    role: 'Kva rolle har den tilsette (til dømes lærar, assistent, AKS/SFO)? Ikkje skriv namn.',
    informed: 'Er den tilsette informert om saka, og i så fall når og av kven?',
    protection: 'Kva strakstiltak er sette inn for å verne eleven?',
    anonymity: 'Namn på elevar i teksten',
    anonymityHelp:
      'Meldinga til skoleeigar namngir ingen elev, heller ikkje saka sin. Skolemiljø finn namn og skriv «elev A» i staden, med mindre du vel å halde på dei.',
    replace: 'Byt ut namn med «elev A» …',
    keep: 'Hald på namna med vilje',
  },
} as const;

/** The ground for the notice: §12-5 (an employee, or the leadership), or a serious case under §12-4. */
function ground(c: SelectedCase): 'ledelse' | 'ansatt' | 'alvorlig' {
  if (c.record.ledelseInvolvert) return 'ledelse';
  if (c.record.ansattInvolvert) return 'ansatt';
  return 'alvorlig';
}

/**
 * Menu «Lag melding til skoleeier»: one form (what happened, what the school has done, what it does
 * next, and under § 12-5 the employee's role, whether they are informed and the immediate protective
 * measures). The notice names no student at all: names found in the text become «elev A» unless the
 * rektor deliberately keeps them (logged). Made with a PDF for the rektor to send.
 */
export function openSkoleeierNoticeDialog(c: SelectedCase, t: Messages, ui: Ui): void {
  const grunnlag = ground(c);
  const q = EMPLOYEE_QUESTIONS[c.settings.language];
  showFormDialog(
    ui,
    {
      action: 'skoleeierNotice',
      context: { saksnr: c.saksnr, row: String(c.row.sheetRow) },
      fields: [
        ...(grunnlag === 'alvorlig'
          ? [
              {
                kind: 'info' as const,
                name: 'notSerious',
                text: t.documents.skoleeierNotSerious,
                tone: 'warning' as const,
              },
            ]
          : []),
        {
          kind: 'textarea',
          name: 'what',
          label: t.documents.skoleeierWhat,
          required: true,
          rows: 3,
          maxLength: 4000,
        },
        {
          kind: 'textarea',
          name: 'done',
          label: t.documents.skoleeierDone,
          required: true,
          rows: 3,
          maxLength: 4000,
        },
        { kind: 'textarea', name: 'next', label: t.documents.skoleeierNext, rows: 2, maxLength: 4000 },
        ...(grunnlag === 'alvorlig'
          ? []
          : [
              { kind: 'text' as const, name: 'role', label: q.role, maxLength: 300 },
              { kind: 'text' as const, name: 'informed', label: q.informed, maxLength: 500 },
              {
                kind: 'textarea' as const,
                name: 'protection',
                label: q.protection,
                rows: 2,
                maxLength: 2000,
              },
            ]),
        {
          kind: 'radio',
          name: 'anonymity',
          label: q.anonymity,
          help: q.anonymityHelp,
          options: [
            { value: 'replace', label: q.replace },
            { value: 'keep', label: q.keep },
          ],
          value: 'replace',
        },
      ],
    },
    t,
    t.documents.skoleeierTitle(c.saksnr),
    grunnlag === 'alvorlig' ? 560 : 700,
  );
}

export function submitSkoleeierNotice(p: FormPayload, w: Work): FormResult {
  const t = w.t;
  const fresh = caseByNumber(t, p.context['saksnr'] ?? '', Number(p.context['row'] ?? 0) || undefined, {
    ss: w.ss,
    register: w.register(),
    settings: w.settings,
  });
  const grunnlag = ground(fresh);
  const what = required(p, 'what', t);
  const doneSoFar = required(p, 'done', t);
  const next = text(p, 'next');
  const [role, informed, protection] =
    grunnlag === 'alvorlig' ? ['', '', ''] : [text(p, 'role'), text(p, 'informed'), text(p, 'protection')];
  const choice: 'replace' | 'keep' = text(p, 'anonymity') === 'keep' ? 'keep' : 'replace';
  const job = caseJob(w, fresh);
  const again = recentlyMade(job, 'melding-skoleeier');
  if (again) return { status: 'done', message: again };
  const findings = findNames(fresh, [what, doneSoFar, next, role, informed, protection], '', [
    w.settings.schoolName,
  ]);
  const clean = (s: string) => replaceNames(s, choice === 'replace' ? findings : []);
  const values = skoleeierValues({
    lang: w.settings.language,
    school: schoolOf(w),
    case: {
      saksnr: fresh.saksnr,
      meldt: fresh.record.meldt ?? '',
      rektorKjent: fresh.record.rektorKjent ?? '',
    },
    date: job.today,
    grunnlag,
    hvaSkjedde: clean(what),
    skolensTiltak: clean(doneSoFar),
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
    note: anonymityNote(findings, findings.length > 0 ? choice : undefined),
  });
  w.commit([{ saksnr: fresh.saksnr, log: [made.log] }]);
  return done(madeMessage(t, made.generated), { url: made.generated.url, text: made.generated.name });
}
