import { describe, expect, it } from 'vitest';
import type { SidebarData } from '../../src/ui/contract';
import type { Emulator } from '../../tools/emulator/emulator';
import { newestCase, openFromSidebar } from '../../tools/scenarios/absence';
import { makePlan, prepareCaseWithMeasures } from '../../tools/scenarios/planScenario';
import { lastForm, pageJson, submitForm } from '../support/dialogs';
import { answers, answersNn, cases, logRows, STAFF, school, shown } from '../support/school';

const NOW = '2026-09-14T09:00:00+02:00';
const SCHOOL = { 'Skolens navn': 'Bakkeby skole', 'Rektors navn': 'Randi Rektorsen' };

const docId = (url: string) => /\/d\/([^/]+)\//.exec(url)![1]!;
const docText = (emu: Emulator, url: string) => emu.docs.docStore.text(docId(url));

function colour(emu: Emulator, header: string, row = 2): string | null {
  const s = emu.spreadsheet._sheetByName('Saker')!;
  const headers = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0] as string[];
  const col = headers.indexOf(header) + 1;
  const c = s._peek(row, col);
  const rule = s._rules.find((r) => r._matches(row, col, c?.value ?? '', s._display(c, row, col)));
  return rule?._spec.background ?? null;
}
const AMBER = '#fff2cc';

function actions(emu: Emulator, row = 2) {
  emu.select('Saker', `A${row}`);
  emu.run('menuShowCase');
  return pageJson<SidebarData>(emu.sheets.ui.shown.at(-1)!.html).view!.actions;
}

/** The link of the plan in «Aktivitetsplan» (a =HYPERLINK the product wrote). */
function planUrl(emu: Emulator): string {
  const s = emu.spreadsheet._sheetByName('Saker')!;
  const headers = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0] as string[];
  return /"(https:[^"]+)"/.exec(s.getRange(2, headers.indexOf('Aktivitetsplan') + 1).getFormula())![1]!;
}

describe('parents informed (G4)', () => {
  it('records when the parents were told of the concern; parents who raised it know from that day', () => {
    const emu = school(NOW, SCHOOL);
    emu.submitForm(answers(), { email: STAFF });
    emu.select('Saker', 'A2');
    expect(actions(emu).find((a) => a.id === 'informParents')).toBeDefined();
    openFromSidebar(emu, '2026-001', 2, 'informParents');
    const spec = lastForm(emu);
    const what = spec.fields.find((f) => f.name === 'what');
    expect(what && 'value' in what && what.value).toBe('foresatte-informert');
    const duty = spec.fields.find((f) => f.name === 'subDuty');
    expect(duty && 'value' in duty && duty.value).toBe('melde');
    submitForm(emu, { who: 'Kontaktlærer', when: '2026-09-14' }, { spec });
    expect(shown(emu, 'Saker', 'Foresatte informert')).toBe('14.09.2026');
    expect(logRows(emu).at(-1)).toMatchObject({ Delplikt: 'melde', Hendelse: 'Foresatte informert' });
    expect(actions(emu).find((a) => a.id === 'informParents')).toBeUndefined();

    // A concern a parent raised by phone: the parents know of it from the day they raised it.
    emu.clickMenu('Registrer melding …');
    expect(
      submitForm(emu, {
        leadership: 'Nei',
        role: 'Foresatt',
        reporter: 'Mor, 900 00 000',
        kanal: 'Telefon',
        raised: '2026-09-11',
        student: 'Lise Lomo',
        className: '4A',
        categories: ['Utestenging'],
        what: 'Lise blir holdt utenfor.',
      }),
    ).toMatchObject({ status: 'done' });
    expect(shown(emu, 'Saker', 'Foresatte informert', 1)).toBe('11.09.2026');
  });

  it('a plan not yet given to the parents is amber, a primary next step and named in the digest', () => {
    const emu = school(NOW, SCHOOL);
    const request = prepareCaseWithMeasures(emu, 1);
    makePlan(emu, request);
    // The plan itself says how it is to be given: never an e-mail attachment.
    expect(docText(emu, planUrl(emu))).toContain(
      'Planen arkiveres og gis til eleven og foresatte i et møte eller med sikker digital post (for eksempel SvarUt eller Digipost), ikke som vedlegg i vanlig e-post.',
    );
    expect(colour(emu, 'Plan gitt foresatte')).toBe(AMBER);
    expect(actions(emu).find((a) => a.id === 'deliverPlan')).toMatchObject({ primary: true });

    emu.env.setNow('2026-09-15T06:00:00+02:00');
    emu.runTimeTriggers();
    const digest = emu.mail.sent.find((m) => m.subject.startsWith('Skolemiljø 15.09.2026'))!;
    expect(digest.body).toContain('Aktivitetsplan ikke registrert gitt foresatte (1): 2026-001.');

    // How is required, and is never an e-mail attachment.
    emu.env.setNow('2026-09-15T10:00:00+02:00');
    const c = newestCase(emu);
    openFromSidebar(emu, c.saksnr, c.row, 'deliverPlan');
    const spec = lastForm(emu);
    const how = spec.fields.find((f) => f.name === 'how');
    expect(how && 'options' in how && how.options.map((o) => o.label)).toEqual([
      'I et møte',
      'Sikker digital post (SvarUt, Digipost)',
      'Annen sikker måte',
    ]);
    expect(submitForm(emu, { who: 'Kontaktlærer' }, { spec })).toMatchObject({
      status: 'error',
      field: 'how',
    });
    expect(submitForm(emu, { who: 'Kontaktlærer', how: 'mote' }, { spec })).toMatchObject({ status: 'done' });
    expect(shown(emu, 'Saker', 'Plan gitt foresatte')).toBe('15.09.2026');
    expect(logRows(emu).at(-1)).toMatchObject({
      Delplikt: 'tiltak',
      Hendelse: 'Aktivitetsplanen gitt foresatte',
      Detaljer: 'Dato: 15.09.2026. Utført av: Kontaktlærer. Hvordan: I et møte.',
    });
    expect(colour(emu, 'Plan gitt foresatte')).toBeNull();
    expect(actions(emu).find((a) => a.id === 'deliverPlan')).toBeUndefined();
    emu.env.setNow('2026-09-16T06:00:00+02:00');
    emu.runTimeTriggers();
    const next = emu.mail.sent.find((m) => m.subject.startsWith('Skolemiljø 16.09.2026'));
    expect(next?.body ?? '').not.toContain('Aktivitetsplan ikke registrert gitt foresatte');
  });

  it('records the evaluation given to the parents; an evaluation must exist first', () => {
    const emu = school(NOW, SCHOOL);
    const request = prepareCaseWithMeasures(emu, 1);
    const c = newestCase(emu);
    openFromSidebar(emu, c.saksnr, c.row, 'event');
    expect(submitForm(emu, { what: 'plan-gitt-foresatte', who: 'X', how: 'digital' })).toMatchObject({
      status: 'error',
      field: 'what',
      message: 'Saken har ingen aktivitetsplan ennå.',
    });
    makePlan(emu, request);
    openFromSidebar(emu, c.saksnr, c.row, 'event');
    expect(submitForm(emu, { what: 'evaluering-gitt-foresatte', who: 'X', how: 'digital' })).toMatchObject({
      field: 'what',
      message: 'Saken har ingen evaluering ennå.',
    });
    const sheet = emu.spreadsheet._sheetByName('Saker')!;
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
    sheet.getRange(2, headers.indexOf('Sist evaluert') + 1).setValue('14.09.2026');
    expect(actions(emu).find((a) => a.id === 'deliverEvaluation')).toBeDefined();
    openFromSidebar(emu, c.saksnr, c.row, 'deliverEvaluation');
    submitForm(emu, { who: 'Rektor', how: 'digital' });
    expect(shown(emu, 'Saker', 'Evaluering gitt foresatte')).toBe('14.09.2026');
    expect(logRows(emu).at(-1)!['Delplikt']).toBe('evaluering');
  });

  it('in nynorsk: the dialog, the digest and the plan say it in nynorsk', () => {
    const emu = school(NOW, { ...SCHOOL, Språk: 'nynorsk' });
    emu.submitForm(answersNn(), { email: STAFF });
    const c0 = newestCase(emu);
    emu.select('Saker', `A${c0.row}`);
    openFromSidebar(emu, c0.saksnr, c0.row, 'investigate');
    openFromSidebar(emu, c0.saksnr, c0.row, 'measure');
    submitForm(emu, { tiltak: 'Fast vaksen i friminutta', niva: 'individ', hvem: 'larer@skole.no' });
    openFromSidebar(emu, c0.saksnr, c0.row, 'plan');
    const data = pageJson<{ saksnr: string; requestId: string }>(emu.sheets.ui.shown.at(-1)!.html);
    makePlan(emu, {
      saksnr: data.saksnr,
      requestId: data.requestId,
      problem: 'Eleven blir halden utanfor.',
      elevensBeskrivelse: 'Eg er åleine ute.',
      elevensOnsker: 'Nokon å vere med.',
      foresattesSyn: '',
      barnetsBeste: 'Trygge friminutt.',
      gjennomforing: '',
      merknader: '',
      evalueringsdato: '',
      pdf: false,
    });
    expect(docText(emu, planUrl(emu))).toContain('ikkje som vedlegg i vanleg e-post');
    const c = newestCase(emu);
    openFromSidebar(emu, c.saksnr, c.row, 'deliverPlan');
    const how = lastForm(emu).fields.find((f) => f.name === 'how');
    expect(how && 'label' in how && how.label).toBe(
      'Korleis dei føresette fekk dokumentet (plan og evaluering)',
    );
    emu.env.setNow('2026-09-15T06:00:00+02:00');
    emu.runTimeTriggers();
    const digest = emu.mail.sent.find((m) => m.subject.startsWith('Skolemiljø 15.09.2026'))!;
    expect(digest.body).toContain('Aktivitetsplan ikkje registrert gitt til dei føresette (1): 2026-001.');
    expect(cases(emu)[0]!['Plan gitt foresatte']).toBe('');
  });
});
