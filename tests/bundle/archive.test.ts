import { describe, expect, it } from 'vitest';
import type { FormResult } from '../../src/ui/contract';
import { CLASS, closedCase, LATER, NAME, OTHER, SECRETS, START } from '../support/archive';
import { sheetRecords, sheetValues } from '../support/bundle';
import { lastForm, submitForm, viaDialog } from '../support/dialogs';
import { answers, answersNn, cases, logRows, STAFF, school } from '../support/school';

type Emu = ReturnType<typeof school>;

/** «Arkiver og slett …» with the case's row selected, the box ticked. */
function archive(emu: Emu, values: Record<string, string | string[]> = {}): FormResult {
  emu.select('Saker', 'A2');
  emu.clickMenu('Arkiver og slett …');
  return submitForm(emu, { confirm: ['yes'], ...values });
}

/** Every string the spreadsheet holds: cells, notes, and the response sheet. */
function spreadsheetTexts(emu: Emu): string[] {
  const out: string[] = [];
  for (const sheet of emu.spreadsheet.getSheets()) {
    const range = sheet.getDataRange();
    for (const row of range.getValues()) for (const v of row) out.push(String(v));
    for (const row of range.getFormulas()) for (const v of row) if (v) out.push(v);
  }
  return out;
}

/** Drive items outside «Arkiv» that are not in the trash, with their text (Docs) or bytes (other files). */
function driveTexts(emu: Emu): { name: string; text: string }[] {
  const store = emu.docs.driveStore;
  const archiveId = emu.properties.document.get('docs:archive');
  const inArchive = (id: string): boolean => {
    const item = store.items.get(id);
    if (!item) return false;
    return item.id === archiveId || item.parents.some(inArchive);
  };
  return [...store.items.values()]
    .filter((i) => !store.isTrashed(i) && !inArchive(i.id))
    .map((i) => ({
      name: i.name,
      text:
        i.mimeType === 'application/vnd.google-apps.document'
          ? emu.docs.docStore.text(i.id)
          : Buffer.from(i.bytes ?? []).toString('latin1'),
    }));
}

/** The text a PDF file shows (the emulator's PDFs write each line as one string). */
function pdfText(bytes: Uint8Array | null): string {
  const raw = Buffer.from(bytes ?? []).toString('latin1');
  return [...raw.matchAll(/\(((?:\\.|[^\\)])*)\) Tj/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1')).join(' ');
}

/** Text as the emulator's PDF writer shows it: control characters as spaces, outside Latin-1 as «?». */
const words = (s: string) =>
  [...s]
    .map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return ' ';
      return code > 0xff ? '?' : ch;
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

function archiveFiles(emu: Emu, saksnr: string) {
  const store = emu.docs.driveStore;
  const archiveId = emu.properties.document.get('docs:archive')!;
  const folders = [...store.items.values()].filter((i) => i.parents.includes(archiveId) && i.name === saksnr);
  expect(folders).toHaveLength(1);
  return [...store.items.values()].filter((i) => i.parents.includes(folders[0]!.id) && !store.isTrashed(i));
}

describe('«Arkiver og slett …»', () => {
  it('shows what it will delete, case by case, and what stays for the statistics, and asks once', () => {
    const emu = closedCase();
    emu.select('Saker', 'A2');
    emu.clickMenu('Arkiver og slett …');
    const spec = lastForm(emu);
    expect(spec.action).toBe('archive');
    expect(spec.labels.submit).toBe('Arkiver og slett');
    const scope = spec.fields.find((f) => f.name === 'scope')!;
    expect('options' in scope && scope.options.map((o) => o.label)).toEqual([
      'Bare sak 2024-001, som du har merket',
    ]);
    const info = spec.fields.filter((f) => f.kind === 'info').map((f) => ('text' in f ? f.text : ''));
    expect(info.join('\n')).toContain('Saksnummer, datoer, kategori og status blir stående');
    expect(info.join('\n')).toContain('Sak 2024-001: 1 tiltak,');
    expect(info.join('\n')).toMatch(/loggrader, svaret i meldeskjemaet, saksmappen\./);
    expect(JSON.stringify(spec)).not.toMatch(/Ola|Nordmann|7Q/);
    // Without the box ticked, nothing happens.
    expect(submitForm(emu, {})).toMatchObject({ status: 'error', field: 'confirm' });
    expect(cases(emu)[0]!['Elev']).toBe(NAME);
  });

  it('refuses a case not yet due, and says from when', () => {
    const emu = closedCase();
    emu.env.setNow('2026-09-01T09:00:00+02:00');
    emu.select('Saker', 'A2');
    emu.clickMenu('Arkiver og slett …');
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toContain(
      'Ingen saker er klare for arkivering. En sak arkiveres når den har vært avsluttet i 24 måneder',
    );
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toContain(
      'Sak 2024-001, som du har merket, kan arkiveres fra 07.10.2026.',
    );
  });

  it('leaves no copy of the name, class or description in the spreadsheet, the form, Drive or properties', () => {
    const emu = closedCase();
    const formId = emu.form.id;
    const responseId = String(cases(emu)[0]!['Svar-id']);
    // Before: the case is everywhere.
    expect(spreadsheetTexts(emu).some((s) => s.includes(NAME))).toBe(true);
    expect(driveTexts(emu).some((f) => f.text.includes('Nordmann'))).toBe(true);

    const result = archive(emu);
    expect(result, result.status === 'error' ? result.message : '').toMatchObject({
      status: 'done',
      message: expect.stringContaining('Arkivert: 2024-001.'),
      linkText: 'Åpne «Arkiv»',
    });

    for (const text of spreadsheetTexts(emu)) {
      for (const secret of SECRETS) expect(text, `a cell holds «${secret}»`).not.toContain(secret);
      expect(text).not.toBe(CLASS);
    }
    const responses = emu.forms.responses(formId);
    expect(responses.map((r) => r.id)).not.toContain(responseId);
    expect(JSON.stringify(responses)).not.toMatch(/Ola|Nordmann|Tutten|7Q/);
    for (const f of driveTexts(emu))
      for (const secret of SECRETS) expect(f.text, `${f.name} holds «${secret}»`).not.toContain(secret);
    for (const [key, value] of emu.properties.document) {
      for (const secret of [...SECRETS, CLASS]) expect(value, key).not.toContain(secret);
      expect(key).not.toMatch(/2024-001/);
    }
    // The other case, its report and its measure are untouched.
    expect(cases(emu)[1]).toMatchObject({ Saksnr: '2024-002', Elev: OTHER, Status: 'Meldt' });
    expect(sheetRecords(emu, 'Tiltak').map((r) => r['Saksnr'])).toEqual(['2024-002']);
    expect(responses).toHaveLength(1);
    const raw = sheetValues(emu, emu.form.destination!.sheet.getName());
    expect(raw).toHaveLength(2);
    expect(raw[1]).toContain(OTHER);
  });

  it('clears the services the family consented to, and the note of a report to barnevernet', () => {
    const emu = closedCase();
    // What the consent and barnevern dialogs would have left (written straight into the sheets here).
    const saker = emu.spreadsheet._sheetByName('Saker')!;
    const header = saker.getRange(1, 1, 1, saker.getLastColumn()).getValues()[0]!.map(String);
    saker.getRange(2, header.indexOf('Samtykke') + 1).setValue('BUP 12.09.2024');
    const barnevern = emu.spreadsheet._sheetByName('Barnevern')!;
    const note = 'Far drikker, sier Ola.';
    barnevern.appendRow([
      new Date('2024-09-12T10:00:00+02:00'),
      'rektor@skole.no',
      '2024-001',
      new Date('2024-09-12T00:00:00+02:00'),
      'Rektor',
      'Brev',
      note,
    ]);
    barnevern.appendRow([
      new Date('2024-09-13T10:00:00+02:00'),
      'rektor@skole.no',
      '2024-002',
      new Date('2024-09-13T00:00:00+02:00'),
      'Rektor',
      'Brev',
      'Den andre saken.',
    ]);
    expect(archive(emu).status).toBe('done');
    expect(cases(emu)[0]!['Samtykke']).toBe('');
    const rows = sheetRecords(emu, 'Barnevern');
    expect(rows[0]).toMatchObject({
      Saksnr: '2024-001',
      'Registrert av': '',
      Merknad: '',
      'Sendt av (rolle)': 'Rektor',
      Hvordan: 'Brev',
    });
    expect(rows[0]!['Sendt']).toBeInstanceOf(Date);
    expect(rows[1]).toMatchObject({
      Saksnr: '2024-002',
      'Registrert av': 'rektor@skole.no',
      Merknad: 'Den andre saken.',
    });
  });

  it('keeps the case number, dates, category and status, so «Oversikt» still counts the case', () => {
    const emu = closedCase();
    emu.runTimeTriggers();
    const before = sheetValues(emu, 'Oversikt');
    const row = cases(emu)[0]!;
    archive(emu);
    const sent = emu.mail.sent.length;
    const after = cases(emu)[0]!;
    for (const kept of [
      'Saksnr',
      'Meldt',
      'Rolle',
      'Kanal',
      'Kategori',
      'Status',
      'Rektor kjent',
      'Undersøkelse startet',
      'Plan iverksatt',
      'Avsluttet',
      'Svar-id',
      'Ansatt involvert',
    ])
      expect(after[kept], kept).toEqual(row[kept]);
    for (const blank of [
      'Elev',
      'Klasse',
      'Meldt av',
      'Ansvarlig',
      'Aktivitetsplan',
      'Hva har skjedd',
      'Når',
      'Hvor',
      'Har noen grepet inn',
    ])
      expect(after[blank], blank).toBe('');
    expect(after['Avslutningsgrunn']).toBe(
      'Arkivert 12.10.2026. Personopplysningene er slettet; dokumentasjonen ligger i «Arkiv».',
    );
    emu.env.setNow('2026-10-13T06:00:00+02:00');
    emu.runTimeTriggers();
    const overview = sheetValues(emu, 'Oversikt');
    expect(overview.find((r) => r[0] === 'Avsluttet')).toEqual(before.find((r) => r[0] === 'Avsluttet'));
    // «Oversikt» counts the school year of its day. Run for a day in the case's own school year (2024–2025),
    // the archived case is still counted from the fields kept: reported, and closed.
    emu.env.setNow('2025-06-02T06:00:00+02:00');
    emu.runTimeTriggers();
    const then = sheetValues(emu, 'Oversikt');
    const title = then.findIndex(
      (r) => String(r[0]).startsWith('Status nå') && String(r[0]).includes('2024–2025'),
    );
    expect(title).toBeGreaterThan(-1);
    const closedRow = then.slice(title).find((r) => r[0] === 'Avsluttet');
    expect(Number(closedRow?.[1])).toBe(1);
    emu.env.setNow('2026-10-13T07:00:00+02:00');
    // No longer listed as due in the digest, and nothing left to archive.
    for (const m of emu.mail.sent.slice(sent)) expect(m.body).not.toContain('eldre enn oppbevaringstiden');
    emu.select('Saker', 'A2');
    emu.clickMenu('Arkiver og slett …');
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toContain('Ingen saker er klare for arkivering.');
    // The row is for the statistics only: the case cannot be opened, reopened or documented again.
    emu.clickMenu('Vis saken');
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toBe(
      'Sak 2024-001 er arkivert: personopplysningene er slettet, og dokumentasjonen ligger som PDF i «Arkiv».',
    );
    emu.clickMenu('Gjenåpne saken …');
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toContain('Sak 2024-001 er arkivert');
  });

  it('puts the whole documentation, the plan and the evaluation in «Arkiv» as PDF first', () => {
    const emu = closedCase();
    archive(emu);
    const files = archiveFiles(emu, '2024-001');
    const names = files.map((f) => f.name).sort();
    expect(names).toEqual([
      'Aktivitetsplan 2024-001 v1.pdf',
      'Dokumentasjon av aktivitetsplikten 2024-001 v1.pdf',
      'Evaluering av aktivitetsplan 2024-001 v1.pdf',
    ]);
    for (const f of files) expect(f.mimeType).toBe('application/pdf');
    // The documentation made just before the deletion: every event of the case, the measures, the report.
    const doc = files.find((f) => f.name.startsWith('Dokumentasjon'))!;
    const text = pdfText(doc.bytes);
    for (const part of [
      NAME,
      CLASS,
      'Melding mottatt',
      'Status endret',
      'Ola sa at han gruer seg til gymtimene.',
      'Aktivitetsplan laget',
      'Evaluering laget',
      'Fast voksen for Ola i friminuttene',
      'Tutten',
    ])
      expect(words(text), part).toContain(words(part));
    // It is the same text as the Doc it was made from (now in the trash with the case folder).
    const store = emu.docs.driveStore;
    const source = [...store.items.values()].find(
      (i) => i.name === 'Dokumentasjon av aktivitetsplikten 2024-001 v1' && i.mimeType.includes('document'),
    )!;
    expect(store.isTrashed(source)).toBe(true);
    const docWords = words(emu.docs.docStore.text(source.id)).split(' ');
    expect(docWords.filter((w) => !words(text).includes(w))).toEqual([]);
    expect(pdfText(files.find((f) => f.name.startsWith('Aktivitetsplan'))!.bytes)).toContain(
      'Ola blir holdt utenfor.',
    );
    // «Arkiv» is shared with the leadership only (through the product's folder), not with the case's people.
    const archiveFolder = store.items.get(emu.properties.document.get('docs:archive')!)!;
    expect([...archiveFolder.editors, ...archiveFolder.viewers]).not.toContain('kontaktlarer@skole.no');
  });

  it('redacts the case’s «Logg» rows and keeps the chain whole, with an «Arkivert og slettet» event', () => {
    const emu = closedCase();
    const before = logRows(emu).filter((r) => r['Saksnr'] === '2024-001');
    archive(emu);
    const rows = logRows(emu).filter((r) => r['Saksnr'] === '2024-001');
    const event = rows.at(-1)!;
    expect(event).toMatchObject({ Hendelse: 'Arkivert og slettet', Bruker: 'rektor@skole.no' });
    expect(event['Detaljer']).toMatch(
      /^3 dokumenter lagret som PDF i «Arkiv»\. Slettet: personopplysningene i «Saker», 1 tiltak, hvem og detaljer i \d+ loggrader, svaret i meldeskjemaet og skjemasvar-arket, saksmappen\./,
    );
    const redacted = rows.slice(0, -1);
    expect(redacted.length).toBeGreaterThan(before.length);
    for (const r of redacted) {
      expect(r).toMatchObject({ Bruker: '', Detaljer: 'Personopplysninger slettet ved arkivering.' });
    }
    expect(redacted.map((r) => r['Hendelse'])).toEqual(
      expect.arrayContaining(before.map((r) => r['Hendelse'])),
    );
    // The other case's rows are as they were.
    expect(
      logRows(emu)
        .filter((r) => r['Saksnr'] === '2024-002')
        .every((r) => r['Detaljer'] !== 'Personopplysninger slettet ved arkivering.'),
    ).toBe(true);
    emu.clickMenu('Kontroller loggen');
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toContain('Loggen er hel');
  });

  it('waits while the log is broken: nothing is deleted', () => {
    const emu = closedCase();
    emu.edit('Logg', 'F3', 'endret');
    emu.select('Saker', 'A2');
    emu.clickMenu('Arkiver og slett …');
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toContain('Loggen er endret for hånd: rad 3 er endret');
    expect(cases(emu)[0]!['Elev']).toBe(NAME);
  });

  it('never loses the next report: one submitted after the deletion becomes a case, the day’s check too', () => {
    const emu = closedCase();
    archive(emu);
    emu.submitForm(answers({ 'Elevens navn': 'Per Ny' }), { email: STAFF });
    expect(cases(emu).map((c) => [c['Saksnr'], c['Elev']])).toEqual([
      ['2024-001', ''],
      ['2024-002', OTHER],
      ['2026-001', 'Per Ny'],
    ]);
    emu.env.setNow('2026-10-13T06:00:00+02:00');
    emu.runTimeTriggers();
    expect(cases(emu)).toHaveLength(3);
    emu.clickMenu('Kontroller loggen');
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toContain('Loggen er hel');
  });

  it('archives all due cases a few at a time, and tells how many are left', () => {
    const emu = school(START);
    for (const name of ['Anna A', 'Berit B', 'Carl C', 'Dina D', 'Erik E'])
      emu.submitForm(answers({ 'Elevens navn': name }), { email: STAFF });
    for (const row of [2, 3, 4, 5]) {
      emu.select('Saker', `A${row}`);
      viaDialog(emu, 'Avslutt saken …', { reason: 'Eleven har det bra.' });
    }
    // A column the school added to «Saker», and a response row someone deleted by hand.
    const saker = emu.spreadsheet._sheetByName('Saker')!;
    const width = saker.getLastColumn();
    if (saker.getMaxColumns() <= width) saker.insertColumnsAfter(width, 1);
    saker.getRange(1, width + 1).setValue('Notater');
    saker
      .getRange(2, width + 1, 5, 1)
      .setValues([['Mor til Anna'], ['Far til Berit'], ['x'], ['y'], ['Erik sin']]);
    emu.form.destination!.sheet.deleteRow(3);
    emu.env.setNow('2026-10-12T09:00:00+02:00');
    emu.select('Saker', 'A6');
    emu.clickMenu('Arkiver og slett …');
    const spec = lastForm(emu);
    const scope = spec.fields.find((f) => f.name === 'scope')!;
    expect('options' in scope && scope.options.map((o) => o.label)).toEqual([
      'Alle 4 saker som er klare: 2024-001, 2024-002, 2024-003, 2024-004',
    ]);
    const first = submitForm(emu, { confirm: ['yes'] });
    expect(first.status === 'done' && first.message).toBe(
      'Arkivert: 2024-001, 2024-002, 2024-003. Dokumentasjonen ligger som PDF i «Arkiv», og personopplysningene er slettet.\n\n' +
        'Sak 2024-002: raden i skjemasvar-arket ble ikke funnet (slettet for hånd?). Se etter den, og slett den om den finnes.\n\n' +
        '1 sak gjenstår: velg «Arkiver og slett …» igjen for å fortsette.',
    );
    emu.clickMenu('Arkiver og slett …');
    expect(submitForm(emu, { confirm: ['yes'] })).toMatchObject({
      status: 'done',
      message: expect.stringMatching(/^Arkivert: 2024-004\./),
    });
    expect(cases(emu).map((c) => [c['Elev'], c['Notater']])).toEqual([
      ['', ''],
      ['', ''],
      ['', ''],
      ['', ''],
      ['Erik E', 'Erik sin'],
    ]);
    expect(emu.forms.responses(emu.form.id)).toHaveLength(1);
    const raw = sheetValues(emu, emu.form.destination!.sheet.getName());
    expect(raw.slice(1).map((r) => r.includes('Erik E'))).toEqual([true]);
  });

  it('stops at a case folder another leader owns, says whom to ask, and goes on when they archive', () => {
    const LEDER = 'avdelingsleder@skole.no';
    const emu = school(START, { 'Ledelsen (e-post)': LEDER });
    emu.submitForm(answers({ 'Elevens navn': NAME }), { email: STAFF });
    // The leader makes the case's first document: the case folder is theirs.
    emu.env.activeUser = LEDER;
    emu.select('Saker', 'A2');
    emu.clickMenu('Lag dokumentasjon');
    emu.env.activeUser = 'rektor@skole.no';
    viaDialog(emu, 'Avslutt saken …', { reason: 'Eleven har det bra.' });
    emu.env.setNow(LATER);
    const first = archive(emu);
    expect(first).toMatchObject({
      status: 'error',
      message: expect.stringContaining('Sak 2024-001: saksmappen i Disk eies av avdelingsleder@skole.no'),
    });
    // Everything but the folder and the register row is done; nothing is lost.
    expect(cases(emu)[0]!['Elev']).toBe(NAME);
    expect(
      archiveFiles(emu, '2024-001')
        .map((f) => f.name)
        .sort(),
    ).toEqual([
      'Dokumentasjon av aktivitetsplikten 2024-001 v1.pdf',
      'Dokumentasjon av aktivitetsplikten 2024-001 v2.pdf',
    ]);
    emu.env.activeUser = LEDER;
    emu.select('Saker', 'A2');
    emu.clickMenu('Arkiver og slett …');
    expect(JSON.stringify(lastForm(emu))).toContain(
      'arkiveringen ble avbrutt, og fortsetter der den stoppet',
    );
    expect(submitForm(emu, { confirm: ['yes'] })).toMatchObject({
      status: 'done',
      message: expect.stringContaining('Arkivert: 2024-001.'),
    });
    emu.env.activeUser = 'rektor@skole.no';
    expect(cases(emu)[0]!['Elev']).toBe('');
    for (const f of driveTexts(emu)) expect(f.text, f.name).not.toContain('Nordmann');
    expect(logRows(emu).filter((r) => r['Hendelse'] === 'Arkivert og slettet')).toHaveLength(1);
  });

  it('takes in a report that waited for the lock while the archive ran', () => {
    const emu = closedCase();
    // Another run holds the lock (here: as the archive does for a minute): intake gives up, the report waits.
    emu.locks.holdByOther('script');
    emu.submitForm(answers({ 'Elevens navn': 'Per Ventet' }), { email: STAFF });
    emu.locks.release('script');
    expect(cases(emu)).toHaveLength(2);
    expect(archive(emu).status).toBe('done');
    expect(cases(emu).map((c) => c['Elev'])).toEqual(['', OTHER, 'Per Ventet']);
  });

  it('works in nynorsk', () => {
    const emu = school(START, { Språk: 'nynorsk' });
    emu.run('setUp');
    emu.open('FULL');
    emu.submitForm(answersNn(), { email: STAFF });
    emu.select('Saker', 'A2');
    viaDialog(emu, 'Avslutt saka …', { reason: 'Eleven trivst.' });
    emu.env.setNow(LATER);
    emu.select('Saker', 'A2');
    emu.clickMenu('Arkiver og slett …');
    const spec = lastForm(emu);
    expect(spec.intro).toContain('Ei sak som har vore avslutta i 24 månader');
    const result = submitForm(emu, { confirm: ['yes'] });
    expect(result).toMatchObject({ status: 'done', message: expect.stringContaining('Arkivert: 2024-001.') });
    expect(cases(emu)[0]!['Avslutningsgrunn']).toMatch(
      /^Arkivert 12\.10\.2026\. Personopplysningane er sletta/,
    );
  });
});

describe('an archive that stops half-way', () => {
  it('completes on the next run, wherever it stopped, without loss or duplicates', {
    timeout: process.env['ARCHIVE_SWEEP'] ? 7_200_000 : 600_000,
  }, () => {
    // The calls of an archive that runs through, to stop a second one at each kind of step.
    const clean = closedCase();
    archive(clean);
    const calls = clean.lastExecution!.calls;
    const at = (pattern: RegExp) => calls.findIndex((c) => pattern.test(c)) + 1;
    const points = [
      at(/File\.makeCopy|DriveApp\.getFileById/),
      at(/Folder\.createFile/),
      at(/Sheet\.deleteRow$/),
      at(/Form\.deleteResponse/),
      at(/Sheet\.deleteRows/),
      calls.findIndex((c, i) => i > at(/Sheet\.deleteRows/) && /Range\.setValues/.test(c)) + 1,
      at(/Folder\.setTrashed/),
      calls.length - 3,
      Math.floor(calls.length / 2),
    ].filter((k, i, all) => k > 0 && all.indexOf(k) === i);
    const sweep = process.env['ARCHIVE_SWEEP'];
    if (sweep)
      points.splice(0, points.length, ...calls.map((_, i) => i + 1).filter((k) => k % Number(sweep) === 0));
    expect(points.length).toBeGreaterThan(6);
    if (process.env['ARCHIVE_CALLS'])
      console.log(
        points.map((k) => `${k} ${calls[k - 1]}`).join('\n'),
        `\n${calls.length} calls:\n${calls.join(', ')}`,
      );
    const expected = archiveFiles(clean, '2024-001')
      .map((f) => f.name)
      .sort();
    const failures: string[] = [];
    for (const k of points) {
      for (const kind of ['error', 'timeoutAfter'] as const) {
        try {
          stopAndRerun(k, kind);
        } catch (error) {
          failures.push(error instanceof Error ? error.message.split('\n')[0]! : String(error));
        }
      }
    }
    expect(failures).toEqual([]);

    function stopAndRerun(k: number, kind: 'error' | 'timeoutAfter'): void {
      const emu = closedCase();
      emu.select('Saker', 'A2');
      emu.clickMenu('Arkiver og slett …');
      emu.faults.inject({ call: k, kind });
      const first = submitForm(emu, { confirm: ['yes'] });
      const where = `${kind} at call ${k} (${calls[k - 1]})`;
      // A fault the product absorbs (a language lookup, a share Drive refuses) lets the run finish.
      expect(['error', 'done'], where).toContain(first.status);
      // The rektor runs it again: the dialog, or, when the stopped run got as far as the register (the
      // next job completes the rest from the journal), the message that nothing is left to archive.
      emu.select('Saker', 'A2');
      const shown = emu.sheets.ui.shown.length;
      emu.clickMenu('Arkiver og slett …');
      if (emu.sheets.ui.shown.length > shown) {
        const again = submitForm(emu, { confirm: ['yes'] });
        expect(again.status, `${where}: ${again.status === 'error' ? again.message : ''}`).toBe('done');
      } else {
        expect(emu.sheets.ui.dialogs.at(-1)!.prompt, where).toContain('Ingen saker er klare for arkivering.');
      }
      emu.clickMenu('Kontroller loggen');
      expect(emu.sheets.ui.dialogs.at(-1)!.prompt, where).toContain('Loggen er hel');
      expect(
        archiveFiles(emu, '2024-001')
          .map((f) => f.name)
          .sort(),
        where,
      ).toEqual(expected);
      expect(
        logRows(emu).filter((r) => r['Hendelse'] === 'Arkivert og slettet'),
        where,
      ).toHaveLength(1);
      expect(cases(emu)[0]!['Elev'], where).toBe('');
      for (const text of spreadsheetTexts(emu)) expect(text, where).not.toContain('Nordmann');
      expect(emu.forms.responses(emu.form.id), where).toHaveLength(1);
      const raw = sheetValues(emu, emu.form.destination!.sheet.getName());
      expect(
        raw.map((r) => r.includes(OTHER)),
        where,
      ).toEqual([false, true]);
      expect(
        sheetRecords(emu, 'Tiltak').map((r) => r['Saksnr']),
        where,
      ).toEqual(['2024-002']);
      expect(
        [...emu.properties.document.keys()].filter((key) => key.includes('2024-001')),
        where,
      ).toEqual([]);
      for (const f of driveTexts(emu)) expect(f.text, `${where}: ${f.name}`).not.toContain('Nordmann');
    }
  });
});
