import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sheetValues } from '../support/bundle';
import { lastForm, submitForm as submit, viaDialog } from '../support/dialogs';
import { answers, logRows, STAFF, school } from '../support/school';

type Emu = ReturnType<typeof school>;

const NOW = '2026-09-14T09:00:00+02:00';
const LEDER = 'avdelingsleder@skole.no';

/** A school with three cases, worked a little: a log of a few dozen rows written by the product. */
function busySchool(): Emu {
  const emu = school(NOW, { 'Ledelsen (e-post)': LEDER });
  for (const name of ['Ola Nordmann', 'Kari Nordmann', 'Per Hansen'])
    emu.submitForm(answers({ 'Elevens navn': name }), { email: STAFF });
  emu.select('Saker', 'A2');
  viaDialog(emu, 'Endre status …', { status: 'Undersøkes' });
  viaDialog(emu, 'Nytt tiltak …', { tiltak: 'Fast voksen i friminuttene', niva: 'individ', hvem: STAFF });
  emu.select('Saker', 'A3');
  viaDialog(emu, 'Registrer hendelse …', { what: 'samtale-elev', note: 'Samtale i grupperommet.' });
  return emu;
}

const logSheet = (emu: Emu) => emu.spreadsheet._sheetByName('Logg')!;

/** «Kontroller loggen», as the rektor clicks it: what the alert said. */
function check(emu: Emu): string {
  emu.clickMenu('Kontroller loggen');
  return emu.sheets.ui.dialogs.at(-1)!.prompt;
}

describe('the chained «Logg»', () => {
  it('chains every row the product writes: its number and SHA-256 over the documented form', () => {
    const emu = busySchool();
    const rows = sheetValues(emu, 'Logg');
    expect(rows[0]).toEqual(['Tid', 'Bruker', 'Saksnr', 'Delplikt', 'Hendelse', 'Detaljer', 'Id', 'Kjede']);
    let prev = '';
    rows.slice(1).forEach((r, i) => {
      const [seq, hash] = String(r[7]).split(':');
      expect(Number(seq)).toBe(i + 1);
      const time = `${(r[0] as Date).toISOString().slice(0, 19)}Z`;
      const text = JSON.stringify([i + 1, prev, time, ...r.slice(1, 7).map(String)]);
      // What anyone can recompute with sha256sum: the README says how.
      expect(hash).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      prev = hash!;
    });
    expect(rows.length).toBeGreaterThan(10);
    // The chain's end is kept outside the sheet too.
    const head = JSON.parse(emu.properties.document.get('log:chain')!);
    expect(head).toMatchObject({ seq: rows.length - 1, hash: prev, row: rows.length, legacy: 0 });
  });

  it('verifies an untouched log, and logs that it was checked', () => {
    const emu = busySchool();
    const n = sheetValues(emu, 'Logg').length - 1;
    expect(check(emu)).toContain(
      `Loggen er hel: ingen rader er endret, fjernet eller lagt inn for hånd.\n\nSkolemiljø kontrollerte ${n} rader.`,
    );
    expect(logRows(emu).at(-1)).toMatchObject({
      Hendelse: 'Loggen kontrollert',
      Detaljer: `Kjeden er hel (${n} rader).`,
      Bruker: 'rektor@skole.no',
    });
    // The check's own row is chained: the next check is whole too.
    expect(check(emu)).toContain(`kontrollerte ${n + 1} rader`);
  });

  it('names a row edited by hand, wherever it is (every row of the log)', () => {
    const emu = busySchool();
    const sheet = logSheet(emu);
    const n = sheetValues(emu, 'Logg').length - 1;
    for (let row = 2; row <= n + 1; row++) {
      const col = 'BCDEF'[row % 5]!;
      const original = sheet.getRange(`${col}${row}`).getValue();
      expect(emu.edit('Logg', `${col}${row}`, 'endret for hånd').refused).toBeNull();
      expect(check(emu)).toContain(
        `Første brudd: rad ${row} er endret etter at Skolemiljø skrev den (nr. ${row - 1} i kjeden).`,
      );
      // Put back as it was (Fil → Versjonslogg): whole again.
      sheet.getRange(`${col}${row}`).setValue(original === '' ? '' : `'${String(original)}`);
      expect(check(emu), `row ${row}`).toContain('Loggen er hel');
    }
  });

  it('names where a row was removed, the last row included', () => {
    const n = sheetValues(busySchool(), 'Logg').length - 1;
    for (const row of [2, Math.floor(n / 2), n + 1]) {
      const emu = busySchool();
      logSheet(emu).deleteRow(row);
      const text = check(emu);
      if (row === n + 1)
        expect(text).toContain(
          `Første brudd: den siste raden er fjernet (nr. ${n} i kjeden, etter rad ${n}).`,
        );
      else
        expect(text).toContain(
          `Første brudd: en rad er fjernet rett over rad ${row} (nr. ${row - 1} i kjeden).`,
        );
    }
  });

  it('names a row inserted by hand, anywhere, also a copy of another row', () => {
    const n = sheetValues(busySchool(), 'Logg').length - 1;
    for (const row of [3, n + 1, n + 2]) {
      for (const copy of [false, true]) {
        const emu = busySchool();
        const sheet = logSheet(emu);
        const values = copy
          ? sheet.getRange(2, 1, 1, 8).getValues()[0]!
          : [
              new Date(),
              'rektor@skole.no',
              '2026-001',
              'undersøke',
              'Samtale med eleven',
              'Lagt inn i ettertid.',
              '',
              '',
            ];
        if (row <= n + 1) sheet.insertRowBefore(row);
        sheet.getRange(row, 1, 1, 8).setValues([values]);
        expect(check(emu)).toContain(
          `Første brudd: rad ${row} er lagt inn for hånd: Skolemiljø skrev den ikke.`,
        );
      }
    }
  });

  it('goes on chaining after a break, so the next edit is found too, and a restored row mends it', () => {
    const emu = busySchool();
    const sheet = logSheet(emu);
    const original = sheet.getRange(4, 6).getValue();
    emu.edit('Logg', 'F4', 'endret');
    viaDialog(emu, 'Nytt tiltak …', { tiltak: 'Klassemøte', niva: 'gruppe', hvem: STAFF });
    expect(check(emu)).toMatch(/Første brudd: rad 4 er endret[^\n]*\n\nFil → Versjonslogg/);
    // Restored from the version history: the chain is whole again (the check rows themselves are chained).
    sheet.getRange(4, 6).setValue(original);
    expect(check(emu)).toContain('Loggen er hel');
  });

  it('blocks hand edits by anyone outside the leadership; the leadership and the trigger owner write', () => {
    const emu = busySchool();
    // The spreadsheet is shared with a teacher: the log (and the register) stay closed to them.
    (emu.spreadsheet as unknown as { _editors: Set<string> })._editors.add(STAFF);
    expect(emu.edit('Logg', 'F3', 'x', STAFF).refused).toBe('protection');
    expect(emu.edit('Saker', 'G2', 'x', STAFF).refused).toBe('protection');
    const [p] = (
      logSheet(emu) as unknown as { _protections: { _warningOnly: boolean; _description: string }[] }
    )._protections;
    expect(p!._warningOnly).toBe(false);
    expect(p!._description).toContain('Kontroller loggen');
    // The product writes the log as a leader from the leadership list, and as the trigger owner.
    emu.select('Saker', 'A2');
    emu.env.activeUser = LEDER;
    emu.clickMenu('Registrer hendelse …');
    expect(submit(emu, { what: 'samtale-elev', note: 'Som avdelingsleder.' }).status).toBe('done');
    emu.env.activeUser = 'rektor@skole.no';
    expect(logRows(emu).at(-1)).toMatchObject({ Bruker: LEDER, Saksnr: '2026-001' });
    expect(check(emu)).toContain('Loggen er hel');
    // A leader may still edit by hand (the product writes as them): the chain finds it.
    expect(emu.edit('Logg', 'F3', 'x', LEDER).refused).toBeNull();
    expect(check(emu)).toContain('Første brudd: rad 3 er endret');
  });

  it('reports a break in the daily digest (row numbers only), and logs it once', () => {
    const emu = busySchool();
    emu.edit('Logg', 'F5', 'Eleven heter Ola.');
    emu.env.setNow('2026-09-15T06:00:00+02:00');
    emu.runTimeTriggers();
    const digest = emu.mail.sent.find((m) => m.subject.startsWith('Skolemiljø 15.09.2026'))!;
    expect(digest.body).toContain(
      'Loggen er endret for hånd: rad 5 er endret etter at Skolemiljø skrev den (nr. 4 i kjeden). Velg Skolemiljø → Kontroller loggen.',
    );
    expect(digest.body).not.toMatch(/Ola|Nordmann|5B/);
    expect(logRows(emu).filter((r) => r['Hendelse'] === 'Loggen kontrollert')).toHaveLength(1);
    emu.env.setNow('2026-09-16T06:00:00+02:00');
    emu.runTimeTriggers();
    const next = emu.mail.sent.find((m) => m.subject.startsWith('Skolemiljø 16.09.2026'))!;
    expect(next.body).toContain('Loggen er endret for hånd: rad 5');
    expect(logRows(emu).filter((r) => r['Hendelse'] === 'Loggen kontrollert')).toHaveLength(1);
  });

  it('says nothing in the digest about a whole log', () => {
    const emu = busySchool();
    emu.env.setNow('2026-09-15T06:00:00+02:00');
    emu.runTimeTriggers();
    for (const m of emu.mail.sent) expect(m.body).not.toContain('Loggen');
  });
});

describe('the chain and the journal', () => {
  it('shows no false break whatever call of a job fails, and the journal completes the job once', () => {
    const emu = busySchool();
    emu.select('Saker', 'A3');
    emu.clickMenu('Registrer hendelse …');
    const spec = lastForm(emu);
    const send = (note: string) =>
      submit(emu, { what: 'samtale-elev', note }, { spec: { ...spec, requestId: note } });
    send('Første');
    const calls = emu.lastExecution!.calls;
    for (const kind of ['error', 'timeoutAfter'] as const) {
      for (let k = 1; k <= calls.length; k++) {
        const note = `Hendelse ${kind} ${k}`;
        emu.faults.inject({ call: k, kind });
        send(note);
        // The next job (here the check) completes what the dead one left, then reads the log.
        const text = check(emu);
        expect(text, `${kind} at call ${k} (${calls[k - 1]})`).toContain('Loggen er hel');
        const logged = logRows(emu).filter((r) => String(r['Detaljer']).includes(note));
        expect(logged.length, `${kind} at call ${k} (${calls[k - 1]})`).toBeLessThanOrEqual(1);
      }
    }
  }, 120_000);

  it('takes up the chain when the head was not saved after the rows were written', () => {
    const emu = busySchool();
    const head = emu.properties.document.get('log:chain')!;
    emu.select('Saker', 'A2');
    viaDialog(emu, 'Nytt tiltak …', { tiltak: 'Klassemøte', niva: 'gruppe', hvem: STAFF });
    emu.properties.document.set('log:chain', head);
    viaDialog(emu, 'Registrer hendelse …', { what: 'samtale-elev', note: 'Oppfølging.' });
    expect(check(emu)).toContain('Loggen er hel');
  });
});
