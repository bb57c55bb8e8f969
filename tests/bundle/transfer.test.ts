import { describe, expect, it } from 'vitest';
import { defaultWheel } from '../../src/domain/wheel/defaultWheel';
import { sheetRecords } from '../support/bundle';
import { lastForm, submitForm } from '../support/dialogs';
import { answers, answersNn, cases, logRows, STAFF, school } from '../support/school';

const NOW = '2026-09-14T09:00:00+02:00';

function withCase(settings: Record<string, string> = {}) {
  const emu = school(NOW, settings);
  emu.submitForm(settings['Språk'] === 'nynorsk' ? answersNn() : answers(), { email: STAFF });
  emu.select('Saker', 'A2');
  return emu;
}

describe('a student changes school (G10)', () => {
  it('closes with «Byttet skole», saying what may be passed on and on what basis', () => {
    const emu = withCase();
    emu.clickMenu('Avslutt saken …');
    const spec = lastForm(emu);
    const ground = spec.fields.find((f) => f.name === 'ground');
    expect(ground && 'options' in ground && ground.options.map((o) => o.label)).toEqual([
      'Eleven har det trygt og godt',
      'Eleven har byttet skole',
      'Annen grunn',
    ]);
    const info = spec.fields.find((f) => f.kind === 'info');
    expect(info && 'text' in info && info.text).toContain('forvaltningsloven § 13 a nr. 1');
    expect(info && 'text' in info && info.text).toContain(
      'Uten samtykke eller annet grunnlag gis ingenting videre, og Skolemiljø sender ingenting.',
    );

    // With consent, the date is required; without, nothing is passed on.
    expect(submitForm(emu, { ground: 'byttet', share: 'samtykke' }, { spec })).toMatchObject({
      status: 'error',
      field: 'consent',
      message: 'Skriv datoen foresatte samtykket. Uten samtykke gis ingenting videre.',
    });
    expect(cases(emu)[0]!['Status']).toBe('Meldt');
    expect(
      submitForm(
        emu,
        {
          ground: 'byttet',
          share: 'samtykke',
          consent: '2026-09-11',
          what: 'kort orientering i overføringsmøte med den nye skolen',
        },
        { spec },
      ),
    ).toMatchObject({ status: 'done' });
    expect(cases(emu)[0]).toMatchObject({
      Status: 'Avsluttet',
      Avslutningsgrunn:
        'Byttet skole. Opplysninger gitt videre til den nye skolen med samtykke fra foresatte 11.09.2026: kort orientering i overføringsmøte med den nye skolen.',
    });
    expect(logRows(emu).at(-1)).toMatchObject({ Hendelse: 'Saken avsluttet' });
  });

  it('without consent, nothing is passed on, and the reason says so', () => {
    const emu = withCase();
    emu.clickMenu('Avslutt saken …');
    expect(submitForm(emu, { ground: 'byttet', share: 'ingenting' })).toMatchObject({ status: 'done' });
    expect(cases(emu)[0]!['Avslutningsgrunn']).toBe(
      'Byttet skole. Ingen opplysninger gitt videre til den nye skolen.',
    );
    // On another legal basis: which, and what is passed on.
    const emu3 = withCase();
    emu3.clickMenu('Avslutt saken …');
    const spec3 = lastForm(emu3);
    expect(submitForm(emu3, { ground: 'byttet', share: 'hjemmel' }, { spec: spec3 })).toMatchObject({
      field: 'basis',
    });
    submitForm(
      emu3,
      {
        ground: 'byttet',
        share: 'hjemmel',
        basis: 'lovbestemmelsen skoleeier viste til',
        what: 'at saken finnes',
      },
      { spec: spec3 },
    );
    expect(cases(emu3)[0]!['Avslutningsgrunn']).toBe(
      'Byttet skole. Opplysninger gitt videre til den nye skolen etter lovbestemmelsen skoleeier viste til: at saken finnes.',
    );
    // Other grounds still need their reason.
    const emu2 = withCase();
    emu2.clickMenu('Avslutt saken …');
    expect(submitForm(emu2, { ground: 'annet', reason: '' })).toMatchObject({ field: 'reason' });
  });

  it('in nynorsk: «Bytt skole»', () => {
    const emu = withCase({ Språk: 'nynorsk' });
    emu.run('menuCloseCase');
    const spec = lastForm(emu);
    const info = spec.fields.find((f) => f.kind === 'info');
    expect(info && 'text' in info && info.text).toContain(
      'Utan samtykke eller anna grunnlag blir ingenting gitt vidare',
    );
    submitForm(emu, { ground: 'byttet', share: 'samtykke', consent: '2026-09-11' }, { spec });
    expect(cases(emu)[0]!['Avslutningsgrunn']).toBe(
      'Bytt skole. Opplysningar gitt vidare til den nye skolen med samtykke frå dei føresette 11.09.2026.',
    );
  });

  it('the årshjul has the transfer meetings for incoming students, on the basis of consent', () => {
    const emu = school(NOW);
    const rows = sheetRecords(emu, 'Årshjul');
    const transfer = rows.find((r) => /overføringsmøte/i.test(String(r['Aktivitet'])))!;
    expect(transfer['Tid']).toBe('Før skolestart');
    expect(String(transfer['Organisering'])).toContain('bare med samtykke eller annet rettslig grunnlag');
    expect(String(transfer['Organisering'])).toContain('Elever som begynner i løpet av året');
    const nn = defaultWheel('nn').find((r) => r.key === 'overforingsmoter')!;
    expect(nn.organisering).toContain('Elevar som byrjar i løpet av året');
  });
});
