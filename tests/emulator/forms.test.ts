import { describe, expect, it } from 'vitest';
import { Emulator } from '../../tools/emulator/emulator';

/** A meldeskjema-like form with a branch: «Ja» on the leadership question ends the form on its own page. */
const script = `
function makeForm() {
  const ss = SpreadsheetApp.getActive();
  const form = FormApp.create('Meld fra');
  form.setCollectEmail(true).setConfirmationMessage('Takk');
  form.addMultipleChoiceItem().setTitle('Din rolle').setChoiceValues(['Ansatt', 'Foresatt']).setRequired(true);
  const leader = form.addMultipleChoiceItem().setTitle('Gjelder det noen i skolens ledelse?').setRequired(true);
  const skoleeier = form.addPageBreakItem().setTitle('Skoleeier');
  form.addSectionHeaderItem().setTitle('Kontakt skoleeier direkte');
  const rest = form.addPageBreakItem().setTitle('Meldingen');
  leader.setChoices([
    leader.createChoice('Ja', skoleeier),
    leader.createChoice('Nei', rest),
  ]);
  // After the skoleeier page the form is submitted: it never continues into «Meldingen».
  rest.setGoToPage(FormApp.PageNavigationType.SUBMIT);
  form.addTextItem().setTitle('Elevens navn').setRequired(true);
  form.addCheckboxItem().setTitle('Hva gjelder meldingen?').setChoiceValues(['Mobbing', 'Vold', 'Annet']);
  form.addParagraphTextItem().setTitle('Hva har skjedd?');
  form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.getId());
  PropertiesService.getScriptProperties().setProperty('form', form.getId());
  return form.getId();
}
function continuePage() {
  // Without SUBMIT on the break after «Skoleeier», the respondent would go on into «Meldingen».
  const form = FormApp.openById(PropertiesService.getScriptProperties().getProperty('form'));
  const pages = form.getItems(FormApp.ItemType.PAGE_BREAK).map((i) => i.asPageBreakItem());
  pages[1].setGoToPage(FormApp.PageNavigationType.CONTINUE);
}
function onResponse(e) {
  const r = e.response;
  const out = {
    authMode: String(e.authMode),
    trigger: e.triggerUid,
    form: e.source.getId(),
    id: r.getId(),
    email: r.getRespondentEmail(),
    isDate: r.getTimestamp() instanceof Date,
    items: r.getItemResponses().map((x) => [x.getItem().getTitle(), x.getResponse()]),
  };
  PropertiesService.getScriptProperties().setProperty('last', JSON.stringify(out));
}
function installFormTrigger() {
  const form = FormApp.openById(PropertiesService.getScriptProperties().getProperty('form'));
  return ScriptApp.newTrigger('onResponse').forForm(form).onFormSubmit().create().getUniqueId();
}
function read(id) {
  const form = FormApp.openById(PropertiesService.getScriptProperties().getProperty('form'));
  const r = form.getResponse(id);
  const item = form.getItems().filter((i) => i.getTitle() === 'Hva gjelder meldingen?')[0];
  return {
    count: form.getResponses().length,
    url: r.getEditResponseUrl(),
    checkbox: r.getResponseForItem(item) && r.getResponseForItem(item).getResponse(),
  };
}
`;

function setup() {
  const emu = new Emulator().load(script);
  const formId = emu.run<string>('makeForm');
  return { emu, formId };
}

const ANSATT = 'kontakt@skole.no';

describe('form responses', () => {
  it('every submission is kept in the form with a stable opaque id; answers are as typed', () => {
    const { emu, formId } = setup();
    emu.submitForm(
      {
        'Din rolle': 'Ansatt',
        'Gjelder det noen i skolens ledelse?': 'Nei',
        'Elevens navn': 'Kari',
        'Hva gjelder meldingen?': ['Vold', 'Mobbing'],
      },
      { email: ANSATT },
    );
    const [r] = emu.forms.responses(formId);
    expect(r!.id).toMatch(/^2_ABaOnu[\w-]{40}$/);
    expect(r!.answers).toEqual({
      'Din rolle': 'Ansatt',
      'Gjelder det noen i skolens ledelse?': 'Nei',
      'Elevens navn': 'Kari',
      'Hva gjelder meldingen?': ['Vold', 'Mobbing'],
    });
    const read = emu.run<{ count: number; url: string; checkbox: string[] }>('read', [r!.id]);
    expect(read).toEqual({
      count: 1,
      url: `https://docs.google.com/forms/d/e/${formId}/viewform?edit2=${r!.id}`,
      checkbox: ['Vold', 'Mobbing'],
    });
    // Same id every time it is read.
    expect(emu.forms.responses(formId)[0]!.id).toBe(r!.id);
  });

  it('getResponses(timestamp) returns responses from that moment on; an unknown id throws', () => {
    const { emu, formId } = setup();
    const answers = { 'Din rolle': 'Foresatt', 'Gjelder det noen i skolens ledelse?': 'Ja' };
    emu.submitForm(answers, { email: 'a@b.no' });
    emu.env.advance(60_000);
    emu.submitForm(answers, { email: 'c@d.no' });
    const since = new Date(emu.env.now()).toISOString();
    const got = emu
      .load(
        `${script} function since(iso) { const f = FormApp.openById('${formId}'); return f.getResponses(new Date(iso)).map((r) => r.getRespondentEmail()); }
         function missing() { FormApp.openById('${formId}').getResponse('2_nope'); }`,
      )
      .run<string[]>('since', [since]);
    expect(got).toEqual(['c@d.no']);
    expect(() => emu.run('missing')).toThrow(/No response with ID/);
  });

  it("deleting responses empties the form's store but leaves the rows in the response sheet", () => {
    const { emu, formId } = setup();
    const answers = { 'Din rolle': 'Foresatt', 'Gjelder det noen i skolens ledelse?': 'Ja' };
    emu.submitForm(answers, { email: 'a@b.no' });
    emu.submitForm(answers, { email: 'c@d.no' });
    const [first] = emu.forms.responses(formId);
    emu.load(
      `function del(id) { const f = FormApp.openById('${formId}'); f.deleteResponse(id); return f.getResponses().length; }
       function delAll() { const f = FormApp.openById('${formId}'); f.deleteAllResponses(); return f.getResponses().length; }`,
    );
    expect(emu.run('del', [first!.id])).toBe(1);
    expect(() => emu.run('del', [first!.id])).toThrow(/No response/);
    expect(emu.run('delAll')).toBe(0);
    expect(emu.form.destination!.sheet.getLastRow()).toBe(3);
  });

  it('getItemResponses lists answered questions, and unanswered text questions with an empty string', () => {
    const { emu, formId } = setup();
    emu.run('installFormTrigger');
    emu.submitForm(
      { 'Din rolle': 'Ansatt', 'Gjelder det noen i skolens ledelse?': 'Nei', 'Elevens navn': 'Ola' },
      { email: ANSATT },
    );
    const last = JSON.parse(String(emu.properties.script.get('last')));
    expect(last).toMatchObject({ authMode: 'FULL', form: formId, email: ANSATT, isDate: true });
    expect(last.id).toBe(emu.forms.responses(formId)[0]!.id);
    expect(last.trigger).toBe(emu.triggers.triggers.find((t) => t.source === 'FORMS')!.id);
    expect(last.items).toEqual([
      ['Din rolle', 'Ansatt'],
      ['Gjelder det noen i skolens ledelse?', 'Nei'],
      ['Elevens navn', 'Ola'],
      ['Hva har skjedd?', ''],
    ]);
  });

  it('a form trigger builder has only onFormSubmit, onOpen and create; the spreadsheet trigger still fires', () => {
    const { emu } = setup();
    emu.load(`${script}
      function bad() { ScriptApp.newTrigger('x').forForm('${emu.form.id}').timeBased(); }
      function sheetTrigger() { ScriptApp.newTrigger('onSheet').forSpreadsheet(SpreadsheetApp.getActive()).onFormSubmit().create(); }
      function onSheet(e) { PropertiesService.getScriptProperties().setProperty('row', String(e.range.getRow())); }`);
    expect(() => emu.run('bad')).toThrow(/FormTriggerBuilder.timeBased/);
    emu.run('installFormTrigger');
    emu.run('sheetTrigger');
    emu.submitForm(
      { 'Din rolle': 'Foresatt', 'Gjelder det noen i skolens ledelse?': 'Ja' },
      { email: 'a@b.no' },
    );
    expect(emu.properties.script.get('row')).toBe('2');
    expect(emu.properties.script.get('last')).toBeDefined();
    expect(emu.failedExecutions).toEqual([]);
    // A redelivered event carries the same response id.
    const first = JSON.parse(String(emu.properties.script.get('last'))).id;
    emu.properties.script.delete('last');
    emu.redeliverFormResponse(emu.form, first);
    expect(JSON.parse(String(emu.properties.script.get('last'))).id).toBe(first);
  });
});

describe('sections and branching', () => {
  it('follows the navigation of the chosen answer; unreached questions are blank in the row', () => {
    const { emu, formId } = setup();
    const firstOfEach = (answers: Record<string, string>) =>
      emu.forms.pagesReached(formId, answers).map((p) => p[0]);
    expect(firstOfEach({ 'Gjelder det noen i skolens ledelse?': 'Ja' })).toEqual(['Din rolle', 'Skoleeier']);
    expect(firstOfEach({ 'Gjelder det noen i skolens ledelse?': 'Nei' })).toEqual(['Din rolle', 'Meldingen']);
    // An unanswered navigation question falls back to the page's own navigation: on into the next page.
    expect(firstOfEach({})).toEqual(['Din rolle', 'Skoleeier']);
    const row = emu.submitForm(
      { 'Din rolle': 'Foresatt', 'Gjelder det noen i skolens ledelse?': 'Ja' },
      { email: 'forelder@epost.no' },
    );
    const sheet = emu.form.destination!.sheet;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    expect(header).toEqual([
      'Tidsmerke',
      'E-postadresse',
      'Din rolle',
      'Gjelder det noen i skolens ledelse?',
      'Elevens navn',
      'Hva gjelder meldingen?',
      'Hva har skjedd?',
    ]);
    expect(sheet.getRange(row, 2, 1, 6).getValues()[0]).toEqual([
      'forelder@epost.no',
      'Foresatt',
      'Ja',
      '',
      '',
      '',
    ]);
  });

  it('answers to questions on pages never reached throw; required questions count only on reached pages', () => {
    const { emu } = setup();
    expect(() =>
      emu.submitForm(
        { 'Din rolle': 'Ansatt', 'Gjelder det noen i skolens ledelse?': 'Ja', 'Elevens navn': 'Kari' },
        { email: ANSATT },
      ),
    ).toThrow(/never reaches/);
    // «Elevens navn» is required, but on the «Meldingen» page only.
    expect(() =>
      emu.submitForm(
        { 'Din rolle': 'Ansatt', 'Gjelder det noen i skolens ledelse?': 'Nei' },
        { email: ANSATT },
      ),
    ).toThrow('"Elevens navn" is required.');
    expect(() =>
      emu.submitForm(
        { 'Din rolle': 'Ansatt', 'Gjelder det noen i skolens ledelse?': 'Kanskje' },
        { email: ANSATT },
      ),
    ).toThrow(/not a choice/);
    expect(() =>
      emu.submitForm(
        {
          'Din rolle': 'Ansatt',
          'Gjelder det noen i skolens ledelse?': 'Nei',
          'Elevens navn': 'Kari',
          'Hva gjelder meldingen?': ['Ran'],
        },
        { email: ANSATT },
      ),
    ).toThrow(/not a choice/);
  });

  it('choices and page breaks report their navigation; navigation and plain choices do not mix', () => {
    const { emu, formId } = setup();
    emu.load(`
      function inspect() {
        const form = FormApp.openById('${formId}');
        const leader = form.getItems(FormApp.ItemType.MULTIPLE_CHOICE)[1].asMultipleChoiceItem();
        const choices = leader.getChoices().map((c) => [c.getValue(), String(c.getPageNavigationType()), c.getGotoPage().getTitle()]);
        const role = form.getItems()[0].asMultipleChoiceItem().getChoices()[0];
        const page = form.getItems(FormApp.ItemType.PAGE_BREAK)[0].asPageBreakItem();
        return { choices, plain: [role.getPageNavigationType(), role.getGotoPage()], page: [String(page.getPageNavigationType()), page.getGoToPage()], confirmation: form.getConfirmationMessage() };
      }
      function mix() {
        const form = FormApp.openById('${formId}');
        const leader = form.getItems()[1].asMultipleChoiceItem();
        leader.setChoices([leader.createChoice('Ja', FormApp.PageNavigationType.SUBMIT), leader.createChoice('Nei')]);
      }
      function notAFunction() { FormApp.openById('${formId}').getItems(FormApp.ItemType.PAGE_BREAK)[0].asPageBreakItem().setRequired(true); }
      function genericItem() { FormApp.openById('${formId}').getItems()[0].setChoiceValues(['x']); }
      function wrongCast() { FormApp.openById('${formId}').getItems()[0].asTextItem(); }
    `);
    expect(emu.run('inspect')).toEqual({
      choices: [
        ['Ja', 'GO_TO_PAGE', 'Skoleeier'],
        ['Nei', 'GO_TO_PAGE', 'Meldingen'],
      ],
      plain: [null, null],
      page: ['CONTINUE', null],
      confirmation: 'Takk',
    });
    expect(() => emu.run('mix')).toThrow(/cannot be combined/);
    expect(() => emu.run('notAFunction')).toThrow('PageBreakItem.setRequired is not a function');
    expect(() => emu.run('genericItem')).toThrow('Item.setChoiceValues is not a function');
    expect(() => emu.run('wrongCast')).toThrow(/not a TextItem/);
  });

  it('a page break set to CONTINUE takes «Ja» respondents on into the next section', () => {
    const { emu, formId } = setup();
    emu.run('continuePage');
    expect(
      emu.forms.pagesReached(formId, { 'Gjelder det noen i skolens ledelse?': 'Ja' }).map((p) => p[0]),
    ).toEqual(['Din rolle', 'Skoleeier', 'Meldingen']);
    expect(() =>
      emu.submitForm(
        { 'Din rolle': 'Foresatt', 'Gjelder det noen i skolens ledelse?': 'Ja' },
        { email: 'a@b.no' },
      ),
    ).toThrow('"Elevens navn" is required.');
  });

  it('moveItem and deleteItem check their indexes; a deleted item is gone for its old handles', () => {
    const { emu, formId } = setup();
    emu.load(`
      function moves() {
        const form = FormApp.openById('${formId}');
        const n = form.getItems().length;
        const moved = form.moveItem(n - 1, 0);
        const titles = form.getItems().map((i) => i.getTitle());
        form.deleteItem(moved);
        let again = '';
        try { form.deleteItem(moved); } catch (e) { again = e.message; }
        let out = '';
        try { form.moveItem(0, 99); } catch (e) { out = e.message; }
        return { first: titles[0], count: form.getItems().length, n, again, out };
      }`);
    expect(emu.run('moves')).toEqual({
      first: 'Hva har skjedd?',
      count: 7,
      n: 8,
      again: 'The item has already been deleted.',
      out: expect.stringMatching(/out of bounds/),
    });
    // The deleted question keeps its column in the response sheet.
    expect(emu.form.destination!.sheet.getLastColumn()).toBe(7);
  });
});

describe('forms are Drive files of their creator', () => {
  it('another user opens the form only once it is shared with them (Form.addEditor or Drive)', () => {
    const { emu, formId } = setup();
    emu.load(`
      function open(id) { return FormApp.openById(id).getTitle(); }
      function share(id, who) { return FormApp.openById(id).addEditor(who).getEditors().map((u) => u.getEmail()); }
      function file(id) { return DriveApp.getFileById(id).getMimeType(); }`);
    expect(() => emu.run('open', [formId], { user: 'inspektor@skole.no' })).toThrow(
      /No item with the given ID could be found/,
    );
    expect(emu.run('file', [formId])).toBe('application/vnd.google-apps.form');
    expect(emu.run('share', [formId, 'inspektor@skole.no'])).toEqual([
      'rektor@skole.no',
      'inspektor@skole.no',
    ]);
    expect(emu.run('open', [formId], { user: 'inspektor@skole.no' })).toBe('Meld fra');
  });
});

describe('navigation loops', () => {
  it('RESTART goes back to the first page; final answers that loop forever cannot be submitted', () => {
    const emu = new Emulator().load(`
      function make() {
        const form = FormApp.create('Runde');
        const q = form.addMultipleChoiceItem().setTitle('Igjen?');
        const p2 = form.addPageBreakItem().setTitle('Side 2');
        form.addTextItem().setTitle('Slutt');
        q.setChoices([q.createChoice('Ja', FormApp.PageNavigationType.RESTART), q.createChoice('Nei', p2)]);
        form.setDestination(FormApp.DestinationType.SPREADSHEET, SpreadsheetApp.getActive().getId());
      }`);
    emu.run('make');
    expect(() => emu.submitForm({ 'Igjen?': 'Ja' })).toThrow(/loop/);
    expect(emu.forms.pagesReached(emu.form.id, { 'Igjen?': 'Nei' })).toEqual([
      ['Igjen?'],
      ['Side 2', 'Slutt'],
    ]);
    expect(emu.submitForm({ 'Igjen?': 'Nei', Slutt: 'ok' })).toBe(2);
  });
});

describe('a response sheet changed by a person', () => {
  it('answers still land under their questions after a column is inserted', () => {
    const { emu } = setup();
    const sheet = emu.form.destination!.sheet;
    sheet.insertColumnsAfter(3, 1);
    sheet.getRange('D1').setValue('Merknad');
    const row = emu.submitForm(
      { 'Din rolle': 'Ansatt', 'Gjelder det noen i skolens ledelse?': 'Nei', 'Elevens navn': 'Kari' },
      { email: ANSATT },
    );
    expect(sheet.getRange(row, 2, 1, 5).getValues()[0]).toEqual([ANSATT, 'Ansatt', '', 'Nei', 'Kari']);
  });
});

describe('renaming a question', () => {
  it('renames its column in the response sheet in place; its answers stay under it', () => {
    const { emu, formId } = setup();
    emu.submitForm(
      { 'Din rolle': 'Ansatt', 'Gjelder det noen i skolens ledelse?': 'Nei', 'Elevens navn': 'Kari' },
      { email: ANSATT },
    );
    emu.load(
      `function rename() { FormApp.openById('${formId}').getItems(FormApp.ItemType.TEXT)[0].setTitle('Elevens fulle navn'); }`,
    );
    emu.run('rename');
    const sheet = emu.form.destination!.sheet;
    expect(sheet.getLastColumn()).toBe(7);
    expect(sheet.getRange('E1:E2').getValues()).toEqual([['Elevens fulle navn'], ['Kari']]);
    emu.submitForm(
      { 'Din rolle': 'Ansatt', 'Gjelder det noen i skolens ledelse?': 'Nei', 'Elevens fulle navn': 'Per' },
      { email: ANSATT },
    );
    expect(sheet.getRange('E3').getValue()).toBe('Per');
  });
});
