// «Oversikt» as the leadership's dashboard: exact figures in small tables, native charts made once.
import { describe, expect, it } from 'vitest';
import type { Emulator } from '../../tools/emulator/emulator';
import { chartsOn } from '../../tools/emulator/spreadsheet/chart';
import { autumn } from '../support/autumn';
import { answers, STAFF, school } from '../support/school';

function sheet(emu: Emulator) {
  return emu.spreadsheet._sheetByName('Oversikt')!;
}

/** The dashboard as the rektor reads it: displayed text, rows of three cells. */
function shownRows(emu: Emulator): string[][] {
  return sheet(emu).getDataRange().getDisplayValues();
}

/** The row labelled `label` (column A), as [B, C]. */
function row(emu: Emulator, label: string): [string, string] {
  const r = shownRows(emu).find((x) => x[0] === label);
  if (!r) throw new Error(`No row «${label}» in Oversikt`);
  return [r[1]!, r[2]!];
}

/** A table below its title: the rows after the header row, until an empty row. */
function table(emu: Emulator, title: string): string[][] {
  const rows = shownRows(emu);
  const i = rows.findIndex((x) => x[0] === title);
  if (i < 0) throw new Error(`No table «${title}»`);
  const out: string[][] = [];
  for (const r of rows.slice(i + 2)) {
    if (r[0] === '') break;
    out.push(r.slice(0, 3));
  }
  return out;
}

describe('«Oversikt» after the daily job (bokmål)', () => {
  const emu = autumn('nb');

  it('has the key figures, exact', () => {
    expect(row(emu, 'Oppdatert')[0]).toBe('20.11.2026');
    expect(row(emu, 'Skoleår')[0]).toBe('2026–2027');
    expect(row(emu, 'Meldt dette skoleåret')[0]).toBe('5');
    expect(row(emu, 'Åpne saker')[0]).toBe('4');
    expect(row(emu, 'Avsluttet dette skoleåret')[0]).toBe('1');
    expect(row(emu, 'Åpne saker etter § 12-5 (ansatt involvert)')[0]).toBe('1');
    expect(row(emu, 'Median dager fra melding til aktivitetsplan')[0]).toBe('5');
    expect(row(emu, 'Frist holdt: starte undersøkelsen')).toEqual(['80 %', '4 av 5']);
    expect(row(emu, 'Frist holdt: aktivitetsplan på plass')).toEqual(['60 %', '3 av 5']);
    expect(row(emu, 'Meldinger om ledelsen sendt til skoleeier')[0]).toBe('1');
  });

  it('has this school year by month, category and status, the deadlines and the open cases by age', () => {
    expect(table(emu, 'Meldt per måned, skoleåret 2026–2027').map((r) => r.slice(0, 2))).toEqual([
      ['august', '1'],
      ['september', '2'],
      ['oktober', '1'],
      ['november', '1'],
      ['desember', ''],
      ['januar', ''],
      ['februar', ''],
      ['mars', ''],
      ['april', ''],
      ['mai', ''],
      ['juni', ''],
      ['juli', ''],
    ]);
    expect(table(emu, 'Hva sakene gjelder, skoleåret 2026–2027').map((r) => r.slice(0, 2))).toEqual([
      ['Mobbing', '1'],
      ['Krenkelser', '1'],
      ['Vold', '1'],
      ['Utestenging', '1'],
      ['Digital mobbing', '1'],
      ['Fravær eller skolevegring', '1'],
      ['Psykisk helse og trivsel', '1'],
      ['Annet', '0'],
    ]);
    expect(table(emu, 'Status nå for sakene meldt skoleåret 2026–2027').map((r) => r.slice(0, 2))).toEqual([
      ['Meldt', '1'],
      ['Undersøkes', '1'],
      ['Aktivitetsplan', '2'],
      ['Evalueres', '0'],
      ['Avsluttet', '1'],
    ]);
    expect(table(emu, 'Frister holdt, skoleåret 2026–2027')).toEqual([
      ['Starte undersøkelsen', '4', '1'],
      ['Aktivitetsplan på plass', '3', '2'],
    ]);
    expect(table(emu, 'Åpne saker etter dager siden melding').map((r) => r.slice(0, 2))).toEqual([
      ['0–7 dager', '0'],
      ['8–30 dager', '1'],
      ['31–90 dager', '3'],
      ['91–180 dager', '0'],
      ['over 180 dager', '0'],
    ]);
  });

  it('has five native charts, each drawing its table', () => {
    const charts = chartsOn(sheet(emu));
    expect(charts.map((c) => [c.type, c.options['title'], c.ranges])).toEqual([
      ['COLUMN', 'Saker per måned', ['Oversikt!A16:B28']],
      ['BAR', 'Saker per kategori', ['Oversikt!A31:B39']],
      ['COLUMN', 'Status nå', ['Oversikt!A46:B51']],
      ['COLUMN', 'Frister holdt', ['Oversikt!A61:C63']],
      ['COLUMN', 'Åpne saker etter alder', ['Oversikt!A76:B81']],
    ]);
    // Beside their tables, never on top of one another.
    expect(charts.map((c) => [c.position.row, c.position.column])).toEqual([
      [15, 4],
      [30, 4],
      [45, 4],
      [60, 4],
      [75, 4],
    ]);
    expect(charts[3]!.options).toMatchObject({ isStacked: true, legend: { position: 'top' } });
  });

  it('names no student, class, reporter or what happened: case numbers only', () => {
    const text = shownRows(emu).flat().join('\n');
    for (const secret of ['Emma', 'Noah', '6A', '4B', 'kontaktlarer@skole.no', 'klassechatten', 'garderoben'])
      expect(text.toLowerCase()).not.toContain(secret.toLowerCase());
  });
});

describe('the charts are made once', () => {
  it('later nights only rewrite the values: no chart is made or changed, and they cost one call', () => {
    const emu = autumn('nb');
    const ids = chartsOn(sheet(emu)).map((c) => c.id);
    for (const day of ['2026-11-21', '2026-11-23', '2026-11-24']) {
      emu.env.setNow(`${day}T06:00:00+01:00`);
      emu.env.calls.reset();
      emu.runTimeTriggers();
      const calls = emu.env.calls.snapshot();
      expect(calls['Sheet.insertChart'] ?? 0).toBe(0);
      expect(calls['Sheet.updateChart'] ?? 0).toBe(0);
      expect(calls['Sheet.newChart'] ?? 0).toBe(0);
      expect(calls['Sheet.getCharts']).toBe(1);
    }
    expect(chartsOn(sheet(emu)).map((c) => c.id)).toEqual(ids);
    expect(row(emu, 'Oppdatert')[0]).toBe('24.11.2026');
  });

  it('setUp run again changes nothing and makes no second set', () => {
    const emu = autumn('nb');
    const before = chartsOn(sheet(emu));
    emu.run('setUp');
    emu.run('setUp');
    expect(chartsOn(sheet(emu))).toEqual(before);
    // setUp fills the figures too, late cases included, as the night does.
    expect(row(emu, 'Frist passert')).toEqual(['4', '2026-002, 2026-003, 2026-004, 2026-005']);
  });

  it('a chart the school deleted comes back the next night; one the school added is left alone', () => {
    const emu = autumn('nb');
    const s = emu.spreadsheet._sheetByName('Oversikt')!;
    s.removeChart(s.getCharts()[0]!);
    emu.env.setNow('2026-11-21T06:00:00+01:00');
    emu.runTimeTriggers();
    expect(chartsOn(s).map((c) => c.options['title'])).toContain('Saker per måned');
    expect(chartsOn(s)).toHaveLength(5);

    s.insertChart(
      s.newChart().asPieChart().addRange(s.getRange('A46:B51')).setPosition(100, 1, 0, 0).build(),
    );
    for (const day of ['2026-11-22', '2026-11-23']) {
      emu.env.setNow(`${day}T06:00:00+01:00`);
      emu.env.calls.reset();
      emu.runTimeTriggers();
      expect(emu.env.calls.snapshot()['Sheet.insertChart'] ?? 0).toBe(0);
    }
    expect(chartsOn(s).map((c) => c.type)).toEqual(['BAR', 'COLUMN', 'COLUMN', 'COLUMN', 'COLUMN', 'PIE']);
  });

  it('«Sett opp / reparer» finds a deleted chart even when the count hides it', () => {
    const emu = autumn('nb');
    const s = emu.spreadsheet._sheetByName('Oversikt')!;
    s.removeChart(s.getCharts()[2]!);
    s.insertChart(
      s.newChart().asPieChart().addRange(s.getRange('A46:B51')).setPosition(100, 1, 0, 0).build(),
    );
    emu.run('setUp');
    expect(chartsOn(s).map((c) => c.options['title'] ?? c.type)).toEqual([
      'Saker per måned',
      'Saker per kategori',
      'Frister holdt',
      'Åpne saker etter alder',
      'PIE',
      'Status nå',
    ]);
    emu.run('setUp');
    expect(chartsOn(s)).toHaveLength(6);
  });

  it('a school that turns to nynorsk gets its charts retitled in place, not new ones', () => {
    const emu = autumn('nb');
    const ids = chartsOn(sheet(emu)).map((c) => c.id);
    const settings = emu.spreadsheet._sheetByName('Innstillinger')!;
    const labels = settings
      .getDataRange()
      .getValues()
      .map((r) => String(r[0]));
    settings.getRange(labels.indexOf('Språk') + 1, 2).setValue('nynorsk');
    emu.env.setNow('2026-11-21T06:00:00+01:00');
    emu.runTimeTriggers();
    const charts = chartsOn(sheet(emu));
    expect(charts.map((c) => c.id)).toEqual(ids);
    expect(charts.map((c) => c.options['title'])).toEqual([
      'Saker per månad',
      'Saker per kategori',
      'Status no',
      'Fristar haldne',
      'Opne saker etter alder',
    ]);
  });
});

describe('«Oversikt» for a nynorsk school', () => {
  const emu = autumn('nn');

  it('has the same figures in nynorsk', () => {
    expect(row(emu, 'Meldt dette skoleåret')[0]).toBe('5');
    expect(row(emu, 'Opne saker')[0]).toBe('4');
    expect(row(emu, 'Frist halden: starte undersøkinga')).toEqual(['80 %', '4 av 5']);
    expect(row(emu, 'Frist halden: aktivitetsplan på plass')).toEqual(['60 %', '3 av 5']);
    expect(row(emu, 'Median dagar frå melding til aktivitetsplan')[0]).toBe('5');
    expect(row(emu, 'Meldingar om leiinga sende til skoleeigar')[0]).toBe('1');
    expect(table(emu, 'Kva sakene gjeld, skoleåret 2026–2027').map((r) => r[0])).toEqual([
      'Mobbing',
      'Krenkingar',
      'Vald',
      'Utestenging',
      'Digital mobbing',
      'Fråvær eller skolevegring',
      'Psykisk helse og trivsel',
      'Anna',
    ]);
    expect(table(emu, 'Opne saker etter dagar sidan melding').map((r) => r.slice(0, 2))).toEqual([
      ['0–7 dagar', '0'],
      ['8–30 dagar', '1'],
      ['31–90 dagar', '3'],
      ['91–180 dagar', '0'],
      ['over 180 dagar', '0'],
    ]);
    expect(chartsOn(sheet(emu)).map((c) => c.options['title'])).toEqual([
      'Saker per månad',
      'Saker per kategori',
      'Status no',
      'Fristar haldne',
      'Opne saker etter alder',
    ]);
  });
});

describe('«Oversikt» right after setUp', () => {
  it('is filled and has its charts before the first night, with zero cases', () => {
    const emu = school();
    expect(row(emu, 'Meldt dette skoleåret')[0]).toBe('0');
    expect(row(emu, 'Frist holdt: starte undersøkelsen')).toEqual(['–', '']);
    expect(chartsOn(sheet(emu))).toHaveLength(5);
    emu.submitForm(answers(), { email: STAFF });
    emu.env.setNow('2026-09-15T06:00:00+02:00');
    emu.runTimeTriggers();
    expect(row(emu, 'Meldt dette skoleåret')[0]).toBe('1');
    expect(chartsOn(sheet(emu))).toHaveLength(5);
  });
});
