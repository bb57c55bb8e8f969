/**
 * Text as people type it into the meldeskjema and the dialogs, for the fuzz suite: any Unicode, control
 * characters, formula-like prefixes (full-width too), leading apostrophes, HTML, the documents'
 * placeholders and regex replacement patterns, text Sheets would read as a number, date, time, percent,
 * currency or boolean, surrounding spaces, and now and then a text up to the 50,000-character cell limit.
 */
import fc from 'fast-check';

/** The fixed seed of the fuzz suite (printed with its figures). */
export const SEED = 20270324;

const PREFIXES = ['=', '＝', '+', '＋', '-', '－', '@', '＠', "'", "''", '’', '=HYPERLINK("x")', '=1+1'];
const LOOKALIKES = [
  '1e5',
  '2E3',
  '50%',
  '50 %',
  '14.09',
  '14.09.2026',
  '2026-09-14',
  '9/14',
  '1.5',
  '1,5',
  '1 000',
  '0012',
  '-1',
  '+47 123 45 678',
  'kr 10',
  '10 kr',
  '$10',
  '10:30',
  '10:30:15',
  'TRUE',
  'false',
  'SANN',
  'usann',
  '１２３',
  '1e308',
  '1e-7',
  'NaN',
  'Infinity',
  '#N/A',
  '#REF!',
  'Ja',
  'Nei',
];
const MARKUP = [
  '<b>fet</b>',
  '<script>alert(1)</script>',
  '&amp;',
  '&lt;',
  '"',
  '\\',
  '{{Elev}}',
  '{{Saksnr}}',
  '{{#hvis ForrigePlan}}',
  '{{/hvis}}',
  '{{Tiltak.Beskrivelse}}',
  '$&',
  '$1',
  "$'",
  '$`',
  '\\1',
  '%s',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: text that looks like a template, on purpose
  '${x}',
  '\u202Eomvendt',
  '\uFEFF',
  '\u200B',
  'Æøå ÆØÅ',
  '👩‍👩‍👧',
];

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const control = fc.string({
  unit: fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c)),
  maxLength: 4,
});

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.constantFrom(...LOOKALIKES) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 1, arbitrary: control },
  { weight: 1, arbitrary: fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', ' \n ') },
);

/** A typed answer: pieces, maybe after a formula-like prefix; rarely very long. */
export function typed(options: {
  maxLength: number;
  singleLine?: boolean;
  required?: boolean;
}): fc.Arbitrary<string> {
  const short = fc
    .tuple(fc.option(fc.constantFrom(...PREFIXES), { freq: 3 }), fc.array(piece, { maxLength: 6 }))
    .map(([prefix, parts]) => `${prefix ?? ''}${parts.join('')}`);
  const long = fc
    .tuple(fc.integer({ min: 1, max: options.maxLength }), fc.constantFrom('a', 'Æ', '=', "'", '1', ' x'))
    .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n));
  return (
    fc
      .oneof({ weight: 30, arbitrary: short }, { weight: 1, arbitrary: long })
      // A browser sends well-formed UTF-8 (a lone surrogate becomes U+FFFD) and a one-line field no line break.
      .map((s) => s.replace(LONE_SURROGATE, '\uFFFD'))
      .map((s) => (options.singleLine ? s.replace(/[\r\n]/g, ' ') : s))
      .map((s) => s.slice(0, options.maxLength))
      .filter((s) => !options.required || s.trim() !== '')
  );
}
