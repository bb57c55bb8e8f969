import { describe, expect, it } from 'vitest';
import {
  ABSENCE_STEPS,
  absenceAlerts,
  absencePending,
  isAbsenceCategory,
} from '../../../src/domain/cases/absence';
import { type CaseRecord, moveStatus, withDerivedDates } from '../../../src/domain/cases/caseRecord';
import {
  changeConsent,
  consentFor,
  needsConsent,
  parseConsents,
  parseMeasureType,
  sharesFolder,
} from '../../../src/domain/cases/consent';
import { DEFAULT_DEADLINE_SETTINGS } from '../../../src/domain/cases/deadlines';
import { newCaseRecord } from '../../../src/domain/cases/newCase';
import { nextSteps } from '../../../src/domain/cases/nextSteps';
import { documentationValues } from '../../../src/domain/documents/documentData';
import { parseReport } from '../../../src/domain/intake/report';
import type { LocalDate } from '../../../src/domain/time/localDate';
import { SchoolCalendar } from '../../../src/domain/time/schoolCalendar';

const d = (s: string) => s as LocalDate;
const s = { deadlines: DEFAULT_DEADLINE_SETTINGS, calendar: new SchoolCalendar() };

function reported(categories: string, overrides: Partial<CaseRecord> = {}, role = 'Ansatt'): CaseRecord {
  const { report } = parseReport(
    {
      'Din rolle': role,
      'Elevens navn': 'Nora',
      'Hva gjelder meldingen?': categories,
      'Hva har skjedd?': 'x',
    },
    'a@b.no',
  );
  const c = newCaseRecord({
    saksnr: '2026-001',
    report,
    problems: [],
    reportedAt: new Date('2026-09-14T09:00:00+02:00'),
    reportedOn: d('2026-09-14'),
    svarId: 'r1',
  });
  return withDerivedDates({ ...c, ...overrides }, s);
}

describe('the absence routine (G8)', () => {
  it('starts from the category, beside chapter 12, with its own deadlines', () => {
    const c = reported('Fravær eller skolevegring');
    expect(c).toMatchObject({
      fravaer: 'Pågår',
      fravaerFra: '2026-09-14',
      fristFamiliemote: '2026-09-21',
      fristSamarbeidsavtale: '2026-09-28',
      varselFamiliemote: '2026-09-17',
      fristAktivitetsplan: '2026-09-21',
    });
    expect(reported('Mobbing').fravaer).toBe('');
    expect(isAbsenceCategory('Fråvær eller skolevegring')).toBe(true);
    expect(isAbsenceCategory('Mobbing, Vold')).toBe(false);
  });

  it('keeps a step’s deadline once it is done, and stops when the routine or the case ends', () => {
    const c = reported('Fravær eller skolevegring');
    const met = withDerivedDates({ ...c, familiemote: d('2026-09-16'), fravaerFra: d('2026-09-01') }, s);
    expect(met.fristFamiliemote).toBe('2026-09-21'); // history
    expect(met.fristSamarbeidsavtale).toBe('2026-09-15'); // still pending: follows the start
    const a = {
      status: met.status,
      route: met.fravaer,
      from: met.fravaerFra,
      meetingHeld: met.familiemote,
      hasAgreement: false,
    };
    expect(absencePending(a, 'familiemøte')).toBe(false);
    expect(absencePending(a, 'samarbeidsavtale')).toBe(true);
    expect(absencePending({ ...a, route: 'Avsluttet' }, 'samarbeidsavtale')).toBe(false);
    const closed = moveStatus(c, 'Avsluttet', d('2026-09-20'), { reason: 'Byttet skole.' });
    expect(closed.ok && closed.record.fravaer).toBe('Avsluttet');
  });

  it('no aktivitetsplan is due when the investigation found the environment safe and good', () => {
    const c = reported('Fravær eller skolevegring', {
      status: 'Undersøkes',
      undersokelsenViste: 'Trygt og godt',
    });
    expect(c.fristAktivitetsplan).toBeNull();
    expect(c.varselAktivitetsplan).toBeNull();
    expect(nextSteps(c, 1).find((x) => x.id === 'plan')).toMatchObject({ primary: false });
    const unsafe = reported('Fravær eller skolevegring', {
      status: 'Undersøkes',
      undersokelsenViste: 'Ikke trygt og godt',
    });
    expect(unsafe.fristAktivitetsplan).toBe('2026-09-21');
  });

  it('alerts passed and near deadlines of the routine', () => {
    const c = reported('Fravær eller skolevegring');
    const input = {
      status: c.status,
      route: c.fravaer,
      from: c.fravaerFra,
      meetingHeld: c.familiemote,
      hasAgreement: false,
      due: { familiemøte: c.fristFamiliemote, samarbeidsavtale: c.fristSamarbeidsavtale, oppfølging: null },
    };
    expect(absenceAlerts(input, d('2026-09-17'), s.calendar, s.deadlines)).toEqual([
      { step: 'familiemøte', due: '2026-09-21', state: 'soon' },
    ]);
    expect(absenceAlerts(input, d('2026-09-29'), s.calendar, s.deadlines).map((a) => a.state)).toEqual([
      'overdue',
      'overdue',
    ]);
  });

  it('marks every step as the source’s (with its lines) or Skolemiljø’s own', () => {
    for (const step of ABSENCE_STEPS) expect(`${step.source}${step.added}`).not.toBe('');
    expect(ABSENCE_STEPS.find((x) => x.key === 'helsesykepleier')!.source).toBe('000:1784-1787');
  });
});

describe('consent (G7)', () => {
  it('reads, changes and withdraws the consents of a case', () => {
    const cell = changeConsent(changeConsent('', 'PPT', d('2026-09-15')), 'Ressursteamet', d('2026-09-14'));
    expect(cell).toBe('Ressursteamet 14.09.2026; PPT 15.09.2026');
    expect(consentFor(cell, 'PPT')).toBe('2026-09-15');
    expect(consentFor(changeConsent(cell, 'PPT', null), 'PPT')).toBeNull();
    expect([...parseConsents('ppt 01.09.2026; Ukjent 02.09.2026; BUP')].map(([k]) => k)).toEqual(['PPT']);
  });

  it('referral and cooperation need consent; only the school’s own measures share the folder', () => {
    expect(needsConsent('Henvisning')).toBe(true);
    expect(needsConsent('Samarbeid')).toBe(true);
    expect(needsConsent('Anonym drøfting')).toBe(false);
    expect(sharesFolder('Tiltak')).toBe(true);
    expect(sharesFolder('Anonym drøfting')).toBe(false);
    expect(parseMeasureType('')).toBe('Tiltak');
    expect(parseMeasureType('henvisning')).toBe('Henvisning');
  });

  it('the documentation lists consents, never barnevernet', () => {
    const v = documentationValues({
      school: { navn: 'S' },
      case: { saksnr: '2026-001', elev: 'E', samtykke: 'PPT 01.09.2026; Barnevernstjenesten 02.09.2026' },
      date: d('2026-09-20'),
      log: [],
    });
    expect(v.singles['Samtykke']).toBe('PPT 01.09.2026');
    expect(v.sections['Foresatte']).toBe(true);
  });
});

describe('parents informed (G4)', () => {
  it('parents who raised the concern know of it from that day', () => {
    expect(reported('Mobbing', {}, 'Foresatt').foresatteInformert).toBe('2026-09-14');
    expect(reported('Mobbing').foresatteInformert).toBeNull();
  });

  it('a plan not given to the parents is a primary next step; telling them of the concern is offered', () => {
    const c = reported('Mobbing', {
      status: 'Aktivitetsplan',
      aktivitetsplan: { url: 'https://docs.google.com/document/d/x/edit', label: 'Aktivitetsplan v1' },
      planIverksatt: d('2026-09-18'),
    });
    const ids = nextSteps(c, 1);
    expect(ids.find((x) => x.id === 'deliverPlan')).toMatchObject({ primary: true });
    expect(ids.map((x) => x.id)).toContain('informParents');
    const given = { ...c, planGittForesatte: d('2026-09-18'), foresatteInformert: d('2026-09-15') };
    expect(nextSteps(given, 1).map((x) => x.id)).not.toContain('deliverPlan');
    expect(nextSteps(given, 1).map((x) => x.id)).not.toContain('informParents');
  });
});
