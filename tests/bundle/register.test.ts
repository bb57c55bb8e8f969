import { describe, expect, it } from 'vitest';
import { sheetRecords } from '../support/bundle';
import { answers, cases, logRows, STAFF, school, shown } from '../support/school';

function withCase(now?: string) {
  const emu = school(now);
  emu.submitForm(answers(), { email: STAFF });
  emu.select('Saker', 'C2');
  return emu;
}

const status = (emu: ReturnType<typeof school>) => cases(emu)[0]!['Status'];

describe('menu actions on the selected case', () => {
  it('changes status, stamps the date and logs it under the sub-duty', () => {
    const emu = withCase();
    emu.sheets.ui.answer({ button: 'OK', text: 'Undersøkes' });
    emu.clickMenu('Endre status …');
    expect(status(emu)).toBe('Undersøkes');
    expect(shown(emu, 'Saker', 'Undersøkelse startet')).toBe('14.09.2026');
    const last = logRows(emu).at(-1)!;
    expect([last['Saksnr'], last['Delplikt'], last['Hendelse'], last['Detaljer']]).toEqual([
      '2026-001',
      'undersøke',
      'Status endret',
      'Meldt → Undersøkes.',
    ]);
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toContain('har nå status «Undersøkes»');
  });

  it('a plan sets the first evaluation four weeks later', () => {
    const emu = withCase();
    emu.sheets.ui.answer({ button: 'OK', text: 'Undersøkes' });
    emu.clickMenu('Endre status …');
    emu.sheets.ui.answer({ button: 'OK', text: 'Aktivitetsplan' });
    emu.clickMenu('Endre status …');
    expect(shown(emu, 'Saker', 'Plan iverksatt')).toBe('14.09.2026');
    expect(shown(emu, 'Saker', 'Neste evaluering')).toBe('12.10.2026');
  });

  it('refuses skipping a step, with a Norwegian message, and changes nothing', () => {
    const emu = withCase();
    emu.sheets.ui.answer({ button: 'OK', text: 'Evalueres' });
    emu.clickMenu('Endre status …');
    expect(status(emu)).toBe('Meldt');
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toMatch(/ikke et av valgene/);
  });

  it('cancel changes nothing', () => {
    const emu = withCase();
    emu.sheets.ui.answer({ button: 'CANCEL' });
    emu.clickMenu('Endre status …');
    expect(status(emu)).toBe('Meldt');
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toMatch(/Avbrutt/);
  });

  it('closes a case with a required reason', () => {
    const emu = withCase();
    emu.sheets.ui.answer({ button: 'OK', text: '' });
    emu.clickMenu('Avslutt saken …');
    expect(status(emu)).toBe('Meldt');
    emu.sheets.ui.answer({ button: 'OK', text: 'Eleven opplever nå skolemiljøet som trygt.' });
    emu.clickMenu('Avslutt saken …');
    expect(cases(emu)[0]).toMatchObject({
      Status: 'Avsluttet',
      Avslutningsgrunn: 'Eleven opplever nå skolemiljøet som trygt.',
    });
    expect(logRows(emu).at(-1)!['Hendelse']).toBe('Saken avsluttet');
  });

  it('reopens a closed case with a reason: the investigation starts again', () => {
    const emu = withCase();
    emu.sheets.ui.answer({ button: 'OK', text: 'Eleven har det trygt nå.' });
    emu.clickMenu('Avslutt saken …');
    emu.env.setNow('2026-11-02T10:00:00+01:00');
    emu.sheets.ui.answer({ button: 'OK', text: 'Eleven sier at det har begynt igjen.' });
    emu.clickMenu('Gjenåpne saken …');
    expect(cases(emu)[0]).toMatchObject({ Status: 'Undersøkes', Avsluttet: '' });
    expect(shown(emu, 'Saker', 'Undersøkelse startet')).toBe('02.11.2026');
    expect(logRows(emu).at(-1)).toMatchObject({
      Delplikt: 'undersøke',
      Hendelse: 'Saken gjenåpnet',
      Detaljer: 'Avsluttet → Undersøkes. Begrunnelse: Eleven sier at det har begynt igjen.',
    });
    emu.clickMenu('Gjenåpne saken …');
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toBe('Sak 2026-001 er ikke avsluttet.');
  });

  it('assigns a responsible person by e-mail', () => {
    const emu = withCase();
    emu.sheets.ui.answer({ button: 'OK', text: 'ikke-epost' });
    emu.clickMenu('Sett ansvarlig …');
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toMatch(/ikke en gyldig e-postadresse/);
    emu.sheets.ui.answer({ button: 'OK', text: 'Kontaktlarer@Skole.no' });
    emu.clickMenu('Sett ansvarlig …');
    expect(cases(emu)[0]!['Ansvarlig']).toBe('kontaktlarer@skole.no');
  });

  it('asks to select a case row when the selection is elsewhere', () => {
    const emu = withCase();
    emu.select('Logg', 'A1');
    emu.clickMenu('Endre status …');
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toContain('Marker en rad med en sak');
  });

  it('shows the case in a sidebar with every user text escaped', () => {
    const emu = school();
    emu.submitForm(answers({ 'Hva har skjedd?': '<img src=x onerror=alert(1)> & "sitat"' }), {
      email: STAFF,
    });
    emu.select('Saker', 'A2');
    emu.clickMenu('Vis saken');
    const sidebar = emu.sheets.ui.shown.at(-1)!;
    expect(sidebar.kind).toBe('sidebar');
    expect(sidebar.title).toBe('Sak 2026-001');
    expect(sidebar.html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;sitat&quot;');
    expect(sidebar.html).not.toContain('<img src=x');
    expect(sidebar.html).toContain('Melding mottatt');
  });
});

describe('editing «Status» by hand', () => {
  const statusCell = (emu: ReturnType<typeof school>) => {
    const sheet = emu.spreadsheet._sheetByName('Saker')!;
    const col =
      (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[]).indexOf('Status') + 1;
    return sheet.getRange(2, col).getA1Notation();
  };

  it('stamps the date and logs, as the menu does', () => {
    const emu = withCase();
    emu.edit('Saker', statusCell(emu), 'Undersøkes', 'inspektor@skole.no');
    expect(status(emu)).toBe('Undersøkes');
    expect(shown(emu, 'Saker', 'Undersøkelse startet')).toBe('14.09.2026');
    expect(logRows(emu).at(-1)).toMatchObject({
      Bruker: 'inspektor@skole.no',
      Delplikt: 'undersøke',
      Hendelse: 'Status endret',
    });
  });

  it('moves the deadlines and colours at once when «Rektor kjent» is corrected', () => {
    const emu = withCase();
    const sheet = emu.spreadsheet._sheetByName('Saker')!;
    const col =
      (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[]).indexOf('Rektor kjent') + 1;
    emu.edit('Saker', sheet.getRange(2, col).getA1Notation(), '10.09.2026');
    expect(shown(emu, 'Saker', 'Frist undersøkelse')).toBe('14.09.2026');
    expect(shown(emu, 'Saker', 'Frist aktivitetsplan')).toBe('17.09.2026');
    expect(shown(emu, 'Saker', 'Statsforvalter fra')).toBe('17.09.2026');
  });

  it('undoes the edit with a message when another job holds the register', () => {
    const emu = withCase();
    emu.locks.holdByOther('script');
    emu.edit('Saker', statusCell(emu), 'Undersøkes');
    expect(status(emu)).toBe('Meldt');
    expect(emu.spreadsheet._toasts.at(-1)).toMatch(/opptatt/);
  });

  it('undoes a move that skips a step, with a message', () => {
    const emu = withCase();
    emu.edit('Saker', statusCell(emu), 'Evalueres');
    expect(status(emu)).toBe('Meldt');
    expect(emu.spreadsheet._toasts.at(-1)).toMatch(/Skolemiljø: /);
  });
});

describe('runDailyJobs', () => {
  it('sends one digest with passed and near deadlines by case number, and nothing more on a second run', () => {
    const emu = withCase();
    emu.env.setNow('2026-09-17T06:00:00+02:00');
    emu.runTimeTriggers();
    const digests = emu.mail.sent.filter((m) => m.subject.startsWith('Skolemiljø 17.09.2026'));
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toBe('Skolemiljø 17.09.2026: 1 frister passert, 1 snart');
    expect(digests[0]!.body).toContain('Sak 2026-001: start undersøkelsen, frist 16.09.2026');
    expect(digests[0]!.body).not.toMatch(/Ola|Nordmann|5B/);
    emu.runTimeTriggers();
    expect(emu.mail.sent.filter((m) => m.subject.startsWith('Skolemiljø 17.09.2026'))).toHaveLength(1);
  });

  it('follows a corrected «Rektor kjent» and writes the overview', () => {
    const emu = withCase();
    const sheet = emu.spreadsheet._sheetByName('Saker')!;
    const col =
      (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[]).indexOf('Rektor kjent') + 1;
    sheet.getRange(2, col).setValue('10.09.2026');
    emu.runTimeTriggers();
    expect(shown(emu, 'Saker', 'Frist undersøkelse')).toBe('14.09.2026');
    const overview = sheetRecords(emu, 'Oversikt');
    expect(overview.find((r) => r['Oversikt'] === 'Åpne saker')?.['Antall']).toBe(1);
  });
});

describe('retention and unresolved errors in the digest', () => {
  it('lists closed cases past the retention period by number, and unresolved intake errors', () => {
    const emu = withCase('2024-01-08T10:00:00+01:00');
    emu.sheets.ui.answer({ button: 'OK', text: 'Ikke lenger aktuelt.' });
    emu.clickMenu('Avslutt saken …');
    emu.submitForm({ 'Din rolle': 'Ansatt' }, { email: STAFF, skipRequiredCheck: true });
    emu.env.setNow('2026-01-09T06:00:00+01:00');
    emu.runTimeTriggers();
    const digest = emu.mail.sent.find((m) => m.subject.startsWith('Skolemiljø 09.01.2026'))!;
    expect(digest.body).toContain(
      '1 avsluttede saker er eldre enn oppbevaringstiden (24 måneder): 2024-001.',
    );
    expect(digest.body).toContain('1 melding(er) i «Meldingsfeil» er ikke løst ennå');
  });
});

describe('a school that writes nynorsk', () => {
  it('gets notices, the digest, the overview and the menu in nynorsk', () => {
    const emu = school(undefined, { Språk: 'nynorsk' });
    emu.run('setUp');
    emu.open('FULL');
    expect(emu.menus[0]!.items.map((i) => i.caption)).toContain('Vis saka');
    emu.submitForm(answers(), { email: STAFF });
    expect(emu.mail.sent[0]!.body).toContain('Det har kome ei ny melding');
    emu.env.setNow('2026-09-17T06:00:00+02:00');
    emu.runTimeTriggers();
    const digest = emu.mail.sent.find((m) => m.subject.startsWith('Skolemiljø 17.09.2026'))!;
    expect(digest.subject).toContain('fristar passerte');
    expect(digest.body).toContain('start undersøkinga');
    expect(sheetRecords(emu, 'Oversikt').map((r) => r['Oversikt'])).toContain('Opne saker');
  });
});
