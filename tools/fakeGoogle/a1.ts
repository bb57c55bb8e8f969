// A1 notation as the Sheets API reads it: 'Sheet name'!A1:C60, Tab!A:A, 'Tab' (the whole tab).
export interface A1 {
  sheet: string | null;
  /** 0-based, inclusive; null means open (whole column or row). */
  startRow: number;
  startCol: number;
  endRow: number | null;
  endCol: number | null;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function parseA1(text: string): A1 {
  let sheet: string | null = null;
  let rest = text;
  const bang = text.lastIndexOf('!');
  if (text.startsWith("'")) {
    const end = text.lastIndexOf("'");
    sheet = text.slice(1, end).replace(/''/g, "'");
    rest = text.slice(end + 2);
  } else if (bang >= 0) {
    sheet = text.slice(0, bang);
    rest = text.slice(bang + 1);
  } else if (!/^[A-Z]*\d*(:[A-Z]*\d*)?$/i.test(text)) {
    sheet = text;
    rest = '';
  }
  if (rest === '') return { sheet, startRow: 0, startCol: 0, endRow: null, endCol: null };
  const m = /^([A-Z]*)(\d*)(?::([A-Z]*)(\d*))?$/i.exec(rest);
  if (!m) throw new Error(`Unable to parse range: ${text}`);
  const [, c1, r1, c2, r2] = m;
  const single = m[3] === undefined && m[4] === undefined;
  return {
    sheet,
    startCol: c1 ? colIndex(c1) : 0,
    startRow: r1 ? Number(r1) - 1 : 0,
    endCol: single ? (c1 ? colIndex(c1) : null) : c2 ? colIndex(c2) : null,
    endRow: single ? (r1 ? Number(r1) - 1 : null) : r2 ? Number(r2) - 1 : null,
  };
}
