import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../../src/domain/time/localDate';
import { occurrencesBetween, type Recurrence } from '../../../src/domain/wheel/recurrence';
import { escapeXml, WHEEL_COLOURS, type WheelSvgLabels, wheelSvg } from '../../../src/domain/wheel/wheelSvg';
import {
  layoutWheel,
  type OccurrenceState,
  occurrenceState,
  type WheelActivity,
  yearPosition,
} from '../../../src/domain/wheel/wheelYear';
import { messages } from '../../../src/i18n';
import { d, fakeSchoolDays } from './fakeSchoolDays';

const cal = fakeSchoolDays('2026-10-05..2026-10-09', '2026-12-21..2027-01-01');
const YEAR = d('2026-08-01');
const CENTRE = 340;

function labels(lang: 'nb' | 'nn' = 'nb', today = d('2026-10-02')): WheelSvgLabels {
  const w = messages(lang).wheelDialog;
  return {
    title: w.svgTitle('Bakkeby skole', '2026/2027'),
    description: w.svgDescription,
    months: w.months,
    schoolYear: w.schoolYear,
    year: '2026/2027',
    today: w.today,
    todayDate: today.split('-').reverse().join('.'),
    states: { overdue: w.overdue, done: w.done, planned: w.planned },
    allYear: w.allYearLegend,
    summer: w.summer,
  };
}

/** An activity from a rule, every occurrence in the given state. */
function ruled(name: string, rule: Recurrence, state: OccurrenceState = 'planned'): WheelActivity {
  return {
    name,
    responsible: 'Rektor',
    occurrences: occurrencesBetween(rule, YEAR, d('2027-07-31'), cal).map((date) => ({ date, state })),
  };
}

const on = (name: string, ...dates: [string, OccurrenceState][]): WheelActivity => ({
  name,
  responsible: '',
  occurrences: dates.map(([date, state]) => ({ date: d(date), state })),
});

function draw(activities: WheelActivity[], today = d('2026-10-02'), lang: 'nb' | 'nn' = 'nb'): string {
  return wheelSvg({ activities, today, yearStart: YEAR, labels: labels(lang, today) });
}

interface Marker {
  number: number;
  month: number;
  state: OccurrenceState;
  x: number;
  y: number;
  /** Degrees clockwise from the top. */
  angle: number;
  /** 1 for full size; smaller in a crowded wheel. */
  scale: number;
  markup: string;
}

function markers(svg: string): Marker[] {
  const re =
    /<g class="marker" data-number="(\d+)" data-month="(\d+)" data-state="(\w+)" transform="translate\(([\d.]+) ([\d.]+)\)(?: scale\(([\d.]+)\))?">([\s\S]*?)<\/g>/g;
  return [...svg.matchAll(re)].map((m) => {
    const x = Number(m[4]);
    const y = Number(m[5]);
    return {
      number: Number(m[1]),
      month: Number(m[2]),
      state: m[3] as OccurrenceState,
      x,
      y,
      angle: angleOf(x, y),
      scale: Number(m[6] ?? 1),
      markup: m[7]!,
    };
  });
}

function angleOf(x: number, y: number): number {
  const deg = (Math.atan2(x - CENTRE, CENTRE - y) * 180) / Math.PI;
  return (deg + 360) % 360;
}

/** Degrees from `angle` to the centre of school-year month `i` (0 = August), signed, within ±180. */
function offFromMonth(angle: number, i: number): number {
  return ((angle - i * 30 + 540) % 360) - 180;
}

/** Well-formed text: every `<` opens a tag, every `&` starts an entity. */
function expectWellFormed(svg: string): void {
  const text = svg.replace(/<\/?[a-zA-Z][^<>]*>/g, '');
  expect(text).not.toMatch(/[<>]/);
  expect(text.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
}

describe('the wheel', () => {
  it('is an accessible picture: role img, a title and a description', () => {
    const svg = draw([ruled('Elevundersøkelsen.', { kind: 'yearly', months: [10, 11], day: 1 })]);
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="wh-title wh-desc"/);
    expect(svg).toContain('<title id="wh-title">Årshjulet til Bakkeby skole, skoleåret 2026/2027</title>');
    expect(svg).toMatch(/<desc id="wh-desc">Tolv måneder rundt en sirkel, med august øverst/);
    expectWellFormed(svg);
  });

  it('puts August at the top', () => {
    const svg = draw([on('Skolestart', ['2026-08-17', 'planned'])]);
    const [m] = markers(svg);
    expect(m).toMatchObject({ number: 1, month: 8 });
    expect(Math.abs(m!.x - CENTRE)).toBeLessThan(0.5);
    expect(m!.y).toBeLessThan(CENTRE - 200);
    expect(svg).toMatch(/<g class="month" data-month="8" data-angle="0">/);
  });

  it('goes round clockwise through the months in school-year order, August to July', () => {
    const months = [8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7];
    const activities = months.map((month) =>
      on(`Aktivitet ${month}`, [
        `${month >= 8 ? 2026 : 2027}-${String(month).padStart(2, '0')}-15`,
        'planned',
      ]),
    );
    const svg = draw(activities);
    const found = markers(svg);
    expect(found.map((m) => m.month)).toEqual(months);
    found.forEach((m, i) => {
      expect(Math.abs(offFromMonth(m.angle, i))).toBeLessThan(15);
      // Clockwise: each month a further 30 degrees on from August.
      expect(m.angle).toBeCloseTo(i * 30, 0);
    });
    const monthGroups = [...svg.matchAll(/<g class="month" data-month="(\d+)" data-angle="(\d+)">/g)];
    expect(monthGroups.map((g) => Number(g[1]))).toEqual(months);
    expect(monthGroups.map((g) => Number(g[2]))).toEqual(months.map((_, i) => i * 30));
    // The month names in the band, capitalised, January to December as the labels give them.
    for (const name of ['August', 'September', 'Desember', 'Januar', 'Juli'])
      expect(svg).toContain(`>${name}</textPath>`);
  });

  it('places an activity in each of its months, and in no other', () => {
    const svg = draw([
      ruled('Elevundersøkelsen.', { kind: 'yearly', months: [10, 11], day: 1 }),
      ruled('Dypdykk i hver enkelt elev.', { kind: 'yearly', months: [9, 11, 2, 4], day: 1 }),
    ]);
    const found = markers(svg);
    // Numbered in the order of the school year: the September activity first.
    expect(found.filter((m) => m.number === 1).map((m) => m.month)).toEqual([9, 11, 2, 4]);
    expect(found.filter((m) => m.number === 2).map((m) => m.month)).toEqual([10, 11]);
    const schoolIndex = (month: number) => (month + 4) % 12;
    for (const m of found) expect(Math.abs(offFromMonth(m.angle, schoolIndex(m.month)))).toBeLessThan(15);
    // Two activities in November sit side by side, not on top of each other.
    const november = found.filter((m) => m.month === 11);
    expect(november).toHaveLength(2);
    expect(Math.hypot(november[0]!.x - november[1]!.x, november[0]!.y - november[1]!.y)).toBeGreaterThan(24);
  });

  it('draws an activity of every month as a ring, one segment per month and none in July', () => {
    const svg = draw([
      ruled('Klasseråd.', { kind: 'weekly', weekday: 4 }),
      ruled('Elevundersøkelsen.', { kind: 'yearly', months: [10], day: 1 }),
    ]);
    expect(markers(svg).map((m) => m.number)).toEqual([1]);
    const ring = /<g class="ring" data-number="2">([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? '';
    const months = [...ring.matchAll(/data-month="(\d+)"/g)].map((m) => Number(m[1]));
    expect(months).toEqual([8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6]);
    expect(ring).toContain('<title>2. Klasseråd. – oktober: Planlagt</title>');
  });

  it('marks today with a hand at its place in the year, and says the date in the middle', () => {
    const svg = draw([], d('2026-10-02'));
    const hand =
      /<line class="today" x1="([\d.]+)" y1="([\d.]+)" x2="([\d.]+)" y2="([\d.]+)"[^>]*data-angle="([-\d.]+)"/.exec(
        svg,
      );
    expect(hand).not.toBeNull();
    // 2 October: early in October, whose sector runs from 45 to 75 degrees.
    const angle = angleOf(Number(hand![3]), Number(hand![4]));
    expect(angle).toBeGreaterThan(45);
    expect(angle).toBeLessThan(48);
    expect(svg).toContain('>I dag 02.10.2026</text>');
    // The passed part of the year is shaded up to the hand.
    expect(svg).toContain('class="past"');

    const spring = /<line class="today"[^>]*data-angle="([-\d.]+)"/.exec(draw([], d('2027-03-16')));
    // 16 March, the middle day of March: the centre of its sector (210 degrees).
    expect(Number(spring![1])).toBeCloseTo(210, 0);
  });

  it('shows overdue in red as a diamond, done in grey with a tick, the rest as a calm blue circle', () => {
    const svg = draw([
      on('Sen', ['2026-09-10', 'overdue']),
      on('Ferdig', ['2026-09-11', 'done']),
      on('Senere', ['2026-09-30', 'planned']),
    ]);
    const [overdue, done, planned] = markers(svg);
    expect(overdue).toMatchObject({ number: 1, state: 'overdue' });
    expect(overdue!.markup).toContain(`fill="${WHEEL_COLOURS.overdue}"`);
    expect(overdue!.markup).toContain('transform="rotate(45)"');
    expect(overdue!.markup).toContain('<title>1. Sen – september: Forfalt</title>');
    expect(done).toMatchObject({ number: 2, state: 'done' });
    expect(done!.markup).toContain(`fill="${WHEEL_COLOURS.done}"`);
    expect(done!.markup).toMatch(/<path d="M[\d. -]+l[\d. -]+"[^>]*stroke="#fff"/);
    expect(done!.markup).toContain('<title>2. Ferdig – september: Gjort</title>');
    expect(planned).toMatchObject({ number: 3, state: 'planned' });
    expect(planned!.markup).toContain(`<circle r="13" fill="${WHEEL_COLOURS.planned}"/>`);
    // The legend explains every sign in words.
    const legend = /<g class="legend">([\s\S]*)<\/g>/.exec(svg)![1]!;
    for (const word of ['Planlagt', 'Gjort', 'Forfalt', 'I dag', 'Hele skoleåret (ringene i midten)'])
      expect(legend).toContain(`>${word}</text>`);
  });

  it('hatches an overdue month of a ring, so it does not rely on colour', () => {
    const klasseråd = ruled('Klasseråd.', { kind: 'weekly', weekday: 4 });
    const states = klasseråd.occurrences.map((o) => ({
      date: o.date,
      state: occurrenceState(o.date, { next: d('2026-09-17'), lastDone: d('2026-09-10') }, d('2026-10-02')),
    }));
    const svg = draw([{ ...klasseråd, occurrences: states }]);
    const segments = [
      ...svg.matchAll(/<path d="[^"]+" fill="([^"]+)" data-month="(\d+)" data-state="(\w+)"/g),
    ];
    const byMonth = Object.fromEntries(segments.map((s) => [s[2], { fill: s[1], state: s[3] }]));
    expect(byMonth['8']).toEqual({ fill: WHEEL_COLOURS.done, state: 'done' });
    expect(byMonth['9']).toEqual({ fill: 'url(#wh-hatch)', state: 'overdue' });
    expect(byMonth['10']).toEqual({ fill: 'url(#wh-hatch)', state: 'overdue' });
    expect(byMonth['11']).toEqual({ fill: WHEEL_COLOURS.ringPlanned, state: 'planned' });
  });

  it('escapes hostile activity names and school names: nothing in them becomes markup', () => {
    const hostile = `<script>alert("x")</script> & 'Ole' <img src=x onerror=alert(1)>`;
    const activities = [on(hostile, ['2026-09-10', 'overdue']), ruled(hostile, { kind: 'monthly', day: 1 })];
    const svg = wheelSvg({
      activities,
      today: d('2026-10-02'),
      yearStart: YEAR,
      labels: { ...labels(), title: `Årshjulet til ${hostile}` },
    });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Ole&#39; &lt;img src=x onerror=alert(1)&gt;',
    );
    expectWellFormed(svg);
    expect(escapeXml(`a"b'c<d>&`)).toBe('a&quot;b&#39;c&lt;d&gt;&amp;');
  });

  it('speaks nynorsk when the labels are nynorsk, months included', () => {
    const svg = draw(
      [on('Sen', ['2026-09-10', 'overdue']), ruled('Klasseråd.', { kind: 'weekly', weekday: 4 })],
      d('2026-10-02'),
      'nn',
    );
    const nn = messages('nn').wheelDialog;
    for (const month of nn.months) {
      const name = month.charAt(0).toUpperCase() + month.slice(1);
      expect(svg).toContain(`>${name}</textPath>`);
    }
    for (const word of ['Planlagd', 'Gjort', 'Forfallen', 'Heile skoleåret (ringane i midten)'])
      expect(svg).toContain(`>${word}</text>`);
    expect(svg).toContain('<title>1. Sen – september: Forfallen</title>');
    expect(svg).toContain('>Skoleåret</text>');
    expect(svg).toMatch(/<desc id="wh-desc">Tolv månader rundt ein sirkel, med august øvst/);
    expect(svg).not.toContain('Forfalt');
    expect(svg).not.toContain('Hele skoleåret');
  });

  it('keeps a crowded month legible: smaller markers first, then «+N»; the list has them all', () => {
    const month = (n: number) =>
      Array.from({ length: n }, (_, i) => on(`Aktivitet ${i + 1}`, ['2026-09-15', 'planned']));
    expect(markers(draw(month(12))).every((m) => m.scale === 1)).toBe(true);

    const twenty = markers(draw(month(20)));
    expect(twenty).toHaveLength(20);
    expect(twenty[0]!.scale).toBeLessThan(1);
    expect(twenty[0]!.scale).toBeGreaterThanOrEqual(0.7);

    const svg = draw(month(60));
    const shown = markers(svg);
    expect(shown.length).toBeGreaterThan(20);
    expect(shown.length).toBeLessThan(60);
    const more = /<g class="marker" data-more="true"[^>]*>[\s\S]*?>\+(\d+)<\/text>/.exec(svg);
    expect(Number(more![1]) + shown.length).toBe(60);
    // No two markers overlap, and all stay inside September.
    for (const a of shown) {
      expect(Math.abs(offFromMonth(a.angle, 1))).toBeLessThan(15);
      for (const b of shown)
        if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(25 * a.scale);
    }
  });

  it('numbers thin rings every few when there are many, the first and the last always', () => {
    const weekly = Array.from({ length: 14 }, (_, i) =>
      ruled(`Ukentlig ${i + 1}`, { kind: 'weekly', weekday: 2 }),
    );
    const svg = draw(weekly);
    const labelled = [
      ...svg.matchAll(/<g class="ring" data-number="(\d+)">(?:(?!<\/g>)[\s\S])*?<text[^>]*>(\d+)<\/text>/g),
    ].map((m) => Number(m[2]));
    expect(labelled[0]).toBe(1);
    expect(labelled.at(-1)).toBe(13);
    expect(labelled.length).toBeLessThan(13);
    // More rings than fit: the rest are counted in July's gap, and listed in full beside the wheel.
    expect(svg).toMatch(/>\+1<\/text>/);
  });
});

describe('layoutWheel', () => {
  it('numbers the markers by their first date, then the rings in the sheet’s order; undated apart', () => {
    const layout = layoutWheel(
      [
        ruled('Morgenmøte.', { kind: 'daily' }),
        ruled('Evaluere planen.', { kind: 'yearly', months: [4], day: 1 }),
        { name: 'Rot', responsible: '', occurrences: [], problem: 'Sjekk gjentakelse' },
        ruled('Plan for skolestart.', { kind: 'yearly', months: [8], day: 1 }),
        on('I fjor', ['2025-09-01', 'done']),
      ],
      YEAR,
      d('2026-10-02'),
    );
    expect(layout.months[0]).toEqual({
      month: 8,
      entries: [{ number: 1, name: 'Plan for skolestart.', responsible: 'Rektor', state: 'planned' }],
    });
    expect(layout.months[8]!.entries.map((e) => [e.number, e.name])).toEqual([[2, 'Evaluere planen.']]);
    expect(layout.rings.map((r) => [r.number, r.name])).toEqual([[3, 'Morgenmøte.']]);
    expect(layout.rings[0]!.states.at(-1)).toBeNull();
    expect(layout.undated).toEqual([
      { name: 'Rot', responsible: '', problem: 'Sjekk gjentakelse' },
      { name: 'I fjor', responsible: '', problem: null },
    ]);
  });

  it('gives a month one state per activity: overdue if any date is, done when all are', () => {
    const layout = layoutWheel(
      [
        on('A', ['2026-09-03', 'done'], ['2026-09-10', 'overdue'], ['2026-09-17', 'planned']),
        on('B', ['2026-09-04', 'done'], ['2026-09-11', 'done']),
        on('C', ['2026-09-04', 'done'], ['2026-09-30', 'planned']),
      ],
      YEAR,
      d('2026-09-20'),
    );
    expect(layout.months[1]!.entries.map((e) => e.state)).toEqual(['overdue', 'done', 'planned']);
  });

  it('places today by its day in the month', () => {
    expect(yearPosition(YEAR, d('2026-08-01'))).toBeCloseTo(0.5 / 31);
    expect(yearPosition(YEAR, d('2027-02-28'))).toBeCloseTo(6 + 27.5 / 28);
    expect(yearPosition(YEAR, d('2027-07-31'))).toBeCloseTo(11 + 30.5 / 31);
  });
});

describe('occurrenceState', () => {
  const today = d('2026-10-02');
  const state = (date: string, next: string | null, lastDone: string | null) =>
    occurrenceState(
      d(date),
      { next: next as LocalDate | null, lastDone: lastDone as LocalDate | null },
      today,
    );

  it('is done up to the last time it was done, and before the pending date once marked done at all', () => {
    expect(state('2026-09-10', '2026-09-17', '2026-09-10')).toBe('done');
    expect(state('2026-08-20', '2026-09-17', '2026-09-10')).toBe('done');
    // Done early for the pending date.
    expect(state('2026-10-01', '2026-11-02', '2026-09-14')).toBe('done');
    // A one-off done: nothing is pending.
    expect(state('2026-09-01', null, '2026-08-30')).toBe('done');
  });

  it('is overdue from the pending date until today, planned from today on', () => {
    expect(state('2026-09-17', '2026-09-17', '2026-09-10')).toBe('overdue');
    expect(state('2026-10-01', '2026-09-17', '2026-09-10')).toBe('overdue');
    expect(state('2026-10-02', '2026-09-17', '2026-09-10')).toBe('planned');
    expect(state('2026-12-03', '2026-09-17', null)).toBe('planned');
  });

  it('is planned before the pending date on a row never marked done (added mid-year, or a routine)', () => {
    expect(state('2026-08-20', '2026-10-02', null)).toBe('planned');
  });
});
