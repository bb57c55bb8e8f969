import { describe, expect, it } from 'vitest';
import { sheetRecords } from '../support/bundle';
import { answers, cases, logRows, STAFF, school, shown } from '../support/school';

describe('setUp for intake', () => {
  it('creates the meldeskjema with the contract questions, the leadership question first, collecting e-mail, and links it', () => {
    const emu = school();
    const form = emu.form;
    expect(form.collectEmail).toBe(true);
    expect(form.items.map((i) => i.title)).toEqual([
      'Din rolle',
      'Gjelder det noen i skolens ledelse?',
      'Meld direkte til skoleeier',
      'Om eleven og det som har skjedd',
      'Elevens navn',
      'Klasse',
      'Hva gjelder meldingen?',
      'Gjelder det en ansatt som krenker en elev?',
      'Hva har skjedd?',
      'Når skjedde det?',
      'Hvor skjedde det?',
      'Har noen grepet inn?',
      'Har eleven selv sagt fra?',
    ]);
    expect(form.items.find((i) => i.title === 'Hva har skjedd?')?.helpText).toMatch(/elev A/);
    expect(form.items.find((i) => i.title === 'Hva gjelder meldingen?')?.choices).toContain(
      'Digital mobbing',
    );
    const settings = sheetRecords(emu, 'Innstillinger');
    expect(settings.find((r) => r['Innstilling'] === 'Meldeskjema (lenke til ansatte)')?.['Verdi']).toMatch(
      /viewform/,
    );
  });

  it('installs one form-submit trigger on each of its forms and one daily trigger, also when run twice', () => {
    const emu = school();
    const forms = emu.forms.forms.size;
    emu.run('setUp');
    const triggers = emu.triggers.triggers
      .map(
        (t) =>
          `${t.handler}:${t.eventType}:${t.sourceId === emu.form.id ? 'meldeskjema' : t.eventType === 'CLOCK' ? '' : 'kvittering'}`,
      )
      .sort();
    expect(triggers).toEqual([
      'onFormSubmit:ON_FORM_SUBMIT:kvittering',
      'onFormSubmit:ON_FORM_SUBMIT:meldeskjema',
      'runDailyJobs:CLOCK:',
    ]);
    expect(emu.forms.forms.size).toBe(forms);
  });

  it('does not add a second set of triggers when another leader runs setUp, and says who runs Skolemiljø', () => {
    const emu = school(undefined, { 'Ledelsen (e-post)': 'assisterende@skole.no' });
    emu.clickMenu('Sett opp / reparer', { user: 'assisterende@skole.no' });
    expect(emu.triggers.triggers).toHaveLength(3);
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toContain('Skolemiljø driftes av rektor@skole.no');
  });
});

describe('onFormSubmit', () => {
  it('turns a normal report into a case with deadlines in school days, and notifies the rektor without personal data', () => {
    // Monday 14 September 2026, 09:00.
    const emu = school();
    emu.submitForm(answers(), { email: STAFF });
    const [c] = cases(emu);
    expect(c).toMatchObject({
      Saksnr: '2026-001',
      'Meldt av': STAFF,
      Rolle: 'Ansatt',
      Elev: 'Ola Nordmann',
      Klasse: '5B',
      Kategori: 'Mobbing, Utestenging',
      'Ansatt involvert': 'Nei',
      Status: 'Meldt',
      Kanal: 'Meldeskjema',
      'Må kompletteres': '',
    });
    // Known by the form's own response id, never by its row.
    expect(c!['Svar-id']).toBe(emu.form.responses[0]!.id);
    expect(shown(emu, 'Saker', 'Rektor kjent')).toBe('14.09.2026');
    expect(shown(emu, 'Saker', 'Frist undersøkelse')).toBe('16.09.2026');
    expect(shown(emu, 'Saker', 'Frist aktivitetsplan')).toBe('21.09.2026');
    expect(shown(emu, 'Saker', 'Statsforvalter fra')).toBe('21.09.2026');

    expect(emu.mail.sent).toHaveLength(1);
    const mail = emu.mail.sent[0]!;
    expect(mail.to).toBe('rektor@skole.no');
    expect(mail.subject).toBe('Ny sak 2026-001 i Skolemiljø');
    expect(mail.body).toContain('Mobbing, Utestenging');
    expect(mail.body).toMatch(/#gid=\d+&range=A2/);
    for (const secret of ['Ola', 'Nordmann', '5B', 'friminuttene', 'Skolegården']) {
      expect(mail.subject + mail.body).not.toContain(secret);
    }
    const log = logRows(emu).filter((r) => r['Saksnr'] !== '');
    expect(log.map((r) => [r['Saksnr'], r['Delplikt'], r['Hendelse']])).toEqual([
      ['2026-001', 'melde', 'Melding mottatt'],
      ['2026-001', 'melde', 'Rektor fikk melding'],
      // The report says someone intervened: the school's «gripe inn», documented from the start.
      ['2026-001', 'gripe inn', 'Grepet inn (fra meldingen)'],
    ]);
    expect(emu.env.logs.join('\n')).not.toContain('Ola');
  });

  it('§ 12-5: an employee violating a student is urgent and investigated the same day', () => {
    const emu = school();
    emu.submitForm(answers({ 'Gjelder det en ansatt som krenker en elev?': 'Ja' }), { email: STAFF });
    expect(shown(emu, 'Saker', 'Frist undersøkelse')).toBe('14.09.2026');
    expect(emu.mail.sent[0]!.subject).toMatch(/^HASTER – § 12-5: Ny sak 2026-001/);
    expect(emu.mail.sent[0]!.body).toContain('§ 12-5');
  });

  it('§ 12-5, the leadership: the reporter is sent to skoleeier, and nothing of the report reaches the school', () => {
    const emu = school();
    // The form shows skoleeier's channel on the page «Ja» leads to.
    const page = emu.form.items.find((i) => i.title === 'Meld direkte til skoleeier')!;
    expect(page.helpText).toContain('https://skjema.kommune.no/ledelse');
    // Only the first page can be answered: the student's questions are behind «Nei».
    expect(() =>
      emu.submitForm(
        { 'Din rolle': 'Ansatt', 'Gjelder det noen i skolens ledelse?': 'Ja', 'Elevens navn': 'Ola' },
        { email: STAFF },
      ),
    ).toThrow();
    emu.submitForm({ 'Din rolle': 'Ansatt', 'Gjelder det noen i skolens ledelse?': 'Ja' }, { email: STAFF });
    expect(cases(emu)).toHaveLength(0);
    expect(emu.mail.sent).toHaveLength(0);
    // Not even who started such a report stays with the leadership: the form's response and the row go.
    expect(emu.form.responses).toHaveLength(0);
    expect(emu.form.destination!.sheet.getLastRow()).toBe(1);
    expect(JSON.stringify(logRows(emu))).not.toContain(STAFF);
    expect(JSON.stringify([...emu.properties.document.entries()])).not.toContain(STAFF);
    // A report about a student after it is taken in as usual.
    emu.submitForm(answers(), { email: STAFF });
    expect(cases(emu)).toHaveLength(1);
  });

  it('deadlines skip Easter: a report on the Wednesday before Easter', () => {
    // 1 April 2026 is the Wednesday before Easter; skjærtorsdag 2.4 to 2. påskedag 6.4 are holidays.
    const emu = school('2026-04-01T10:00:00+02:00');
    emu.submitForm(answers(), { email: STAFF });
    expect(shown(emu, 'Saker', 'Frist undersøkelse')).toBe('08.04.2026');
    expect(shown(emu, 'Saker', 'Frist aktivitetsplan')).toBe('13.04.2026');
  });

  it('deadlines skip 17 May and the school’s own holidays', () => {
    // Friday 15 May 2026; 17 May is a Sunday, but Kristi himmelfart is 14 May and the school has a day off 18 May.
    const emu = school('2026-05-15T10:00:00+02:00', { 'Skolens ferier og fridager': '18.05.2026' });
    emu.submitForm(answers(), { email: STAFF });
    expect(shown(emu, 'Saker', 'Frist undersøkelse')).toBe('20.05.2026');
    // 25 May is 2. pinsedag.
    expect(shown(emu, 'Saker', 'Frist aktivitetsplan')).toBe('26.05.2026');
  });

  it('the same event delivered twice makes one case', () => {
    const emu = school();
    emu.submitForm(answers(), { email: STAFF });
    emu.redeliverFormResponse(emu.form, emu.form.responses[0]!.id);
    expect(cases(emu)).toHaveLength(1);
    expect(emu.mail.sent).toHaveLength(1);
  });

  it('two submissions racing for the lock: the one that loses is taken in by the next intake, nothing is lost', () => {
    const emu = school();
    emu.submitForm(answers({ 'Elevens navn': 'Elev En' }), { email: STAFF });
    emu.locks.holdByOther('script');
    emu.submitForm(answers({ 'Elevens navn': 'Elev To' }), { email: STAFF });
    expect(cases(emu)).toHaveLength(1);
    emu.locks.release('script');
    emu.submitForm(answers({ 'Elevens navn': 'Elev Tre' }), { email: STAFF });
    expect(cases(emu).map((c) => [c['Saksnr'], c['Elev']])).toEqual([
      ['2026-001', 'Elev En'],
      ['2026-002', 'Elev To'],
      ['2026-003', 'Elev Tre'],
    ]);
  });

  it('a response whose trigger never ran is taken in by the daily job, even if the school renamed the sheet', () => {
    const emu = school();
    emu.form.destination!.sheet.setName('Meldinger (rådata)');
    emu.locks.holdByOther('script');
    emu.submitForm(answers(), { email: STAFF });
    emu.locks.release('script');
    expect(cases(emu)).toHaveLength(0);
    emu.runTimeTriggers();
    expect(cases(emu)).toHaveLength(1);
  });

  it('rows deleted, inserted or sorted in the response sheet lose or double no report', () => {
    const emu = school();
    emu.submitForm(answers({ 'Elevens navn': 'Elev En' }), { email: STAFF });
    emu.submitForm(answers({ 'Elevens navn': 'Elev To' }), { email: STAFF });
    const raw = emu.form.destination!.sheet;
    raw.deleteRow(2); // a test answer removed by hand
    emu.submitForm(answers({ 'Elevens navn': 'Elev Tre' }), { email: STAFF });
    raw.insertRowBefore(2);
    raw.getRange(2, 1, raw.getLastRow() - 1, raw.getLastColumn()).sort({ column: 4, ascending: false });
    emu.submitForm(answers({ 'Elevens navn': 'Elev Fire' }), { email: STAFF });
    emu.runTimeTriggers();
    expect(cases(emu).map((c) => c['Elev'])).toEqual(['Elev En', 'Elev To', 'Elev Tre', 'Elev Fire']);
    expect(emu.mail.sent.filter((m) => m.subject.startsWith('Ny sak'))).toHaveLength(4);
  });

  it('stores hostile text as text: no formula, no placeholder expansion, nothing lost', () => {
    const emu = school();
    const long = `${'æøå '.repeat(5000)}`.slice(0, 20_000);
    const typed = '  1e5  \n 50% og 14.09 ';
    emu.submitForm(
      answers({
        'Elevens navn': '=HYPERLINK("https://evil.example","klikk")',
        Klasse: '+47 123',
        'Hva har skjedd?': long,
        'Hvor skjedde det?': '@SUM(1)',
        'Når skjedde det?': '<script>alert(1)</script> {{Elev}}',
        'Har noen grepet inn?': '-1',
        'Din rolle': 'Ansatt',
      }),
      { email: STAFF },
    );
    emu.submitForm(answers({ 'Hva har skjedd?': typed, Klasse: '1.5', 'Elevens navn': "'Per" }), {
      email: STAFF,
    });
    const sheet = emu.spreadsheet._sheetByName('Saker')!;
    const formulas = sheet.getDataRange().getFormulas().flat().filter(Boolean);
    expect(formulas).toEqual([]);
    const [c] = cases(emu);
    expect(c!['Elev']).toBe('=HYPERLINK("https://evil.example","klikk")');
    expect(c!['Klasse']).toBe('+47 123');
    expect(c!['Hvor']).toBe('@SUM(1)');
    expect(c!['Når']).toBe('<script>alert(1)</script> {{Elev}}');
    expect(c!['Har noen grepet inn']).toBe('-1');
    expect(c!['Hva har skjedd']).toBe(long);
    // Exactly as typed: no number, date or trimming made of it (the response sheet itself parses them).
    const second = cases(emu)[1]!;
    expect(second['Hva har skjedd']).toBe(typed);
    expect(second['Klasse']).toBe('1.5');
    expect(second['Elev']).toBe("'Per");
  });

  it('keeps a numeric class as text', () => {
    const emu = school();
    emu.submitForm(answers({ Klasse: '10' }), { email: STAFF });
    expect(cases(emu)[0]!['Klasse']).toBe('10');
  });

  it('no report waits on a field: a missing or odd answer still makes a case at once, marked for completion', () => {
    const emu = school();
    const row = emu.submitForm(
      {
        'Din rolle': 'Ansatt',
        'Gjelder det noen i skolens ledelse?': 'Nei',
        'Hva har skjedd?': 'Noe skjedde.',
      },
      { email: STAFF, skipRequiredCheck: true },
    );
    const [c] = cases(emu);
    expect(c!['Status']).toBe('Meldt');
    expect(String(c!['Må kompletteres'])).toContain('Svaret på «Elevens navn» mangler.');
    expect(shown(emu, 'Saker', 'Frist undersøkelse')).toBe('16.09.2026');
    expect(emu.mail.sent[0]!.body).toContain('Må kompletteres');
    expect(sheetRecords(emu, 'Meldingsfeil')).toHaveLength(0);
    const raw = emu.form.destination!.sheet;
    expect(raw.getRange(row, 5).getValue()).toBe('');
    // The daily digest names it until someone completes it.
    emu.env.setNow('2026-09-15T06:00:00+02:00');
    emu.runTimeTriggers();
    expect(emu.mail.sent.at(-1)!.body).toContain('Må kompletteres (1): 2026-001');
  });

  it('when the mail quota is used up, the case is still made and the notice is sent the next day', () => {
    const emu = school();
    emu.mail.quota = 0;
    emu.submitForm(answers(), { email: STAFF });
    expect(cases(emu)).toHaveLength(1);
    expect(emu.mail.sent).toHaveLength(0);
    expect(emu.failedExecutions).toEqual([]);
    expect(logRows(emu).at(-1)!['Hendelse']).toBe('E-post i kø');
    emu.mail.quota = 100;
    emu.env.setNow('2026-09-15T06:00:00+02:00');
    emu.runTimeTriggers();
    expect(emu.mail.sent.map((m) => m.subject)).toContain('Ny sak 2026-001 i Skolemiljø');
  });

  it('case numbers run per year and are never reused; a case row deleted by hand comes back', () => {
    const emu = school('2026-12-30T10:00:00+01:00');
    emu.submitForm(answers({ 'Elevens navn': 'En' }), { email: STAFF });
    emu.submitForm(answers({ 'Elevens navn': 'To' }), { email: STAFF });
    const sheet = emu.spreadsheet._sheetByName('Saker')!;
    sheet.deleteRow(3);
    // The report of the deleted row is still in the form: the next intake makes it a case again.
    emu.submitForm(answers({ 'Elevens navn': 'Tre' }), { email: STAFF });
    emu.env.setNow('2027-01-04T10:00:00+01:00');
    emu.submitForm(answers({ 'Elevens navn': 'Fire' }), { email: STAFF });
    expect(cases(emu).map((c) => [c['Saksnr'], c['Elev']])).toEqual([
      ['2026-001', 'En'],
      ['2026-003', 'To'],
      ['2026-004', 'Tre'],
      ['2027-001', 'Fire'],
    ]);
  });

  it('stays within the service-call budget, and moves no register cell but its own row', () => {
    const emu = school();
    emu.env.calls.reset();
    emu.submitForm(answers(), { email: STAFF });
    // Reading the form's own response costs three cheap calls per answer (item, title, value): 33 of them.
    expect(emu.env.calls.total()).toBeLessThanOrEqual(80);
    expect(emu.env.calls.total('ItemResponse.')).toBe(22);
  });
});
