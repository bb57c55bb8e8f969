import type { Emulator } from '../emulator/emulator';
import { pageJson, submitForm } from './dialogs';

/** A report in the meldeskjema: the answers a member of staff gives (the student page, after «Nei»). */
export const REPORT = {
  'Din rolle': 'Ansatt',
  'Gjelder det noen i skolens ledelse?': 'Nei',
  'Elevens navn': 'Bench Elev',
  Klasse: '5B',
  'Hva gjelder meldingen?': ['Mobbing'],
  'Gjelder det en ansatt som krenker en elev?': 'Nei',
  'Hva har skjedd?': 'Målt i benken.',
};

/** Moves the selected case on through the status dialog, as the rektor does. */
export function startInvestigation(emu: Emulator): void {
  emu.clickMenu('Endre status …');
  submitForm(emu, { status: 'Undersøkes' });
}

/** Adds a measure to the selected case through the measure dialog. */
export function addMeasure(emu: Emulator, tiltak: string, hvem: string, niva = 'gruppe'): void {
  emu.clickMenu('Nytt tiltak …');
  const result = submitForm(emu, { tiltak, niva, hvem });
  if (result.status !== 'done') throw new Error(`Measure not added: ${result.message}`);
}

/**
 * Issue 4's budget: making an aktivitetsplan with `measures` measures through the plan dialog, as the
 * rektor does, on a new case. Returns the plan dialog's request, ready to send.
 */
export function prepareCaseWithMeasures(emu: Emulator, measures: number): Record<string, unknown> {
  emu.open('FULL');
  emu.submitForm(REPORT, { email: 'larer@skole.no' });
  const row = emu.spreadsheet._sheetByName('Saker')!._lastRow();
  emu.select('Saker', `A${row}`);
  startInvestigation(emu);
  emu.clickMenu('Sett ansvarlig …');
  submitForm(emu, { other: 'kontaktlarer@skole.no' });
  for (let i = 0; i < measures; i++) addMeasure(emu, `Tiltak nummer ${i + 1}`, `larer${i}@skole.no`);
  emu.clickMenu('Lag aktivitetsplan');
  const data = pageJson<{ saksnr: string; requestId: string }>(emu.sheets.ui.shown.at(-1)!.html);
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

/** Makes the plan of the selected case through its dialog: the case then has its written plan. */
export function makePlan(emu: Emulator, request: Record<string, unknown>): void {
  const result = emu.callFromClient<{ status: string; message: string }>('submitPlanDialog', request);
  if (result.status !== 'done') throw new Error(`Plan not made: ${result.message}`);
}
