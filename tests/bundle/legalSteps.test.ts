// The legal review's R3 (the school tells skoleeier the same day in a § 12-5 case, and the register
// shows whether it did) and G2 (a concern raised on the phone or in a meeting counts from the day it
// was raised), through the built bundle.
import { describe, expect, it } from 'vitest';
import { submitForm } from '../support/dialogs';
import { answers, cases, logRows, STAFF, school, shown } from '../support/school';

describe('§ 12-5: the school tells skoleeier the same day (R3)', () => {
  function employeeCase() {
    const emu = school('2026-10-12T09:00:00+02:00');
    emu.submitForm(answers({ 'Gjelder det en ansatt som krenker en elev?': 'Ja' }), { email: STAFF });
    return emu;
  }

  it('gives an employee report a same-day deadline to tell skoleeier, listed as passed in the next morning’s digest', () => {
    const emu = employeeCase();
    expect(cases(emu)[0]).toMatchObject({ 'Ansatt involvert': 'Ja', 'Skoleeier varslet': '' });
    expect(shown(emu, 'Saker', 'Frist skoleeier')).toBe('12.10.2026');
    expect(shown(emu, 'Saker', 'Frist undersøkelse')).toBe('12.10.2026');
    emu.env.setNow('2026-10-13T06:00:00+02:00');
    emu.runTimeTriggers();
    const digest = emu.mail.sent.find((m) => m.subject.startsWith('Skolemiljø 13.10.2026'))!;
    expect(digest.body).toMatch(/Sak 2026-001: [^\n]*skoleeier[^\n]*frist 12\.10\.2026/i);
  });

  it('records when, how and to whom skoleeier was told, under «melde», and the deadline is met', () => {
    const emu = employeeCase();
    emu.select('Saker', 'A2');
    emu.clickMenu('Skoleeier er varslet …');
    const r = submitForm(emu, { when: '2026-10-12', how: 'Telefon', to: 'Kommunalsjef Berit Berg' });
    expect(r.status, r.message).toBe('done');
    expect(shown(emu, 'Saker', 'Skoleeier varslet')).toBe('12.10.2026');
    const row = logRows(emu).find((l) => l['Hendelse'] === 'Skoleeier varslet')!;
    expect(row['Delplikt']).toBe('melde');
    expect(String(row['Detaljer'])).toContain('Telefon');
    expect(String(row['Detaljer'])).toContain('Kommunalsjef Berit Berg');
    emu.env.setNow('2026-10-13T06:00:00+02:00');
    emu.runTimeTriggers();
    const digest = emu.mail.sent.find((m) => m.subject.startsWith('Skolemiljø 13.10.2026'));
    expect(digest?.body ?? '').not.toMatch(/skoleeier[^\n]*frist 12\.10\.2026/i);
  });

  it('refuses a date in the future', () => {
    const emu = employeeCase();
    emu.select('Saker', 'A2');
    emu.clickMenu('Skoleeier er varslet …');
    const r = submitForm(emu, { when: '2026-10-14', how: 'Telefon', to: 'Kommunalsjef' });
    expect(r.status).toBe('error');
    expect(cases(emu)[0]!['Skoleeier varslet']).toBe('');
  });
});

describe('«Registrer melding …»: a concern raised on the phone counts from the day it was raised (G2)', () => {
  it('dates «Rektor kjent», the deadlines and the Statsforvalteren date from the day it was raised', () => {
    const emu = school('2026-10-14T10:00:00+02:00');
    emu.clickMenu('Registrer melding …');
    const r = submitForm(emu, {
      role: 'Foresatt',
      reporter: 'Mor, 900 00 000',
      kanal: 'Telefon',
      raised: '2026-10-12',
      student: 'Per Hansen',
      className: '4A',
      categories: ['Mobbing'],
      what: 'Mor forteller at Per blir ertet på bussen.',
    });
    expect(r.status, r.message).toBe('done');
    const c = cases(emu)[0]!;
    expect(c).toMatchObject({ Kanal: 'Telefon', Rolle: 'Foresatt', Status: 'Meldt' });
    expect(String(c['Mottatt av'])).not.toBe('');
    expect(shown(emu, 'Saker', 'Rektor kjent')).toBe('12.10.2026');
    // Two school days to start, five for the plan, seven calendar days to Statsforvalteren (§ 12-6).
    expect(shown(emu, 'Saker', 'Frist undersøkelse')).toBe('14.10.2026');
    expect(shown(emu, 'Saker', 'Frist aktivitetsplan')).toBe('19.10.2026');
    expect(shown(emu, 'Saker', 'Statsforvalter fra')).toBe('19.10.2026');
  });

  it('refuses a day in the future: a concern cannot be raised tomorrow', () => {
    const emu = school('2026-10-14T10:00:00+02:00');
    emu.clickMenu('Registrer melding …');
    const r = submitForm(emu, {
      role: 'Foresatt',
      reporter: 'Mor',
      kanal: 'Telefon',
      raised: '2026-10-15',
      student: 'Per Hansen',
      className: '4A',
      categories: ['Mobbing'],
      what: 'Erting.',
    });
    expect(r.status).toBe('error');
    expect(cases(emu)).toHaveLength(0);
  });
});
