/**
 * The jobs of issue 9 as a school meets them, each from a set-up school (built once and cloned per run),
 * with the recovery Apps Script gives it: the next trigger, the daily job at 06:00 and 06:05, or the person
 * repeating the action (the same request id when they did not see the answer, then the dialog opened anew).
 */

import type { FormResult, FormSpec } from '../../src/ui/contract';
import type { Emulator } from '../../tools/emulator/emulator';
import { pageJson } from '../../tools/scenarios/dialogs';
import { prepareCaseWithMeasures } from '../../tools/scenarios/planScenario';
import { sheetRecords } from '../support/bundle';
import { lastForm, submitForm } from '../support/dialogs';
import { answers, STAFF, school } from '../support/school';

export const NOW = '2026-09-14T09:00:00+02:00';

type DialogResult = { status: string; message: string };

export interface Job {
  readonly name: string;
  /** The execution the faults are injected into. */
  readonly handler: string;
  /** Reports submitted to the meldeskjema in all that must be cases. */
  readonly reports: number;
  /** The school just before the job. */
  prepare(): Emulator;
  /** The job, with `inject` called just before the execution the faults hit. */
  run(emu: Emulator, inject: () => void): void;
  /** What happens afterwards: the job's own retry, then the next morning's daily job. */
  recover(emu: Emulator): void;
  /** The job's own effect, there exactly once. */
  check(emu: Emulator): string[];
}

const text = (v: unknown) => String(v ?? '');
const caseRow = (emu: Emulator, saksnr = '2026-001') =>
  sheetRecords(emu, 'Saker').find((c) => text(c['Saksnr']) === saksnr);
const logCount = (emu: Emulator, saksnr: string, event: string) =>
  sheetRecords(emu, 'Logg').filter((r) => r['Saksnr'] === saksnr && r['Hendelse'] === event).length;

/** The next morning's daily job, as the trigger runs it. */
function nextMorning(emu: Emulator, at = '2026-09-15T06:00:00+02:00'): void {
  emu.env.setNow(at);
  emu.runTimeTriggers();
}

/** What the person sees: the answer, or an error when the execution itself failed. */
function attempt(send: () => DialogResult): DialogResult {
  try {
    return send();
  } catch (error) {
    return { status: 'error', message: String(error) };
  }
}

/** A menu click: true when the person saw the message `success` matches. */
function click(emu: Emulator, caption: string, success: RegExp): boolean {
  const before = emu.sheets.ui.dialogs.length;
  try {
    emu.clickMenu(caption);
  } catch {
    return false;
  }
  return emu.sheets.ui.dialogs.slice(before).some((d) => success.test(d.prompt));
}

/**
 * A dialog job: the person presses «Lagre» (`send`), and unless they saw it done, presses it again (the
 * same request), and if still not done opens the dialog again and sends it anew.
 */
function dialogJob(options: {
  name: string;
  handler: string;
  reports?: number;
  prepare(): Emulator;
  open(emu: Emulator): void;
  send(emu: Emulator, spec: FormSpec | Record<string, unknown>): DialogResult;
  /** The request of the open dialog. */
  request(emu: Emulator): FormSpec | Record<string, unknown>;
  check(emu: Emulator): string[];
}): Job {
  const state = new WeakMap<
    Emulator,
    { request: FormSpec | Record<string, unknown>; result: DialogResult }
  >();
  return {
    name: options.name,
    handler: options.handler,
    reports: options.reports ?? 1,
    prepare: options.prepare,
    run(emu, inject) {
      options.open(emu);
      const request = options.request(emu);
      inject();
      state.set(emu, { request, result: attempt(() => options.send(emu, request)) });
    },
    recover(emu) {
      const first = state.get(emu)!;
      let done = first.result.status === 'done';
      if (!done) {
        emu.env.advance(10_000);
        done = attempt(() => options.send(emu, first.request)).status === 'done';
      }
      if (!done) {
        emu.env.advance(60_000);
        options.open(emu);
        attempt(() => options.send(emu, options.request(emu)));
      }
      nextMorning(emu);
    },
    check: options.check,
  };
}

const formDialog = {
  request: (emu: Emulator) => lastForm(emu),
};

/** A school with one case (2026-001, row 2, selected), reported by a member of staff. */
export function withCase(): Emulator {
  const emu = school(NOW);
  emu.submitForm(answers(), { email: STAFF });
  emu.select('Saker', 'A2');
  return emu;
}

export function investigated(): Emulator {
  const emu = withCase();
  emu.clickMenu('Endre status …');
  submitForm(emu, { status: 'Undersøkes' });
  return emu;
}

/** The plan scenario of the bench: an investigated case with two measures and its plan dialog open. */
function planned(): { emu: Emulator; request: Record<string, unknown> } {
  const emu = school(NOW);
  const request = prepareCaseWithMeasures(emu, 2);
  return { emu, request };
}

function withPlan(): Emulator {
  const { emu, request } = planned();
  const result = emu.callFromClient<DialogResult>('submitPlanDialog', request);
  if (result.status !== 'done') throw new Error(`No plan: ${result.message}`);
  return emu;
}

const MADE = /er laget|nettopp laget/;
const seenMade = new WeakMap<Emulator, boolean>();

const SERIOUS = { 'Gjelder det en ansatt som krenker en elev?': 'Ja' };

export const JOBS: readonly Job[] = [
  {
    name: 'intake',
    handler: 'onFormSubmit',
    reports: 2,
    prepare: () => school(NOW),
    run(emu, inject) {
      inject();
      emu.submitForm(answers(SERIOUS), { email: STAFF });
    },
    recover(emu) {
      // The next report a minute later: its trigger looks back for what a lost run left.
      emu.env.advance(60_000);
      emu.submitForm(answers({ 'Elevens navn': 'Kari Nordmann' }), { email: STAFF });
      nextMorning(emu);
      nextMorning(emu, '2026-09-15T06:05:00+02:00');
    },
    check: () => [],
  },
  {
    name: 'intake of a § 12-5 leadership report',
    handler: 'onFormSubmit',
    reports: 1,
    prepare: () => school(NOW),
    run(emu, inject) {
      inject();
      emu.submitForm(
        { 'Din rolle': 'Ansatt', 'Gjelder det noen i skolens ledelse?': 'Ja' },
        { email: STAFF },
      );
    },
    recover(emu) {
      emu.env.advance(60_000);
      emu.submitForm(answers(), { email: STAFF });
      nextMorning(emu);
      nextMorning(emu, '2026-09-15T06:05:00+02:00');
    },
    check(emu) {
      const broken: string[] = [];
      const question = emu.form.items.find((i) => i.title === 'Gjelder det noen i skolens ledelse?')!;
      const left = emu.form.responses.filter((r) => r.answers.get(question.id) === 'Ja');
      if (left.length > 0) broken.push('the leadership report is still in the form');
      const sheet = emu.form.destination!.sheet;
      const column = sheet._grid[0]!.findIndex((c) => c?.value === question.title);
      if (sheet._grid.slice(1).some((row) => row?.[column]?.value === 'Ja'))
        broken.push('the leadership report is still in the response sheet');
      const counts = JSON.parse(emu.properties.document.get('intake:redirected') ?? '{}') as Record<
        string,
        number
      >;
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      if (total !== 1) broken.push(`the leadership report counted ${total} times`);
      return broken;
    },
  },
  {
    name: 'daily job',
    handler: 'runDailyJobs',
    reports: 2,
    prepare() {
      const emu = withCase();
      // A report whose trigger never ran: another job held the lock throughout.
      emu.env.advance(3_600_000);
      emu.locks.holdByOther('script');
      emu.submitForm(answers(SERIOUS), { email: STAFF });
      emu.locks.release('script');
      emu.env.setNow('2026-09-15T06:00:00+02:00');
      return emu;
    },
    run(emu, inject) {
      inject();
      emu.runTimeTriggers();
    },
    recover(emu) {
      nextMorning(emu, '2026-09-15T06:05:00+02:00');
    },
    check: () => [],
  },
  dialogJob({
    name: 'status change',
    handler: 'submitFormDialog',
    prepare: withCase,
    open: (emu) => emu.clickMenu('Endre status …'),
    ...formDialog,
    send: (emu, spec) => submitForm(emu, { status: 'Undersøkes' }, { spec: spec as FormSpec }) as FormResult,
    check: (emu) => (text(caseRow(emu)?.['Status']) === 'Undersøkes' ? [] : ['the status did not change']),
  }),
  dialogJob({
    name: 'new measure',
    handler: 'submitFormDialog',
    prepare: investigated,
    open: (emu) => emu.clickMenu('Nytt tiltak …'),
    ...formDialog,
    send: (emu, spec) =>
      submitForm(
        emu,
        { tiltak: 'Fast voksen i friminuttene', niva: 'individ', hvem: 'kontaktlarer@skole.no' },
        { spec: spec as FormSpec },
      ),
    check(emu) {
      const n = sheetRecords(emu, 'Tiltak').filter(
        (m) => m['Tiltak'] === 'Fast voksen i friminuttene',
      ).length;
      return n === 1 ? [] : [`${n} copies of the measure`];
    },
  }),
  dialogJob({
    name: 'plan',
    handler: 'submitPlanDialog',
    prepare: () => planned().emu,
    open: (emu) => emu.clickMenu('Lag aktivitetsplan'),
    request(emu) {
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
    },
    send: (emu, request) => emu.callFromClient<DialogResult>('submitPlanDialog', request),
    check(emu) {
      const c = caseRow(emu);
      const broken: string[] = [];
      if (text(c?.['Status']) !== 'Aktivitetsplan') broken.push(`status ${text(c?.['Status'])}`);
      if (!(c?.['Neste evaluering'] instanceof Date)) broken.push('no «Neste evaluering»');
      if (logCount(emu, '2026-001', 'Aktivitetsplan laget') !== 1) broken.push('not one plan logged');
      return broken;
    },
  }),
  dialogJob({
    name: 'evaluation',
    handler: 'submitEvaluationDialog',
    prepare() {
      const emu = withPlan();
      emu.env.setNow('2026-10-12T13:00:00+02:00');
      emu.select('Saker', 'A2');
      return emu;
    },
    open: (emu) => emu.clickMenu('Lag evaluering'),
    request(emu) {
      const data = pageJson<{
        saksnr: string;
        requestId: string;
        measures: { row: number; tiltak: string }[];
      }>(emu.sheets.ui.shown.at(-1)!.html);
      return {
        saksnr: data.saksnr,
        requestId: data.requestId,
        date: '2026-10-12',
        deltakere: 'Eleven, mor, kontaktlærer',
        elevensOpplevelse: 'Det er bedre nå, men jeg er fortsatt alene noen ganger.',
        foresattesSyn: 'Ser framgang.',
        decisions: data.measures.map((m, k) => ({
          row: m.row,
          tiltak: m.tiltak,
          verdict: k === 0 ? 'videreføre' : 'endre',
          kommentar: k === 1 ? 'Oftere' : '',
        })),
        newMeasures: [{ tiltak: 'Vennegruppe', niva: 'gruppe', hvem: 'helsesykepleier@skole.no' }],
        problemetLost: 'delvis',
        begrunnelse: 'Eleven har fått én venn.',
        konklusjon: 'videreføre',
        nesteEvaluering: '2026-11-09',
        eksternHjelp: [],
        eksternHjelpKommentar: '',
        oppfolging: '',
        pdf: true,
      };
    },
    send: (emu, request) => emu.callFromClient<DialogResult>('submitEvaluationDialog', request),
    check(emu) {
      const c = caseRow(emu);
      const broken: string[] = [];
      if (text(c?.['Status']) !== 'Evalueres') broken.push(`status ${text(c?.['Status'])}`);
      const added = sheetRecords(emu, 'Tiltak').filter((m) => m['Tiltak'] === 'Vennegruppe').length;
      if (added !== 1) broken.push(`${added} copies of the new measure`);
      if (logCount(emu, '2026-001', 'Evaluering laget') !== 1) broken.push('not one evaluation logged');
      const verdicts = sheetRecords(emu, 'Tiltak')
        .filter((m) => m['Saksnr'] === '2026-001' && m['Tiltak'] !== 'Vennegruppe')
        .map((m) => text(m['Vurdering']));
      if (verdicts.some((v) => v === '')) broken.push('a verdict not written');
      return broken;
    },
  }),
  {
    name: 'documentation',
    handler: 'menuMakeDocumentation',
    reports: 1,
    prepare() {
      const emu = withPlan();
      emu.env.setNow('2026-09-16T10:00:00+02:00');
      emu.select('Saker', 'A2');
      return emu;
    },
    run(emu, inject) {
      inject();
      seenMade.set(emu, click(emu, 'Lag dokumentasjon', MADE));
    },
    recover(emu) {
      // The person repeats the click unless they saw the document made.
      if (!seenMade.get(emu)) {
        emu.env.advance(20_000);
        click(emu, 'Lag dokumentasjon', MADE);
      }
      nextMorning(emu, '2026-09-17T06:00:00+02:00');
    },
    check(emu) {
      const n = logCount(emu, '2026-001', 'Dokumentasjon laget');
      return n === 1 ? [] : [`${n} documentations logged`];
    },
  },
];
