import { describe, expect, it } from 'vitest';
import { sheetRecords } from '../support/bundle';
import { answers, cases, logRows, STAFF, school, shown } from '../support/school';

describe('setUp for intake', () => {
  it('creates the meldeskjema with the contract questions, collecting e-mail, and links it', () => {
    const emu = school();
    const form = emu.form;
    expect(form.collectEmail).toBe(true);
    expect(form.items.map((i) => i.title)).toEqual([
      'Din rolle',
      'Elevens navn',
      'Klasse',
      'Hva gjelder meldingen?',
      'Gjelder det en ansatt som krenker en elev?',
      'Gjelder det noen i skolens ledelse?',
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

  it('installs exactly one form-submit and one daily trigger, also when run twice', () => {
    const emu = school();
    const forms = emu.forms.forms.size;
    emu.run('setUp');
    const triggers = emu.triggers.triggers.map((t) => `${t.handler}:${t.eventType}`).sort();
    expect(triggers).toEqual(['onFormSubmit:ON_FORM_SUBMIT', 'runDailyJobs:CLOCK']);
    expect(emu.forms.forms.size).toBe(forms);
  });

  it('does not add a second set of triggers when another leader runs setUp', () => {
    const emu = school();
    emu.run('setUp', [], { user: 'assisterende@skole.no' });
    expect(emu.triggers.triggers).toHaveLength(2);
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
      'Svar-rad': 2,
    });
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
      ['2026-001', 'melde', 'Rektor varslet'],
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

  it('a report about the leadership goes to skoleeier too', () => {
    const emu = school(undefined, { 'Skoleeier (e-post)': 'oppvekst@kommune.no' });
    emu.submitForm(
      answers({
        'Gjelder det noen i skolens ledelse?': 'Ja',
        'Gjelder det en ansatt som krenker en elev?': 'Ja',
      }),
      {
        email: STAFF,
      },
    );
    expect(emu.mail.sent.map((m) => m.to).sort()).toEqual(['oppvekst@kommune.no', 'rektor@skole.no']);
    expect(cases(emu)[0]!['Ledelsen involvert']).toBe('Ja');
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
    const row = emu.submitForm(answers(), { email: STAFF });
    emu.redeliverFormSubmit(row);
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

  it('remembers the response sheet from the first event when setUp could not see it yet', () => {
    const emu = school();
    const id = emu.properties.document.get('form:sheet');
    emu.properties.document.delete('form:sheet');
    emu.properties.document.delete('form:sheetName');
    emu.submitForm(answers(), { email: STAFF });
    expect(emu.properties.document.get('form:sheet')).toBe(id);
    // …so the daily repair can find what a lost trigger leaves behind.
    emu.locks.holdByOther('script');
    emu.submitForm(answers(), { email: STAFF });
    emu.locks.release('script');
    emu.runTimeTriggers();
    expect(cases(emu)).toHaveLength(2);
  });

  it('stores hostile text as text: no formula, no placeholder expansion, nothing lost', () => {
    const emu = school();
    const long = `${'æøå '.repeat(5000)}`.slice(0, 20_000);
    emu.submitForm(
      answers({
        'Elevens navn': '=HYPERLINK("https://evil.example","klikk")',
        Klasse: '+47 123',
        'Hva har skjedd?': long,
        'Hvor skjedde det?': '@SUM(1)',
        'Når skjedde det?': '<script>alert(1)</script> {{Elev}}',
        'Har noen grepet inn?': '-1',
      }),
      { email: STAFF },
    );
    const sheet = emu.spreadsheet._sheetByName('Saker')!;
    const formulas = sheet.getDataRange().getFormulas().flat().filter(Boolean);
    expect(formulas).toEqual([]);
    const [c] = cases(emu);
    expect(c!['Elev']).toBe('=HYPERLINK("https://evil.example","klikk")');
    expect(c!['Klasse']).toBe('+47 123');
    expect(c!['Hvor']).toBe('@SUM(1)');
    expect(c!['Når']).toBe('<script>alert(1)</script> {{Elev}}');
    expect(c!['Har noen grepet inn']).toBe('-1');
    expect(c!['Hva har skjedd']).toBe(long.trim());
  });

  it('keeps a numeric class as text', () => {
    const emu = school();
    emu.submitForm(answers({ Klasse: '10' }), { email: STAFF });
    expect(cases(emu)[0]!['Klasse']).toBe('10');
  });

  it('a response missing required answers becomes a visible error row, and the raw response is untouched', () => {
    const emu = school();
    const row = emu.submitForm(
      { 'Din rolle': 'Ansatt', 'Hva har skjedd?': 'Noe skjedde.' },
      { email: STAFF, skipRequiredCheck: true },
    );
    expect(cases(emu)).toHaveLength(0);
    const [error] = sheetRecords(emu, 'Meldingsfeil');
    expect(error!['Svar-rad']).toBe(row);
    expect(String(error!['Årsak'])).toContain('Svaret på «Elevens navn» mangler.');
    expect(emu.spreadsheet._sheetByName('Meldingsfeil')!.getRange('C2').getFormula()).toMatch(
      /^=HYPERLINK\(/,
    );
    expect(emu.mail.sent[0]!.subject).toBe('En melding i Skolemiljø må sjekkes');
    const raw = emu.spreadsheet._sheetByName(emu.form.destination!.sheet._name)!;
    expect(raw.getRange(row, 4).getValue()).toBe('');
    // Delivered again: still one error row.
    emu.redeliverFormSubmit(row);
    expect(sheetRecords(emu, 'Meldingsfeil')).toHaveLength(1);
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

  it('case numbers run per year and are never reused', () => {
    const emu = school('2026-12-30T10:00:00+01:00');
    emu.submitForm(answers(), { email: STAFF });
    emu.submitForm(answers(), { email: STAFF });
    const sheet = emu.spreadsheet._sheetByName('Saker')!;
    sheet.deleteRow(3);
    emu.submitForm(answers(), { email: STAFF });
    emu.env.setNow('2027-01-04T10:00:00+01:00');
    emu.submitForm(answers(), { email: STAFF });
    expect(cases(emu).map((c) => c['Saksnr'])).toEqual(['2026-001', '2026-003', '2027-001']);
  });

  it('stays within the service-call budget', () => {
    const emu = school();
    emu.env.calls.reset();
    emu.submitForm(answers(), { email: STAFF });
    expect(emu.env.calls.total()).toBeLessThanOrEqual(25);
  });
});
