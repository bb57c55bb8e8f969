import type { Emulator } from '../emulator/emulator';
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
}

const REPORTS: Report[] = [
  {
    at: '2026-08-24T10:12:00+02:00',
    student: 'Emma Hansen',
    className: '6A',
    categories: ['Utestenging'],
    what: 'Emma står alene i friminuttene og sier at elev A har bestemt at ingen skal være med henne.',
  },
  {
    at: '2026-09-02T13:40:00+02:00',
    student: 'Noah Berg',
    className: '4B',
    categories: ['Mobbing', 'Digital mobbing'],
    what: 'Stygge meldinger i klassens chat. Noah gråt i garderoben etter gym.',
  },
  {
    at: '2026-09-21T08:05:00+02:00',
    student: 'Sara Ali',
    className: '7A',
    categories: ['Krenkelser (rasisme, seksuell trakassering, hatefulle ytringer)'],
    what: 'Rasistiske kommentarer på bussen hjem.',
  },
  {
    at: '2026-10-14T11:30:00+02:00',
    student: 'Jonas Lie',
    className: '5C',
    categories: ['Vold'],
    what: 'En ansatt skal ha tatt hardt tak i Jonas i garderoben.',
    employee: true,
  },
  {
    at: '2026-11-02T09:15:00+01:00',
    student: 'Ida Moe',
    className: '3A',
    categories: ['Fravær eller skolevegring', 'Psykisk helse og trivsel'],
    what: 'Ida har vært borte mye og sier hun gruer seg til skolen.',
    by: 'helsesykepleier@eksempel.skole.no',
  },
  {
    at: '2026-11-17T14:20:00+01:00',
    student: 'Lucas Nilsen',
    className: '6B',
    categories: ['Mobbing'],
    what: 'Blir kalt stygge ting i gangen. Elev B og elev C er med.',
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
    'Elevens navn': r.student,
    Klasse: r.className,
    'Hva gjelder meldingen?': r.categories,
    'Gjelder det en ansatt som krenker en elev?': r.employee ? 'Ja' : 'Nei',
    'Gjelder det noen i skolens ledelse?': r.leadership ? 'Ja' : 'Nei',
    'Hva har skjedd?': r.what,
    'Når skjedde det?': 'Siste uke',
    'Hvor skjedde det?': 'Skolegården',
    'Har noen grepet inn?': '',
    'Har eleven selv sagt fra?': 'Ja',
  };
}

/** A leader selects the case's row and uses the menu, answering its dialogs. */
function work(emu: Emulator, at: string, row: number, item: string, ...texts: string[]): void {
  emu.env.setNow(at);
  emu.select('Saker', `A${row}`);
  emu.sheets.ui.answer(...texts.map((text) => ({ button: 'OK' as const, text })));
  emu.clickMenu(item, { user: 'rektor@eksempel.skole.no' });
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
  notes.push('17.08: Rektor installerte tillegget, valgte «Sett opp / reparer» og fylte ut «Innstillinger».');

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

  for (const r of REPORTS) {
    emu.env.setNow(r.at);
    emu.submitForm(answer(r), { email: r.by ?? 'kontaktlarer@eksempel.skole.no' });
  }
  notes.push(
    `${REPORTS.length} bekymringsmeldinger kom inn gjennom meldeskjemaet mellom august og november.`,
  );

  // Case 1: investigated, plan, evaluated, closed.
  work(emu, '2026-08-25T09:00:00+02:00', 2, 'Endre status …', 'Undersøkes');
  work(emu, '2026-08-25T09:05:00+02:00', 2, 'Sett ansvarlig …', 'kontaktlarer@eksempel.skole.no');
  work(emu, '2026-08-28T14:00:00+02:00', 2, 'Endre status …', 'Aktivitetsplan');
  work(emu, '2026-09-25T14:00:00+02:00', 2, 'Endre status …', 'Evalueres');
  work(
    emu,
    '2026-10-23T14:00:00+02:00',
    2,
    'Avslutt saken …',
    'Emma sier hun har venner i friminuttene og trives. Evaluert med Emma og foresatte.',
  );
  // Case 2: plan in place, evaluation date passed (red).
  work(emu, '2026-09-03T09:00:00+02:00', 3, 'Endre status …', 'Undersøkes');
  work(emu, '2026-09-08T09:00:00+02:00', 3, 'Endre status …', 'Aktivitetsplan');
  // Case 3: investigation started, plan late (red).
  work(emu, '2026-09-22T09:00:00+02:00', 4, 'Endre status …', 'Undersøkes');
  // Case 4 (§ 12-5): investigated the same day, plan in place.
  work(emu, '2026-10-14T12:00:00+02:00', 5, 'Endre status …', 'Undersøkes');
  work(emu, '2026-10-19T12:00:00+02:00', 5, 'Endre status …', 'Aktivitetsplan');
  // Case 5: under investigation, plan due soon (amber) after the planning day.
  work(emu, '2026-11-03T09:00:00+01:00', 6, 'Endre status …', 'Undersøkes');
  notes.push('Ledelsen fulgte opp sakene fra menyen: status, ansvarlig, avslutning.');

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

const RECTOR = 'rektor@eksempel.skole.no';

/** The data a dialog was opened with, as its client script reads it. */
function dialogData(emu: Emulator): Record<string, unknown> {
  const raw = /data-json="([^"]*)"/.exec(emu.sheets.ui.shown.at(-1)!.html)![1]!;
  const json = raw
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return JSON.parse(json) as Record<string, unknown>;
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

const docIdOf = (text: string) => /\/document\/d\/([^/\s]+)/.exec(text)?.[1] ?? '';

/**
 * Documents worked from the menu on 20.11: measures for 2026-002 and 2026-004, the plan for 2026-002,
 * the evaluation of 2026-004, the documentation of 2026-002 and the notice to skoleeier for 2026-004.
 */
function demoDocuments(emu: Emulator, notes: string[]): { title: string; html: string }[] {
  const ids: { title: string; id: string }[] = [];
  const keep = (title: string, text: string | undefined) => {
    const id = docIdOf(text ?? '');
    if (id) ids.push({ title, id });
  };
  const at = '2026-11-20T09:00:00+01:00';
  work(emu, at, 3, 'Sett ansvarlig …', 'kontaktlarer@eksempel.skole.no');
  work(
    emu,
    at,
    3,
    'Nytt tiltak …',
    'Fast voksen i garderoben før og etter gym',
    'individ',
    'kroppsoving@eksempel.skole.no',
    '23.11.2026–18.12.2026',
    '',
  );
  work(
    emu,
    at,
    3,
    'Nytt tiltak …',
    'Klassemøte om nettvett og chatteregler',
    'gruppe',
    'kontaktlarer@eksempel.skole.no',
    '24.11.2026',
    '',
  );
  work(
    emu,
    at,
    3,
    'Nytt tiltak …',
    'Daglig innsjekk med kontaktlærer',
    'individ',
    'kontaktlarer@eksempel.skole.no',
    '',
    '',
  );
  work(
    emu,
    at,
    5,
    'Nytt tiltak …',
    'Den ansatte har ikke ansvar for eleven i garderoben',
    'system',
    'rektor@eksempel.skole.no',
    '15.10.2026',
    '',
  );
  work(
    emu,
    at,
    5,
    'Nytt tiltak …',
    'Samtaler med helsesykepleier hver uke',
    'individ',
    'helsesykepleier@eksempel.skole.no',
    '20.10.2026–18.12.2026',
    '',
  );
  notes.push('20.11: ledelsen la inn tiltak for sak 2026-002 og 2026-004 med «Nytt tiltak …».');

  emu.select('Saker', 'A3');
  emu.clickMenu('Lag aktivitetsplan', { user: RECTOR });
  const plan = dialogData(emu);
  const planned = sendDialog(emu, 'submitPlanDialog', {
    saksnr: plan['saksnr'],
    requestId: plan['requestId'],
    problem:
      'Noah får stygge meldinger i klassens chat, og gråt i garderoben etter gym. Han sier at han gruer seg til gymtimene.',
    elevensBeskrivelse: 'Noah sier at han føler seg alene i klassen, og at meldingene kommer om kvelden.',
    elevensOnsker: 'At meldingene slutter, og at en voksen er i nærheten i garderoben.',
    foresattesSyn: 'Foresatte ønsker tett kontakt med kontaktlærer og beskjed hvis noe skjer.',
    barnetsBeste:
      'Noah trenger å kjenne seg trygg i gymtimene og i klassens chat. Tiltakene skjermer ham uten å ta ham ut av fellesskapet.',
    gjennomforing: '',
    merknader: '',
    evalueringsdato: '2026-12-18',
    pdf: true,
  });
  keep('Aktivitetsplan 2026-002', planned.url);

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
  });
  keep('Evaluering av aktivitetsplan 2026-004', evaluated.url);

  work(emu, '2026-11-20T10:00:00+01:00', 3, 'Lag dokumentasjon');
  keep('Dokumentasjon av aktivitetsplikten 2026-002', emu.sheets.ui.dialogs.at(-1)?.prompt);
  work(
    emu,
    '2026-11-20T10:05:00+01:00',
    5,
    'Lag melding til skoleeier',
    'En ansatt skal ha tatt hardt tak i en elev i garderoben 14.10.',
    'Rektor snakket med eleven, foresatte og den ansatte samme dag. Den ansatte har ikke lenger ansvar i garderoben.',
    'Ny evaluering 18.12. Saken følges opp som personalsak.',
  );
  keep('Melding til skoleeier 2026-004', emu.sheets.ui.dialogs.at(-1)?.prompt);

  // The tiltaksplan's end-of-year evaluation (made in June in real life; shown here with the plan as it stands).
  emu.env.setNow('2026-11-20T10:10:00+01:00');
  emu.sheets.ui.answer(
    { button: 'OK', text: 'Rektor, inspektør, helsesykepleier, to kontaktlærere' },
    {
      button: 'OK',
      text: 'Høsten er i rute. Elevundersøkelsen er gjennomført; resultatene følges opp i januar.',
    },
  );
  emu.clickMenu('Lag evaluering av tiltaksplan', { user: RECTOR });
  keep('Evaluering av tiltaksplan 2026/2027', emu.sheets.ui.dialogs.at(-1)?.prompt);
  notes.push(
    '20.11: rektor laget aktivitetsplan og dokumentasjon for sak 2026-002, evaluering og melding til skoleeier for sak 2026-004, fra malene i «Maler» i Disk.',
  );
  return ids.map(({ title, id }) => ({ title, html: emu.docs.docStore.toHtml(id) }));
}
