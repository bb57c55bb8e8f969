import type { FormResult } from '../../src/ui/contract';
import type { Emulator } from '../emulator/emulator';
import { absenceDemo } from '../scenarios/absence';
import { pageJson, submitForm } from '../scenarios/dialogs';
import { addPeople } from '../scenarios/people';
import type { PreviewExtras } from './render';

/**
 * The demo school's autumn term, run through the product's own entry points exactly as people and
 * Google would trigger them: the rektor sets up, staff report concerns through the form, the leadership
 * works the cases from the menu, and the daily trigger runs. All names are invented.
 */

const SETTINGS: Record<string, string> = {
  'Skolens navn': 'Eksempel skole',
  'Rektor (e-post)': 'rektor@eksempel.skole.no',
  'Rektors navn': 'Randi Rektorsen',
  'Ledelsen (e-post)': 'inspektor@eksempel.skole.no',
  'Skoleeier (e-post)': 'oppvekst@eksempel.kommune.no',
  'Skoleeier (kanal for meldinger om ledelsen)':
    'skjemaet «Melding om skoleledelsen» på kommunens nettside, eller ring oppvekstsjefen på 400 00 000',
  'Skolens ferier og fridager':
    'Høstferie: 05.10.2026–09.10.2026\nPlanleggingsdag: 13.11.2026\nJuleferie: 21.12.2026–01.01.2027',
  Skolestart: '17.08.2026',
};

interface Report {
  at: string;
  student: string;
  className: string;
  categories: string[];
  what: string;
  employee?: boolean;
  leadership?: boolean;
  by?: string;
  when?: string;
  where?: string;
  intervened?: string;
}

const REPORTS: Report[] = [
  {
    at: '2026-08-24T10:12:00+02:00',
    student: 'Emma Hansen',
    className: '6A',
    categories: ['Utestenging'],
    what: 'Emma står alene i friminuttene og sier at elev A har bestemt at ingen skal være med henne.',
    intervened: 'Inspiserende lærer snakket med gruppen.',
  },
  {
    at: '2026-09-02T13:40:00+02:00',
    student: 'Noah Berg',
    className: '4B',
    categories: ['Mobbing', 'Digital mobbing'],
    what: 'Stygge meldinger i klassens chat. Noah gråt i garderoben etter gym.',
    where: 'Klassens chat og garderoben',
  },
  {
    at: '2026-09-21T08:05:00+02:00',
    student: 'Sara Ali',
    className: '7A',
    categories: ['Krenkelser (rasisme, seksuell trakassering, hatefulle ytringer)'],
    what: 'Rasistiske kommentarer på bussen hjem.',
    where: 'Skolebussen',
  },
  {
    at: '2026-10-14T11:30:00+02:00',
    student: 'Jonas Lie',
    className: '5C',
    categories: ['Vold'],
    what: 'En ansatt skal ha tatt hardt tak i Jonas i garderoben.',
    employee: true,
    where: 'Garderoben',
    when: '14.10.2026 etter gym',
  },
  {
    at: '2026-11-02T09:15:00+01:00',
    student: 'Ida Moe',
    className: '3A',
    categories: ['Fravær eller skolevegring', 'Psykisk helse og trivsel'],
    what: 'Ida har vært borte mye og sier hun gruer seg til skolen.',
    by: 'helsesykepleier@eksempel.skole.no',
    where: 'Hjemme og på skolen',
  },
  {
    at: '2026-11-17T14:20:00+01:00',
    student: 'Lucas Nilsen',
    className: '6B',
    categories: ['Mobbing'],
    what: 'Blir kalt stygge ting i gangen. Elev B og elev C er med.',
    where: 'Gangen ved 6. trinn',
  },
  {
    at: '2026-11-19T12:00:00+01:00',
    student: 'Nora Dahl',
    className: '2A',
    categories: ['Annet'],
    what: 'Nora sier hun ikke har noen å leke med.',
  },
];

function answer(r: Report): Record<string, string | string[]> {
  return {
    'Din rolle': 'Ansatt',
    'Gjelder det noen i skolens ledelse?': 'Nei',
    'Elevens navn': r.student,
    Klasse: r.className,
    'Hva gjelder meldingen?': r.categories,
    'Gjelder det en ansatt som krenker en elev?': r.employee ? 'Ja' : 'Nei',
    'Hva har skjedd?': r.what,
    'Når skjedde det?': r.when ?? 'Siste uke',
    'Hvor skjedde det?': r.where ?? 'Skolegården',
    'Har noen grepet inn?': r.intervened ?? '',
    'Har eleven selv sagt fra?': 'Ja',
  };
}

const RECTOR = 'rektor@eksempel.skole.no';

/** A leader selects the case's row, opens a menu item's dialog and saves it. */
function work(
  emu: Emulator,
  at: string,
  row: number,
  item: string,
  values: Record<string, string | string[]> = {},
): FormResult | undefined {
  emu.env.setNow(at);
  emu.select('Saker', `A${row}`);
  const shown = emu.sheets.ui.shown.length;
  const before = emu.env.activeUser;
  emu.env.activeUser = RECTOR;
  try {
    emu.clickMenu(item, { user: RECTOR });
    if (emu.sheets.ui.shown.length === shown) return undefined;
    // A menu action that did its work at once opens on its result (with the link): nothing to save.
    const opened = pageJson<{ shown?: FormResult }>(emu.sheets.ui.shown.at(-1)!.html);
    if (opened.shown) return opened.shown;
    const result = submitForm(emu, values, { user: RECTOR });
    if (result.status !== 'done') throw new Error(`Demo: ${item} on row ${row}: ${result.message}`);
    return result;
  } finally {
    emu.env.activeUser = before;
  }
}

/** What the school did, as «Registrer hendelse …» records it. */
function event(emu: Emulator, at: string, row: number, values: Record<string, string>): void {
  work(emu, at, row, 'Registrer hendelse …', {
    who: 'Randi Rektorsen (rektor)',
    when: at.slice(0, 10),
    ...values,
  });
}

export function runDemo(emu: Emulator): PreviewExtras {
  const notes: string[] = [];
  emu.env.setNow('2026-08-17T07:30:00+02:00');
  emu.open('NONE');
  emu.run('setUp');
  const settings = emu.spreadsheet._sheetByName('Innstillinger')!;
  const labels = settings
    .getDataRange()
    .getValues()
    .map((r) => String(r[0]));
  for (const [label, value] of Object.entries(SETTINGS))
    settings.getRange(labels.indexOf(label) + 1, 2).setValue(`'${value}`);
  emu.run('setUp');
  emu.open('FULL');
  // The names and roles the documents sent home print instead of e-mail addresses.
  addPeople(emu, [
    ['inspektor@eksempel.skole.no', 'Ivar Inspektørsen', 'inspektør'],
    ['kontaktlarer@eksempel.skole.no', 'Kari Lærer', 'kontaktlærer'],
    ['helsesykepleier@eksempel.skole.no', 'Helga Helsesøster', 'helsesykepleier'],
    ['kroppsoving@eksempel.skole.no', 'Kåre Kroppsøving', 'lærer i kroppsøving'],
  ]);
  notes.push(
    '17.08: Rektor installerte tillegget, valgte «Sett opp / reparer» og fylte ut «Innstillinger» og «Personale».',
  );

  // Staff confirm in the first weeks that they have read the plan.
  const confirmForm = emu.formTitled('Bekreftelse: jeg har lest planen');
  const staff = [
    'kontaktlarer@eksempel.skole.no',
    'inspektor@eksempel.skole.no',
    'helsesykepleier@eksempel.skole.no',
  ];
  staff.forEach((email, i) => {
    emu.env.setNow(`2026-08-${18 + i}T08:00:00+02:00`);
    emu.submitFormTo(
      confirmForm,
      { [confirmForm.items[0]!.title]: [confirmForm.items[0]!.choices[0]!] },
      { email },
    );
  });
  notes.push(`${staff.length} ansatte kvitterte i skjemaet for at de har lest planen.`);

  // Concerns arrive in time order, so the case numbers follow the days: the form's reports, the absence
  // case (09.11) and a parent's phone call (18.11) between them.
  const absenceCase = () => {
    // The absence case: worrying absence follows the absence routine beside chapter 12,
    // with the family's consent, a referral, the samarbeidsavtale and the resource team's agenda.
    emu.env.setNow('2026-11-09T09:00:00+01:00');
    const absentUser = emu.env.activeUser;
    emu.env.activeUser = RECTOR;
    try {
      absenceDemo(emu, 'kontaktlarer@eksempel.skole.no');
    } finally {
      emu.env.activeUser = absentUser;
    }
    notes.push(
      '09.11: en melding om bekymringsfullt fravær fulgte fraværsrutinen: oversikt over fraværet, kontakt med hjemmet, samtykke til ressursteamet og PPT, samarbeidsavtale og sakliste for ressursteamet.',
    );
  };
  const phoneCall = () => {
    // A parent rang the rektor: the concern is registered with the date it was raised (G2).
    emu.env.setNow('2026-11-18T15:30:00+01:00');
    emu.clickMenu('Registrer melding …', { user: RECTOR });
    submitForm(
      emu,
      {
        leadership: 'Nei',
        role: 'Foresatt',
        reporter: 'Mor til Oskar Vik, 900 00 000',
        kanal: 'Telefon',
        raised: '2026-11-18',
        student: 'Oskar Vik',
        className: '5A',
        categories: ['Mobbing'],
        employee: 'Nei',
        what: 'Mor forteller at Oskar blir ertet på vei hjem og ikke vil gå på skolen.',
        where: 'Skoleveien',
        studentSaid: 'Ja',
      },
      { user: RECTOR },
    );
  };
  const between = [
    { at: '2026-11-09T09:00:00+01:00', run: absenceCase },
    { at: '2026-11-18T15:30:00+01:00', run: phoneCall },
  ];
  for (const r of REPORTS) {
    while (between[0] && Date.parse(between[0].at) < Date.parse(r.at)) between.shift()!.run();
    emu.env.setNow(r.at);
    emu.submitForm(answer(r), { email: r.by ?? 'kontaktlarer@eksempel.skole.no' });
  }
  for (const b of between) b.run();
  notes.push(
    `${REPORTS.length} bekymringsmeldinger kom inn gjennom meldeskjemaet mellom august og november.`,
  );

  // Case 1 (2026-001): investigated with the student heard, a plan, evaluated, closed as safe.
  work(emu, '2026-08-25T09:00:00+02:00', 2, 'Endre status …', { status: 'Undersøkes' });
  work(emu, '2026-08-25T09:05:00+02:00', 2, 'Sett ansvarlig …', { other: 'kontaktlarer@eksempel.skole.no' });
  event(emu, '2026-08-25T11:00:00+02:00', 2, {
    what: 'samtale-elev',
    subDuty: 'undersøke',
    heard: 'Ja',
    note: 'Emma forteller at hun står alene i de fleste friminutt.',
  });
  event(emu, '2026-08-26T10:00:00+02:00', 2, {
    what: 'samtale-andre',
    subDuty: 'undersøke',
    note: 'Samtaler med fire elever i klassen. Elev A bekrefter at det er «regler» for hvem som får være med.',
  });
  event(emu, '2026-08-26T15:00:00+02:00', 2, {
    what: 'foresatte-informert',
    subDuty: 'melde',
    note: 'Mor informert på telefon om bekymringen og undersøkelsen.',
  });
  work(emu, '2026-08-27T09:00:00+02:00', 2, 'Nytt tiltak …', {
    tiltak: 'Voksenstyrt lek i storefri',
    niva: 'gruppe',
    hvem: 'kontaktlarer@eksempel.skole.no',
  });
  work(emu, '2026-08-27T09:05:00+02:00', 2, 'Nytt tiltak …', {
    tiltak: 'Daglig innsjekk med kontaktlærer',
    niva: 'individ',
    hvem: 'kontaktlarer@eksempel.skole.no',
  });
  makeDemoPlan(emu, '2026-08-28T14:00:00+02:00', 2, {
    problem:
      'Emma blir holdt utenfor i friminuttene, og en gruppe har laget regler for hvem som får være med.',
    elevensBeskrivelse: 'Emma sier at hun er alene ute, og at hun gruer seg til storefri.',
    elevensOnsker: 'Noen å være med, og at de voksne passer på.',
    barnetsBeste: 'Emma trenger trygge friminutt med andre barn, uten å bli tatt ut av klassen.',
    evalueringsdato: '2026-09-25',
  });
  work(emu, '2026-10-23T14:00:00+02:00', 2, 'Avslutt saken …', {
    reason: 'Evaluert med Emma og mor 23.10.: Emma har venner i friminuttene og trives. Problemet er løst.',
  });
  // Case 2 (2026-002): investigated, plan made later (see documents), evaluation ahead.
  work(emu, '2026-09-03T09:00:00+02:00', 3, 'Endre status …', { status: 'Undersøkes' });
  event(emu, '2026-09-03T13:00:00+02:00', 3, {
    what: 'samtale-elev',
    subDuty: 'undersøke',
    heard: 'Ja',
    note: 'Noah viser meldingene. Han vil ikke at de andre skal vite at han har sagt fra.',
  });
  event(emu, '2026-09-04T10:00:00+02:00', 3, {
    what: 'samtale-foresatte',
    subDuty: 'undersøke',
    note: 'Møte med far. Avtalt tett kontakt.',
  });
  // Case 3 (2026-003): investigation started, the plan is late (red).
  work(emu, '2026-09-22T09:00:00+02:00', 4, 'Endre status …', { status: 'Undersøkes' });
  event(emu, '2026-09-22T10:30:00+02:00', 4, {
    what: 'grep-inn',
    subDuty: 'gripe inn',
    note: 'Rektor tok en samtale med elevene på bussen neste morgen.',
  });
  // Case 4 (2026-004, § 12-5): investigated the same day, skoleeier told the same day, a plan.
  work(emu, '2026-10-14T12:00:00+02:00', 5, 'Endre status …', { status: 'Undersøkes' });
  work(emu, '2026-10-14T12:30:00+02:00', 5, 'Skoleeier er varslet …', {
    how: 'Telefon',
    to: 'Oppvekstsjefen',
  });
  event(emu, '2026-10-14T13:00:00+02:00', 5, {
    what: 'samtale-elev',
    subDuty: 'undersøke',
    heard: 'Ja',
    note: 'Jonas forteller hva som skjedde. Helsesykepleier var med.',
  });
  event(emu, '2026-10-14T14:00:00+02:00', 5, {
    what: 'samtale-pakalt',
    subDuty: 'undersøke',
    note: 'Samtale med den ansatte. Den ansatte fikk vite hva saken gjelder og hva som skjer videre.',
  });
  work(emu, '2026-10-15T09:00:00+02:00', 5, 'Nytt tiltak …', {
    tiltak: 'Den ansatte har ikke ansvar for eleven i garderoben',
    niva: 'system',
    hvem: RECTOR,
    fra: '2026-10-15',
  });
  work(emu, '2026-10-15T09:05:00+02:00', 5, 'Nytt tiltak …', {
    tiltak: 'Samtaler med helsesykepleier hver uke',
    niva: 'individ',
    hvem: 'helsesykepleier@eksempel.skole.no',
    fra: '2026-10-20',
    til: '2026-12-18',
  });
  makeDemoPlan(emu, '2026-10-19T12:00:00+02:00', 5, {
    problem: 'Jonas opplevde at en ansatt tok hardt tak i ham i garderoben, og han er utrygg i gymtimene.',
    elevensBeskrivelse: 'Jonas sier at han ikke vil være i garderoben når den ansatte er der.',
    elevensOnsker: 'Å slippe å møte den ansatte i garderoben.',
    barnetsBeste: 'Jonas trenger å være trygg i garderoben og i gymtimene.',
    evalueringsdato: '2026-11-20',
  });
  // Case 5 (2026-005): under investigation, the plan due soon (amber) after the planning day.
  work(emu, '2026-11-03T09:00:00+01:00', 6, 'Endre status …', { status: 'Undersøkes' });
  // A teacher started a report about the leadership: the form sent her to skoleeier (§ 12-5).
  emu.env.setNow('2026-11-19T13:00:00+01:00');
  emu.submitForm(
    { 'Din rolle': 'Ansatt', 'Gjelder det noen i skolens ledelse?': 'Ja' },
    { email: 'kontaktlarer@eksempel.skole.no' },
  );
  notes.push(
    '18.11: en mor ringte rektor; bekymringen ble registrert med «Registrer melding …» og fikk fristene fra den dagen. 19.11: en ansatt som ville melde om noen i ledelsen, ble i skjemaet sendt direkte til skoleeier; ingenting av det ble lagret på skolen.',
  );

  notes.push(
    'Ledelsen fulgte opp sakene fra menyen og sidefeltet: undersøkelse, samtaler med eleven (hørt av en voksen eleven har tillit til), tiltak, aktivitetsplan før status «Aktivitetsplan», melding til skoleeier samme dag i saken etter § 12-5, og avslutning med begrunnelse.',
  );

  // The årshjul's autumn activities are marked done as they happen.
  for (const [at, rows] of [
    ['2026-09-04T15:00:00+02:00', 'A2:A4'],
    ['2026-09-30T15:00:00+02:00', 'A5:A7'],
    ['2026-11-13T15:00:00+01:00', 'A8:A12'],
  ] as const) {
    emu.env.setNow(at);
    emu.select('Årshjul', rows);
    emu.sheets.ui.answer({ button: 'OK' });
    emu.clickMenu('Merk aktivitet som gjort', { user: 'rektor@eksempel.skole.no' });
  }
  notes.push('Rektor merket høstens aktiviteter i årshjulet som gjort etter hvert.');

  emu.env.setNow('2026-11-20T06:00:00+01:00');
  emu.runTimeTriggers();
  notes.push(
    '20.11 kl. 06: den daglige jobben oppdaterte frister og farger og sendte oversikten til rektor.',
  );

  emu.env.setNow('2026-11-20T08:00:00+01:00');
  emu.open('FULL');
  const documents = demoDocuments(emu, notes);

  // At the end of the day the rektor opens case 2026-004: measures, evaluation and the whole log.
  emu.env.setNow('2026-11-20T15:00:00+01:00');
  emu.select('Saker', 'A5');
  emu.clickMenu('Vis saken', { user: 'rektor@eksempel.skole.no' });
  const sidebars = emu.sheets.ui.shown
    .filter((s) => s.kind === 'sidebar')
    .map((s) => ({ title: s.title, html: s.html }));
  return { notes, mails: emu.mail.sent, sidebars, documents };
}

/** The data a dialog was opened with, as its client script reads it. */
function dialogData(emu: Emulator): Record<string, unknown> {
  return pageJson<Record<string, unknown>>(emu.sheets.ui.shown.at(-1)!.html);
}

/** The rektor fills a dialog and sends it, as google.script.run would (as the rektor). */
function sendDialog(
  emu: Emulator,
  fn: string,
  request: Record<string, unknown>,
): { status: string; url?: string; message: string } {
  const before = emu.env.activeUser;
  emu.env.activeUser = RECTOR;
  try {
    return emu.callFromClient(fn, request);
  } finally {
    emu.env.activeUser = before;
  }
}

/** The plan of a case through its dialog: the case then has its written plan and status «Aktivitetsplan». */
function makeDemoPlan(emu: Emulator, at: string, row: number, texts: Record<string, string>): string {
  emu.env.setNow(at);
  emu.select('Saker', `A${row}`);
  emu.clickMenu('Lag aktivitetsplan', { user: RECTOR });
  const plan = dialogData(emu);
  const result = sendDialog(emu, 'submitPlanDialog', {
    saksnr: plan['saksnr'],
    requestId: plan['requestId'],
    foresattesSyn: '',
    gjennomforing: '',
    merknader: '',
    pdf: true,
    anonymity: 'replace',
    ...texts,
  });
  if (result.status !== 'done') throw new Error(`Demo plan on row ${row}: ${result.message}`);
  return result.url ?? '';
}

const docIdOf = (text: string) => /\/document\/d\/([^/\s]+)/.exec(text)?.[1] ?? '';

/**
 * Documents worked on 20.11: measures and the plan for 2026-002, the evaluation of 2026-004, the
 * documentation of 2026-001 and the notice to skoleeier for 2026-004.
 */
function demoDocuments(emu: Emulator, notes: string[]): { title: string; html: string }[] {
  const ids: { title: string; id: string }[] = [];
  const keep = (title: string, text: string | undefined) => {
    const id = docIdOf(text ?? '');
    if (id) ids.push({ title, id });
  };
  const at = '2026-11-20T09:00:00+01:00';
  work(emu, at, 3, 'Sett ansvarlig …', { other: 'kontaktlarer@eksempel.skole.no' });
  work(emu, at, 3, 'Nytt tiltak …', {
    tiltak: 'Fast voksen i garderoben før og etter gym',
    niva: 'individ',
    hvem: 'kroppsoving@eksempel.skole.no',
    fra: '2026-11-23',
    til: '2026-12-18',
  });
  work(emu, at, 3, 'Nytt tiltak …', {
    tiltak: 'Klassemøte om nettvett og chatteregler',
    niva: 'gruppe',
    hvem: 'kontaktlarer@eksempel.skole.no',
    fra: '2026-11-24',
    til: '2026-11-24',
  });
  work(emu, at, 3, 'Nytt tiltak …', {
    tiltak: 'Daglig innsjekk med kontaktlærer',
    niva: 'individ',
    hvem: 'kontaktlarer@eksempel.skole.no',
  });
  notes.push('20.11: ledelsen la inn tiltak for sak 2026-002 med «Nytt tiltak …».');

  keep(
    'Aktivitetsplan 2026-002',
    makeDemoPlan(emu, '2026-11-20T09:30:00+01:00', 3, {
      problem:
        'Noah får stygge meldinger i klassens chat, og gråt i garderoben etter gym. Han sier at han gruer seg til gymtimene.',
      elevensBeskrivelse: 'Noah sier at han føler seg alene i klassen, og at meldingene kommer om kvelden.',
      elevensOnsker: 'At meldingene slutter, og at en voksen er i nærheten i garderoben.',
      foresattesSyn: 'Foresatte ønsker tett kontakt med kontaktlærer og beskjed hvis noe skjer.',
      barnetsBeste:
        'Noah trenger å kjenne seg trygg i gymtimene og i klassens chat. Tiltakene skjermer ham uten å ta ham ut av fellesskapet.',
      evalueringsdato: '2026-12-18',
    }),
  );

  emu.env.setNow('2026-11-20T09:45:00+01:00');
  emu.select('Saker', 'A5');
  emu.clickMenu('Lag evaluering', { user: RECTOR });
  const evaluation = dialogData(emu);
  const measures = evaluation['measures'] as { row: number; tiltak: string }[];
  const evaluated = sendDialog(emu, 'submitEvaluationDialog', {
    saksnr: evaluation['saksnr'],
    requestId: evaluation['requestId'],
    date: '2026-11-20',
    deltakere: 'Eleven, mor, rektor, helsesykepleier',
    elevensOpplevelse:
      'Jonas sier at han er tryggere nå, men at han fortsatt tenker på det som skjedde i garderoben.',
    foresattesSyn: 'Mor er fornøyd med at den ansatte ikke har garderobevakt.',
    decisions: measures.map((m, k) => ({
      row: m.row,
      tiltak: m.tiltak,
      verdict: k === 0 ? 'videreføre' : 'endre',
      kommentar: k === 0 ? '' : 'Annenhver uke fra januar',
    })),
    newMeasures: [],
    problemetLost: 'delvis',
    begrunnelse: 'Jonas er tryggere, men ikke helt trygg ennå.',
    konklusjon: 'videreføre',
    nesteEvaluering: '2026-12-18',
    eksternHjelp: ['BUP'],
    eksternHjelpKommentar: 'Helsesykepleier drøfter henvisning med foresatte.',
    oppfolging: '',
    pdf: true,
    anonymity: 'replace',
  });
  keep('Evaluering av aktivitetsplan 2026-004', evaluated.url);

  const documentation = work(emu, '2026-11-20T10:00:00+01:00', 2, 'Lag dokumentasjon');
  keep(
    'Dokumentasjon av aktivitetsplikten 2026-001',
    documentation?.message ?? emu.sheets.ui.dialogs.at(-1)?.prompt,
  );
  const notice = work(emu, '2026-11-20T10:05:00+01:00', 5, 'Lag melding til skoleeier', {
    what: 'En ansatt skal ha tatt hardt tak i en elev i garderoben 14.10.',
    done: 'Rektor snakket med eleven, foresatte og den ansatte samme dag. Den ansatte har ikke lenger ansvar i garderoben.',
    next: 'Ny evaluering 18.12. Saken følges opp som personalsak.',
    role: 'Assistent',
    informed: 'Ja, av rektor 14.10.',
    protection: 'Den ansatte har ikke ansvar for eleven i garderoben.',
  });
  keep('Melding til skoleeier 2026-004', notice?.status === 'done' ? notice.url : undefined);

  // The tiltaksplan's end-of-year evaluation (made in June in real life; shown here with the plan as it stands).
  emu.env.setNow('2026-11-20T10:10:00+01:00');
  emu.clickMenu('Lag evaluering av tiltaksplan', { user: RECTOR });
  const tp = submitForm(emu, {
    deltakere: 'Rektor, inspektør, helsesykepleier, to kontaktlærere',
    oppsummering: 'Høsten er i rute. Elevundersøkelsen er gjennomført; resultatene følges opp i januar.',
  });
  keep('Evaluering av tiltaksplan 2026/2027', tp.status === 'done' ? tp.message : '');
  notes.push(
    '20.11: rektor laget aktivitetsplan for sak 2026-002, evaluering og melding til skoleeier for sak 2026-004 og dokumentasjonen av sak 2026-001, fra malene i «Maler» i Disk.',
  );
  return ids.map(({ title, id }) => ({ title, html: emu.docs.docStore.toHtml(id) }));
}
