/**
 * What a person does with worrying absence (legal review G8), consent (G7), the resource team's agenda
 * (G9) and the parents (G4), through the product's own dialogs: shared by the tests and the demo school.
 * Dialogs are opened the way the sidebar opens them (`sidebarAction`), so the helpers work in either
 * language; the agenda by its menu function.
 */
import type { FormResult, SidebarResult } from '../../src/ui/contract';
import type { Emulator } from '../emulator/emulator';
import { lastForm, submitForm } from './dialogs';

/** A member of staff's report of worrying absence (the meldeskjema in bokmål). */
export const ABSENCE_REPORT = {
  'Din rolle': 'Ansatt',
  'Gjelder det noen i skolens ledelse?': 'Nei',
  'Elevens navn': 'Nora Fravær',
  Klasse: '6A',
  'Hva gjelder meldingen?': ['Fravær eller skolevegring'],
  'Gjelder det en ansatt som krenker en elev?': 'Nei',
  'Hva har skjedd?':
    'Nora har vært borte mange mandager og fredager siden skolestart, og sier hun har vondt i magen om morgenen.',
  'Når skjedde det?': 'Siden skolestart',
  'Hvor skjedde det?': 'Hjemme om morgenen',
  'Har noen grepet inn?': 'Kontaktlærer har ringt hjem én gang.',
  'Har eleven selv sagt fra?': 'Nei',
};

/** The register row and case number of the newest case. */
export function newestCase(emu: Emulator): { row: number; saksnr: string } {
  const sheet = emu.spreadsheet._sheetByName('Saker')!;
  const row = sheet._lastRow();
  return { row, saksnr: String(sheet.getRange(row, 1).getValue()) };
}

/** Opens a case's dialog as its sidebar button does; fails with the product's message when refused. */
export function openFromSidebar(emu: Emulator, saksnr: string, row: number, action: string): void {
  const r = emu.callFromClient<SidebarResult>('sidebarAction', saksnr, row, action);
  if (r.status !== 'ok') throw new Error(`${action}: ${r.message}`);
}

type Done = Extract<FormResult, { status: 'done' }>;

function done(result: FormResult, what: string): Done {
  if (result.status !== 'done') throw new Error(`${what}: ${result.message}`);
  return result;
}

/** One step of the absence routine (absenceDialogs.ts), with the dialog's own values for the rest. */
export function absenceStep(
  emu: Emulator,
  c: { saksnr: string; row: number },
  step: string,
  values: Record<string, string | string[]> = {},
): FormResult {
  openFromSidebar(emu, c.saksnr, c.row, 'absenceStep');
  return submitForm(emu, { step, ...values });
}

/**
 * The overview of the absence by weekday and subject; `days` picks the weekdays the dialog offers by
 * index (0 = Monday), so it reads the same in bokmål and nynorsk.
 */
export function absenceOverview(
  emu: Emulator,
  c: { saksnr: string; row: number },
  days: number[],
  values: Record<string, string | string[]> = {},
): FormResult {
  openFromSidebar(emu, c.saksnr, c.row, 'absenceStep');
  const field = lastForm(emu).fields.find((f) => f.name === 'weekdays');
  const options = field && 'options' in field ? field.options.map((o) => o.value) : [];
  return submitForm(emu, { step: 'oversikt', weekdays: days.map((i) => options[i]!), ...values });
}

/** The family's consent to services, through «Registrer samtykke …». */
export function giveConsent(
  emu: Emulator,
  c: { saksnr: string; row: number },
  services: string[],
  when?: string,
): FormResult {
  openFromSidebar(emu, c.saksnr, c.row, 'consent');
  return done(submitForm(emu, { services, change: 'gitt', ...(when ? { when } : {}) }), 'consent');
}

/** A samarbeidsavtale written with the student and the parents (the pattern comes from the overview). */
export function makeAgreement(
  emu: Emulator,
  c: { saksnr: string; row: number },
  values: Record<string, string | string[]> = {},
): FormResult {
  openFromSidebar(emu, c.saksnr, c.row, 'agreement');
  return submitForm(emu, {
    participants: 'Mor, Nora, kontaktlærer Kari Lærer, helsesykepleier',
    goal: 'Nora er på skolen alle dager, også mandag og fredag, innen jul.',
    student:
      'Nora sier at mandagene er verst fordi dagen starter med kroppsøving. Hun vil gjerne ha en fast voksen å gå til om morgenen.',
    parents: 'Mor vil at skolen tar kontakt samme dag hvis Nora ikke kommer.',
    school:
      'Kontaktlærer tar imot Nora i døra hver morgen. Kroppsøving de første ukene: Nora kan velge en rolig aktivitet. Skolen ringer hjem før kl. 09 hvis Nora ikke har kommet.',
    home: 'Mor følger Nora til skolen mandag og fredag de neste fire ukene, og melder fravær før kl. 08.',
    studentDoes: 'Nora sier fra til kontaktlærer når noe er vanskelig.',
    followUpHow: 'Kort samtale med kontaktlærer hver mandag; møte med mor hver 14. dag.',
    ...values,
  });
}

/** The resource team's agenda through its dialog («Lag sakliste for ressursteamet»). */
export function makeAgenda(emu: Emulator, values: Record<string, string | string[]> = {}): FormResult {
  emu.run('menuMakeAgenda');
  return submitForm(emu, {
    participants: 'Rektor, PPT-rådgiver, helsesykepleier, teamleder 6. trinn',
    ...values,
  });
}

/**
 * The demo school's absence case, for the lead's preview: on a set-up school (settings filled in), a
 * concern about worrying absence becomes a case that follows the absence routine; the overview of the
 * absence by weekday and subject, contact with home, two conversations with the helsesykepleier, the
 * investigation of the school environment, consent to the resource team and PPT's school-refusal team,
 * a referral with that consent, the meeting and its samarbeidsavtale; then the resource team's agenda.
 * Returns the case and the two documents' links.
 */
export function absenceDemo(
  emu: Emulator,
  reporter = 'kontaktlarer@skole.no',
): {
  saksnr: string;
  row: number;
  agreementUrl: string;
  agendaUrl: string;
} {
  emu.submitForm(ABSENCE_REPORT, { email: reporter });
  const c = newestCase(emu);
  emu.select('Saker', `A${c.row}`);
  const step = (key: string, values: Record<string, string | string[]> = {}) =>
    done(absenceStep(emu, c, key, values), key);
  done(
    absenceOverview(emu, c, [0, 4], {
      subjects: 'kroppsøving, første time',
      extent: '9 dager og 6 enkelttimer de siste 6 ukene',
    }),
    'oversikt',
  );
  step('kontakt-hjem', { note: 'Kontaktlærer ringte mor. Mor er bekymret og vil gjerne møtes.' });
  step('helsesykepleier', { who: 'Helsesykepleier' });
  step('helsesykepleier', { who: 'Helsesykepleier' });
  step('skolemiljo', {
    finding: 'Trygt og godt',
    note: 'Samtale med Nora: hun har venner og trives i klassen.',
  });
  giveConsent(emu, c, ['Ressursteamet', 'Skolevegringsteamet i PPT']);
  openFromSidebar(emu, c.saksnr, c.row, 'measure');
  done(
    submitForm(emu, {
      tiltak: 'Veiledning fra skolevegringsteamet i PPT om tilrettelegging av morgenen.',
      niva: 'individ',
      type: 'Samarbeid',
      tjeneste: 'Skolevegringsteamet i PPT',
      hvem: 'PPT-rådgiver',
    }),
    'measure',
  );
  const agreement = done(makeAgreement(emu, c), 'agreement');
  const agenda = done(makeAgenda(emu), 'agenda');
  return { ...c, agreementUrl: agreement.url ?? '', agendaUrl: agenda.url ?? '' };
}
