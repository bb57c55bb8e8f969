import { describe, expect, it } from 'vitest';
import { defaultTiltaksplan } from '../../src/domain/plans/defaultTiltaksplan';
import { defaultWheel } from '../../src/domain/wheel/defaultWheel';
import type { Emulator } from '../../tools/emulator/emulator';
import type { EmuSheet } from '../../tools/emulator/spreadsheet/sheet';
import { loadBundle, sheetRecords } from '../support/bundle';
import { answers, cases, logRows, school } from '../support/school';

const WHEEL = 'Årshjul';
const PLAN = 'Tiltaksplan';
const CONFIRM_TITLE = 'Bekreftelse: jeg har lest planen';
const CONFIRM_QUESTION = 'Har du lest planen, og kjenner du plikten din til å melde fra?';

const sheet = (emu: Emulator, name: string): EmuSheet => emu.spreadsheet._sheetByName(name)!;
const column = (emu: Emulator, name: string, header: string): number =>
  sheet(emu, name).getRange(1, 1, 1, sheet(emu, name).getLastColumn()).getValues()[0]!.indexOf(header) + 1;
/** The sheet row of the årshjul activity whose text starts with `prefix`. */
const wheelRow = (emu: Emulator, prefix: string): number =>
  sheetRecords(emu, WHEEL).findIndex((r) => String(r['Aktivitet']).startsWith(prefix)) + 2;
const setCell = (emu: Emulator, name: string, row: number, header: string, value: string): void => {
  sheet(emu, name)
    .getRange(row, column(emu, name, header))
    .setValue(value);
};
const cell = (emu: Emulator, name: string, row: number, header: string): string =>
  sheet(emu, name)
    .getRange(row, column(emu, name, header))
    .getDisplayValue();
/** The background a person sees in a cell, conditional formatting included. */
const colour = (emu: Emulator, name: string, row: number, col: number): string | null => {
  const s = sheet(emu, name);
  const c = s._peek(row, col);
  const rule = s._rules.find((r) => r._matches(row, col, c?.value ?? '', s._display(c, row, col)));
  return rule?._spec.background ?? null;
};
const reminders = (emu: Emulator) =>
  emu.mail.sent.filter((m) => /^Skolemiljø: (aktiviteter|tiltaksplanen|årshjulet)/.test(m.subject));
const at = (emu: Emulator, oslo: string) => emu.env.setNow(new Date(oslo));
const docProps = (emu: Emulator) => Object.fromEntries(emu.properties.document);

describe('setUp: årshjul, tiltaksplan and confirmation form', () => {
  it('fills an empty årshjul and tiltaksplan with the defaults, with Neste and Status computed', () => {
    const emu = school('2026-09-14T09:00:00+02:00');
    const wheel = sheetRecords(emu, WHEEL);
    expect(wheel.map((r) => r['Aktivitet'])).toEqual(defaultWheel('nb').map((r) => r.aktivitet));
    expect(wheel.every((r) => r['Neste'] instanceof Date)).toBe(true);
    const survey = wheelRow(emu, 'Elevundersøkelsen');
    expect(cell(emu, WHEEL, survey, 'Neste')).toBe('01.10.2026');
    expect(cell(emu, WHEEL, survey, 'Status')).toBe('Planlagt');
    expect(cell(emu, WHEEL, survey, 'Gjentakelse')).toBe('årlig: okt, nov');
    // A role the settings know gets its address: the rektor (the owner until Innstillinger says otherwise).
    expect(cell(emu, WHEEL, wheelRow(emu, 'Evaluere planen'), 'Ansvarlig (e-post)')).toBe('rektor@skole.no');
    expect(cell(emu, WHEEL, wheelRow(emu, 'Klasseråd'), 'Ansvarlig (e-post)')).toBe('');

    const plan = sheetRecords(emu, PLAN);
    expect(plan.map((r) => r['Tiltak'])).toEqual(defaultTiltaksplan('nb').map((r) => r.tiltak));
    expect(new Set(plan.map((r) => r['Nivå']))).toEqual(new Set(['Universelt', 'Selektert', 'Indikert']));
    expect(plan.every((r) => r['Evaluering'] === '' && r['Videre arbeid'] === '')).toBe(true);
  });

  it('installs colours and drop-down lists on both sheets', () => {
    const emu = school('2026-09-14T09:00:00+02:00');
    expect(sheet(emu, WHEEL)._rules).toHaveLength(3);
    expect(sheet(emu, PLAN)._rules).toHaveLength(1);
    const status = sheet(emu, WHEEL)
      .getRange(5, column(emu, WHEEL, 'Status'))
      .getDataValidation();
    expect(status?.getCriteriaValues()[0]).toEqual([
      'Forfalt',
      'Denne uken',
      'Planlagt',
      'Gjort',
      'Sjekk gjentakelse',
    ]);
    const niva = sheet(emu, PLAN)
      .getRange(900, column(emu, PLAN, 'Nivå'))
      .getDataValidation();
    expect(niva?.getCriteriaValues()[0]).toEqual(['Universelt', 'Selektert', 'Indikert']);
    expect(niva?.getAllowInvalid()).toBe(false);
  });

  it('colours overdue red, this week amber, done grey, and a missing evaluation red after 15 June', () => {
    const emu = school('2026-09-14T09:00:00+02:00');
    const neste = column(emu, WHEEL, 'Neste');
    const row = wheelRow(emu, 'Elevundersøkelsen');
    setCell(emu, WHEEL, row, 'Neste', '10.09.2026');
    expect(colour(emu, WHEEL, row, 1)).toBe('#f4cccc');
    setCell(emu, WHEEL, row, 'Neste', '18.09.2026');
    expect(colour(emu, WHEEL, row, neste)).toBe('#fce8b2');
    setCell(emu, WHEEL, row, 'Sist gjort', '14.09.2026');
    expect(colour(emu, WHEEL, row, 2)).toBe('#eeeeee');

    const evaluering = column(emu, PLAN, 'Evaluering');
    expect(colour(emu, PLAN, 2, evaluering)).toBeNull();
    at(emu, '2027-06-16T09:00:00+02:00');
    expect(colour(emu, PLAN, 2, evaluering)).toBe('#f4cccc');
    setCell(emu, PLAN, 2, 'Evaluering', 'Gjennomført for hele personalet.');
    expect(colour(emu, PLAN, 2, evaluering)).toBeNull();
  });

  it('creates the confirmation form, linked, collecting e-mail, with its own named response sheet', () => {
    const emu = school('2026-09-14T09:00:00+02:00');
    const form = emu.formTitled(CONFIRM_TITLE);
    expect(form.collectEmail).toBe(true);
    expect(form.items).toHaveLength(1);
    expect(form.items[0]).toMatchObject({ type: 'CHECKBOX', title: CONFIRM_QUESTION, required: true });
    expect(form.items[0]!.choices[0]).toMatch(/plikten min til å følge med, gripe inn og melde fra/);
    expect(form.destination?.sheet._name).toBe('Kvitteringssvar');
    const props = docProps(emu);
    expect(props['confirmForm:id']).toBe(form.id);
    expect(props['confirmForm:sheet']).toBe(String(form.destination?.sheet._id));
    const settings = sheetRecords(emu, 'Innstillinger');
    expect(
      settings.find((r) => r['Innstilling'] === 'Kvitteringsskjema (lenke til ansatte)')?.['Verdi'],
    ).toBe(`https://docs.google.com/forms/d/e/${form.id}/viewform`);
    // Its own form-submit trigger, on the form: responses are known by the form's own id.
    expect(
      emu.triggers.triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT' && t.sourceId === form.id),
    ).toHaveLength(1);
  });

  it('a second setUp changes nothing of it, keeps the school’s own rules and never refills an emptied sheet', () => {
    const emu = school('2026-09-14T09:00:00+02:00');
    const wheelSheet = sheet(emu, WHEEL);
    // The school adds a rule of its own and empties the tiltaksplan to write its own later.
    const schoolRule = wheelSheet._rules[0]!._copy();
    schoolRule._spec.criteria = 'TEXT_CONTAINS';
    schoolRule._spec.values = ['Elevråd'];
    schoolRule._spec.background = '#cfe2f3';
    wheelSheet._rules.push(schoolRule);
    const plan = sheet(emu, PLAN);
    plan.getRange(2, 1, plan.getLastRow() - 1, plan.getLastColumn()).clearContent();
    const before = {
      wheel: wheelSheet.getDataRange().getValues(),
      rules: wheelSheet._rules.map((r) => ({
        ...r._spec,
        ranges: r._spec.ranges.map((x) => x.getA1Notation()),
      })),
      planRules: plan._rules.length,
      forms: emu.forms.forms.size,
    };
    emu.run('setUp');
    expect(emu.sheets.ui.dialogs.at(-1)?.prompt).toMatch(/Ingenting ble endret/);
    expect(wheelSheet.getDataRange().getValues()).toEqual(before.wheel);
    expect(
      wheelSheet._rules.map((r) => ({ ...r._spec, ranges: r._spec.ranges.map((x) => x.getA1Notation()) })),
    ).toEqual(before.rules);
    expect(plan.getLastRow()).toBe(1);
    expect(plan._rules).toHaveLength(before.planRules);
    expect(emu.forms.forms.size).toBe(before.forms);
  });

  it('repairs its own rules when they were deleted, and keeps the school’s', () => {
    const emu = school('2026-09-14T09:00:00+02:00');
    const wheelSheet = sheet(emu, WHEEL);
    const schoolRule = wheelSheet._rules[0]!._copy();
    schoolRule._spec.criteria = 'TEXT_CONTAINS';
    schoolRule._spec.values = ['Elevråd'];
    wheelSheet._rules.splice(0, wheelSheet._rules.length, schoolRule);
    emu.run('setUp');
    expect(emu.sheets.ui.dialogs.at(-1)?.prompt).toMatch(/Satte opp fargene i «Årshjul»/);
    expect(wheelSheet._rules).toHaveLength(4);
    expect(wheelSheet._rules.filter((r) => r._spec.criteria === 'TEXT_CONTAINS')).toHaveLength(1);
  });
});

describe('nynorsk', () => {
  it('writes the defaults, the statuses, the form and the messages in nynorsk', () => {
    const emu = loadBundle({ now: new Date('2026-09-14T09:00:00+02:00') });
    // The school chose nynorsk before setting up (the settings sheet is kept as it is).
    const settings = emu.spreadsheet.insertSheet('Innstillinger') as unknown as EmuSheet;
    settings.getRange(1, 1, 2, 2).setValues([
      ['Innstilling', 'Verdi'],
      ['Språk', 'nynorsk'],
    ]);
    emu.run('setUp');
    emu.open('FULL');
    expect(sheetRecords(emu, WHEEL).map((r) => r['Aktivitet'])).toEqual(
      defaultWheel('nn').map((r) => r.aktivitet),
    );
    expect(cell(emu, WHEEL, wheelRow(emu, 'Elevundersøkinga'), 'Status')).toBe('Planlagd');
    expect(emu.formTitled('Stadfesting: eg har lese planen').items[0]!.title).toBe(
      'Har du lese planen, og kjenner du plikta di til å melde frå?',
    );
    emu.select(WHEEL, `B${wheelRow(emu, 'Elevundersøkinga')}`);
    emu.clickMenu('Merk aktivitet som gjord');
    expect(emu.sheets.ui.dialogs.at(-1)?.prompt).toBe(
      '«Elevundersøkinga.» er merkt som gjord 14.09.2026.\nNeste gong: 02.11.2026.',
    );
  });
});

describe('Merk aktivitet som gjort', () => {
  it('writes Sist gjort, moves Neste to the next occurrence, sets Status and logs it', () => {
    const emu = school('2026-09-14T09:00:00+02:00');
    const row = wheelRow(emu, 'Elevundersøkelsen');
    emu.select(WHEEL, `B${row}`);
    emu.clickMenu('Merk aktivitet som gjort');
    expect(cell(emu, WHEEL, row, 'Sist gjort')).toBe('14.09.2026');
    // 1 November 2026 is a Sunday: the next occurrence is Monday 2 November.
    expect(cell(emu, WHEEL, row, 'Neste')).toBe('02.11.2026');
    expect(cell(emu, WHEEL, row, 'Status')).toBe('Gjort');
    expect(emu.sheets.ui.dialogs.at(-1)?.prompt).toBe(
      '«Elevundersøkelsen.» er merket som gjort 14.09.2026.\nNeste gang: 02.11.2026.',
    );
    const log = logRows(emu).filter((r) => r['Hendelse'] === 'Årshjul: aktivitet gjort');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ Saksnr: '', Delplikt: '', Bruker: 'rektor@skole.no' });
    expect(log[0]!['Detaljer']).toBe(`Rad ${row}: Elevundersøkelsen. Neste: 02.11.2026.`);

    // A second click the same day changes nothing and logs nothing.
    emu.clickMenu('Merk aktivitet som gjort');
    expect(emu.sheets.ui.dialogs.at(-1)?.prompt).toMatch(/allerede merket som gjort i dag/);
    expect(cell(emu, WHEEL, row, 'Neste')).toBe('02.11.2026');
    expect(logRows(emu).filter((r) => r['Hendelse'] === 'Årshjul: aktivitet gjort')).toHaveLength(1);
  });

  it('marks every activity of a multi-row selection', () => {
    const emu = school('2026-09-14T09:00:00+02:00');
    emu.select(WHEEL, 'C2:C4');
    emu.clickMenu('Merk aktivitet som gjort');
    expect(emu.sheets.ui.dialogs.at(-1)?.prompt).toMatch(/^3 aktiviteter er merket som gjort 14\.09\.2026/);
    for (const row of [2, 3, 4]) expect(cell(emu, WHEEL, row, 'Sist gjort')).toBe('14.09.2026');
  });

  it('says clearly what to do when the selection is not an activity, and changes nothing', () => {
    const emu = school('2026-09-14T09:00:00+02:00');
    emu.select('Saker', 'A2');
    emu.clickMenu('Merk aktivitet som gjort');
    expect(emu.sheets.ui.dialogs.at(-1)?.prompt).toMatch(
      /Marker raden til aktiviteten i arket «Årshjul» først/,
    );
    emu.select(WHEEL, 'A1');
    emu.clickMenu('Merk aktivitet som gjort');
    expect(emu.sheets.ui.dialogs.at(-1)?.prompt).toMatch(/Marker raden til aktiviteten/);
    emu.select(WHEEL, 'B200');
    emu.clickMenu('Merk aktivitet som gjort');
    expect(emu.sheets.ui.dialogs.at(-1)?.prompt).toBe(
      'Rad 200 i «Årshjul» er ikke en aktivitet. Marker raden til aktiviteten som er gjort, og prøv igjen.',
    );
    const row = wheelRow(emu, 'Klasseråd');
    setCell(emu, WHEEL, row, 'Gjentakelse', 'av og til');
    emu.select(WHEEL, `A${row}`);
    emu.clickMenu('Merk aktivitet som gjort');
    expect(emu.sheets.ui.dialogs.at(-1)?.prompt).toMatch(
      new RegExp(`^Rad ${row}: Forstår ikke «av og til».*Rett kolonnen «Gjentakelse»`, 's'),
    );
    expect(cell(emu, WHEEL, row, 'Sist gjort')).toBe('');
    expect(logRows(emu).filter((r) => r['Hendelse'] === 'Årshjul: aktivitet gjort')).toHaveLength(0);
  });
});

describe('daily job: status and reminders', () => {
  /** A school on Monday 14 September 2026 where two people are responsible for årshjul activities. */
  function staffed(): Emulator {
    const emu = school('2026-09-14T09:00:00+02:00');
    setCell(emu, WHEEL, wheelRow(emu, 'Elevundersøkelsen'), 'Ansvarlig (e-post)', 'a@skole.no, B@skole.no');
    setCell(emu, WHEEL, wheelRow(emu, 'Klasseråd'), 'Ansvarlig (e-post)', 'a@skole.no');
    // A case exists: its student must never appear in a reminder.
    emu.submitForm(answers(), { email: 'larer@skole.no' });
    emu.mail.sent.length = 0;
    return emu;
  }

  it('recomputes Status: one read, one write of only what changed', () => {
    const emu = staffed();
    const row = wheelRow(emu, 'Elevundersøkelsen');
    at(emu, '2026-09-25T06:00:00+02:00');
    emu.run('runDailyJobs');
    expect(cell(emu, WHEEL, row, 'Status')).toBe('Denne uken');
    at(emu, '2026-10-02T06:00:00+02:00');
    emu.run('runDailyJobs');
    expect(cell(emu, WHEEL, row, 'Status')).toBe('Forfalt');
    // A daily routine is rolled forward, not left overdue.
    expect(cell(emu, WHEEL, wheelRow(emu, 'Morgenmøte'), 'Neste')).toBe('02.10.2026');
  });

  it('sends each responsible person one e-mail a day with their activities of the coming week', () => {
    const emu = staffed();
    at(emu, '2026-09-25T06:00:00+02:00');
    emu.run('runDailyJobs');
    const sent = reminders(emu);
    expect(sent.map((m) => m.to).sort()).toEqual(['a@skole.no', 'b@skole.no']);
    const toA = sent.find((m) => m.to === 'a@skole.no')!;
    expect(toA.subject).toBe('Skolemiljø: aktiviteter i årshjulet');
    expect(toA.body).toContain('01.10.2026 (torsdag): Elevundersøkelsen.');
    // The weekly class council of Thursday 17 September was never marked done: it is overdue.
    expect(toA.body).toContain('Forfalt 17.09.2026: Klasseråd.');
    expect(toA.body).toMatch(/#gid=\d+&range=A\d+/);
    expect(sent.find((m) => m.to === 'b@skole.no')!.body).not.toContain('Klasseråd');
    for (const m of sent) {
      expect(m.body).not.toContain('Ola Nordmann');
      expect(m.body).not.toContain('5B');
      expect(m.body).not.toContain('2026-001');
    }

    // The trigger fires again the same day: nothing more is sent.
    emu.run('runDailyJobs');
    expect(reminders(emu)).toHaveLength(2);
    // The next day there is nothing new to tell.
    at(emu, '2026-09-26T06:00:00+02:00');
    emu.run('runDailyJobs');
    expect(reminders(emu)).toHaveLength(2);
    // When the survey becomes overdue, both are told, once.
    at(emu, '2026-10-02T06:00:00+02:00');
    emu.run('runDailyJobs');
    const overdue = reminders(emu).slice(2);
    expect(overdue.map((m) => m.to).sort()).toEqual(['a@skole.no', 'b@skole.no']);
    expect(overdue[0]!.body).toContain('Forfalt 01.10.2026: Elevundersøkelsen.');
  });

  it('tells the rektor in the digest what is overdue, and which rows it cannot read', () => {
    const emu = staffed();
    setCell(emu, WHEEL, wheelRow(emu, 'Ukesfremlegg'), 'Gjentakelse', 'når det passer');
    setCell(emu, WHEEL, wheelRow(emu, 'Julemarked'), 'Ansvarlig (e-post)', 'Ledelsen');
    at(emu, '2026-10-02T06:00:00+02:00');
    emu.run('runDailyJobs');
    const digest = emu.mail.sent.find((m) => m.to === 'rektor@skole.no' && !reminders(emu).includes(m))!;
    expect(digest.body).toMatch(
      /Årshjul: \d+ aktiviteter er forfalt, \d+ skal gjøres denne uken\. https:\/\//,
    );
    expect(digest.body).toContain(`forstår ikke «Gjentakelse» i rad ${wheelRow(emu, 'Ukesfremlegg')}`);
    expect(digest.body).toContain(
      `Årshjul: ugyldig e-postadresse under «Ansvarlig (e-post)» i rad ${wheelRow(emu, 'Julemarked')}.`,
    );
    expect(cell(emu, WHEEL, wheelRow(emu, 'Ukesfremlegg'), 'Status')).toBe('Sjekk gjentakelse');
  });

  it('in May and June reminds, once a week, of tiltaksplan measures missing evaluation or next steps', () => {
    const emu = school('2026-09-14T09:00:00+02:00');
    setCell(emu, PLAN, 2, 'Ansvarlig (e-post)', 'c@skole.no');
    setCell(emu, PLAN, 3, 'Ansvarlig (e-post)', 'c@skole.no');
    setCell(emu, PLAN, 4, 'Ansvarlig (e-post)', 'c@skole.no');
    setCell(emu, PLAN, 4, 'Evaluering', 'Gjennomført.');
    setCell(emu, PLAN, 4, 'Videre arbeid', 'Fortsetter.');
    setCell(emu, PLAN, 3, 'Evaluering', 'Delvis.');
    at(emu, '2027-04-26T06:00:00+02:00');
    emu.run('runDailyJobs');
    expect(reminders(emu).filter((m) => m.to === 'c@skole.no')).toHaveLength(0);

    at(emu, '2027-05-03T06:00:00+02:00');
    emu.run('runDailyJobs');
    emu.run('runDailyJobs');
    const toC = reminders(emu).filter((m) => m.to === 'c@skole.no');
    expect(toC).toHaveLength(1);
    expect(toC[0]!.subject).toBe('Skolemiljø: tiltaksplanen skal evalueres');
    expect(toC[0]!.body).toContain('(mangler evaluering og videre arbeid)');
    expect(toC[0]!.body).toContain('(mangler videre arbeid)');
    expect(toC[0]!.body.match(/^• /gm)).toHaveLength(2);
    at(emu, '2027-05-05T06:00:00+02:00');
    emu.run('runDailyJobs');
    expect(reminders(emu).filter((m) => m.to === 'c@skole.no')).toHaveLength(1);
    at(emu, '2027-05-10T06:00:00+02:00');
    emu.run('runDailyJobs');
    expect(reminders(emu).filter((m) => m.to === 'c@skole.no')).toHaveLength(2);
  });

  it('costs a constant number of service calls, whatever the size of the årshjul and the tiltaksplan', () => {
    const measure = (wheelRows: number, planRows: number) => {
      const emu = school('2026-09-14T09:00:00+02:00');
      fill(emu, WHEEL, wheelRows, (i) => ({
        Aktivitet: `Aktivitet ${i}`,
        Gjentakelse: ['ukentlig (fredag)', 'månedlig (20.)', 'årlig: okt', 'hver 2. uke'][i % 4]!,
        'Ansvarlig (e-post)': `person${i % 10}@skole.no`,
      }));
      fill(emu, PLAN, planRows, (i) => ({
        Nivå: 'Universelt',
        Tiltak: `Tiltak ${i}`,
        'Ansvarlig (e-post)': `person${i % 10}@skole.no`,
      }));
      at(emu, '2027-05-14T06:00:00+02:00');
      emu.run('runDailyJobs');
      at(emu, '2027-05-18T06:00:00+02:00');
      emu.env.calls.reset();
      emu.run('runDailyJobs');
      return {
        total: emu.env.calls.total(),
        mail: emu.env.calls.total('MailApp.'),
        reminders: reminders(emu).filter((m) => m.at === emu.env.now()).length,
      };
    };
    const small = measure(20, 6);
    const large = measure(200, 60);
    expect(large.reminders).toBe(10);
    expect(large.total - large.mail).toBe(small.total - small.mail);
  });
});

/** Replaces a sheet's data rows with `n` generated rows (by header), as a school's own plan would be. */
function fill(emu: Emulator, name: string, n: number, row: (i: number) => Record<string, string>): void {
  const s = sheet(emu, name);
  const header = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0]!.map(String);
  if (s.getLastRow() > 1) s.getRange(2, 1, s.getLastRow() - 1, header.length).clearContent();
  if (s.getMaxRows() < n + 1) s.insertRowsAfter(s.getMaxRows(), n + 1 - s.getMaxRows());
  const values = Array.from({ length: n }, (_, i) => header.map((h) => row(i)[h] ?? ''));
  s.getRange(2, 1, n, header.length).setValues(values);
}

describe('Kvitteringer', () => {
  /** A staff member sends the confirmation form; onFormSubmit hands it to recordConfirmation. */
  function confirm(emu: Emulator, email: string): number {
    const form = emu.formTitled(CONFIRM_TITLE);
    const choice = form.items[0]!.choices[0]!;
    const before = sheetRecords(emu, 'Kvitteringer').length;
    // The spreadsheet's one onFormSubmit trigger fires and hands the response on to recordConfirmation.
    const row = emu.submitFormTo(form, { [CONFIRM_QUESTION]: [choice] }, { email });
    expect(sheetRecords(emu, 'Kvitteringer')).toHaveLength(before + 1);
    return row;
  }

  it('records each confirmation with time, verified e-mail, school year and response row, once', () => {
    const emu = school('2026-08-20T10:00:00+02:00');
    const row = confirm(emu, 'Larer@skole.no');
    confirm(emu, 'rektor@skole.no');
    const records = sheetRecords(emu, 'Kvitteringer');
    expect(records).toHaveLength(2);
    const form = emu.formTitled(CONFIRM_TITLE);
    expect(row).toBeGreaterThan(1);
    expect(records[0]).toMatchObject({
      'E-post': 'larer@skole.no',
      Skoleår: '2026/2027',
      'Svar-id': form.responses[0]!.id,
    });
    expect(records[0]!['Tid']).toBeInstanceOf(Date);
    // Redelivered: still two rows. Not a case either, and the raw response is untouched.
    emu.redeliverFormResponse(form, form.responses[0]!.id);
    expect(sheetRecords(emu, 'Kvitteringer')).toHaveLength(2);
    expect(cases(emu)).toHaveLength(0);
    expect(sheetRecords(emu, 'Kvitteringssvar')[0]!['E-postadresse']).toBe('Larer@skole.no');
    // A meldeskjema response is not a confirmation.
    emu.submitForm(answers(), { email: 'larer@skole.no' });
    expect(sheetRecords(emu, 'Kvitteringer')).toHaveLength(2);
  });

  it('names in the rektor’s digest, from four weeks after school start, the known staff who have not confirmed', () => {
    const emu = school('2026-08-17T08:00:00+02:00', {
      Skolestart: '17.08.2026',
      'Ledelsen (e-post)': 'leder@skole.no',
    });
    setCell(emu, WHEEL, wheelRow(emu, 'Klasseråd'), 'Ansvarlig (e-post)', 'kontakt@skole.no, larer@skole.no');
    confirm(emu, 'larer@skole.no');
    confirm(emu, 'rektor@skole.no');
    const digestOf = () =>
      emu.mail.sent
        .filter((m) => m.to === 'rektor@skole.no' && m.at === emu.env.now())
        .map((m) => m.body)
        .join('\n');

    at(emu, '2026-09-11T06:00:00+02:00');
    emu.run('runDailyJobs');
    expect(digestOf()).not.toContain('Kvitteringer');

    at(emu, '2026-09-14T06:00:00+02:00');
    emu.run('runDailyJobs');
    const line = digestOf()
      .split('\n')
      .find((l) => l.startsWith('Kvitteringer 2026/2027'));
    expect(line).toBe(
      'Kvitteringer 2026/2027: 2 har kvittert for at de har lest planen. Ikke kvittert ennå (2): kontakt@skole.no, leder@skole.no.' +
        ` Skjemaet: https://docs.google.com/forms/d/e/${emu.formTitled(CONFIRM_TITLE).id}/viewform`,
    );
  });

  it('asks again next school year those who confirmed last year', () => {
    const emu = school('2026-08-17T08:00:00+02:00', { Skolestart: '17.08.2026' });
    confirm(emu, 'larer@skole.no');
    confirm(emu, 'rektor@skole.no');
    at(emu, '2026-09-14T06:00:00+02:00');
    emu.run('runDailyJobs');
    expect(emu.mail.sent.map((m) => m.body).join('\n')).toContain(
      'Kvitteringer 2026/2027: alle 2 kjente ansatte har kvittert.',
    );

    at(emu, '2027-08-16T08:00:00+02:00');
    setCell(emu, 'Innstillinger', settingRow(emu, 'Skolestart'), 'Verdi', "'16.08.2027");
    confirm(emu, 'rektor@skole.no');
    at(emu, '2027-09-13T06:00:00+02:00');
    emu.mail.sent.length = 0;
    emu.run('runDailyJobs');
    expect(emu.mail.sent.map((m) => m.body).join('\n')).toContain(
      'Kvitteringer 2027/2028: 1 har kvittert for at de har lest planen. Ikke kvittert ennå (1): larer@skole.no.',
    );
  });
});

const settingRow = (emu: Emulator, label: string): number =>
  sheetRecords(emu, 'Innstillinger').findIndex((r) => r['Innstilling'] === label) + 2;
