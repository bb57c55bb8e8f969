import { describe, expect, it } from 'vitest';
import { Emulator } from '../../tools/emulator/emulator';
import { chartsOn } from '../../tools/emulator/spreadsheet/chart';

function emulator(body: string) {
  const emu = new Emulator().load(`
    function data() {
      const sheet = SpreadsheetApp.getActive().insertSheet('Oversikt');
      sheet.getRange('A1:B4').setValues([['Kategori', 'Saker'], ['Mobbing', 4], ['Vold', 1], ['Annet', 2]]);
      return sheet;
    }
    function t() { const sheet = data(); ${body} }`);
  return emu;
}

describe('embedded charts', () => {
  it('builds, inserts and lists a chart; its state is readable by tests', () => {
    const emu = emulator(`
      const chart = sheet.newChart().asColumnChart()
        .addRange(sheet.getRange('A1:B4'))
        .addRange(sheet.getRange('A1:B4'))
        .setTitle('Saker per kategori')
        .setPosition(2, 4, 10, 20)
        .setOption('legend', { position: 'none' })
        .build();
      const before = chart.getChartId();
      sheet.insertChart(chart);
      const listed = sheet.getCharts();
      return {
        before,
        count: listed.length,
        id: listed[0].getChartId(),
        type: String(listed[0].modify().getChartType()),
        ranges: listed[0].getRanges().map((r) => r.getA1Notation()),
        title: listed[0].getOptions().get('title'),
        missing: listed[0].getOptions().get('nope'),
        anchor: [listed[0].getContainerInfo().getAnchorRow(), listed[0].getContainerInfo().getAnchorColumn()],
        str: String(chart) + '/' + String(listed[0].getContainerInfo()),
      };`);
    const out = emu.run<Record<string, unknown>>('t');
    expect(out).toMatchObject({
      before: null,
      count: 1,
      type: 'COLUMN',
      ranges: ['A1:B4'],
      title: 'Saker per kategori',
      missing: null,
      anchor: [2, 4],
      str: 'EmbeddedChart/ContainerInfo',
    });
    const [view] = chartsOn(emu.spreadsheet._sheetByName('Oversikt')!);
    expect(view).toEqual({
      id: out['id'],
      type: 'COLUMN',
      ranges: ['Oversikt!A1:B4'],
      options: { title: 'Saker per kategori', legend: { position: 'none' } },
      position: { row: 2, column: 4, offsetX: 10, offsetY: 20 },
    });
  });

  it('modify() changes nothing until updateChart; removeChart removes it', () => {
    const emu = emulator(`
      sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.PIE).addRange(sheet.getRange('A1:B4')).build());
      const chart = sheet.getCharts()[0];
      const changed = chart.modify().setPosition(5, 5, 0, 0).setOption('title', 'Ny').build();
      const unsaved = sheet.getCharts()[0].getOptions().get('title');
      sheet.updateChart(changed);
      const saved = sheet.getCharts()[0].getOptions().get('title');
      const sameId = sheet.getCharts()[0].getChartId() === chart.getChartId();
      sheet.removeChart(chart);
      return { unsaved, saved, sameId, left: sheet.getCharts().length };`);
    expect(emu.run('t')).toEqual({ unsaved: null, saved: 'Ny', sameId: true, left: 0 });
  });

  it('typed builders have their own methods; the generic builder does not; Google-impossible calls throw', () => {
    const emu = emulator('');
    emu.load(`
      function data() { return SpreadsheetApp.getActive().getSheets()[0]; }
      function genericTitle() { data().newChart().setTitle('x'); }
      function pie3d() { return data().newChart().asPieChart().set3D().setTitle('P').getChartType(); }
      function columnIs3d() { data().newChart().asColumnChart().set3D(); }
      function noType() { const s = data(); s.insertChart(s.newChart().addRange(s.getRange('A1:B2')).build()); }
      function twice() { const s = data(); const c = s.newChart().asBarChart().addRange(s.getRange('A1:B2')).build(); s.insertChart(c); s.insertChart(c); }
      function badType() { data().newChart().setChartType('DONUT'); }
      function update() { const s = data(); s.updateChart(s.newChart().asLineChart().addRange(s.getRange('A1')).build()); }
    `);
    expect(() => emu.run('genericTitle')).toThrow(/EmbeddedChartBuilder.setTitle/);
    expect(emu.run('pie3d')).toBe('PIE');
    expect(() => emu.run('columnIs3d')).toThrow(/EmbeddedColumnChartBuilder.set3D/);
    expect(() => emu.run('noType')).toThrow(/no chart type/);
    expect(() => emu.run('twice')).toThrow(/already in the spreadsheet/);
    expect(() => emu.run('badType')).toThrow('Invalid argument: type');
    expect(() => emu.run('update')).toThrow(/not on this sheet/);
  });
});
