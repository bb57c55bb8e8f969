import type { Emulator } from '../../tools/emulator/emulator';
import { pageJson, viaDialog } from './dialogs';
import { answers, cases, STAFF, school } from './school';

export const START = '2024-09-09T09:00:00+02:00';
/** Two years and a bit after the case was closed: past the default retention of 24 months. */
export const LATER = '2026-10-12T09:00:00+02:00';

export const NAME = 'Ola Nordmann';
export const CLASS = '7Q';
export const DESCRIPTION = 'Blir stengt ute av gjengen bak gymsalen og får kallenavnet Tutten.';
export const WHERE = 'Bak gymsalen ved sykkelstativet';
/** What must be nowhere outside «Arkiv» once the case is archived. */
export const SECRETS = ['Ola', 'Nordmann', 'Tutten', 'gymsalen', 'sykkelstativet', 'gruer seg', 'trives'];
export const OTHER = 'Kari Hansen';

/**
 * A school whose case 2024-001 (Ola Nordmann, 7Q) went through everything: investigated, a measure, an
 * event in the log, a plan, an evaluation that closed it (with PDFs), and its report in the meldeskjema.
 * Case 2024-002 (Kari Hansen) is still open and must come through untouched.
 */
export function closedCase(): Emulator {
  const emu = school(START, { 'Skolens navn': 'Bakkeby skole', 'Rektors navn': 'Randi Rektorsen' });
  emu.submitForm(
    answers({
      'Elevens navn': NAME,
      Klasse: CLASS,
      'Hva har skjedd?': DESCRIPTION,
      'Hvor skjedde det?': WHERE,
      'Når skjedde det?': 'Hver tirsdag',
    }),
    { email: STAFF },
  );
  emu.env.setNow('2024-09-09T10:00:00+02:00');
  emu.submitForm(answers({ 'Elevens navn': OTHER }), { email: 'annen@skole.no' });
  emu.select('Saker', 'A2');
  viaDialog(emu, 'Endre status …', { status: 'Undersøkes' });
  viaDialog(emu, 'Sett ansvarlig …', { other: 'kontaktlarer@skole.no' });
  viaDialog(emu, 'Nytt tiltak …', {
    tiltak: 'Fast voksen for Ola i friminuttene',
    niva: 'individ',
    hvem: STAFF,
  });
  viaDialog(emu, 'Registrer hendelse …', {
    what: 'samtale-elev',
    note: 'Ola sa at han gruer seg til gymtimene.',
  });
  emu.select('Saker', 'A3');
  viaDialog(emu, 'Nytt tiltak …', { tiltak: 'Klassemøte om vennskap', niva: 'gruppe', hvem: STAFF });
  emu.select('Saker', 'A2');
  emu.clickMenu('Lag aktivitetsplan');
  const plan = pageJson<{ saksnr: string; requestId: string }>(emu.sheets.ui.shown.at(-1)!.html);
  const made = emu.callFromClient<{ status: string; message: string }>('submitPlanDialog', {
    saksnr: plan.saksnr,
    requestId: plan.requestId,
    problem: 'Ola blir holdt utenfor.',
    elevensBeskrivelse: 'Jeg er alene bak gymsalen.',
    elevensOnsker: 'Å ha noen å være med.',
    foresattesSyn: 'Foresatte er bekymret.',
    barnetsBeste: 'Eleven trenger trygge friminutt.',
    gjennomforing: '',
    merknader: '',
    evalueringsdato: '2024-10-07',
    pdf: true,
  });
  if (made.status !== 'done') throw new Error(made.message);
  emu.env.setNow('2024-10-07T12:00:00+02:00');
  emu.select('Saker', 'A2');
  emu.clickMenu('Lag evaluering');
  const ev = pageJson<{ saksnr: string; requestId: string; measures: { row: number; tiltak: string }[] }>(
    emu.sheets.ui.shown.at(-1)!.html,
  );
  const evaluated = emu.callFromClient<{ status: string; message: string }>('submitEvaluationDialog', {
    saksnr: ev.saksnr,
    requestId: ev.requestId,
    date: '2024-10-07',
    deltakere: 'Eleven, mor, kontaktlærer',
    elevensOpplevelse: 'Ola sier at han trives nå.',
    foresattesSyn: 'Fornøyde.',
    decisions: ev.measures.map((m) => ({ row: m.row, tiltak: m.tiltak, verdict: 'avslutte', kommentar: '' })),
    newMeasures: [],
    problemetLost: 'ja',
    begrunnelse: 'Ola trives.',
    konklusjon: 'avslutte',
    nesteEvaluering: '',
    eksternHjelp: [],
    eksternHjelpKommentar: '',
    oppfolging: 'Kontaktlærer følger med på Ola.',
    pdf: true,
  });
  if (evaluated.status !== 'done') throw new Error(evaluated.message);
  if (cases(emu)[0]!['Status'] !== 'Avsluttet') throw new Error('The case was not closed.');
  emu.env.setNow(LATER);
  return emu;
}
