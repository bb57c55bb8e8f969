import { describe, expect, it } from 'vitest';
import {
  formatRecurrence,
  parseRecurrence,
  type Recurrence,
  recurrenceSchema,
} from '../../../src/domain/wheel/recurrence';
import { d } from './fakeSchoolDays';

const parsed = (text: string, language: 'nb' | 'nn' = 'nb'): Recurrence => {
  const r = parseRecurrence(text, language);
  if (!r.ok) throw new Error(`expected «${text}» to parse, got: ${r.error}`);
  return r.value;
};
const errorOf = (text: string, language: 'nb' | 'nn' = 'nb'): string => {
  const r = parseRecurrence(text, language);
  if (r.ok) throw new Error(`expected «${text}» to fail, got ${JSON.stringify(r.value)}`);
  return r.error;
};

describe('parseRecurrence: accepted forms', () => {
  const cases: [string, Recurrence][] = [
    // daily
    ['daglig', { kind: 'daily' }],
    ['  DAGLIG  ', { kind: 'daily' }],
    ['Dagleg', { kind: 'daily' }],
    ['hver skoledag', { kind: 'daily' }],
    ['kvar skuledag', { kind: 'daily' }],
    ['daglig.', { kind: 'daily' }],
    // weekly
    ['ukentlig (mandag)', { kind: 'weekly', weekday: 1 }],
    ['UKENTLIG(Fredag)', { kind: 'weekly', weekday: 5 }],
    ['ukentlig', { kind: 'weekly', weekday: 1 }],
    ['ukentlig på torsdager', { kind: 'weekly', weekday: 4 }],
    ['ukentlig, ons', { kind: 'weekly', weekday: 3 }],
    ['vekentleg (måndag)', { kind: 'weekly', weekday: 1 }],
    ['kvar veke (tysdag)', { kind: 'weekly', weekday: 2 }],
    ['hver torsdag', { kind: 'weekly', weekday: 4 }],
    ['Kvar fredag', { kind: 'weekly', weekday: 5 }],
    ['en gang i uka (fredag)', { kind: 'weekly', weekday: 5 }],
    ['hver 1. uke', { kind: 'weekly', weekday: 1 }],
    ['hver 7. dag (tirsdag)', { kind: 'weekly', weekday: 2 }],
    // every N weeks
    ['hver 2. uke', { kind: 'everyNWeeks', weeks: 2, weekday: 1 }],
    ['kvar 2. veke', { kind: 'everyNWeeks', weeks: 2, weekday: 1 }],
    ['hver 2 uker', { kind: 'everyNWeeks', weeks: 2, weekday: 1 }],
    ['hver 3. uke (onsdag)', { kind: 'everyNWeeks', weeks: 3, weekday: 3 }],
    ['annenhver uke', { kind: 'everyNWeeks', weeks: 2, weekday: 1 }],
    ['annakvar veke (måndag)', { kind: 'everyNWeeks', weeks: 2, weekday: 1 }],
    ['annenhver fredag', { kind: 'everyNWeeks', weeks: 2, weekday: 5 }],
    ['hver andre uke (torsdag)', { kind: 'everyNWeeks', weeks: 2, weekday: 4 }],
    ['hver 14. dag', { kind: 'everyNWeeks', weeks: 2, weekday: 1 }],
    ['Hver 14 dag', { kind: 'everyNWeeks', weeks: 2, weekday: 1 }],
    ['kvar 14. dag (tysdag)', { kind: 'everyNWeeks', weeks: 2, weekday: 2 }],
    ['hver fjortende dag', { kind: 'everyNWeeks', weeks: 2, weekday: 1 }],
    ['kvar fjortande dag', { kind: 'everyNWeeks', weeks: 2, weekday: 1 }],
    ['hver 2. mandag', { kind: 'everyNWeeks', weeks: 2, weekday: 1 }],
    [
      'hver 2. uke (tirsdag) fra 18.08.2026',
      { kind: 'everyNWeeks', weeks: 2, weekday: 2, anchor: d('2026-08-18') },
    ],
    // Without a weekday, the anchor's own weekday.
    ['kvar 2. veke frå 19.08.2026', { kind: 'everyNWeeks', weeks: 2, weekday: 3, anchor: d('2026-08-19') }],
    ['hver 2. uke fra 2026-08-19', { kind: 'everyNWeeks', weeks: 2, weekday: 3, anchor: d('2026-08-19') }],
    [
      'hver 1. uke (mandag) fra 17.08.2026',
      { kind: 'everyNWeeks', weeks: 1, weekday: 1, anchor: d('2026-08-17') },
    ],
    // monthly
    ['månedlig', { kind: 'monthly', day: 1 }],
    ['månedlig (15.)', { kind: 'monthly', day: 15 }],
    ['Månedlig ( 15. )', { kind: 'monthly', day: 15 }],
    ['månadleg (den 15.)', { kind: 'monthly', day: 15 }],
    ['kvar månad (15)', { kind: 'monthly', day: 15 }],
    ['hver måned, 20. i måneden', { kind: 'monthly', day: 20 }],
    ['maanedlig (3.)', { kind: 'monthly', day: 3 }],
    // quarterly
    ['kvartalsvis', { kind: 'quarterly', months: [9, 12, 3, 6], day: 1 }],
    ['Kvartalsvis (15.)', { kind: 'quarterly', months: [9, 12, 3, 6], day: 15 }],
    ['hvert kvartal', { kind: 'quarterly', months: [9, 12, 3, 6], day: 1 }],
    ['kvartalsvis: okt, jan, apr', { kind: 'quarterly', months: [10, 1, 4], day: 1 }],
    ['kvartalsvis: apr, jan, okt', { kind: 'quarterly', months: [10, 1, 4], day: 1 }],
    ['kvartalsvis fra oktober', { kind: 'quarterly', months: [10, 1, 4], day: 1 }],
    ['kvartalsvis frå august', { kind: 'quarterly', months: [8, 11, 2, 5], day: 1 }],
    // yearly
    ['årlig: aug, sep', { kind: 'yearly', months: [8, 9], day: 1 }],
    ['årlig: april', { kind: 'yearly', months: [4], day: 1 }],
    ['Årleg: august og september', { kind: 'yearly', months: [8, 9], day: 1 }],
    ['årlig: Okt/Nov', { kind: 'yearly', months: [10, 11], day: 1 }],
    ['årlig: aug–sep', { kind: 'yearly', months: [8, 9], day: 1 }],
    ['årlig: nov - feb', { kind: 'yearly', months: [11, 12, 1, 2], day: 1 }],
    ['årlig: 15. april', { kind: 'yearly', months: [4], day: 15 }],
    ['årlig: feb, mar (15.)', { kind: 'yearly', months: [2, 3], day: 15 }],
    ['årlig (sept.)', { kind: 'yearly', months: [9], day: 1 }],
    ['årlig i mai', { kind: 'yearly', months: [5], day: 1 }],
    ['kvart år: mai', { kind: 'yearly', months: [5], day: 1 }],
    ['aarlig: april', { kind: 'yearly', months: [4], day: 1 }],
    ['årlig: jun, aug, jun', { kind: 'yearly', months: [8, 6], day: 1 }],
    // school start: the school's own first school day, not 1 August
    ['ved skolestart', { kind: 'schoolStart', offset: 0 }],
    ['Ved skulestart', { kind: 'schoolStart', offset: 0 }],
    ['skolestart', { kind: 'schoolStart', offset: 0 }],
    ['ved skoleoppstart', { kind: 'schoolStart', offset: 0 }],
    ['før skolestart', { kind: 'schoolStart', offset: -7 }],
    ['uka før skolestart', { kind: 'schoolStart', offset: -7 }],
    ['Veka før skulestarten', { kind: 'schoolStart', offset: -7 }],
    ['2 uker før skolestart', { kind: 'schoolStart', offset: -14 }],
    ['3 dager før skolestart', { kind: 'schoolStart', offset: -3 }],
    ['2 veker etter skolestart', { kind: 'schoolStart', offset: 14 }],
    ['1 dag etter skolestart', { kind: 'schoolStart', offset: 1 }],
    // once
    ['dato: 15.09.2026', { kind: 'once', date: d('2026-09-15') }],
    ['Dato: 2026-09-15', { kind: 'once', date: d('2026-09-15') }],
    ['dato 1.9.2026', { kind: 'once', date: d('2026-09-01') }],
    ['15.09.2026', { kind: 'once', date: d('2026-09-15') }],
    ['en gang: 1.9.2026', { kind: 'once', date: d('2026-09-01') }],
    ['ein gong: 01.09.2026', { kind: 'once', date: d('2026-09-01') }],
    ['dato: 15.07.2026', { kind: 'once', date: d('2026-07-15') }],
  ];

  it.each(cases)('«%s»', (text, expected) => {
    expect(parsed(text)).toEqual(expected);
    expect(parsed(text, 'nn')).toEqual(expected);
  });

  it('gives rules the schema accepts', () => {
    for (const [text] of cases) expect(recurrenceSchema.safeParse(parsed(text)).success).toBe(true);
  });
});

describe('parseRecurrence: errors', () => {
  const cases: [string, RegExp][] = [
    ['', /Skriv hvor ofte/],
    ['   ', /Skriv hvor ofte/],
    ['blah', /Forstår ikke «blah»/],
    ['hver blah', /Forstår ikke «hver blah»/],
    ['ukentlig (lørdag)', /mandag til fredag/],
    ['hver søndag', /mandag til fredag/],
    ['ukentlig (blåmandag)', /Ukjent ukedag «blåmandag»/],
    ['ukentlig (mandag, fredag)', /Velg én ukedag/],
    ['hver 2. uke (mandag) fra 20.09.2026 (onsdag)', /Velg én ukedag/],
    ['hver 2. uke fra 19.09.2026', /mandag til fredag/], // the anchor is a Saturday
    ['hver 2. uke fra 32.13.2026', /Ugyldig dato «32\.13\.2026»/],
    ['hver 2. uke fra', /Etter «fra»/],
    ['hver 10. dag', /hele uker/],
    ['hver fjortende uke', /hele uker/],
    ['hver 0. uke', /fra 1 til 52/],
    ['hver 60. uke', /fra 1 til 52/],
    ['hver 2.', /Forstår ikke/],
    ['månedlig (32.)', /fra 1 til 31/],
    ['månedlig (15., 20.)', /bare én dag/],
    ['månedlig (mandag)', /«mandag» passer ikke i «månedlig \(mandag\)».*«månedlig \(15\.\)»/],
    ['månedlig (første mandag)', /«første» passer ikke/],
    ['daglig (mandag)', /«mandag» passer ikke.*«daglig»/],
    ['årlig', /Skriv hvilke måneder/],
    ['årlig: juli', /Juli er sommerferie/],
    ['årlig: aug, jul', /Juli er sommerferie/],
    ['årlig: mai-aug', /Juli er sommerferie/],
    ['årlig: blah', /Ukjent måned «blah»/],
    ['årlig: aug (mandag)', /«mandag» passer ikke/],
    ['kvartalsvis fra juli', /Juli er sommerferie/],
    ['kvartalsvis: okt fra jan', /«okt» passer ikke/],
    ['dato: 31.02.2026', /Ugyldig dato «31\.02\.2026».*dd\.mm\.åååå/],
    ['dato: i morgen', /Ugyldig dato «i morgen»/],
    ['dato:', /Ugyldig dato/],
    ['ved skolestart (mandag)', /«mandag» passer ikke/],
    ['9 uker før skolestart', /1 til 60 dager/],
    ['0 dager etter skolestart', /1 til 60 dager/],
    ['2 uker ved skolestart', /Forstår ikke/],
    ['hver 2. uke fra 17.08.2026 fra 18.08.2026', /bare én «fra»/],
    ['daglig kl. 08.15', /«08\.15» passer ikke.*«daglig»/],
    ['ukentlig (fredag kl. 08:15)', /«08[.:]15» passer ikke.*«ukentlig \(mandag\)»/],
  ];

  it.each(cases)('«%s»', (text, message) => {
    expect(errorOf(text)).toMatch(message);
  });

  it('speaks nynorsk when asked', () => {
    expect(errorOf('blah', 'nn')).toMatch(/^Forstår ikkje «blah»\. Skriv til dømes «dagleg»/);
    expect(errorOf('', 'nn')).toMatch(/Skriv kor ofte/);
    expect(errorOf('ukentlig (laurdag)', 'nn')).toMatch(/frå måndag til fredag/);
    expect(errorOf('årleg: juli', 'nn')).toMatch(/Juli er sommarferie/);
    expect(errorOf('månadleg (mandag)', 'nn')).toMatch(/passar ikkje.*«månadleg \(15\.\)»/);
    expect(errorOf('dato: 31.02.2026', 'nn')).toMatch(/til dømes/);
  });

  it('shortens long input echoed in a message', () => {
    const long = 'x'.repeat(500);
    expect(errorOf(long).length).toBeLessThan(300);
  });

  it('never throws, whatever it is given', () => {
    const junk: unknown[] = [
      null,
      undefined,
      42,
      new Date(),
      {},
      '(((',
      ')))',
      'hver - - uke',
      'årlig: -',
      'årlig: aug-',
      'årlig: -sep',
      'fra fra fra',
      '15.',
      'dato: 2026-02-29',
      '\u0000',
      'ukentlig ('.repeat(100),
      '🙂',
      'hver 99999999999999999999. uke',
    ];
    for (const input of junk) {
      const r = parseRecurrence(input as string);
      expect(typeof r.ok).toBe('boolean');
      if (!r.ok) expect(r.error.length).toBeGreaterThan(0);
      else expect(recurrenceSchema.safeParse(r.value).success).toBe(true);
    }
  });
});

describe('formatRecurrence', () => {
  it('writes the canonical bokmål text', () => {
    expect(formatRecurrence({ kind: 'daily' })).toBe('daglig');
    expect(formatRecurrence({ kind: 'weekly', weekday: 1 })).toBe('ukentlig (mandag)');
    expect(formatRecurrence({ kind: 'everyNWeeks', weeks: 2, weekday: 1 })).toBe('hver 2. uke (mandag)');
    expect(formatRecurrence({ kind: 'everyNWeeks', weeks: 2, weekday: 2, anchor: d('2026-08-18') })).toBe(
      'hver 2. uke (tirsdag) fra 18.08.2026',
    );
    expect(formatRecurrence({ kind: 'monthly', day: 15 })).toBe('månedlig (15.)');
    expect(formatRecurrence({ kind: 'monthly', day: 1 })).toBe('månedlig');
    expect(formatRecurrence({ kind: 'quarterly', months: [9, 12, 3, 6], day: 1 })).toBe('kvartalsvis');
    expect(formatRecurrence({ kind: 'quarterly', months: [3, 6, 9, 12], day: 1 })).toBe('kvartalsvis');
    expect(formatRecurrence({ kind: 'quarterly', months: [10, 1, 4], day: 15 })).toBe(
      'kvartalsvis: okt, jan, apr (15.)',
    );
    expect(formatRecurrence({ kind: 'yearly', months: [8, 9], day: 1 })).toBe('årlig: aug, sep');
    expect(formatRecurrence({ kind: 'yearly', months: [9, 8], day: 1 })).toBe('årlig: aug, sep');
    expect(formatRecurrence({ kind: 'yearly', months: [4], day: 1 })).toBe('årlig: april');
    expect(formatRecurrence({ kind: 'once', date: d('2026-09-15') })).toBe('dato: 15.09.2026');
    expect(formatRecurrence({ kind: 'schoolStart', offset: 0 })).toBe('ved skolestart');
    expect(formatRecurrence({ kind: 'schoolStart', offset: -7 })).toBe('uka før skolestart');
    expect(formatRecurrence({ kind: 'schoolStart', offset: 14 })).toBe('2 uker etter skolestart');
    expect(formatRecurrence({ kind: 'schoolStart', offset: -3 })).toBe('3 dager før skolestart');
    expect(formatRecurrence({ kind: 'schoolStart', offset: 1 })).toBe('1 dag etter skolestart');
  });

  it('writes nynorsk', () => {
    expect(formatRecurrence({ kind: 'daily' }, 'nn')).toBe('dagleg');
    expect(formatRecurrence({ kind: 'weekly', weekday: 2 }, 'nn')).toBe('vekentleg (tysdag)');
    expect(
      formatRecurrence({ kind: 'everyNWeeks', weeks: 2, weekday: 1, anchor: d('2026-08-17') }, 'nn'),
    ).toBe('kvar 2. veke (måndag) frå 17.08.2026');
    expect(formatRecurrence({ kind: 'monthly', day: 15 }, 'nn')).toBe('månadleg (15.)');
    expect(formatRecurrence({ kind: 'yearly', months: [8, 9], day: 1 }, 'nn')).toBe('årleg: aug, sep');
    expect(formatRecurrence({ kind: 'schoolStart', offset: -7 }, 'nn')).toBe('veka før skolestart');
    expect(formatRecurrence({ kind: 'schoolStart', offset: 21 }, 'nn')).toBe('3 veker etter skolestart');
    expect(formatRecurrence({ kind: 'schoolStart', offset: -2 }, 'nn')).toBe('2 dagar før skolestart');
  });

  const rules: Recurrence[] = [
    { kind: 'daily' },
    ...([1, 2, 3, 4, 5] as const).map((weekday): Recurrence => ({ kind: 'weekly', weekday })),
    { kind: 'everyNWeeks', weeks: 2, weekday: 1 },
    { kind: 'everyNWeeks', weeks: 3, weekday: 5 },
    { kind: 'everyNWeeks', weeks: 2, weekday: 2, anchor: d('2026-08-18') },
    { kind: 'everyNWeeks', weeks: 4, weekday: 3, anchor: d('2026-08-17') },
    { kind: 'everyNWeeks', weeks: 1, weekday: 4, anchor: d('2026-08-20') },
    { kind: 'monthly', day: 1 },
    { kind: 'monthly', day: 15 },
    { kind: 'monthly', day: 31 },
    { kind: 'quarterly', months: [9, 12, 3, 6], day: 1 },
    { kind: 'quarterly', months: [9, 12, 3, 6], day: 10 },
    { kind: 'quarterly', months: [10, 1, 4], day: 15 },
    { kind: 'yearly', months: [8, 9], day: 1 },
    { kind: 'yearly', months: [4], day: 1 },
    { kind: 'yearly', months: [4], day: 20 },
    { kind: 'yearly', months: [8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6], day: 2 },
    { kind: 'once', date: d('2026-09-15') },
    { kind: 'once', date: d('2027-07-01') },
    { kind: 'schoolStart', offset: 0 },
    { kind: 'schoolStart', offset: -7 },
    { kind: 'schoolStart', offset: -14 },
    { kind: 'schoolStart', offset: -3 },
    { kind: 'schoolStart', offset: 1 },
    { kind: 'schoolStart', offset: 60 },
  ];

  it.each(rules.map((r) => [formatRecurrence(r), r] as const))(
    'round-trips «%s» in bokmål and nynorsk',
    (_t, rule) => {
      expect(parsed(formatRecurrence(rule, 'nb'))).toEqual(rule);
      expect(parsed(formatRecurrence(rule, 'nn'), 'nn')).toEqual(rule);
      // The text does not depend on the reader's language setting.
      expect(parsed(formatRecurrence(rule, 'nn'), 'nb')).toEqual(rule);
    },
  );
});

describe('recurrenceSchema', () => {
  it('rejects rules that cannot be kept', () => {
    const bad: unknown[] = [
      { kind: 'hourly' },
      { kind: 'weekly', weekday: 6 },
      { kind: 'weekly' },
      { kind: 'everyNWeeks', weeks: 0, weekday: 1 },
      { kind: 'everyNWeeks', weeks: 2.5, weekday: 1 },
      { kind: 'everyNWeeks', weeks: 2, weekday: 1, anchor: '2026-02-30' },
      { kind: 'everyNWeeks', weeks: 2, weekday: 1, anchor: '17.08.2026' },
      { kind: 'monthly', day: 0 },
      { kind: 'monthly', day: 32 },
      { kind: 'yearly', months: [], day: 1 },
      { kind: 'yearly', months: [7], day: 1 },
      { kind: 'yearly', months: [8, 8], day: 1 },
      { kind: 'quarterly', months: [13], day: 1 },
      { kind: 'once', date: 'tomorrow' },
      { kind: 'schoolStart', offset: 61 },
      { kind: 'schoolStart', offset: 1.5 },
      { kind: 'schoolStart' },
      null,
      'daglig',
    ];
    for (const value of bad) expect(recurrenceSchema.safeParse(value).success).toBe(false);
  });

  it('accepts a stored rule', () => {
    const rule = { kind: 'everyNWeeks', weeks: 2, weekday: 2, anchor: '2026-08-18' };
    expect(recurrenceSchema.parse(rule)).toEqual(rule);
  });
});
