/**
 * The årshjul drawn as a wheel: an SVG string, pure and escaped, for the wheel dialog.
 *
 * Twelve months round a circle, August at the top and the months clockwise; each activity a numbered
 * marker in the months it falls in (the dialog's list gives the names); activities that run the whole
 * school year as rings in the middle, one segment per month; a hand at today's date. State is shown by
 * colour and by shape, so it survives a black-and-white printer: planned is a calm blue circle, done a
 * pale grey circle with a tick, overdue a red diamond (and hatched on a ring).
 *
 * Every text that goes into the markup is escaped: activity names come from the sheet.
 */
import type { LocalDate } from '../time/localDate';
import {
  calendarMonth,
  layoutWheel,
  type OccurrenceState,
  type WheelActivity,
  type WheelLayout,
} from './wheelYear';

export interface WheelSvgLabels {
  /** The picture's accessible name (`<title>`). */
  readonly title: string;
  /** What the picture shows, in words (`<desc>`). */
  readonly description: string;
  /** Twelve month names, January first. */
  readonly months: readonly string[];
  /** Above the year in the middle: "Skoleåret". */
  readonly schoolYear: string;
  /** "2026/2027". */
  readonly year: string;
  /** "I dag". */
  readonly today: string;
  /** Today's date as shown in the middle: "14.09.2026". */
  readonly todayDate: string;
  readonly states: Readonly<Record<OccurrenceState, string>>;
  /** The legend's word for the rings: "Hele skoleåret (ringene i midten)". */
  readonly allYear: string;
  /** Written in July's sector when nothing happens then: "Sommerferie". */
  readonly summer: string;
}

export interface WheelSvgInput {
  readonly activities: readonly WheelActivity[];
  readonly today: LocalDate;
  /** 1 August of the school year to draw. */
  readonly yearStart: LocalDate;
  readonly labels: WheelSvgLabels;
}

/** Lays the activities out and draws them. */
export function wheelSvg(input: WheelSvgInput): string {
  return renderWheel(layoutWheel(input.activities, input.yearStart, input.today), input.labels);
}

/** Text and attribute values: safe in both. */
export function escapeXml(text: string): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// --- geometry -------------------------------------------------------------------------------------

const SIZE = 680;
const C = SIZE / 2;
const R_OUT = 334;
/** The month names' band, from here to R_OUT. */
const R_BAND = 298;
const R_CENTER = 62;
/** Rings (whole-year activities) fill from here inwards. */
const R_RINGS = 150;
const RING_GAP = 2;
const MAX_RINGS = 13;
/** Half the gap between two months of a ring, in degrees: a ring segment spans its month less this at each end. */
const RING_GAP_DEG = 0.8;
const MARKER_R = 13;
const PITCH = 30;
/** Degrees left free at each side of a month for the markers. */
const SECTOR_PAD = 1.5;
const LEGEND_Y = SIZE + 26;
const HEIGHT = SIZE + 48;

export const WHEEL_COLOURS = {
  planned: '#2f6690',
  done: '#e3e3e3',
  doneInk: '#4a4a4a',
  overdue: '#c62828',
  ringPlanned: '#8db4d0',
  band: '#1f4e79',
  bandAlt: '#2b6291',
  today: '#b45309',
  line: '#c9d3dd',
  sector: '#f4f7fa',
} as const;

const r1 = (n: number): string => String(Math.round(n * 10) / 10);
const rad = (deg: number): number => (deg * Math.PI) / 180;
/** A point at `r` from the centre, `deg` degrees clockwise from the top. */
const at = (r: number, deg: number): [number, number] => [
  C + r * Math.sin(rad(deg)),
  C - r * Math.cos(rad(deg)),
];
const pt = (r: number, deg: number): string => at(r, deg).map(r1).join(' ');

/** Month `i` of the school year (0 = August) is centred at `i * 30` degrees. */
export const monthAngle = (i: number): number => i * 30;
/** Months from 1 August → degrees: 1 August sits at the left edge of August's sector. */
const positionAngle = (position: number): number => position * 30 - 15;

function annulus(rIn: number, rOut: number, from: number, to: number): string {
  const large = to - from > 180 ? 1 : 0;
  return (
    `M${pt(rOut, from)}A${r1(rOut)} ${r1(rOut)} 0 ${large} 1 ${pt(rOut, to)}` +
    `L${pt(rIn, to)}A${r1(rIn)} ${r1(rIn)} 0 ${large} 0 ${pt(rIn, from)}Z`
  );
}

function arc(r: number, from: number, to: number): string {
  const sweep = to > from ? 1 : 0;
  return `M${pt(r, from)}A${r1(r)} ${r1(r)} 0 0 ${sweep} ${pt(r, to)}`;
}

/** Marker places in a month at a scale: rows from the rim inwards, each row centred in the sector. */
function slots(rInner: number, scale: number): { r: number; count: number }[] {
  const rows: { r: number; count: number }[] = [];
  const span = rad(30 - 2 * SECTOR_PAD);
  const radius = MARKER_R * scale;
  const pitch = PITCH * scale;
  for (let r = R_BAND - 4 - radius; r - radius >= rInner; r -= pitch) {
    const count = Math.floor((r * span - 2 * radius) / pitch) + 1;
    if (count > 0) rows.push({ r, count });
  }
  return rows;
}

/** Smaller markers when a month is crowded, down to a size that still reads; past that, «+N». */
const MARKER_SCALES = [1, 0.85, 0.72] as const;

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('nb') + s.slice(1);
}

// --- drawing ----------------------------------------------------------------------------------------

function marker(
  x: number,
  y: number,
  text: string,
  state: OccurrenceState,
  attrs: string,
  tooltip: string | null,
  cls = 'marker',
  scale = 1,
): string {
  const fontSize = text.length >= 3 ? 10 : 12.5;
  const title = tooltip === null ? '' : `<title>${escapeXml(tooltip)}</title>`;
  let shape: string;
  let ink = '#fff';
  if (state === 'overdue') {
    shape = `<rect x="-11" y="-11" width="22" height="22" rx="2.5" transform="rotate(45)" fill="${WHEEL_COLOURS.overdue}"/>`;
  } else if (state === 'done') {
    ink = WHEEL_COLOURS.doneInk;
    shape =
      `<circle r="${MARKER_R - 0.5}" fill="${WHEEL_COLOURS.done}" stroke="#9a9a9a"/>` +
      `<circle cx="10" cy="-9.5" r="5.5" fill="${WHEEL_COLOURS.doneInk}" stroke="#fff" stroke-width="1"/>` +
      '<path d="M7.4 -9.6l1.8 1.9 3.3-3.7" fill="none" stroke="#fff" stroke-width="1.6"/>';
  } else {
    shape = `<circle r="${MARKER_R}" fill="${WHEEL_COLOURS.planned}"/>`;
  }
  return (
    `<g class="${cls}"${attrs ? ` ${attrs}` : ''} transform="translate(${r1(x)} ${r1(y)})${scale === 1 ? '' : ` scale(${scale})`}">${title}${shape}` +
    `<text y="0.5" font-size="${fontSize}" font-weight="bold" fill="${ink}" text-anchor="middle" ` +
    `dominant-baseline="middle">${escapeXml(text)}</text></g>`
  );
}

/** Draws a laid-out wheel. */
export function renderWheel(layout: WheelLayout, labels: WheelSvgLabels): string {
  const out: string[] = [];
  const rings = layout.rings.slice(0, MAX_RINGS);
  const ringWidth =
    rings.length === 0 ? 0 : Math.max(4, Math.min(12, (R_RINGS - R_CENTER - 10) / rings.length - RING_GAP));
  const markerInner = rings.length === 0 ? R_CENTER + 10 : R_RINGS + 6;

  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${HEIGHT}" role="img" ` +
      `aria-labelledby="wh-title wh-desc" class="wheel" font-family="Arial, Helvetica, sans-serif">`,
    `<title id="wh-title">${escapeXml(labels.title)}</title>`,
    `<desc id="wh-desc">${escapeXml(labels.description)}</desc>`,
    '<defs>',
    '<pattern id="wh-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">' +
      `<rect width="5" height="5" fill="${WHEEL_COLOURS.overdue}"/><rect width="1.6" height="5" fill="#fff" fill-opacity="0.75"/></pattern>`,
  );
  // Month names run along the band; in the lower half the other way round, so they read upright.
  for (let i = 0; i < 12; i++) {
    const mid = monthAngle(i);
    const lower = mid > 100 && mid < 260;
    const r = lower ? (R_BAND + R_OUT) / 2 + 5 : (R_BAND + R_OUT) / 2 - 5;
    out.push(`<path id="wh-m${i}" d="${lower ? arc(r, mid + 15, mid - 15) : arc(r, mid - 15, mid + 15)}"/>`);
  }
  out.push('</defs>');

  // Month sectors and the band with their names.
  for (let i = 0; i < 12; i++) {
    const mid = monthAngle(i);
    const month = calendarMonth(i);
    out.push(
      `<g class="month" data-month="${month}" data-angle="${mid}">` +
        `<path d="${annulus(R_CENTER, R_BAND, mid - 15, mid + 15)}" fill="${i % 2 === 0 ? WHEEL_COLOURS.sector : '#fff'}" stroke="${WHEEL_COLOURS.line}"/>` +
        `<path d="${annulus(R_BAND, R_OUT, mid - 15, mid + 15)}" fill="${i % 2 === 0 ? WHEEL_COLOURS.band : WHEEL_COLOURS.bandAlt}" stroke="#fff" stroke-width="1.5"/>` +
        `<text font-size="15" font-weight="bold" fill="#fff" letter-spacing="0.5"><textPath href="#wh-m${i}" startOffset="50%" text-anchor="middle">` +
        `${escapeXml(capitalise(labels.months[month - 1] ?? ''))}</textPath></text></g>`,
    );
  }

  // The part of the year that has passed, lightly shaded, and today's hand beneath the markers.
  const todayDeg = positionAngle(layout.todayPosition);
  if (layout.todayPosition > 0) {
    out.push(
      `<path class="past" d="${annulus(R_CENTER, R_BAND, -15, todayDeg)}" fill="#5f6b76" fill-opacity="0.07"/>`,
    );
  }
  out.push(
    `<line class="today" x1="${r1(at(R_CENTER, todayDeg)[0])}" y1="${r1(at(R_CENTER, todayDeg)[1])}" ` +
      `x2="${r1(at(R_OUT, todayDeg)[0])}" y2="${r1(at(R_OUT, todayDeg)[1])}" stroke="${WHEEL_COLOURS.today}" ` +
      `stroke-width="3" data-angle="${r1(todayDeg)}"/>`,
  );

  // Rings: one per whole-year activity, outermost first, numbered just before their start. When they are too thin to number each one
  // legibly, every few are numbered (the first and the last always): they are counted in order.
  const every = Math.ceil(11 / (ringWidth + RING_GAP));
  const last = rings.length - 1;
  const numbered = (k: number) => k === 0 || k === last || (k % every === 0 && last - k >= every);
  rings.forEach((ring, k) => {
    const rOut = R_RINGS - k * (ringWidth + RING_GAP);
    const rIn = rOut - ringWidth;
    const parts: string[] = [];
    ring.states.forEach((state, i) => {
      if (state === null) return;
      const mid = monthAngle(i);
      const fill =
        state === 'overdue'
          ? 'url(#wh-hatch)'
          : state === 'done'
            ? WHEEL_COLOURS.done
            : WHEEL_COLOURS.ringPlanned;
      const month = calendarMonth(i);
      parts.push(
        `<path d="${annulus(rIn, rOut, mid - 15 + RING_GAP_DEG, mid + 15 - RING_GAP_DEG)}" fill="${fill}" data-month="${month}" data-state="${state}"` +
          `${state === 'done' ? ' stroke="#b0b0b0" stroke-width="0.6"' : ''}>` +
          `<title>${escapeXml(`${ring.number}. ${ring.name} – ${labels.months[month - 1] ?? ''}: ${labels.states[state]}`)}</title></path>`,
      );
    });
    // The number stands just before the ring's start in August, like a row's label.
    const rMid = (rIn + rOut) / 2;
    const [lx, ly] = at(rMid, -15 + RING_GAP_DEG - (13 / rMid) * (180 / Math.PI));
    if (numbered(k))
      parts.push(
        `<text x="${r1(lx)}" y="${r1(ly)}" font-size="${r1(Math.max(9, Math.min(11, ringWidth)))}" font-weight="bold" ` +
          `fill="#333" text-anchor="middle" dominant-baseline="middle">${ring.number}</text>`,
      );
    out.push(`<g class="ring" data-number="${ring.number}">${parts.join('')}</g>`);
  });
  if (layout.rings.length > rings.length) {
    const [lx, ly] = at(R_RINGS - rings.length * (ringWidth + RING_GAP) - 6, -8);
    out.push(
      `<text x="${r1(lx)}" y="${r1(ly)}" font-size="10" fill="#333" text-anchor="middle">+${layout.rings.length - rings.length}</text>`,
    );
  }

  // Markers, month by month, from the rim inwards, all of one size: the largest at which the fullest month fits.
  const fullest = Math.max(...layout.months.map((m) => m.entries.length));
  const fits = (scale: number) => slots(markerInner, scale).reduce((n, row) => n + row.count, 0);
  const scale = MARKER_SCALES.find((sc) => fits(sc) >= fullest) ?? MARKER_SCALES[MARKER_SCALES.length - 1]!;
  const rows = slots(markerInner, scale);
  const capacity = fits(scale);
  layout.months.forEach(({ month, entries }, i) => {
    const mid = monthAngle(i);
    const shown = entries.length > capacity ? entries.slice(0, capacity - 1) : entries;
    const extra = entries.length - shown.length;
    const items: { text: string; state: OccurrenceState; attrs: string; tooltip: string | null }[] =
      shown.map((e) => ({
        text: String(e.number),
        state: e.state,
        attrs: `data-number="${e.number}" data-month="${month}" data-state="${e.state}"`,
        tooltip: `${e.number}. ${e.name} – ${labels.months[month - 1] ?? ''}: ${labels.states[e.state]}`,
      }));
    if (extra > 0)
      items.push({ text: `+${extra}`, state: 'planned', attrs: 'data-more="true"', tooltip: null });
    let next = 0;
    for (const row of rows) {
      if (next >= items.length) break;
      const inRow = Math.min(row.count, items.length - next);
      const step = ((PITCH * scale) / row.r) * (180 / Math.PI);
      for (let k = 0; k < inRow; k++) {
        const item = items[next++]!;
        const [x, y] = at(row.r, mid + (k - (inRow - 1) / 2) * step);
        out.push(marker(x, y, item.text, item.state, item.attrs, item.tooltip, 'marker', scale));
      }
    }
  });

  // An empty July is the summer holiday, not a gap.
  if (layout.months[11]!.entries.length === 0) {
    const deg = monthAngle(11);
    const [sx, sy] = at((markerInner + R_BAND) / 2 + 20, deg);
    out.push(
      `<text class="summer" x="${r1(sx)}" y="${r1(sy)}" font-size="14" font-style="italic" fill="#6b7785" ` +
        `text-anchor="middle" dominant-baseline="middle" transform="rotate(${deg} ${r1(sx)} ${r1(sy)})">` +
        `${escapeXml(labels.summer)}</text>`,
    );
  }

  // The middle: the school year and today.
  const [kx, ky] = at(R_CENTER, todayDeg);
  out.push(
    `<circle cx="${C}" cy="${C}" r="${R_CENTER}" fill="#fff" stroke="${WHEEL_COLOURS.line}" stroke-width="1.5"/>`,
    `<circle cx="${r1(kx)}" cy="${r1(ky)}" r="4" fill="${WHEEL_COLOURS.today}"/>`,
    `<text x="${C}" y="${C - 20}" font-size="12" fill="#555" text-anchor="middle">${escapeXml(labels.schoolYear)}</text>`,
    `<text x="${C}" y="${C + 1}" font-size="18" font-weight="bold" fill="${WHEEL_COLOURS.band}" text-anchor="middle">${escapeXml(labels.year)}</text>`,
    `<text class="today-label" x="${C}" y="${C + 22}" font-size="12" font-weight="bold" fill="${WHEEL_COLOURS.today}" text-anchor="middle">` +
      `${escapeXml(`${labels.today} ${labels.todayDate}`)}</text>`,
  );
  // Today's arrowhead on the rim.
  const [ax, ay] = at(R_OUT + 1, todayDeg);
  out.push(
    `<path d="M0 0L-7 -12L7 -12Z" fill="${WHEEL_COLOURS.today}" stroke="#fff" stroke-width="1" ` +
      `transform="translate(${r1(ax)} ${r1(ay)}) rotate(${r1(todayDeg + 180)})"/>`,
  );

  out.push(legend(labels), '</svg>');
  return out.join('');
}

/** One line under the wheel: each sign with its word. */
function legend(labels: WheelSvgLabels): string {
  const items: { sign: string; text: string }[] = [
    { sign: marker(0, 0, '1', 'planned', '', null, 'sign'), text: labels.states.planned },
    { sign: marker(0, 0, '2', 'done', '', null, 'sign'), text: labels.states.done },
    { sign: marker(0, 0, '3', 'overdue', '', null, 'sign'), text: labels.states.overdue },
    {
      sign: `<line x1="-10" y1="0" x2="10" y2="0" stroke="${WHEEL_COLOURS.today}" stroke-width="3"/>`,
      text: labels.today,
    },
    {
      sign:
        `<rect x="-14" y="-5" width="9" height="10" fill="${WHEEL_COLOURS.ringPlanned}"/>` +
        `<rect x="-4" y="-5" width="9" height="10" fill="${WHEEL_COLOURS.done}" stroke="#b0b0b0" stroke-width="0.6"/>` +
        '<rect x="6" y="-5" width="9" height="10" fill="url(#wh-hatch)"/>',
      text: labels.allYear,
    },
  ];
  // Widths by a generous average glyph width: the legend is centred, so a little slack is harmless.
  const widths = items.map((it) => 30 + it.text.length * 6.8 + 18);
  let x = C - widths.reduce((a, b) => a + b, 0) / 2;
  const parts = items.map((it, k) => {
    const g =
      `<g transform="translate(${r1(x + 12)} ${LEGEND_Y})">${it.sign}</g>` +
      `<text x="${r1(x + 30)}" y="${LEGEND_Y}" font-size="13" fill="#202124" dominant-baseline="middle">${escapeXml(it.text)}</text>`;
    x += widths[k]!;
    return g;
  });
  return `<g class="legend">${parts.join('')}</g>`;
}
