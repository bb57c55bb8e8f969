import { describe, expect, it } from 'vitest';
import { Emulator } from '../../tools/emulator/emulator';
import { chartsOn } from '../../tools/emulator/spreadsheet/chart';

function run<T>(body: string, emu = new Emulator()): T {
  return emu
    .load(`function t() { const ss = SpreadsheetApp.getActive(); const sheet = ss.getSheets()[0]; ${body} }`)
    .run<T>('t');
}

describe('deleting and inserting rows', () => {
  it('deleteRow(s) and insertRowBefore move the rows below; bounds and frozen rows are checked', () => {
    const out = run<unknown>(`
      sheet.getRange('A1:A5').setValues([['h'], [1], [2], [3], [4]]);
      sheet.deleteRows(2, 2);
      sheet.insertRowBefore(2);
      ss.deleteRow(4);
      const errors = [];
      for (const f of [() => sheet.deleteRows(0, 1), () => sheet.deleteRows(998, 5), () => sheet.deleteRows(2, 0)]) {
        try { f(); } catch (e) { errors.push(e.message); }
      }
      sheet.setFrozenRows(1);
      try { sheet.deleteRows(2, sheet.getMaxRows() - 1); } catch (e) { errors.push(e.message); }
      return { values: sheet.getRange('A1:A4').getValues().map((r) => r[0]), max: sheet.getMaxRows(), errors };`);
    expect(out).toEqual({
      values: ['h', '', 3, ''],
      max: 998,
      errors: [
        'Those rows are out of bounds.',
        'Those rows are out of bounds.',
        'Those rows are out of bounds.',
        'Sorry, it is not possible to delete all non-frozen rows.',
      ],
    });
  });

  it("a chart's data range moves and shrinks with its rows", () => {
    const emu = new Emulator();
    run(
      `sheet.getRange('A1:B6').setValues([['k','n'],['a',1],['b',2],['c',3],['d',4],['e',5]]);
       sheet.insertChart(sheet.newChart().asPieChart().addRange(sheet.getRange('A2:B6')).build());
       sheet.insertRowBefore(1);
       sheet.deleteRows(4, 2);
       sheet.insertRowAfter(4);`,
      emu,
    );
    expect(chartsOn(emu.spreadsheet._sheets[0]!)[0]!.ranges).toEqual(['Ark 1!A3:B6']);
  });
});

describe('sorting', () => {
  it('Sheet.sort keeps frozen rows, puts empty cells last, numbers before text, text case-insensitively in nb', () => {
    const out = run<unknown>(`
      sheet.getRange('A1:B7').setValues([['Navn', 'Nr'], ['ø', 1], ['B', ''], ['a', 3], [5, 4], ['', 5], ['å', 6]]);
      sheet.setFrozenRows(1);
      sheet.sort(1);
      const asc = sheet.getRange('A1:B7').getValues();
      ss.sort(1, false);
      const desc = sheet.getRange('A2:A7').getValues().map((r) => r[0]);
      return { asc, desc };`);
    expect(out).toEqual({
      asc: [
        ['Navn', 'Nr'],
        [5, 4],
        ['a', 3],
        ['B', ''],
        ['ø', 1],
        ['å', 6],
        ['', 5],
      ],
      desc: ['å', 'ø', 'B', 'a', 5, ''],
    });
  });

  it('Range.sort takes a column, {column, ascending} or a list; moves only the range; is stable', () => {
    const out = run<unknown>(`
      sheet.getRange('A1:C5').setValues([['x', 2, 'keep1'], ['y', 1, 'keep2'], ['x', 1, 'keep3'], ['y', 2, 'keep4'], ['z', 9, 'keep5']]);
      sheet.getRange('A1:B4').sort([{ column: 1, ascending: false }, 2]);
      const sorted = sheet.getRange('A1:C5').getValues();
      let error = '';
      try { sheet.getRange('A1:B4').sort(3); } catch (e) { error = e.message; }
      sheet.getRange('A1:B4').sort({ column: 2 });
      return { sorted, byB: sheet.getRange('B1:B4').getValues().map((r) => r[0]), error };`);
    expect(out).toEqual({
      sorted: [
        ['y', 1, 'keep1'],
        ['y', 2, 'keep2'],
        ['x', 1, 'keep3'],
        ['x', 2, 'keep4'],
        ['z', 9, 'keep5'],
      ],
      byB: [1, 1, 2, 2],
      error: expect.stringMatching(/outside the range A1:B4/),
    });
  });

  it('sorting formulas is an emulator gap and says so', () => {
    expect(() => run("sheet.getRange('A1:A2').setValues([['=1+1'], [3]]); sheet.sort(1);")).toThrow(
      /sorting a range that holds formulas is not implemented/,
    );
  });
});
