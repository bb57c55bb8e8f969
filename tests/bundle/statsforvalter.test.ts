import { describe, expect, it } from 'vitest';
import type { SidebarData } from '../../src/ui/contract';
import type { Emulator } from '../../tools/emulator/emulator';
import { sheetRecords } from '../support/bundle';
import { lastForm, pageJson, shownMessage, submitForm, viaDialog } from '../support/dialogs';
import { answers, answersNn, cases, logRows, STAFF, school, shown } from '../support/school';

/** «Registrer Statsforvalteren …» (opplæringslova § 12-6), through the built bundle. */

const MENU = 'Registrer Statsforvalteren …';
const NEW_HEADERS = [
  'Meldt til Statsforvalteren',
  'Frist dokumentasjon til Statsforvalteren',
  'Dokumentasjon sendt Statsforvalteren',
  'Vedtak fra Statsforvalteren',
];

function withCase(now = '2026-09-28T09:00:00+02:00', given: Record<string, string> = {}): Emulator {
  const emu = school('2026-09-14T09:00:00+02:00', given);
  emu.submitForm(given['Språk'] === 'nynorsk' ? answersNn() : answers(), { email: STAFF });
  emu.env.setNow(new Date(now));
  emu.select('Saker', 'A2');
  return emu;
}

const header = (emu: Emulator, name: string): string[] => {
  const sheet = emu.spreadsheet._sheetByName(name)!;
  return sheet
    .getRange(1, 1, 1, sheet.getLastColumn())
    .getValues()[0]!
    .map((h) => String(h));
};

/** The background a person sees in a cell of «Saker», conditional formatting included. */
const colour = (emu: Emulator, headerText: string, row = 2): string | null => {
  const s = emu.spreadsheet._sheetByName('Saker')!;
  const col = header(emu, 'Saker').indexOf(headerText) + 1;
  const c = s._peek(row, col);
  const rule = s._rules.find((r) => r._matches(row, col, c?.value ?? '', s._display(c, row, col)));
  return rule?._spec.background ?? null;
};

const statsforvalterLog = (emu: Emulator) =>
  logRows(emu).filter((r) => String(r['Hendelse']).includes('Statsforval'));

const digest = (emu: Emulator, date: string) =>
  emu.mail.sent.find((m) => m.subject.startsWith(`Skolemiljø ${date}`));

describe('the register fields', () => {
  it('are columns of «Saker» with bokmål headers, and the amber date hidden', () => {
    const emu = school();
    const h = header(emu, 'Saker');
    for (const name of NEW_HEADERS) expect(h).toContain(name);
    const sheet = emu.spreadsheet._sheetByName('Saker')!;
    expect(sheet.isColumnHiddenByUser(h.indexOf('Varsel Statsforvalteren') + 1)).toBe(true);
    expect(header(emu, 'Tiltak')).toContain('Kilde');
  });

  it('are appended to an older register by «Sett opp / reparer», once', () => {
    const emu = withCase();
    // A school set up before the columns came: the cells are there, the headers are not.
    const sheet = emu.spreadsheet._sheetByName('Saker')!;
    for (const name of [...NEW_HEADERS, 'Varsel Statsforvalteren'])
      sheet.getRange(1, header(emu, 'Saker').indexOf(name) + 1).setValue('');
    const before = header(emu, 'Saker').length;
    emu.clickMenu(MENU);
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toContain('mangler kolonnen «Meldt til Statsforvalteren»');
    emu.run('setUp');
    const after = header(emu, 'Saker');
    expect(after.slice(before)).toEqual([...NEW_HEADERS, 'Varsel Statsforvalteren']);
    expect(sheet.isColumnHiddenByUser(after.length)).toBe(true);
    emu.run('setUp');
    expect(header(emu, 'Saker')).toEqual(after);
    expect(viaDialog(emu, MENU, { what: 'meldt', deadline: '2026-10-12' }).status).toBe('done');
    expect(shown(emu, 'Saker', 'Frist dokumentasjon til Statsforvalteren')).toBe('12.10.2026');
  });
});

describe('«Registrer Statsforvalteren …»', () => {
  it('refuses what does not fit, in Norwegian, and changes nothing', () => {
    const emu = withCase();
    emu.clickMenu(MENU);
    const spec = lastForm(emu);
    expect(spec.fields.map((f) => f.name)).toEqual([
      'what',
      'when',
      'deadline',
      'measures',
      'measuresDeadline',
      'note',
    ]);
    const errors: [Record<string, string>, string, string][] = [
      [{ what: 'meldt', when: '2026-09-29' }, 'when', 'Datoen kan ikke være frem i tid.'],
      [{ what: 'meldt', when: '' }, 'when', 'Dette feltet må fylles ut.'],
      [
        { what: 'meldt', when: '2026-09-25', deadline: '2026-09-24' },
        'deadline',
        'Fristen kan ikke være før datoen saken ble meldt.',
      ],
      [
        { what: 'meldt', measures: 'Voksen i friminuttene' },
        'measures',
        'Pålagte tiltak registreres med «Vedtak mottatt fra Statsforvalteren».',
      ],
      [
        { what: 'vedtak', measures: 'Voksen i friminuttene' },
        'measuresDeadline',
        'Skriv fristen Statsforvalteren har satt for tiltakene.',
      ],
      [
        { what: 'vedtak', measures: 'Voksen i friminuttene', measuresDeadline: '2026-09-01' },
        'measuresDeadline',
        'Fristen kan ikke være før vedtaket.',
      ],
      [
        { what: 'dokumentasjon', deadline: '2026-10-12' },
        'deadline',
        'Fristen for dokumentasjonen registreres sammen med «Saken er meldt til Statsforvalteren».',
      ],
      [{ what: 'klage' }, 'what', 'Velg ett av valgene.'],
    ];
    for (const [values, field, message] of errors) {
      expect(submitForm(emu, values, { spec }), JSON.stringify(values)).toMatchObject({
        status: 'error',
        field,
        message,
      });
    }
    expect(statsforvalterLog(emu)).toHaveLength(0);
    expect(cases(emu)[0]!['Meldt til Statsforvalteren']).toBe('');
  });

  it('records the report with the deadline, logs it under «melde», and is done once for one request', () => {
    const emu = withCase();
    emu.clickMenu(MENU);
    const spec = lastForm(emu);
    expect(spec.fields.find((f) => f.name === 'what')).toMatchObject({ value: 'meldt' });
    const values = { what: 'meldt', when: '2026-09-25', deadline: '2026-10-12', note: 'Saksnr. 2026/4711' };
    const first = submitForm(emu, values, { spec });
    expect(first).toMatchObject({
      status: 'done',
      message:
        'Det er registrert at sak 2026-001 er meldt til Statsforvalteren. Dokumentasjonen skal sendes senest 12.10.2026: bruk «Lag dokumentasjon».',
    });
    expect(submitForm(emu, values, { spec })).toEqual(first);
    expect(shown(emu, 'Saker', 'Meldt til Statsforvalteren')).toBe('25.09.2026');
    expect(shown(emu, 'Saker', 'Frist dokumentasjon til Statsforvalteren')).toBe('12.10.2026');
    expect(cases(emu)[0]!['Status']).toBe('Meldt');
    expect(statsforvalterLog(emu)).toEqual([
      expect.objectContaining({
        Saksnr: '2026-001',
        Delplikt: 'melde',
        Hendelse: 'Meldt til Statsforvalteren',
        Detaljer: 'Dato: 25.09.2026. Frist for dokumentasjonen: 12.10.2026. Notat: Saksnr. 2026/4711',
      }),
    ]);
  });

  it('records the documentation sent and the vedtak, its imposed measures as «Tiltak» rows, once', () => {
    const emu = withCase();
    viaDialog(emu, MENU, { what: 'meldt', when: '2026-09-25', deadline: '2026-10-12' });
    emu.env.setNow(new Date('2026-10-08T09:00:00+02:00'));
    emu.clickMenu(MENU);
    expect(lastForm(emu).fields.find((f) => f.name === 'what')).toMatchObject({ value: 'dokumentasjon' });
    // The deadline comes pre-filled; sending it back unchanged is no error.
    expect(submitForm(emu, { what: 'dokumentasjon', when: '2026-10-07' }).status).toBe('done');
    expect(shown(emu, 'Saker', 'Dokumentasjon sendt Statsforvalteren')).toBe('07.10.2026');

    emu.env.setNow(new Date('2026-11-16T09:00:00+01:00'));
    emu.clickMenu(MENU);
    const spec = lastForm(emu);
    expect(spec.fields.find((f) => f.name === 'what')).toMatchObject({ value: 'vedtak' });
    const values = {
      what: 'vedtak',
      when: '2026-11-13',
      deadline: '',
      measures: 'Voksen til stede i alle friminutt\n\n  Ukentlig samtale med eleven =SUM(1)\r\n',
      measuresDeadline: '2026-12-04',
    };
    const result = submitForm(emu, values, { spec });
    expect(result).toMatchObject({
      status: 'done',
      message: 'Vedtaket i sak 2026-001 er registrert, med 2 pålagte tiltak i «Tiltak».',
    });
    expect(submitForm(emu, values, { spec })).toEqual(result);
    // A person pressing again (a new dialog) adds no second copy of the same measures.
    viaDialog(emu, MENU, values);

    expect(shown(emu, 'Saker', 'Vedtak fra Statsforvalteren')).toBe('13.11.2026');
    const measures = sheetRecords(emu, 'Tiltak').filter((m) => m['Saksnr'] === '2026-001');
    expect(measures.map((m) => [m['Tiltak'], m['Kilde'], m['Status']])).toEqual([
      ['Voksen til stede i alle friminutt', 'Pålagt av Statsforvalteren', 'Planlagt'],
      ['  Ukentlig samtale med eleven =SUM(1)', 'Pålagt av Statsforvalteren', 'Planlagt'],
    ]);
    expect(shown(emu, 'Tiltak', 'Fra', 0)).toBe('13.11.2026');
    expect(shown(emu, 'Tiltak', 'Til', 1)).toBe('04.12.2026');
    expect(shown(emu, 'Tiltak', 'Evalueres', 1)).toBe('04.12.2026');

    const log = statsforvalterLog(emu);
    expect(log.map((r) => [r['Delplikt'], r['Hendelse']])).toEqual([
      ['melde', 'Meldt til Statsforvalteren'],
      ['melde', 'Dokumentasjon sendt til Statsforvalteren'],
      ['tiltak', 'Vedtak fra Statsforvalteren'],
      ['tiltak', 'Vedtak fra Statsforvalteren'],
    ]);
    // The log counts the measures and gives their deadline, never their text.
    expect(log[2]!['Detaljer']).toBe('Dato: 13.11.2026. Pålagte tiltak: 2, frist 04.12.2026.');
    expect(JSON.stringify(logRows(emu))).not.toContain('friminutt');
  });

  it('works on a closed case and reopens nothing', () => {
    const emu = withCase();
    viaDialog(emu, 'Avslutt saken …', { reason: 'Eleven har det trygt nå.' });
    const result = viaDialog(emu, MENU, { what: 'meldt', when: '2026-09-28', deadline: '2026-10-12' });
    expect(result.status).toBe('done');
    expect(cases(emu)[0]).toMatchObject({
      Status: 'Avsluttet',
      Avslutningsgrunn: 'Eleven har det trygt nå.',
    });
    expect(shown(emu, 'Saker', 'Meldt til Statsforvalteren')).toBe('28.09.2026');
  });
});

describe('the documentation deadline', () => {
  it('is amber two school days before, red after, in the digest and the register; then done when sent', () => {
    const emu = withCase();
    viaDialog(emu, MENU, { what: 'meldt', when: '2026-09-25', deadline: '2026-10-15' });
    expect(colour(emu, 'Frist dokumentasjon til Statsforvalteren')).toBeNull();

    emu.env.setNow(new Date('2026-10-13T06:00:00+02:00'));
    emu.runTimeTriggers();
    expect(digest(emu, '13.10.2026')!.body).toContain(
      'Sak 2026-001: sende dokumentasjon til Statsforvalteren, frist 15.10.2026',
    );
    expect(colour(emu, 'Frist dokumentasjon til Statsforvalteren')).toBe('#fff2cc');

    emu.env.setNow(new Date('2026-10-16T06:00:00+02:00'));
    emu.runTimeTriggers();
    expect(digest(emu, '16.10.2026')!.subject).toMatch(/frister passert/);
    expect(digest(emu, '16.10.2026')!.body).toContain(
      'sende dokumentasjon til Statsforvalteren, frist 15.10.2026',
    );
    expect(colour(emu, 'Frist dokumentasjon til Statsforvalteren')).toBe('#f4cccc');
    expect(colour(emu, 'Saksnr')).toBe('#f4cccc');

    emu.env.setNow(new Date('2026-10-16T09:00:00+02:00'));
    emu.select('Saker', 'A2');
    viaDialog(emu, MENU, { what: 'dokumentasjon', when: '2026-10-16' });
    expect(colour(emu, 'Frist dokumentasjon til Statsforvalteren')).toBeNull();
    emu.env.setNow(new Date('2026-10-19T06:00:00+02:00'));
    emu.runTimeTriggers();
    expect(digest(emu, '19.10.2026')?.body ?? '').not.toContain('Statsforvalteren');
  });

  it('stays red on a closed case, whose row is otherwise grey, and is in the digest', () => {
    const emu = withCase();
    viaDialog(emu, 'Avslutt saken …', { reason: 'Eleven har det trygt nå.' });
    viaDialog(emu, MENU, { what: 'meldt', when: '2026-09-28', deadline: '2026-10-12' });
    emu.env.setNow(new Date('2026-10-14T06:00:00+02:00'));
    emu.runTimeTriggers();
    expect(colour(emu, 'Frist dokumentasjon til Statsforvalteren')).toBe('#f4cccc');
    expect(colour(emu, 'Elev')).toBe('#eeeeee');
    expect(digest(emu, '14.10.2026')!.body).toContain(
      'Sak 2026-001: sende dokumentasjon til Statsforvalteren',
    );
  });

  it('moves its amber date at once when the deadline is corrected by hand', () => {
    const emu = withCase();
    viaDialog(emu, MENU, { what: 'meldt', when: '2026-09-25', deadline: '2026-10-15' });
    expect(shown(emu, 'Saker', 'Varsel Statsforvalteren')).toBe('13.10.2026');
    const col = header(emu, 'Saker').indexOf('Frist dokumentasjon til Statsforvalteren') + 1;
    const a1 = emu.spreadsheet._sheetByName('Saker')!.getRange(2, col).getA1Notation();
    emu.edit('Saker', a1, '22.10.2026');
    expect(shown(emu, 'Saker', 'Varsel Statsforvalteren')).toBe('20.10.2026');
  });
});

describe('the case sidebar and the documentation', () => {
  it('shows the stage, the deadline and the button first while the documentation is due', () => {
    const emu = withCase();
    viaDialog(emu, MENU, { what: 'meldt', when: '2026-09-25', deadline: '2026-09-29' });
    emu.clickMenu('Vis saken');
    const view = pageJson<SidebarData>(emu.sheets.ui.shown.at(-1)!.html).view!;
    expect(view.head).toContainEqual({ label: 'Meldt til Statsforvalteren', value: '25.09.2026' });
    expect(view.deadlines).toContainEqual(
      expect.objectContaining({
        label: 'Dokumentasjon til Statsforvalteren',
        date: '29.09.2026',
        state: 'soon',
      }),
    );
    expect(view.actions[0]).toEqual({
      id: 'statsforvalter',
      label: 'Registrer Statsforvalteren …',
      primary: true,
    });
    // The button opens the same dialog as the menu.
    const opened = emu.callFromClient<{ status: string }>('sidebarAction', '2026-001', 2, 'statsforvalter');
    expect(opened.status).toBe('ok');
    expect(lastForm(emu).action).toBe('statsforvalter');
  });

  it('puts the dates and the imposed measures in «Dokumentasjon av aktivitetsplikten»', () => {
    const emu = withCase(undefined, { 'Skolens navn': 'Bakkeby skole', 'Rektors navn': 'Randi Rektorsen' });
    viaDialog(emu, MENU, { what: 'meldt', when: '2026-09-25', deadline: '2026-10-12' });
    viaDialog(emu, MENU, { what: 'dokumentasjon', when: '2026-09-28' });
    viaDialog(emu, MENU, {
      what: 'vedtak',
      when: '2026-09-28',
      measures: 'Voksen til stede i alle friminutt',
      measuresDeadline: '2026-10-30',
    });
    emu.clickMenu('Lag dokumentasjon');
    const message = shownMessage(emu);
    const id = /\/d\/([^/]+)\//.exec(message)![1]!;
    const text = emu.docs.docStore.text(id);
    expect(text).toContain('Saken hos Statsforvalteren (§ 12-6)');
    expect(text).toContain('Meldt til Statsforvalteren: 25.09.2026');
    expect(text).toContain('Frist for skolens dokumentasjon: 12.10.2026');
    expect(text).toContain('Dokumentasjonen sendt: 28.09.2026');
    expect(text).toContain('Vedtak fra Statsforvalteren: 28.09.2026');
    expect(text).toMatch(/Voksen til stede i alle friminutt\s+30\.10\.2026\s+Planlagt/);
    expect(text).not.toMatch(/\{\{|\}\}/);
  });

  it('leaves the section out of a case that never went to Statsforvalteren', () => {
    const emu = withCase(undefined, { 'Skolens navn': 'Bakkeby skole' });
    emu.clickMenu('Lag dokumentasjon');
    const id = /\/d\/([^/]+)\//.exec(shownMessage(emu))![1]!;
    expect(emu.docs.docStore.text(id)).not.toContain('Saken hos Statsforvalteren');
  });
});

describe('a school that writes nynorsk', () => {
  it('gets the menu, the dialog, the log and the digest in nynorsk; the headers stay bokmål', () => {
    const emu = withCase(undefined, { Språk: 'nynorsk' });
    emu.open('FULL');
    expect(emu.menus[0]!.items.map((i) => i.caption)).toContain('Registrer Statsforvaltaren …');
    emu.select('Saker', 'A2');
    emu.clickMenu('Registrer Statsforvaltaren …');
    const spec = lastForm(emu);
    expect(spec.fields.find((f) => f.name === 'what')).toMatchObject({
      label: 'Kva har skjedd',
      options: [
        { value: 'meldt', label: 'Saka er meldt til Statsforvaltaren' },
        { value: 'dokumentasjon', label: 'Dokumentasjon sendt til Statsforvaltaren' },
        { value: 'vedtak', label: 'Vedtak motteke frå Statsforvaltaren' },
      ],
    });
    expect(spec.fields.find((f) => f.name === 'measures')).toMatchObject({
      label: 'Pålagde tiltak (eitt per linje)',
    });
    expect(submitForm(emu, { what: 'vedtak', measures: 'Tiltak' }, { spec })).toMatchObject({
      status: 'error',
      message: 'Skriv fristen Statsforvaltaren har sett for tiltaka.',
    });
    expect(
      submitForm(emu, { what: 'meldt', when: '2026-09-25', deadline: '2026-10-15' }, { spec }),
    ).toMatchObject({
      status: 'done',
      message:
        'Det er registrert at sak 2026-001 er meldt til Statsforvaltaren. Dokumentasjonen skal sendast seinast 15.10.2026: bruk «Lag dokumentasjon».',
    });
    expect(statsforvalterLog(emu).at(-1)!['Hendelse']).toBe('Meldt til Statsforvaltaren');
    expect(header(emu, 'Saker')).toContain('Frist dokumentasjon til Statsforvalteren');
    emu.env.setNow(new Date('2026-10-16T06:00:00+02:00'));
    emu.runTimeTriggers();
    expect(digest(emu, '16.10.2026')!.body).toContain(
      'sende dokumentasjon til Statsforvaltaren, frist 15.10.2026',
    );
  });
});
