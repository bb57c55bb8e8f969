import { Q, QUESTIONS, type QuestionSpec, questionByTitle } from '../../domain/intake/questions';
import { DocState } from '../../gas/docState';
import { findResponseSheet, openFormById, shareFormWith } from '../../gas/forms';
import { type Messages, messages } from '../../i18n';
import { writeSetting } from '../settings/settingsSheet';
import { TRIGGER_OWNER } from '../setup/ownership';
import type { SetupStep } from '../setup/setupStep';

/** Document-property keys of the meldeskjema. */
export const FORM_ID = 'form:id';
export const FORM_SHEET = 'form:sheet';
export const FORM_SHEET_NAME = 'form:sheetName';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;
type Lang = 'nb' | 'nn';

function title(q: QuestionSpec, lang: Lang): string {
  return lang === 'nn' ? q.nn : q.title;
}

function addQuestion(form: Form, q: QuestionSpec, lang: Lang): Item {
  const help = q.help[lang];
  const choices = [...((lang === 'nn' ? q.choicesNn : q.choices) ?? [])];
  switch (q.kind) {
    case 'choice':
      return form
        .addMultipleChoiceItem()
        .setTitle(title(q, lang))
        .setHelpText(help)
        .setRequired(q.required)
        .setChoiceValues(choices) as unknown as Item;
    case 'checkbox':
      return form
        .addCheckboxItem()
        .setTitle(title(q, lang))
        .setHelpText(help)
        .setRequired(q.required)
        .setChoiceValues(choices) as unknown as Item;
    case 'text':
      return form
        .addTextItem()
        .setTitle(title(q, lang))
        .setHelpText(help)
        .setRequired(q.required) as unknown as Item;
    case 'paragraph':
      return form
        .addParagraphTextItem()
        .setTitle(title(q, lang))
        .setHelpText(help)
        .setRequired(q.required) as unknown as Item;
  }
}

/**
 * The layout § 12-5 asks for: role and «Gjelder det noen i skolens ledelse?» on the first page; «Ja»
 * goes to a closing page that tells the reporter how to reach skoleeier directly and then submits
 * (nothing about the student or what happened is asked); «Nei» goes on to the questions about the
 * student. Repairs a form in place: a missing question or page is added, items are put in order, the
 * branching and the skoleeier channel are set again. Returns what changed.
 */
function arrange(form: Form, lang: Lang, t: Messages, channel: string): string[] {
  const changes: string[] = [];
  const isPage = (item: Item, which: 'skoleeierPage' | 'studentPage') =>
    item.getType() === FormApp.ItemType.PAGE_BREAK &&
    [t.form[which], messages('nb').form[which], messages('nn').form[which]].includes(item.getTitle());
  const before = form.getItems();
  const present = new Set(before.map((i) => questionByTitle(i.getTitle())?.title).filter(Boolean));
  const missing = QUESTIONS.filter((q) => !present.has(q.title));
  for (const q of missing) addQuestion(form, q, lang);
  if (missing.length > 0 && before.length > 0)
    changes.push(t.form.questionsAdded(missing.map((q) => `«${title(q, lang)}»`).join(', ')));
  if (!before.some((i) => isPage(i, 'skoleeierPage'))) {
    form.addPageBreakItem().setTitle(t.form.skoleeierPage);
    if (before.length > 0) changes.push(t.form.leadershipRouteAdded);
  }
  if (!before.some((i) => isPage(i, 'studentPage'))) form.addPageBreakItem().setTitle(t.form.studentPage);

  // Items as the generic Item (what getItems gives): the typed faces only for what needs them.
  const items = form.getItems();
  const skoleeier = items.find((i) => isPage(i, 'skoleeierPage'))!;
  const student = items.find((i) => isPage(i, 'studentPage'))!;
  const byKey = new Map<string, Item>();
  for (const item of items) {
    const q = item.getType() === FormApp.ItemType.PAGE_BREAK ? undefined : questionByTitle(item.getTitle());
    if (q && !byKey.has(q.title)) byKey.set(q.title, item);
  }
  // A school that changed its language: every question in the school's language (intake reads both).
  for (const item of items) {
    if (item.getType() === FormApp.ItemType.PAGE_BREAK) continue;
    const q = questionByTitle(item.getTitle());
    if (!q || item.getTitle() === title(q, lang)) continue;
    item.setTitle(title(q, lang)).setHelpText(q.help[lang]);
    const choices = [...((lang === 'nn' ? q.choicesNn : q.choices) ?? [])];
    if (q.kind === 'checkbox') item.asCheckboxItem().setChoiceValues(choices);
    else if (q.kind === 'choice' && q.title !== Q.leadership)
      item.asMultipleChoiceItem().setChoiceValues(choices);
    changes.push(t.form.translated(title(q, lang)));
  }
  for (const [page, which] of [
    [skoleeier, 'skoleeierPage'],
    [student, 'studentPage'],
  ] as const)
    if (page.getTitle() !== t.form[which]) page.setTitle(t.form[which]);
  const channelText = t.form.skoleeierHelp(channel || t.form.noChannel);
  if (skoleeier.getHelpText() !== channelText) {
    skoleeier.setHelpText(channelText);
    if (before.length > 0) changes.push(t.form.channelWritten);
  }

  // The order: first page, the skoleeier page, then the student page with every other question.
  const order: Item[] = [
    byKey.get(Q.role)!,
    byKey.get(Q.leadership)!,
    skoleeier,
    student,
    ...QUESTIONS.filter((q) => q.title !== Q.role && q.title !== Q.leadership).map(
      (q) => byKey.get(q.title)!,
    ),
  ];
  order.forEach((item, i) => {
    if (item.getIndex() !== i) form.moveItem(item, i);
  });
  // After the skoleeier page the form is submitted: reaching the student page from it means "send".
  const studentPage = student.asPageBreakItem();
  if (studentPage.getPageNavigationType() !== FormApp.PageNavigationType.SUBMIT)
    studentPage.setGoToPage(FormApp.PageNavigationType.SUBMIT);
  const skoleeierPage = skoleeier.asPageBreakItem();
  const leadership = byKey.get(Q.leadership)!.asMultipleChoiceItem();
  const choices = leadership.getChoices();
  const wired =
    choices.length === 2 &&
    choices[0]!.getGotoPage()?.getId() === skoleeier.getId() &&
    choices[1]!.getGotoPage()?.getId() === student.getId();
  if (!wired)
    leadership.setChoices([
      leadership.createChoice('Ja', skoleeierPage),
      leadership.createChoice('Nei', studentPage),
    ]);
  return changes;
}

/**
 * Creates the meldeskjema and links it to this spreadsheet, or repairs it. In the school's language;
 * intake reads either language. The response sheet Google creates is the raw record.
 */
export const formStep: SetupStep = {
  name: 'Meldeskjema',
  run({ ss, settings }) {
    const state = DocState.load();
    const s = settings();
    const language = s.language;
    const t = messages(language);
    const changes: string[] = [];
    let form = openFormById(state.get(FORM_ID));
    const owner = state.get(TRIGGER_OWNER);
    const me = Session.getEffectiveUser().getEmail();
    // A form someone else made and has not shared with me is not missing: it is theirs to repair.
    if (!form && state.get(FORM_ID) && owner && owner !== me) return [t.setUp.formNotShared(owner)];
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
      arrange(form, language, t, s.skoleeierChannel);
      form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
      state.set(FORM_ID, form.getId());
      changes.push('Laget meldeskjemaet og koblet det til regnearket.');
    } else {
      changes.push(...arrange(form, language, t, s.skoleeierChannel));
      if (form.getDescription() !== t.setUp.formDescription) form.setDescription(t.setUp.formDescription);
      if (form.getConfirmationMessage() !== t.setUp.formConfirmation)
        form.setConfirmationMessage(t.setUp.formConfirmation);
    }
    shareFormWith(
      form,
      [s.rektorEmail, ...s.leadership].filter((e) => e !== me),
    );
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
  form: Form,
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
