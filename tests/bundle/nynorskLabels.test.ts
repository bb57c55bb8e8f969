import { describe, expect, it } from 'vitest';
import type { SidebarData } from '../../src/ui/contract';
import { lastForm, pageJson, shownMessage, submitForm, viaDialog } from '../support/dialogs';
import { answers, answersNn, cases, logRows, STAFF, school } from '../support/school';

type Emu = ReturnType<typeof school>;

/**
 * N12: a nynorsk school reads statuses, categories and log events in nynorsk (sidebar, dialogs, messages,
 * documents), while «Saker» and «Logg» keep the bokmål values that are the public contract.
 */
const NOW = '2026-09-14T09:00:00+02:00';
const CATEGORIES = ['Mobbing', 'Fravær eller skolevegring', 'Annet'];

function withCase(language: 'bokmål' | 'nynorsk'): Emu {
  const emu = school(NOW, { 'Skolens navn': 'Bakkeby skole', Språk: language });
  emu.run('setUp');
  const given = { 'Hva gjelder meldingen?': CATEGORIES };
  emu.submitForm(language === 'nynorsk' ? answersNn(given) : answers(given), { email: STAFF });
  emu.select('Saker', 'A2');
  return emu;
}

function sidebar(emu: Emu): SidebarData {
  emu.select('Saker', 'A2');
  emu.clickMenu('Vis saken');
  return pageJson<SidebarData>(emu.sheets.ui.shown.at(-1)!.html);
}

function documentation(emu: Emu): string {
  emu.select('Saker', 'A2');
  emu.clickMenu('Lag dokumentasjon');
  const message = shownMessage(emu);
  const url = /https:\/\/\S+/.exec(message)![0];
  return emu.docs.docStore.text(/\/d\/([^/]+)\//.exec(url)![1]!);
}

const statusCell = (emu: Emu) => {
  const sheet = emu.spreadsheet._sheetByName('Saker')!;
  const col =
    (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[]).indexOf('Status') + 1;
  return sheet.getRange(2, col).getA1Notation();
};

describe('a nynorsk school reads statuses, categories and log events in nynorsk', () => {
  it('the status dialog labels nynorsk, sends bokmål values, and says so in nynorsk', () => {
    const emu = withCase('nynorsk');
    emu.clickMenu('Endre status …');
    const spec = lastForm(emu);
    const options = spec.fields.find((f) => f.name === 'status') as unknown as {
      options: { value: string; label: string }[];
    };
    expect(options.options).toContainEqual({ value: 'Undersøkes', label: 'Undersøkjast' });
    expect(options.options).toContainEqual({ value: 'Avsluttet', label: 'Avslutta' });
    expect(spec.intro).toContain('«Meldt»');
    const result = submitForm(emu, { status: 'Undersøkes' });
    expect(result.status).toBe('done');
    expect(result.message).toContain('«Undersøkjast»');
    // The register and the log keep the contract's bokmål.
    expect(cases(emu)[0]!['Status']).toBe('Undersøkes');
    expect(logRows(emu).at(-1)).toMatchObject({ Hendelse: 'Status endret', Detaljer: 'Meldt → Undersøkes.' });
  });

  it('the sidebar shows «Undersøkjast», the categories and the chronology in nynorsk', () => {
    const emu = withCase('nynorsk');
    viaDialog(emu, 'Endre status …', { status: 'Undersøkes' });
    const data = sidebar(emu);
    expect(data.view!.status).toBe('Undersøkjast');
    expect(data.view!.head).toContainEqual({
      label: 'Kategori',
      value: 'Mobbing, Fråvær eller skolevegring, Anna',
    });
    const entries = data.view!.chronology.flatMap((g) => g.entries);
    expect(entries.map((e) => e.event)).toEqual(
      expect.arrayContaining(['Melding motteken', 'Rektor fekk melding', 'Status endra']),
    );
    expect(entries.map((e) => e.event)).not.toContain('Melding mottatt');
    expect(entries.find((e) => e.event === 'Status endra')!.details).toBe('Meldt → Undersøkjast.');
    expect(entries.find((e) => e.event === 'Melding motteken')!.details).toMatch(
      /^Meldt av tilsett \(larer@skole\.no\)\. Mobbing, Fråvær eller skolevegring, Anna\./,
    );
    emu.clickMenu('Mine saker');
    const list = pageJson<SidebarData>(emu.sheets.ui.shown.at(-1)!.html).list!;
    expect(list[0]!.status).toBe('Undersøkjast');
  });

  it('refuses a skipped step in nynorsk', () => {
    const emu = withCase('nynorsk');
    emu.edit('Saker', statusCell(emu), 'Evalueres');
    expect(cases(emu)[0]!['Status']).toBe('Meldt');
    expect(emu.spreadsheet._toasts.at(-1)).toContain(
      'Saka kan ikkje hoppe over eit steg frå «Meldt» til «Evaluerast». Frå «Meldt» kan saka gå vidare til «Undersøkjast» eller «Avslutta».',
    );
  });

  it('the documentation prints status, categories, log events and measure statuses in nynorsk', () => {
    const emu = withCase('nynorsk');
    viaDialog(emu, 'Endre status …', { status: 'Undersøkes' });
    const added = viaDialog(emu, 'Nytt tiltak …', {
      tiltak: 'Fast vaksen i friminutta',
      niva: 'individ',
      hvem: 'kontaktlarer@skole.no',
    });
    expect(added.status).toBe('done');
    const text = documentation(emu);
    expect(text).toContain('Status: Undersøkjast');
    expect(text).toContain('Mobbing, Fråvær eller skolevegring, Anna');
    expect(text).not.toContain('Fravær eller skolevegring');
    for (const event of ['Melding motteken', 'Rektor fekk melding', 'Status endra', 'Tiltak lagt til'])
      expect(text).toContain(event);
    expect(text).toContain('Meldt → Undersøkjast.');
    expect(text).toContain('Kven: ');
    expect(text).not.toMatch(/Melding mottatt|Status endret|Undersøkes/);
    // «Logg» keeps the bokmål events the code reads.
    expect(logRows(emu).map((r) => r['Hendelse'])).toContain('Melding mottatt');
  });
});

describe('a bokmål school is unchanged', () => {
  it('shows and prints the stored bokmål', () => {
    const emu = withCase('bokmål');
    const moved = viaDialog(emu, 'Endre status …', { status: 'Undersøkes' });
    expect(moved.message).toContain('«Undersøkes»');
    const data = sidebar(emu);
    expect(data.view!.status).toBe('Undersøkes');
    expect(data.view!.head).toContainEqual({
      label: 'Kategori',
      value: 'Mobbing, Fravær eller skolevegring, Annet',
    });
    const events = data.view!.chronology.flatMap((g) => g.entries.map((e) => e.event));
    expect(events).toEqual(expect.arrayContaining(['Melding mottatt', 'Status endret']));
    const text = documentation(emu);
    expect(text).toContain('Status: Undersøkes');
    expect(text).toContain('Mobbing, Fravær eller skolevegring, Annet');
    expect(text).toContain('Melding mottatt');
    expect(text).toContain('Meldt → Undersøkes.');
  });
});
