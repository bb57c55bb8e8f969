import { describe, expect, it } from 'vitest';
import type { SidebarData } from '../../src/ui/contract';
import { makePlan, prepareCaseWithMeasures } from '../../tools/scenarios/planScenario';
import { sheetRecords } from '../support/bundle';
import { lastForm, pageJson, submitForm, viaDialog } from '../support/dialogs';
import { answers, answersNn, cases, logRows, STAFF, school, shown } from '../support/school';

function withCase(now?: string) {
  const emu = school(now);
  emu.submitForm(answers(), { email: STAFF });
  emu.select('Saker', 'C2');
  return emu;
}

const status = (emu: ReturnType<typeof school>) => cases(emu)[0]!['Status'];

describe('menu actions on the selected case, through their dialogs', () => {
  it('changes status, stamps the date and logs it under the sub-duty', () => {
    const emu = withCase();
    emu.clickMenu('Endre status …');
    const spec = lastForm(emu);
    // Only the moves the law's order allows are offered; «Aktivitetsplan» needs the written plan first.
    const statusField = spec.fields.find((f) => f.name === 'status')!;
    expect('options' in statusField && statusField.options.map((o) => o.value)).toEqual([
      'Undersøkes',
      'Avsluttet',
    ]);
    const result = submitForm(emu, { status: 'Undersøkes' });
    expect(result).toMatchObject({
      status: 'done',
      message: expect.stringContaining('har nå status «Undersøkes»'),
    });
    expect(status(emu)).toBe('Undersøkes');
    expect(shown(emu, 'Saker', 'Undersøkelse startet')).toBe('14.09.2026');
    const last = logRows(emu).at(-1)!;
    expect([last['Saksnr'], last['Delplikt'], last['Hendelse'], last['Detaljer']]).toEqual([
      '2026-001',
      'undersøke',
      'Status endret',
      'Meldt → Undersøkes.',
    ]);
  });

  it('a case gets «Aktivitetsplan» only from its written plan, which sets the first evaluation', () => {
    const emu = school();
    const request = prepareCaseWithMeasures(emu, 1);
    emu.clickMenu('Endre status …');
    const statusField = lastForm(emu).fields.find((f) => f.name === 'status')!;
    expect('options' in statusField && statusField.options.map((o) => o.value)).toEqual(['Avsluttet']);
    // A forged request for the move is refused by the register's own rule.
    expect(submitForm(emu, { status: 'Aktivitetsplan' })).toMatchObject({
      status: 'error',
      message: expect.stringContaining('Lag aktivitetsplan'),
    });
    makePlan(emu, { ...request, evalueringsdato: '' });
    expect(status(emu)).toBe('Aktivitetsplan');
    expect(shown(emu, 'Saker', 'Plan iverksatt')).toBe('14.09.2026');
    expect(shown(emu, 'Saker', 'Neste evaluering')).toBe('12.10.2026');
  });

  it('refuses skipping a step, with a Norwegian message, and changes nothing', () => {
    const emu = withCase();
    emu.clickMenu('Endre status …');
    expect(submitForm(emu, { status: 'Evalueres' })).toMatchObject({ status: 'error' });
    expect(status(emu)).toBe('Meldt');
  });

  it('a dialog that is cancelled changes nothing; the same request twice is done once', () => {
    const emu = withCase();
    emu.clickMenu('Endre status …');
    expect(status(emu)).toBe('Meldt');
    const spec = lastForm(emu);
    submitForm(emu, { status: 'Undersøkes' }, { spec });
    submitForm(emu, { status: 'Undersøkes' }, { spec });
    expect(logRows(emu).filter((r) => r['Hendelse'] === 'Status endret')).toHaveLength(1);
  });

  it('closes a case only with a reason', () => {
    const emu = withCase();
    emu.clickMenu('Avslutt saken …');
    expect(submitForm(emu, { reason: '' })).toMatchObject({ status: 'error', field: 'reason' });
    expect(status(emu)).toBe('Meldt');
    expect(submitForm(emu, { reason: 'Eleven opplever nå skolemiljøet som trygt.' })).toMatchObject({
      status: 'done',
    });
    expect(cases(emu)[0]).toMatchObject({
      Status: 'Avsluttet',
      Avslutningsgrunn: 'Eleven opplever nå skolemiljøet som trygt.',
    });
    expect(logRows(emu).at(-1)!['Hendelse']).toBe('Saken avsluttet');
    // The status dialog cannot close a case without one either.
    const emu2 = withCase();
    emu2.clickMenu('Endre status …');
    expect(submitForm(emu2, { status: 'Avsluttet', reason: '' })).toMatchObject({
      status: 'error',
      field: 'reason',
    });
  });

  it('reopens a closed case with a reason: the investigation starts again', () => {
    const emu = withCase();
    viaDialog(emu, 'Avslutt saken …', { reason: 'Eleven har det trygt nå.' });
    emu.env.setNow('2026-11-02T10:00:00+01:00');
    viaDialog(emu, 'Gjenåpne saken …', { reason: 'Eleven sier at det har begynt igjen.' });
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

  it('assigns a responsible person, picked or by e-mail', () => {
    const emu = withCase();
    emu.clickMenu('Sett ansvarlig …');
    expect(submitForm(emu, { other: 'ikke-epost' })).toMatchObject({
      status: 'error',
      message: expect.stringMatching(/ikke en gyldig e-postadresse/),
    });
    expect(submitForm(emu, { other: 'Kontaktlarer@Skole.no' })).toMatchObject({ status: 'done' });
    expect(cases(emu)[0]!['Ansvarlig']).toBe('kontaktlarer@skole.no');
  });

  it('asks to select a case row when the selection is elsewhere', () => {
    const emu = withCase();
    emu.select('Logg', 'A1');
    emu.clickMenu('Endre status …');
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toContain('Marker en rad med en sak');
  });

  it('shows the case in the sidebar, every user text escaped into data', () => {
    const emu = school();
    emu.submitForm(answers({ 'Hva har skjedd?': '<img src=x onerror=alert(1)> & "sitat"' }), {
      email: STAFF,
    });
    emu.select('Saker', 'A2');
    emu.clickMenu('Vis saken');
    const sidebar = emu.sheets.ui.shown.at(-1)!;
    expect(sidebar.kind).toBe('sidebar');
    expect(sidebar.title).toBe('Sak 2026-001');
    expect(sidebar.html).not.toContain('<img src=x');
    const data = pageJson<SidebarData>(sidebar.html);
    expect(data.view!.texts[0]!.value).toBe('<img src=x onerror=alert(1)> & "sitat"');
    expect(data.view!.chronology.flatMap((g) => g.entries.map((e) => e.event))).toContain('Melding mottatt');
    expect(data.view!.actions.map((a) => a.id)).toEqual([
      'investigate',
      'event',
      'assign',
      // Legal review G4, G7 and G8: tell the parents, the absence routine, consent, barnevernet.
      'informParents',
      'absenceRoute',
      'consent',
      'barnevern',
      'close',
      'documentation',
    ]);
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
    // «Saker» is protected: only the leadership edits it by hand.
    const emu = school(undefined, { 'Ledelsen (e-post)': 'inspektor@skole.no' });
    emu.submitForm(answers(), { email: STAFF });
    expect(emu.edit('Saker', statusCell(emu), 'Undersøkes', 'larer@skole.no').refused).toBe('protection');
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
  it('lists closed cases past the retention period by number, and cases still to be completed', () => {
    const emu = withCase('2024-01-08T10:00:00+01:00');
    viaDialog(emu, 'Avslutt saken …', { reason: 'Ikke lenger aktuelt.' });
    emu.env.setNow('2026-01-08T10:00:00+01:00');
    emu.submitForm(
      { 'Din rolle': 'Ansatt', 'Gjelder det noen i skolens ledelse?': 'Nei' },
      { email: STAFF, skipRequiredCheck: true },
    );
    emu.env.setNow('2026-01-09T06:00:00+01:00');
    emu.runTimeTriggers();
    const digest = emu.mail.sent.find((m) => m.subject.startsWith('Skolemiljø 09.01.2026'))!;
    expect(digest.body).toContain(
      '1 avsluttede saker er eldre enn oppbevaringstiden (24 måneder): 2024-001.',
    );
    expect(digest.body).toContain('Må kompletteres (1): 2026-001');
  });
});

describe('a school that writes nynorsk', () => {
  it('gets notices, the digest, the overview and the menu in nynorsk', () => {
    const emu = school(undefined, { Språk: 'nynorsk' });
    emu.run('setUp');
    emu.open('FULL');
    expect(emu.menus[0]!.items.map((i) => i.caption)).toContain('Vis saka');
    // The meldeskjema is in nynorsk too; intake reads its answers as the canonical ones.
    expect(emu.form.items.map((i) => i.title)).toContain('Namnet til eleven');
    emu.submitForm(answersNn(), { email: STAFF });
    expect(cases(emu)[0]).toMatchObject({
      Rolle: 'Ansatt',
      Kategori: 'Mobbing, Utestenging',
      Elev: 'Ola Nordmann',
    });
    expect(emu.mail.sent[0]!.body).toContain('Det har kome ei ny melding');
    emu.env.setNow('2026-09-17T06:00:00+02:00');
    emu.runTimeTriggers();
    const digest = emu.mail.sent.find((m) => m.subject.startsWith('Skolemiljø 17.09.2026'))!;
    expect(digest.subject).toContain('fristar passerte');
    expect(digest.body).toContain('start undersøkinga');
    expect(sheetRecords(emu, 'Oversikt').map((r) => r['Oversikt'])).toContain('Opne saker');
  });
});
