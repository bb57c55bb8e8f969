// «Innstillinger …»: the settings as a form, checked with the sheet's own rules, saved to «Innstillinger»,
// and followed by the repairs setUp would make (the meldeskjema shows skoleeier's channel).
import { describe, expect, it } from 'vitest';
import type { FieldSpec, FormResult } from '../../src/ui/contract';
import type { Emulator } from '../../tools/emulator/emulator';
import { sheetRecords } from '../support/bundle';
import { lastForm, submitForm } from '../support/dialogs';
import { answers, SKOLEEIER_CHANNEL, STAFF, school, shown } from '../support/school';

/** The «Innstillinger» sheet as label → value (as displayed). */
function settingsSheet(emu: Emulator): Record<string, string> {
  const rows = emu.spreadsheet._sheetByName('Innstillinger')!.getDataRange().getDisplayValues();
  return Object.fromEntries(rows.map((r) => [r[0]!, r[1]!]));
}

function open(emu: Emulator, menu = 'Innstillinger …') {
  emu.clickMenu(menu);
  return lastForm(emu);
}

function fieldsOf(spec: ReturnType<typeof lastForm>): Record<string, FieldSpec> {
  return Object.fromEntries(spec.fields.map((f) => [f.name, f]));
}

const fieldValue = (f: FieldSpec | undefined) => (f && 'value' in f ? f.value : undefined);

describe('the settings dialog (bokmål)', () => {
  it('shows the school’s settings as they are, in groups, with the sheet’s defaults', () => {
    const emu = school('2026-09-14T09:00:00+02:00', {
      'Skolens navn': 'Bakkeby skole',
      'Ledelsen (e-post)': 'inspektor@skole.no, sosiallarer@skole.no',
      Skolestart: '17.08.2026',
    });
    const spec = open(emu);
    expect(spec.action).toBe('settings');
    expect(spec.intro).toContain('«Innstillinger»');
    const f = fieldsOf(spec);
    expect(
      spec.fields.filter((x) => x.kind === 'info').map((x) => (x.kind === 'info' ? x.text : '')),
    ).toEqual(['Skolen', 'Skoleeier', 'Skoleåret', 'Frister (skoledager)', 'Oppbevaring']);
    expect(fieldValue(f['schoolName'])).toBe('Bakkeby skole');
    // No address typed: the rektor is the spreadsheet's owner.
    expect(fieldValue(f['rektorEmail'])).toBe('rektor@skole.no');
    expect(fieldValue(f['leadership'])).toBe('inspektor@skole.no\nsosiallarer@skole.no');
    expect(fieldValue(f['skoleeierChannel'])).toBe(SKOLEEIER_CHANNEL);
    expect(fieldValue(f['language'])).toBe('bokmål');
    expect(fieldValue(f['schoolStart'])).toBe('2026-08-17');
    expect(fieldValue(f['planSchoolDays'])).toBe('5');
    expect(fieldValue(f['retentionMonths'])).toBe('24');
    expect(f['planSchoolDays']).toMatchObject({
      kind: 'text',
      inputMode: 'numeric',
      label: 'Aktivitetsplan på plass',
    });
  });

  it('saving with nothing changed changes nothing', () => {
    const emu = school();
    open(emu);
    const before = settingsSheet(emu);
    expect(submitForm(emu, {})).toEqual({ status: 'done', message: 'Ingenting var endret.' });
    expect(settingsSheet(emu)).toEqual(before);
  });

  it('saves skoleeier’s channel to «Innstillinger» and into the meldeskjema at once', () => {
    const emu = school();
    open(emu);
    const channel = 'Ring oppvekstsjefen: 22 33 44 55, eller https://kommune.no/melding-om-ledelsen';
    const result = submitForm(emu, { skoleeierChannel: channel });
    expect(result).toMatchObject({
      status: 'done',
      message: expect.stringContaining('Lagret: Skoleeier (kanal for meldinger om ledelsen).'),
    });
    // Only the meldeskjema is repaired for a new channel: a few seconds, not a whole setUp.
    expect(emu.lastExecution!.modeledMs).toBeLessThan(6000);
    expect(settingsSheet(emu)['Skoleeier (kanal for meldinger om ledelsen)']).toBe(channel);
    const page = emu.form.items.find((i) => i.title === 'Meld direkte til skoleeier')!;
    expect(page.helpText).toContain(channel);
    const last = sheetRecords(emu, 'Logg').at(-1)!;
    expect(last['Hendelse']).toBe('Innstillinger endret');
    expect(String(last['Detaljer'])).toContain('Skoleeier (kanal for meldinger om ledelsen)');
  });

  it('points at the field with a Norwegian message, and saves nothing, when a value is wrong', () => {
    const emu = school();
    const before = settingsSheet(emu);
    const cases: [Record<string, string>, string, string][] = [
      [
        { rektorEmail: 'rektor.skole.no' },
        'rektorEmail',
        '«Rektors e-post»: «rektor.skole.no» er ikke en gyldig e-postadresse.',
      ],
      [{ rektorEmail: '' }, 'rektorEmail', 'Dette feltet må fylles ut.'],
      [
        { leadership: 'inspektor@skole.no\nsosiallærer' },
        'leadership',
        '«Ledelsen (e-post)»: «sosiallærer» er ikke en gyldig e-postadresse. Skriv én adresse per linje.',
      ],
      [
        { skoleeierEmail: 'kommunen' },
        'skoleeierEmail',
        '«Skoleeiers e-post»: «kommunen» er ikke en gyldig e-postadresse.',
      ],
      [
        { skoleeierChannel: '  ' },
        'skoleeierChannel',
        '«Skoleeier (kanal for meldinger om ledelsen)» må fylles ut: meldinger om noen i ledelsen skal gå direkte til skoleeier (§ 12-5).',
      ],
      [
        { planSchoolDays: 'fem' },
        'planSchoolDays',
        '«Aktivitetsplan på plass» må være et helt tall fra 0 til 60, ikke «fem».',
      ],
      [
        { firstEvaluationWeeks: '0' },
        'firstEvaluationWeeks',
        '«Første evaluering (uker etter planen)» må være et helt tall fra 1 til 52, ikke «0».',
      ],
      [
        { retentionMonths: '2,5' },
        'retentionMonths',
        '«Oppbevaring etter avsluttet sak (måneder)» må være et helt tall fra 1 til 240, ikke «2,5».',
      ],
      [
        { holidays: 'Høstferie: 05.10.2026–09.10.2026\n31.02.2027' },
        'holidays',
        'Ferier og fridager: «31.02.2027» er ikke en gyldig dato.',
      ],
      [{ schoolStart: '17.08.2026' }, 'schoolStart', '«17.08.2026» er ikke en dato.'],
      [{ language: 'engelsk' }, 'language', 'Velg ett av valgene.'],
    ];
    for (const [values, field, message] of cases) {
      open(emu);
      expect(submitForm(emu, values), field).toEqual({ status: 'error', field, message });
    }
    expect(settingsSheet(emu)).toEqual(before);
  });

  it('new holidays and deadlines count the open cases’ deadlines again', () => {
    const emu = school('2026-09-14T09:00:00+02:00');
    emu.submitForm(answers(), { email: STAFF });
    expect(shown(emu, 'Saker', 'Frist undersøkelse')).toBe('16.09.2026');
    expect(shown(emu, 'Saker', 'Frist aktivitetsplan')).toBe('21.09.2026');
    open(emu);
    const result = submitForm(emu, { holidays: 'Planleggingsdag: 15.09.2026', planSchoolDays: '3' });
    expect(result).toMatchObject({
      status: 'done',
      message: expect.stringContaining('Fristene i én åpen sak er regnet om.'),
    });
    expect(shown(emu, 'Saker', 'Frist undersøkelse')).toBe('17.09.2026');
    expect(shown(emu, 'Saker', 'Frist aktivitetsplan')).toBe('18.09.2026');
    expect(settingsSheet(emu)['Skolens ferier og fridager']).toBe('Planleggingsdag: 15.09.2026');
    expect(settingsSheet(emu)['Frist for aktivitetsplan (skoledager)']).toBe('3');
  });

  it('a new leader may edit the register at once', () => {
    const emu = school();
    open(emu);
    submitForm(emu, { leadership: 'ny.inspektor@skole.no' });
    expect(settingsSheet(emu)['Ledelsen (e-post)']).toBe('ny.inspektor@skole.no');
    expect(emu.edit('Saker', 'M2', 'x', 'ny.inspektor@skole.no').refused).toBeNull();
    expect(emu.edit('Saker', 'M2', 'x', 'vikar@skole.no').refused).toBe('protection');
  });

  it('someone outside the leadership is told they cannot change the settings', () => {
    const emu = school();
    open(emu);
    emu.env.activeUser = 'vikar@skole.no';
    const result = submitForm(emu, { schoolName: 'Ny skole' }) as Extract<FormResult, { status: 'error' }>;
    emu.env.activeUser = 'rektor@skole.no';
    expect(result).toEqual({
      status: 'error',
      message:
        'Du kan ikke endre innstillingene: arket «Innstillinger» er beskyttet, og bare rektor og ledelsen kan endre det.',
    });
    expect(settingsSheet(emu)['Skolens navn']).not.toBe('Ny skole');
  });

  it('turning to nynorsk makes the meldeskjema, the menu and the next answer nynorsk', () => {
    const emu = school();
    open(emu);
    const result = submitForm(emu, { language: 'nynorsk' });
    expect(result).toMatchObject({ status: 'done', message: expect.stringContaining('Lagra: Språk.') });
    expect(settingsSheet(emu)['Språk']).toBe('nynorsk');
    expect(emu.form.items.find((i) => i.title === 'Meld direkte til skoleeigar')).toBeDefined();
    emu.open('FULL');
    const spec = open(emu, 'Innstillingar …');
    expect(spec.fields.find((f) => f.name === 'skoleeierChannel')).toMatchObject({
      label: 'Skoleeigar (kanal for meldingar om leiinga)',
    });
  });
});

describe('the settings dialog (nynorsk)', () => {
  it('asks and answers in nynorsk, pointing at the field', () => {
    const emu = school('2026-09-14T09:00:00+02:00', { Språk: 'nynorsk' });
    emu.open('FULL');
    const spec = open(emu, 'Innstillingar …');
    expect(spec.intro).toContain('Blir lagra i arket «Innstillinger»');
    expect(fieldsOf(spec)['language']).toMatchObject({ value: 'nynorsk', label: 'Språk' });
    expect(submitForm(emu, { planSchoolDays: 'fem' })).toEqual({
      status: 'error',
      field: 'planSchoolDays',
      message: '«Aktivitetsplan på plass» må vere eit heilt tal frå 0 til 60, ikkje «fem».',
    });
    open(emu, 'Innstillingar …');
    expect(submitForm(emu, { holidays: 'Haustferie 05.10.2026' })).toEqual({
      status: 'error',
      field: 'holidays',
      message:
        'Feriar og fridagar: «Haustferie 05.10.2026» er ikkje ein dato eller ein periode vi forstår. Skriv til dømes 12.10.2026 eller Haustferie: 05.10.2026–09.10.2026.',
    });
    open(emu, 'Innstillingar …');
    expect(submitForm(emu, { leadership: 'inspektor@skole.no, feil' })).toMatchObject({
      field: 'leadership',
      message: '«Leiinga (e-post)»: «feil» er ikkje ei gyldig e-postadresse. Skriv éi adresse per linje.',
    });
    open(emu, 'Innstillingar …');
    // The folder in Drive follows the school's name.
    expect(submitForm(emu, { schoolName: 'Bakkeby skule' })).toEqual({
      status: 'done',
      message: 'Lagra: Namnet på skolen.\nÉin ting i oppsettet vart retta.',
    });
    expect(settingsSheet(emu)['Skolens navn']).toBe('Bakkeby skule');
  });
});
