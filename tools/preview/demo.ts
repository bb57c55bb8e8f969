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
  'Ledelsen (e-post)': 'inspektor@eksempel.skole.no',
  'Skoleeier (e-post)': 'oppvekst@eksempel.kommune.no',
  'Skolens ferier og fridager': 'Høstferie: 05.10.2026–09.10.2026\nPlanleggingsdag: 13.11.2026\nJuleferie: 21.12.2026–01.01.2027',
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
  const labels = settings.getDataRange().getValues().map((r) => String(r[0]));
  for (const [label, value] of Object.entries(SETTINGS)) settings.getRange(labels.indexOf(label) + 1, 2).setValue(`'${value}`);
  emu.run('setUp');
  emu.open('FULL');
  notes.push('17.08: Rektor installerte tillegget, valgte «Sett opp / reparer» og fylte ut «Innstillinger».');

  // Staff confirm in the first weeks that they have read the plan.
  const confirmForm = emu.formTitled('Bekreftelse: jeg har lest planen');
  const staff = ['kontaktlarer@eksempel.skole.no', 'inspektor@eksempel.skole.no', 'helsesykepleier@eksempel.skole.no'];
  staff.forEach((email, i) => {
    emu.env.setNow(`2026-08-${18 + i}T08:00:00+02:00`);
    emu.submitFormTo(confirmForm, { [confirmForm.items[0]!.title]: [confirmForm.items[0]!.choices[0]!] }, { email });
  });
  notes.push(`${staff.length} ansatte kvitterte i skjemaet for at de har lest planen.`);

  for (const r of REPORTS) {
    emu.env.setNow(r.at);
    emu.submitForm(answer(r), { email: r.by ?? 'kontaktlarer@eksempel.skole.no' });
  }
  notes.push(`${REPORTS.length} bekymringsmeldinger kom inn gjennom meldeskjemaet mellom august og november.`);

  // Case 1: investigated, plan, evaluated, closed.
  work(emu, '2026-08-25T09:00:00+02:00', 2, 'Endre status …', 'Undersøkes');
  work(emu, '2026-08-25T09:05:00+02:00', 2, 'Sett ansvarlig …', 'kontaktlarer@eksempel.skole.no');
  work(emu, '2026-08-28T14:00:00+02:00', 2, 'Endre status …', 'Aktivitetsplan');
  work(emu, '2026-09-25T14:00:00+02:00', 2, 'Endre status …', 'Evalueres');
  work(emu, '2026-10-23T14:00:00+02:00', 2, 'Avslutt saken …', 'Emma sier hun har venner i friminuttene og trives. Evaluert med Emma og foresatte.');
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
  notes.push('20.11 kl. 06: den daglige jobben oppdaterte frister og farger og sendte oversikten til rektor.');

  emu.env.setNow('2026-11-20T08:00:00+01:00');
  emu.open('FULL');
  emu.select('Saker', 'A5');
  emu.clickMenu('Vis saken', { user: 'rektor@eksempel.skole.no' });
  const sidebars = emu.sheets.ui.shown.filter((s) => s.kind === 'sidebar').map((s) => ({ title: s.title, html: s.html }));

  return { notes, mails: emu.mail.sent, sidebars };
}
