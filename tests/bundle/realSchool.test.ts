import { describe, expect, it } from 'vitest';
import { makePlan, prepareCaseWithMeasures } from '../../tools/scenarios/planScenario';
import { sheetRecords } from '../support/bundle';
import { submitForm, viaDialog } from '../support/dialogs';
import { answers, cases, logRows, STAFF, school } from '../support/school';

const RECTOR = 'rektor@skole.no';
const LEADER = 'inspektor@skole.no';
const NEW_RECTOR = 'ny.rektor@skole.no';

/**
 * Issue 8's day one in a real school, on the strict emulator: the manifest's scopes, protections,
 * Drive access by sharing (the full drive scope), the spreadsheet's own time zone and locale. One leader
 * sets up; a second leader works a case from intake to documentation; the trigger owner works a case the
 * second leader registered; a new rektor takes over; intake and the daily job still work.
 */
describe('a real school, day one, with two leaders and a handover', () => {
  it('works for every leader under the manifest, and after «Overta driften …»', () => {
    const emu = school('2026-09-14T09:00:00+02:00', { 'Ledelsen (e-post)': `${LEADER}, ${NEW_RECTOR}` });
    expect(emu.env.grantedScopes).toContain('https://www.googleapis.com/auth/drive');
    expect(emu.spreadsheet.getSpreadsheetTimeZone()).toBe('Europe/Oslo');
    expect(emu.spreadsheet.getSpreadsheetLocale()).toBe('nb_NO');

    // Intake (the rektor's trigger), then the second leader works the case to its documentation.
    const asLeader = <T>(fn: () => T): T => {
      const before = emu.env.activeUser;
      emu.env.activeUser = LEADER;
      try {
        return fn();
      } finally {
        emu.env.activeUser = before;
      }
    };
    asLeader(() => {
      const request = prepareCaseWithMeasures(emu, 2);
      makePlan(emu, request);
      emu.env.setNow('2026-10-12T13:00:00+02:00');
      emu.clickMenu('Lag dokumentasjon', { user: LEADER });
    });
    expect(emu.failedExecutions).toEqual([]);
    const [c] = cases(emu);
    expect(c).toMatchObject({ Status: 'Aktivitetsplan' });
    expect(logRows(emu).some((r) => r['Hendelse'] === 'Dokumentasjon laget' && r['Bruker'] === LEADER)).toBe(
      true,
    );

    // A concern the second leader registered: the trigger owner adds its first measure (and its folder).
    asLeader(() => {
      emu.clickMenu('Registrer melding …', { user: LEADER });
      const r = submitForm(emu, {
        role: 'Foresatt',
        reporter: 'Far, 900 00 000',
        kanal: 'Telefon',
        raised: '2026-10-12',
        student: 'Per Hansen',
        className: '4A',
        categories: ['Mobbing'],
        what: 'Far forteller om erting på bussen.',
      });
      expect(r.status).toBe('done');
    });
    emu.select('Saker', 'A3');
    viaDialog(emu, 'Endre status …', { status: 'Undersøkes' });
    expect(
      viaDialog(emu, 'Nytt tiltak …', { tiltak: 'Voksen på bussen', niva: 'gruppe', hvem: LEADER }).status,
    ).toBe('done');

    // A new rektor takes over: their triggers, the protections; the former owner's triggers retire.
    emu.sheets.ui.answer({ button: 'YES' });
    emu.clickMenu('Overta driften …', { user: NEW_RECTOR });
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toContain('Du driver nå Skolemiljø');
    const settings = sheetRecords(emu, 'Innstillinger');
    expect(settings.find((r) => r['Innstilling'] === 'Driftes av (eier utløserne)')?.['Verdi']).toBe(
      NEW_RECTOR,
    );
    expect(logRows(emu).at(-1)).toMatchObject({ Hendelse: 'Drift overtatt', Bruker: NEW_RECTOR });

    emu.env.setNow('2026-10-13T09:00:00+02:00');
    emu.submitForm(answers({ 'Elevens navn': 'Kari' }), { email: STAFF });
    expect(cases(emu).map((x) => x['Elev'])).toContain('Kari');
    // The former owner's form trigger ran, found it is no longer the owner's and removed itself.
    expect(
      emu.triggers.triggers.filter((t) => t.owner === RECTOR && t.handler === 'onFormSubmit').length,
    ).toBeLessThan(2);
    emu.env.setNow('2026-10-14T06:00:00+02:00');
    emu.runTimeTriggers();
    expect(emu.triggers.triggers.every((t) => t.owner === NEW_RECTOR)).toBe(true);
    expect(emu.failedExecutions).toEqual([]);
    expect(emu.mail.sent.some((m) => m.subject.startsWith('Skolemiljø 14.10.2026'))).toBe(true);
    expect(emu.unflushedLockReleases).toEqual([]);
  });

  it('«Sjekk oppsettet» reports each item, and what to do when one is wrong', () => {
    const emu = school();
    emu.clickMenu('Sjekk oppsettet');
    const report = emu.sheets.ui.dialogs.at(-1)!.prompt;
    expect(report).toContain('Alt er i orden');
    for (const line of [
      'Tillatelsene er gitt',
      'Utløserne',
      'er beskyttet',
      'norsk tid',
      'koblet til',
      'tar imot',
      'Skolemiljø-mappen',
      'e-poster til i dag',
    ])
      expect(report).toContain(line);
    emu.spreadsheet.setSpreadsheetTimeZone('Etc/GMT');
    emu.form.accepting = false;
    emu.clickMenu('Sjekk oppsettet');
    const bad = emu.sheets.ui.dialogs.at(-1)!.prompt;
    expect(bad).toContain('2 ting må ordnes');
    expect(bad).toContain('✘ Regnearket bruker tidssonen Etc/GMT');
    expect(bad).toContain('✘ Meldeskjemaet tar ikke imot meldinger');
  });

  it('setUp by another leader explains who runs Skolemiljø, and changes no trigger', () => {
    const emu = school(undefined, { 'Ledelsen (e-post)': LEADER });
    const before = emu.triggers.triggers.map((t) => t.id);
    emu.clickMenu('Sett opp / reparer', { user: LEADER });
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toContain(`Skolemiljø driftes av ${RECTOR}`);
    expect(emu.triggers.triggers.map((t) => t.id)).toEqual(before);
  });
});
