import type { Emulator } from '../emulator/emulator';

/**
 * Issue 4's budget: making an aktivitetsplan with 10 measures through the plan dialog, as the rektor does,
 * on a case in a register of `n` cases. Measured on the case's first plan (the costlier one).
 */
export function prepareCaseWithMeasures(emu: Emulator, measures: number): Record<string, unknown> {
  emu.open('FULL');
  emu.submitForm(
    {
      'Din rolle': 'Ansatt',
      'Elevens navn': 'Bench Elev',
      Klasse: '5B',
      'Hva gjelder meldingen?': ['Mobbing'],
      'Gjelder det en ansatt som krenker en elev?': 'Nei',
      'Gjelder det noen i skolens ledelse?': 'Nei',
      'Hva har skjedd?': 'Målt i benken.',
    },
    { email: 'larer@skole.no' },
  );
  const row = emu.spreadsheet._sheetByName('Saker')!._lastRow();
  emu.select('Saker', `A${row}`);
  emu.sheets.ui.answer({ button: 'OK', text: 'Undersøkes' });
  emu.clickMenu('Endre status …');
  emu.sheets.ui.answer({ button: 'OK', text: 'kontaktlarer@skole.no' });
  emu.clickMenu('Sett ansvarlig …');
  for (let i = 0; i < measures; i++) {
    emu.sheets.ui.answer(
      { button: 'OK', text: `Tiltak nummer ${i + 1}` },
      { button: 'OK', text: 'gruppe' },
      { button: 'OK', text: `larer${i}@skole.no` },
      { button: 'OK', text: '' },
      { button: 'OK', text: '' },
    );
    emu.clickMenu('Nytt tiltak …');
  }
  emu.clickMenu('Lag aktivitetsplan');
  const html = emu.sheets.ui.shown.at(-1)!.html;
  const data = JSON.parse(
    (/data-json="([^"]*)"/.exec(html)?.[1] ?? '{}')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  ) as { saksnr: string; requestId: string };
  return {
    saksnr: data.saksnr,
    requestId: data.requestId,
    problem: 'Eleven blir holdt utenfor.',
    elevensBeskrivelse: 'Jeg er alene ute.',
    elevensOnsker: 'Noen å være med.',
    foresattesSyn: 'Foresatte er bekymret.',
    barnetsBeste: 'Trygge friminutt.',
    gjennomforing: '',
    merknader: '',
    evalueringsdato: '2026-12-14',
    pdf: true,
  };
}
