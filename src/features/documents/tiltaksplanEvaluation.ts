import {
  describeLast,
  documentFileName,
  duplicateOf,
  GENERATED,
  generatedDetails,
  parseCaseDocs,
  schoolYear,
} from '../../domain/documents/caseDocuments';
import {
  type TiltaksplanLevel,
  type TiltaksplanRowInput,
  tiltaksplanEvaluationValues,
} from '../../domain/documents/documentData';
import { systemClock } from '../../gas/clock';
import { DocState } from '../../gas/docState';
import type { Messages } from '../../i18n';
import { done, type FormPayload, type FormResult, showFormDialog, text } from '../dialogs/formDialog';
import { AuditLog } from '../log/auditLog';
import { currentMessages } from '../menu/uiAction';
import { UserError } from '../menu/userError';
import { readSettings } from '../settings/settingsSheet';
import { readTiltaksplan } from '../tiltaksplan/tiltaksplanRows';
import { knownFolder, liveFolder, ROOT_KEY, TILTAKSPLAN_KEY } from './drive';
import { generateDocument } from './generate';

const LEVEL: Record<string, TiltaksplanLevel> = {
  Universelt: 'universelt',
  Selektert: 'selektert',
  Indikert: 'indikert',
};

/**
 * Menu «Lag evaluering av tiltaksplan»: the end-of-year document «Evaluering av tiltaksplan <skoleår>»
 * from the `Tiltaksplan` sheet, every row under its level (universelt, selektert, indikert), made with
 * the same engine and the school's own template, into the «Tiltaksplan» folder, with a PDF. Rows without a
 * level are named in the message. A click that fires twice within a minute makes one document.
 */
export function makeTiltaksplanEvaluation(
  t: Messages,
  input: { deltakere: string; oppsummering: string },
): string {
  // Runs inside the dialog's job (withWork holds the script lock).
  {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const settings = readSettings(ss);
    const today = systemClock().today;
    const year = schoolYear(today);
    const entries = readTiltaksplan(ss);
    if (entries.length === 0) throw new UserError(t.documents.tiltaksplanEmpty);
    const state = DocState.load();
    const key = `docs:tp:${year}`;
    const docs = parseCaseDocs(state.get(key));
    const dup = duplicateOf(docs, 'evaluering-tiltaksplan', Date.now());
    if (dup) {
      const { title, url } = describeLast(dup, year, settings.language);
      return t.documents.alreadyMade(title, url);
    }

    const rows: TiltaksplanRowInput[] = [];
    const missing: number[] = [];
    for (const e of entries) {
      const nivå = e.niva ? LEVEL[e.niva] : undefined;
      if (!nivå) {
        missing.push(e.row);
        continue;
      }
      rows.push({
        nivå,
        mål: e.maal,
        tiltak: e.tiltak,
        ansvarlig: e.ansvarlig,
        kritiskSuksessfaktor: e.kritiskSuksessfaktor,
        oppstart: e.oppstartTid,
        resultatmål: e.resultatmaalJuni,
        evaluering: e.evaluering,
        videreArbeid: e.videreArbeid,
      });
    }
    const values = tiltaksplanEvaluationValues({
      lang: settings.language,
      school: { navn: settings.schoolName, rektor: settings.rektorName },
      skoleår: year,
      date: today,
      deltakere: input.deltakere,
      oppsummering: input.oppsummering,
      rows,
    });

    let folder = liveFolder(state.get(TILTAKSPLAN_KEY));
    if (!folder) {
      folder = knownFolder(state, ROOT_KEY, t).createFolder('Tiltaksplan');
      state.set(TILTAKSPLAN_KEY, folder.getId());
    }
    const kind = 'evaluering-tiltaksplan';
    const version = (docs.versions[kind] ?? 0) + 1;
    const name = documentFileName(kind, settings.language, year, version);
    const generated = generateDocument({
      kind,
      lang: settings.language,
      name,
      folder,
      values,
      pdf: true,
      state,
      t,
    });
    docs.versions[kind] = version;
    docs.last = { kind, at: Date.now(), id: generated.id, version };
    state.setJson(key, docs);
    state.save();

    const log = new AuditLog(Session.getActiveUser().getEmail(), () => new Date());
    log.add({
      saksnr: '',
      subDuty: '',
      event: GENERATED[kind].event,
      details: generatedDetails(name, generated.url),
    });
    log.flush(ss);
    const made = t.documents.madeWithPdf(name, generated.url);
    return missing.length > 0
      ? `${made}\n\n${t.documents.tiltaksplanMissingLevel(missing.join(', '))}`
      : made;
  }
}

/** Menu «Lag evaluering av tiltaksplan»: one form (who took part, the year's overall assessment). */
export function openTiltaksplanEvaluationDialog(t: Messages, ui: GoogleAppsScript.Base.Ui): void {
  showFormDialog(
    ui,
    {
      action: 'tiltaksplanEvaluation',
      context: {},
      fields: [
        { kind: 'text', name: 'deltakere', label: t.documents.tiltaksplanParticipants, maxLength: 500 },
        {
          kind: 'textarea',
          name: 'oppsummering',
          label: t.documents.tiltaksplanSummary,
          rows: 5,
          maxLength: 8000,
        },
      ],
    },
    t,
    t.documents.tiltaksplanTitle(schoolYear(systemClock().today)),
    420,
  );
}

export function submitTiltaksplanEvaluation(p: FormPayload): FormResult {
  const t = currentMessages();
  const message = makeTiltaksplanEvaluation(t, {
    deltakere: text(p, 'deltakere'),
    oppsummering: text(p, 'oppsummering'),
  });
  const url = /https:\/\/\S+/.exec(message)?.[0];
  return done(message, url ? { url, text: t.documents.openDocument } : undefined);
}
