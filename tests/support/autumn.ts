/**
 * A school's autumn, done through the product as people do it: five reports in the meldeskjema, one report
 * about the leadership sent on to skoleeier, cases investigated, plans written, one closed. Then the daily
 * job on 20 November 2026. The figures it must give (exact, for the leadership's dashboard):
 *
 * | case | reported | investigation (due)   | plan (due)          | status now      | categories             |
 * | 001  | 24.08    | 25.08 (26.08) met     | 28.08 (31.08) met   | Avsluttet 23.10 | Utestenging            |
 * | 002  | 02.09    | 03.09 (04.09) met     | 08.09 (09.09) met   | Aktivitetsplan  | Mobbing, Digital mob.  |
 * | 003  | 21.09    | 22.09 (23.09) met     | – (28.09) missed    | Undersøkes      | Krenkelser             |
 * | 004  | 14.10 §  | 14.10 (14.10) met     | 19.10 (21.10) met   | Aktivitetsplan  | Vold                   |
 * | 005  | 02.11    | – (04.11) missed      | – (09.11) missed    | Meldt           | Fravær, Psykisk helse  |
 *
 * Reported this school year 5; investigation 4 of 5 met (80 %), plan 3 of 5 (60 %); median days to a plan
 * 5 (4, 6, 5); open cases 4: 8–30 days 1 (005), 31–90 days 3; one report about the leadership.
 */

import { QUESTIONS } from '../../src/domain/intake/questions';
import type { Emulator } from '../../tools/emulator/emulator';
import { submitForm } from '../../tools/scenarios/dialogs';
import { answers, answersNn, STAFF, school } from './school';

export const STUDENTS = ['Emma Hansen', 'Noah Berg', 'Sara Ali', 'Jonas Lie', 'Ida Moe'];
export const CLASSES = ['6A', '4B', '7A', '5C', '3A'];
export const REPORTERS = [
  'kontaktlarer@skole.no',
  'inspektor2@skole.no',
  'miljoarbeider@skole.no',
  'gymlarer@skole.no',
  'helsesykepleier@skole.no',
];
export const WHAT = [
  'Emma står alene i friminuttene og sier at ingen vil være med henne.',
  'Stygge meldinger i klassechatten om kvelden.',
  'Kommentarer om hudfarge på bussen hjem.',
  'En ansatt skal ha tatt hardt tak i armen hans i garderoben.',
  'Ida har vært borte mye og gruer seg til skolen.',
];
export const WHERE = ['Skolegården', 'Klassechatten', 'Skolebussen', 'Garderoben', 'Hjemme'];

const CATEGORIES: string[][] = [
  ['Utestenging'],
  ['Mobbing', 'Digital mobbing'],
  ['Krenkelser (rasisme, seksuell trakassering, hatefulle ytringer)'],
  ['Vold'],
  ['Fravær eller skolevegring', 'Psykisk helse og trivsel'],
];
const REPORTED = [
  '2026-08-24T10:12:00+02:00',
  '2026-09-02T13:40:00+02:00',
  '2026-09-21T08:05:00+02:00',
  '2026-10-14T11:30:00+02:00',
  '2026-11-02T09:15:00+01:00',
];

function at(emu: Emulator, iso: string, row: number): void {
  emu.env.setNow(iso);
  emu.select('Saker', `A${row}`);
}

function investigate(emu: Emulator, iso: string, row: number): void {
  at(emu, iso, row);
  emu.clickMenu('Endre status …');
  expectDone(submitForm(emu, { status: 'Undersøkes' }));
}

function plan(emu: Emulator, iso: string, row: number): void {
  at(emu, iso, row);
  emu.clickMenu('Nytt tiltak …');
  expectDone(
    submitForm(emu, { tiltak: 'Fast voksen i friminuttene', niva: 'gruppe', hvem: 'larer@skole.no' }),
  );
  emu.clickMenu('Lag aktivitetsplan');
  const html = emu.sheets.ui.shown.at(-1)!.html;
  const data = JSON.parse(
    /data-json="([^"]*)"/
      .exec(html)![1]!
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  ) as { saksnr: string; requestId: string };
  const result = emu.callFromClient<{ status: string; message: string }>('submitPlanDialog', {
    saksnr: data.saksnr,
    requestId: data.requestId,
    problem: 'Eleven har det ikke trygt.',
    elevensBeskrivelse: 'Eleven forteller.',
    elevensOnsker: 'Trygge friminutt.',
    foresattesSyn: 'Foresatte er enige.',
    barnetsBeste: 'Trygghet først.',
    gjennomforing: '',
    merknader: '',
    evalueringsdato: '',
    pdf: false,
  });
  expectDone(result);
}

function expectDone(r: { status: string; message: string }): void {
  if (r.status !== 'done') throw new Error(`Not done: ${r.message}`);
}

/**
 * The autumn of the table above, in bokmål or nynorsk (the nynorsk school's form answers in nynorsk).
 * `given` adds settings (the report sheet's id, say). The emulator's clock ends on 20.11.2026 at 06:00,
 * after the daily job.
 */
export function autumn(lang: 'nb' | 'nn' = 'nb', given: Record<string, string> = {}): Emulator {
  const emu = school('2026-08-17T08:00:00+02:00', {
    ...(lang === 'nn' ? { Språk: 'nynorsk' } : {}),
    ...given,
  });
  REPORTED.forEach((when, i) => {
    emu.env.setNow(when);
    const a = {
      'Elevens navn': STUDENTS[i]!,
      Klasse: CLASSES[i]!,
      'Hva gjelder meldingen?': CATEGORIES[i]!,
      'Gjelder det en ansatt som krenker en elev?': i === 3 ? 'Ja' : 'Nei',
      'Hva har skjedd?': WHAT[i]!,
      'Hvor skjedde det?': WHERE[i]!,
    };
    emu.submitForm(lang === 'nn' ? answersNn(a) : answers(a), { email: REPORTERS[i]! });
  });
  // A report about the leadership: the form sends the reporter to skoleeier; the school keeps a count.
  emu.env.setNow('2026-10-01T12:00:00+02:00');
  const full =
    lang === 'nn'
      ? answersNn({ 'Gjelder det noen i skolens ledelse?': 'Ja' })
      : answers({ 'Gjelder det noen i skolens ledelse?': 'Ja' });
  const first = QUESTIONS.slice(0, 2).map((q) => (lang === 'nn' ? q.nn : q.title));
  emu.submitForm(Object.fromEntries(first.map((title) => [title, full[title]!])), { email: STAFF });

  investigate(emu, '2026-08-25T09:00:00+02:00', 2);
  plan(emu, '2026-08-28T14:00:00+02:00', 2);
  investigate(emu, '2026-09-03T09:00:00+02:00', 3);
  plan(emu, '2026-09-08T09:00:00+02:00', 3);
  investigate(emu, '2026-09-22T09:00:00+02:00', 4);
  investigate(emu, '2026-10-14T12:00:00+02:00', 5);
  plan(emu, '2026-10-19T12:00:00+02:00', 5);
  at(emu, '2026-10-23T14:00:00+02:00', 2);
  emu.clickMenu('Avslutt saken …');
  expectDone(submitForm(emu, { reason: 'Eleven har det trygt og godt, evaluert med eleven og foresatte.' }));

  emu.env.setNow('2026-11-20T06:00:00+01:00');
  emu.runTimeTriggers();
  emu.mail.sent.length = 0;
  return emu;
}
