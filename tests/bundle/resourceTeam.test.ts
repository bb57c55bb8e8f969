import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../tools/emulator/emulator';
import { giveConsent, makeAgenda, newestCase } from '../../tools/scenarios/absence';
import { lastForm } from '../support/dialogs';
import { answers, answersNn, logRows, STAFF, school } from '../support/school';

const NOW = '2026-09-14T09:00:00+02:00';
const SCHOOL = { 'Skolens navn': 'Bakkeby skole', 'Rektors navn': 'Randi Rektorsen' };

const docId = (url: string) => /\/d\/([^/]+)\//.exec(url)![1]!;
const docText = (emu: Emulator, url: string) => emu.docs.docStore.text(docId(url));

/** Two cases: one the family consented to discuss in the resource team, one not. */
function twoCases(settings: Record<string, string> = {}) {
  const emu = school(NOW, { ...SCHOOL, ...settings });
  const nn = settings['Språk'] === 'nynorsk';
  const report = nn ? answersNn : answers;
  emu.submitForm(report({ 'Elevens navn': 'Ola Samtykke', Klasse: '5B' }), { email: STAFF });
  const named = newestCase(emu);
  giveConsent(emu, named, ['Ressursteamet']);
  emu.submitForm(report({ 'Elevens navn': 'Kari Anonym', Klasse: '7C' }), { email: STAFF });
  const anonymous = newestCase(emu);
  // A category with a person's own words in it, as a rektor may type it in «Saker».
  const sheet = emu.spreadsheet._sheetByName('Saker')!;
  const col =
    (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[]).indexOf('Kategori') + 1;
  sheet.getRange(anonymous.row, col).setValue('Mobbing, Kari Anonym blir kalt stygge ting');
  return { emu, named, anonymous };
}

/** The «Aktivitet» cell of the årshjul's resource-team row: its text and its link. */
function wheelActivity(emu: Emulator): { text: string; link: string | null } {
  const sheet = emu.spreadsheet._sheetByName('Årshjul')!;
  const values = sheet.getDataRange().getValues();
  const col = (values[0] as string[]).indexOf('Aktivitet');
  const row = values.findIndex((r) => /ressursteam/i.test(String(r[col])));
  return { text: String(values[row]![col]), link: sheet._peek(row + 1, col + 1)?.linkUrl ?? null };
}

describe('«Lag sakliste for ressursteamet» (G9)', () => {
  it('lists new and open cases with status, deadlines and next steps, anonymised without consent', () => {
    const { emu, named, anonymous } = twoCases();
    const before = wheelActivity(emu);
    expect(before.link).toBeNull();
    emu.clickMenu('Lag sakliste for ressursteamet');
    const spec = lastForm(emu);
    // The next resource-team meeting in the årshjul (every other Tuesday).
    const date = spec.fields.find((f) => f.name === 'date');
    expect(date && 'value' in date && date.value).toMatch(/^2026-09-(15|22)$/);
    expect(spec.labels.submit).toBe('Lag sakliste');

    const made = makeAgenda(emu, { date: '2026-09-15' });
    expect(made).toMatchObject({ status: 'done', linkText: 'Sakliste for ressursteamet 15.09.2026 v1' });
    const text = docText(emu, (made as { url: string }).url);
    expect(text).toContain('Sakliste for ressursteamet');
    expect(text).toContain('Møtedato: 15.09.2026');
    expect(text).toContain('Nye saker siden 31.08.2026');
    // With consent: name and class. Without: neither, nor the report's own words.
    expect(text).toContain(named.saksnr);
    expect(text).toContain('Ola Samtykke');
    expect(text).toContain('5B');
    expect(text).toContain(anonymous.saksnr);
    expect(text).not.toContain('Kari');
    expect(text).not.toContain('7C');
    expect(text).not.toContain('stygge ting');
    expect(text).toContain('Anonymisert (uten samtykke)');
    expect(text).toContain('7. trinn');
    expect(text).toContain('Mobbing, Annet');
    // Status, deadlines in words and the next step.
    expect(text).toContain('Start undersøkelsen 16.09.2026');
    expect(text).toContain('Aktivitetsplan 21.09.2026');
    expect(text).toContain('Start undersøkelsen');
    expect(text).toContain('Ja (14.09.2026)');
    expect(text).toContain('Nei: anonymisert');

    // The årshjul's resource-team activity links to it, its text unchanged.
    const after = wheelActivity(emu);
    expect(after.text).toBe(before.text);
    expect(after.link).toBe((made as { url: string }).url);
    expect(logRows(emu).at(-1)).toMatchObject({ Saksnr: '', Hendelse: 'Sakliste for ressursteamet laget' });
    expect(String(logRows(emu).at(-1)!['Detaljer'])).not.toMatch(/Ola|Kari/);

    // Two weeks on, the cases are no longer new but open, with passed deadlines marked.
    emu.env.setNow('2026-09-28T09:00:00+02:00');
    emu.submitForm(answers({ 'Elevens navn': 'Per Ny', Klasse: '3A' }), { email: STAFF });
    const next = makeAgenda(emu, { date: '2026-09-29' });
    const later = docText(emu, (next as { url: string }).url);
    expect(later).toContain('Nye saker siden 14.09.2026');
    expect(later).toContain('3. trinn');
    expect(later).toMatch(/Åpne saker[\s\S]*2026-001[\s\S]*2026-002/);
    expect(later).toContain('Start undersøkelsen 16.09.2026 (passert)');
    expect(wheelActivity(emu).link).toBe((next as { url: string }).url);
  });

  it('in nynorsk', () => {
    const { emu } = twoCases({ Språk: 'nynorsk' });
    const made = makeAgenda(emu, { date: '2026-09-15' });
    const text = docText(emu, (made as { url: string }).url);
    expect(text).toContain('Nye saker sidan 31.08.2026');
    expect(text).toContain('Anonymisert (utan samtykke)');
    expect(text).toContain('Opne saker');
    expect(text).toContain('Ingen andre opne saker.');
    expect(text).not.toContain('Kari');
    expect((made as { message: string }).message).toContain('mappa «Ressursteam»');
  });
});
