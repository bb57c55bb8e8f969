import type { Emulator } from '../emulator/emulator';

const STATUSES = ['Meldt', 'Undersøkes', 'Aktivitetsplan', 'Evalueres', 'Avsluttet'];
const DAY = 86_400_000;

/**
 * Writes `n` plausible cases straight into the emulated register (not through the script, not counted):
 * a school's history spread over two years, most of it closed, a realistic share open.
 */
export function seedCases(emu: Emulator, n: number): void {
  const sheet = emu.spreadsheet._sheetByName('Saker');
  if (!sheet) throw new Error('setUp first');
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
  const end = new Date('2026-11-13T09:00:00+01:00').getTime();
  const rows = Array.from({ length: n }, (_, i) => {
    const reported = new Date(end - Math.floor(((n - i) / n) * 700) * DAY);
    const year = reported.getUTCFullYear();
    // The newest tenth is open; the rest closed.
    const status = i > n * 0.9 ? STATUSES[i % 4]! : 'Avsluttet';
    const midnight = (days: number) =>
      new Date(Date.UTC(year, reported.getUTCMonth(), reported.getUTCDate() + days, -1));
    const record: Record<string, unknown> = {
      Saksnr: `${year}-${String(i + 1).padStart(4, '0')}`,
      Meldt: reported,
      'Meldt av': 'larer@skole.no',
      Rolle: 'Ansatt',
      Elev: `Elev ${i + 1}`,
      Klasse: `${(i % 7) + 1}A`,
      Kategori: i % 3 === 0 ? 'Mobbing' : 'Utestenging',
      'Ansatt involvert': i % 50 === 0 ? 'Ja' : 'Nei',
      'Ledelsen involvert': 'Nei',
      Status: status,
      'Rektor kjent': midnight(0),
      'Frist undersøkelse': midnight(2),
      'Frist aktivitetsplan': midnight(7),
      'Plan iverksatt':
        status === 'Aktivitetsplan' || status === 'Evalueres' || status === 'Avsluttet' ? midnight(6) : '',
      'Neste evaluering': status === 'Aktivitetsplan' || status === 'Evalueres' ? midnight(34) : '',
      'Statsforvalter fra': midnight(7),
      Avsluttet: status === 'Avsluttet' ? midnight(60) : '',
      'Hva har skjedd': 'Syntetisk sak for ytelsesmåling.',
    };
    return header.map((h) => record[h] ?? '');
  });
  if (n + 1 > sheet._maxRows) sheet._maxRows = n + 1;
  const range = sheet._range(2, 1, n, header.length);
  // Internal write: the emulator's own, so it is not counted as the script's.
  emu.env.calls.enter('seed', () => range.setValues(rows));
  emu.env.calls.reset();
}

/** Fills the Årshjul and Tiltaksplan to the given sizes by repeating the rows setUp wrote (uncounted). */
export function seedPlans(emu: Emulator, wheelRows: number, planRows: number): void {
  for (const [name, size] of [
    ['Årshjul', wheelRows],
    ['Tiltaksplan', planRows],
  ] as const) {
    const sheet = emu.spreadsheet._sheetByName(name);
    if (!sheet) throw new Error(`setUp first: ${name}`);
    const width = sheet._lastColumn();
    const existing = sheet._range(2, 1, Math.max(sheet._lastRow() - 1, 1), width);
    const template = emu.env.calls.enter('seed', () => existing.getValues());
    const staff = [
      'rektor@skole.no',
      'inspektor@skole.no',
      'sosiallarer@skole.no',
      'helsesykepleier@skole.no',
    ];
    const header = sheet._range(1, 1, 1, width).getValues()[0]!.map(String);
    const mailCol = header.indexOf('Ansvarlig (e-post)');
    const rows = Array.from({ length: size }, (_, i) => {
      const row = [...template[i % template.length]!];
      if (mailCol >= 0) row[mailCol] = staff[i % staff.length];
      return row;
    });
    if (size + 1 > sheet._maxRows) sheet._maxRows = size + 1;
    const target = sheet._range(2, 1, size, width);
    emu.env.calls.enter('seed', () => target.setValues(rows));
  }
  emu.env.calls.reset();
}
