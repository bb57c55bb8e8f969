import { describe, expect, it } from 'vitest';
import { sheetRecords } from '../support/bundle';
import { answers, logRows, STAFF, school, shown } from '../support/school';

type Emu = ReturnType<typeof school>;

function withCase(status?: string) {
  const emu = school('2026-09-14T09:00:00+02:00');
  emu.submitForm(answers(), { email: STAFF });
  emu.select('Saker', 'A2');
  if (status) {
    emu.sheets.ui.answer({ button: 'OK', text: status });
    emu.clickMenu('Endre status …');
  }
  return emu;
}

function newMeasure(emu: Emu, ...texts: string[]) {
  emu.sheets.ui.answer(...texts.map((text) => ({ button: 'OK' as const, text })));
  emu.clickMenu('Nytt tiltak …');
  return emu.sheets.ui.dialogs.at(-1)!.prompt;
}

describe('the Tiltak sheet', () => {
  it('has the measure columns, dropdowns for level and status and a date check', () => {
    const emu = school();
    const sheet = emu.spreadsheet._sheetByName('Tiltak')!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    expect(header).toEqual([
      'Saksnr',
      'Tiltak',
      'Nivå',
      'Hvem',
      'Fra',
      'Til',
      'Evalueres',
      'Status',
      'Vurdering',
    ]);
    const rule = (col: number) => sheet.getRange(2, col).getDataValidation();
    expect(rule(3)!.getCriteriaValues()[0]).toEqual(['individ', 'gruppe', 'system']);
    expect(rule(8)!.getCriteriaValues()[0]).toEqual(['Planlagt', 'Pågår', 'Endret', 'Avsluttet']);
    expect(String(rule(5)!.getCriteriaType())).toBe('DATE_IS_VALID_DATE');
    expect(rule(3)!.getAllowInvalid()).toBe(false);
  });
});

describe('Nytt tiltak', () => {
  it('adds a measure to the selected case, with dates as dates, and logs it without its text', () => {
    const emu = withCase('Undersøkes');
    const message = newMeasure(
      emu,
      'Fast voksen i friminuttene sammen med Per',
      'Individ',
      'kontaktlarer@skole.no',
      '15.09.2026–30.10.2026',
      '',
    );
    expect(message).toBe(
      'Tiltaket er lagt til sak 2026-001 i arket «Tiltak» og evalueres 12.10.2026. Det kommer med i neste aktivitetsplan.',
    );
    expect(sheetRecords(emu, 'Tiltak')[0]).toMatchObject({
      Saksnr: '2026-001',
      Tiltak: 'Fast voksen i friminuttene sammen med Per',
      Nivå: 'individ',
      Hvem: 'kontaktlarer@skole.no',
      Status: 'Planlagt',
    });
    expect(shown(emu, 'Tiltak', 'Fra')).toBe('15.09.2026');
    expect(shown(emu, 'Tiltak', 'Til')).toBe('30.10.2026');
    expect(shown(emu, 'Tiltak', 'Evalueres')).toBe('12.10.2026');
    const last = logRows(emu).at(-1)!;
    expect(last).toMatchObject({ Saksnr: '2026-001', Delplikt: 'tiltak', Hendelse: 'Tiltak lagt til' });
    expect(last['Detaljer']).toBe(
      'Nivå: individ. Hvem: kontaktlarer@skole.no. Periode: 15.09.2026–30.10.2026. Evalueres: 12.10.2026.',
    );
    expect(String(last['Detaljer'])).not.toMatch(/\bPer\b/);
  });

  it('starts today and is evaluated with the case when nothing else is said', () => {
    const emu = withCase('Undersøkes');
    emu.sheets.ui.answer({ button: 'OK', text: 'Aktivitetsplan' });
    emu.clickMenu('Endre status …');
    emu.env.setNow('2026-09-16T09:00:00+02:00');
    newMeasure(emu, 'Klassemøte', 'gruppe', '', '', '');
    expect(shown(emu, 'Tiltak', 'Fra')).toBe('16.09.2026');
    expect(shown(emu, 'Tiltak', 'Til')).toBe('');
    // The case's next evaluation (four weeks after the plan of 14.09.).
    expect(shown(emu, 'Tiltak', 'Evalueres')).toBe('12.10.2026');
  });

  it('says what is wrong and adds nothing for a bad level, period or date, or when cancelled', () => {
    const emu = withCase('Undersøkes');
    expect(newMeasure(emu, 'Tiltak', 'klasse')).toContain('«klasse» er ikke et nivå');
    expect(newMeasure(emu, 'Tiltak', 'gruppe', '', 'neste uke')).toContain('«neste uke» er ikke en periode');
    expect(newMeasure(emu, 'Tiltak', 'gruppe', '', '', '31.02.2026')).toContain(
      '«31.02.2026» er ikke en dato',
    );
    expect(newMeasure(emu, '')).toContain('Skriv hva tiltaket er');
    emu.sheets.ui.answer({ button: 'OK', text: 'Tiltak' }, { button: 'CANCEL' });
    emu.clickMenu('Nytt tiltak …');
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toContain('Avbrutt');
    expect(sheetRecords(emu, 'Tiltak')).toHaveLength(0);
  });

  it('refuses a closed case and a selection outside the register', () => {
    const emu = withCase();
    emu.sheets.ui.answer({ button: 'OK', text: 'Eleven har det bra.' });
    emu.clickMenu('Avslutt saken …');
    emu.clickMenu('Nytt tiltak …');
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toContain('er avsluttet');
    emu.select('Logg', 'A1');
    emu.clickMenu('Nytt tiltak …');
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toContain('Marker en rad med en sak');
    expect(sheetRecords(emu, 'Tiltak')).toHaveLength(0);
  });

  it('shows the measures in the case sidebar', () => {
    const emu = withCase('Undersøkes');
    newMeasure(emu, 'Fast voksen i friminuttene', 'individ', 'kontaktlarer@skole.no', '', '');
    emu.clickMenu('Vis saken');
    expect(emu.sheets.ui.shown.at(-1)!.html).toContain('Fast voksen i friminuttene');
  });
});
