import { describe, expect, it } from 'vitest';
import type { SidebarData } from '../../src/ui/contract';
import { sheetRecords } from '../support/bundle';
import { lastForm, pageJson, submitForm, viaDialog } from '../support/dialogs';
import { answers, logRows, STAFF, school, shown } from '../support/school';

type Emu = ReturnType<typeof school>;

function withCase(investigated = false) {
  const emu = school('2026-09-14T09:00:00+02:00');
  emu.submitForm(answers(), { email: STAFF });
  emu.select('Saker', 'A2');
  if (investigated) viaDialog(emu, 'Endre status …', { status: 'Undersøkes' });
  return emu;
}

function newMeasure(emu: Emu, values: Record<string, string>) {
  emu.clickMenu('Nytt tiltak …');
  return submitForm(emu, values);
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
      'Kilde',
      // A referral or cooperation with a service, and the date of the family's consent (legal review G7).
      'Type',
      'Tjeneste',
      'Samtykke',
    ]);
    const rule = (col: number) => sheet.getRange(2, col).getDataValidation();
    expect(rule(3)!.getCriteriaValues()[0]).toEqual(['individ', 'gruppe', 'system']);
    expect(rule(8)!.getCriteriaValues()[0]).toEqual(['Planlagt', 'Pågår', 'Endret', 'Avsluttet']);
    expect(String(rule(5)!.getCriteriaType())).toBe('DATE_IS_VALID_DATE');
    expect(rule(3)!.getAllowInvalid()).toBe(false);
  });
});

describe('Nytt tiltak', () => {
  it('adds a measure from one form, with dates as dates, and logs it without its text', () => {
    const emu = withCase(true);
    emu.clickMenu('Nytt tiltak …');
    const spec = lastForm(emu);
    expect(spec.fields.map((f) => f.name)).toEqual([
      'tiltak',
      'niva',
      'type',
      'tjeneste',
      'samtykke',
      'hvem',
      'fra',
      'til',
      'evalueres',
    ]);
    const result = submitForm(emu, {
      tiltak: 'Fast voksen i friminuttene sammen med Per',
      niva: 'individ',
      hvem: 'kontaktlarer@skole.no',
      fra: '2026-09-15',
      til: '2026-10-30',
    });
    expect(result).toEqual({
      status: 'done',
      message:
        'Tiltaket er lagt til sak 2026-001 i arket «Tiltak» og evalueres 12.10.2026. Det kommer med i neste aktivitetsplan.',
    });
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
    const last = logRows(emu).find((r) => r['Hendelse'] === 'Tiltak lagt til')!;
    expect(last).toMatchObject({ Saksnr: '2026-001', Delplikt: 'tiltak' });
    expect(last['Detaljer']).toBe(
      'Nivå: individ. Hvem: kontaktlarer@skole.no. Periode: 15.09.2026–30.10.2026. Evalueres: 12.10.2026.',
    );
    expect(String(last['Detaljer'])).not.toMatch(/\bPer\b/);
  });

  it('starts today and is evaluated with the case when nothing else is said', () => {
    const emu = withCase(true);
    emu.env.setNow('2026-09-16T09:00:00+02:00');
    newMeasure(emu, { tiltak: 'Klassemøte', niva: 'gruppe' });
    expect(shown(emu, 'Tiltak', 'Fra')).toBe('16.09.2026');
    expect(shown(emu, 'Tiltak', 'Til')).toBe('');
    expect(shown(emu, 'Tiltak', 'Evalueres')).toBe('14.10.2026');
  });

  it('says what is wrong, puts the cursor there and adds nothing', () => {
    const emu = withCase(true);
    expect(newMeasure(emu, { tiltak: '' })).toMatchObject({ status: 'error', field: 'tiltak' });
    expect(newMeasure(emu, { tiltak: 'Tiltak', niva: 'klasse' })).toMatchObject({
      status: 'error',
      field: 'niva',
    });
    expect(newMeasure(emu, { tiltak: 'Tiltak', fra: '2026-02-31' })).toMatchObject({
      status: 'error',
      field: 'fra',
    });
    expect(newMeasure(emu, { tiltak: 'Tiltak', fra: '2026-10-01', til: '2026-09-01' })).toMatchObject({
      status: 'error',
      field: 'til',
    });
    expect(sheetRecords(emu, 'Tiltak')).toHaveLength(0);
  });

  it('the same measure saved twice (a lost answer, a second click) is one measure', () => {
    const emu = withCase(true);
    newMeasure(emu, { tiltak: 'Klassemøte', niva: 'gruppe' });
    newMeasure(emu, { tiltak: 'Klassemøte', niva: 'gruppe' });
    expect(sheetRecords(emu, 'Tiltak')).toHaveLength(1);
  });

  it('refuses a closed case and a selection outside the register', () => {
    const emu = withCase();
    viaDialog(emu, 'Avslutt saken …', { reason: 'Eleven har det bra.' });
    emu.clickMenu('Nytt tiltak …');
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toContain('er avsluttet');
    emu.select('Logg', 'A1');
    emu.clickMenu('Nytt tiltak …');
    expect(emu.sheets.ui.dialogs.at(-1)!.prompt).toContain('Marker en rad med en sak');
    expect(sheetRecords(emu, 'Tiltak')).toHaveLength(0);
  });

  it('shows the measures in the case sidebar', () => {
    const emu = withCase(true);
    newMeasure(emu, { tiltak: 'Fast voksen i friminuttene', niva: 'individ', hvem: 'kontaktlarer@skole.no' });
    emu.clickMenu('Vis saken');
    const view = pageJson<SidebarData>(emu.sheets.ui.shown.at(-1)!.html).view!;
    expect(view.measures[0]!.tiltak).toBe('Fast voksen i friminuttene');
    expect(view.actions.find((a) => a.primary)?.id).toBe('plan');
  });
});
