import { DocState } from '../../gas/docState';
import { findResponseSheet, openFormById, shareFormWith } from '../../gas/forms';
import { messages } from '../../i18n';
import { writeSetting } from '../settings/settingsSheet';
import { TRIGGER_OWNER } from '../setup/ownership';
import type { SetupStep } from '../setup/setupStep';

/** Document-property keys of the confirmation form: its id, and the sheet id of its response sheet. */
export const CONFIRM_FORM_ID = 'confirmForm:id';
export const CONFIRM_FORM_SHEET = 'confirmForm:sheet';

/**
 * The small form where every employee confirms, each school year, that they have read the plan and know
 * their duty to report. It collects the respondent's e-mail (verified: sign-in is required where the
 * account allows it), writes to a response sheet of its own in this spreadsheet, and is handled by the
 * one spreadsheet form-submit trigger, which hands its responses to `recordConfirmation`.
 */
export const confirmFormStep: SetupStep = {
  name: 'Kvitteringsskjema',
  run({ ss, settings }) {
    const state = DocState.load();
    const language = settings().language;
    const t = messages(language).wheel;
    const changes: string[] = [];
    let form = openFormById(state.get(CONFIRM_FORM_ID));
    const owner = state.get(TRIGGER_OWNER);
    const me = Session.getEffectiveUser().getEmail();
    if (!form && state.get(CONFIRM_FORM_ID) && owner && owner !== me)
      return [messages(language).setUp.formNotShared(owner)];
    if (!form) {
      form = FormApp.create(t.confirmFormTitle);
      form
        .setDescription(t.confirmFormDescription)
        .setCollectEmail(true)
        .setConfirmationMessage(t.confirmThanks)
        .setAllowResponseEdits(false)
        .setLimitOneResponsePerUser(false);
      try {
        // Only respondents signed in to the school's Google Workspace: their address is then verified.
        form.setRequireLogin(true);
      } catch {
        // A consumer account cannot require sign-in; the address is still collected.
      }
      form.addCheckboxItem().setTitle(t.confirmQuestion).setChoiceValues([t.confirmChoice]).setRequired(true);
      form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
      state.set(CONFIRM_FORM_ID, form.getId());
      changes.push(t.confirmFormCreated);
    } else {
      const titles = new Set(form.getItems().map((i) => i.getTitle()));
      const known = [messages('nb').wheel.confirmQuestion, messages('nn').wheel.confirmQuestion];
      if (!known.some((q) => titles.has(q))) {
        form
          .addCheckboxItem()
          .setTitle(t.confirmQuestion)
          .setChoiceValues([t.confirmChoice])
          .setRequired(true);
        changes.push(t.confirmQuestionAdded);
      }
    }
    const s = settings();
    shareFormWith(
      form,
      [s.rektorEmail, ...s.leadership].filter((e) => e !== me),
    );
    // Found now, or on the next setUp if Google shows the new response sheet late.
    if (!state.get(CONFIRM_FORM_SHEET)) {
      const responses = findResponseSheet(ss, form);
      if (responses) {
        state.set(CONFIRM_FORM_SHEET, String(responses.getSheetId()));
        // Two "Skjemasvar" sheets are easy to mix up: this one gets a name that says what it is.
        if (!ss.getSheetByName(t.confirmSheetName)) responses.setName(t.confirmSheetName);
        responses.protect().setDescription(t.confirmProtection).setWarningOnly(true);
      }
    }
    state.save();
    if (writeSetting(ss, 'confirmFormUrl', form.getPublishedUrl())) changes.push(t.confirmUrlWritten);
    return changes;
  },
};
