import { QUESTIONS, type QuestionSpec } from '../../domain/intake/questions';
import { DocState } from '../../gas/docState';
import { findResponseSheet, openFormById } from '../../gas/forms';
import { messages } from '../../i18n';
import { writeSetting } from '../settings/settingsSheet';
import type { SetupStep } from '../setup/setupStep';

/** Document-property keys of the meldeskjema. */
export const FORM_ID = 'form:id';
export const FORM_SHEET = 'form:sheet';
export const FORM_SHEET_NAME = 'form:sheetName';

function addQuestion(form: GoogleAppsScript.Forms.Form, q: QuestionSpec, language: 'nb' | 'nn'): void {
  const help = q.help[language];
  switch (q.kind) {
    case 'choice':
      form
        .addMultipleChoiceItem()
        .setTitle(q.title)
        .setHelpText(help)
        .setRequired(q.required)
        .setChoiceValues([...(q.choices ?? [])]);
      return;
    case 'checkbox':
      form
        .addCheckboxItem()
        .setTitle(q.title)
        .setHelpText(help)
        .setRequired(q.required)
        .setChoiceValues([...(q.choices ?? [])]);
      return;
    case 'text':
      form.addTextItem().setTitle(q.title).setHelpText(help).setRequired(q.required);
      return;
    case 'paragraph':
      form.addParagraphTextItem().setTitle(q.title).setHelpText(help).setRequired(q.required);
      return;
  }
}

/**
 * Creates the meldeskjema and links it to this spreadsheet, or repairs it: a question the school deleted
 * is added again (titles are the contract). The response sheet Google creates is the raw record and is
 * never changed by the product.
 */
export const formStep: SetupStep = {
  name: 'Meldeskjema',
  run({ ss, settings }) {
    const state = DocState.load();
    const language = settings().language;
    const t = messages(language);
    const changes: string[] = [];
    let form = openFormById(state.get(FORM_ID));
    if (!form) {
      form = FormApp.create(t.setUp.formTitle);
      form
        .setDescription(t.setUp.formDescription)
        .setCollectEmail(true)
        .setConfirmationMessage(t.setUp.formConfirmation)
        .setAllowResponseEdits(false)
        .setLimitOneResponsePerUser(false);
      try {
        // Only respondents signed in to the school's Google Workspace: «Meldt av» is then verified.
        form.setRequireLogin(true);
      } catch {
        // A consumer account cannot require sign-in; the address is still collected.
      }
      for (const q of QUESTIONS) addQuestion(form, q, language);
      form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
      state.set(FORM_ID, form.getId());
      changes.push('Laget meldeskjemaet og koblet det til regnearket.');
    } else {
      const titles = new Set(form.getItems().map((i) => i.getTitle()));
      const missing = QUESTIONS.filter((q) => !titles.has(q.title));
      for (const q of missing) addQuestion(form, q, language);
      if (missing.length > 0)
        changes.push(
          `La til spørsmålene ${missing.map((q) => `«${q.title}»`).join(', ')} i meldeskjemaet igjen.`,
        );
    }
    if (!state.get(FORM_SHEET) && rememberResponseSheet(ss, form, state, t.setUp.rawResponsesProtection)) {
      changes.push('Fant skjemasvar-arket og beskyttet det.');
    }
    state.save();
    if (writeSetting(ss, 'formUrl', form.getPublishedUrl()))
      changes.push('Skrev lenken til meldeskjemaet i «Innstillinger».');
    writeSetting(ss, 'formEditUrl', form.getEditUrl());
    return changes;
  },
};

/**
 * Remembers the meldeskjema's response sheet and protects it with a warning: nobody edits the raw record by
 * hand. Intake also remembers it from the first event, so a sheet Google shows late is repaired either way.
 */
function rememberResponseSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  form: GoogleAppsScript.Forms.Form,
  state: DocState,
  protection: string,
): boolean {
  const sheet = findResponseSheet(ss, form);
  if (!sheet) return false;
  state.set(FORM_SHEET, String(sheet.getSheetId()));
  state.set(FORM_SHEET_NAME, sheet.getName());
  sheet.protect().setDescription(protection).setWarningOnly(true);
  return true;
}
