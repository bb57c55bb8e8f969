import { describe, expect, it } from 'vitest';
import { loadBundle, sheetValues } from '../support/bundle';

const CONTRACT_SHEETS = [
  'Saker',
  'Tiltak',
  'Logg',
  'Årshjul',
  'Tiltaksplan',
  'Kvitteringer',
  'Innstillinger',
  'Oversikt',
];
const REGISTER_HEADERS = [
  'Saksnr',
  'Meldt',
  'Meldt av',
  'Elev',
  'Klasse',
  'Kategori',
  'Ansatt involvert',
  'Status',
  'Ansvarlig',
  'Rektor kjent',
  'Frist undersøkelse',
  'Frist aktivitetsplan',
  'Neste evaluering',
  'Statsforvalter fra',
  'Aktivitetsplan',
  'Avsluttet',
];

/** Everything about the workbook that setUp could change, to compare two runs. */
function snapshot(emu: ReturnType<typeof loadBundle>) {
  return emu.spreadsheet._sheets.map((s) => ({
    name: s._name,
    values: s.getDataRange().getValues(),
    frozen: s._frozenRows,
    rules: s._rules.length,
    protections: s._protections.length,
    validations: s._grid.flat().filter((c) => c?.validation).length,
  }));
}

describe('onOpen', () => {
  it('builds the Norwegian menu in AuthMode.NONE without touching data', () => {
    const emu = loadBundle();
    emu.open('NONE');
    const menu = emu.menus[0]!;
    const captions = menu.items.map((i) => i.caption);
    expect(captions).toContain('Sett opp / reparer');

    expect(emu.env.calls.total('SpreadsheetApp.getActive')).toBe(0);
    expect(emu.env.calls.total('Spreadsheet.')).toBe(0);
  });

  it('builds the same menu in AuthMode.FULL', () => {
    const emu = loadBundle();
    emu.open('FULL');
    expect(emu.menus).toHaveLength(1);
    expect(emu.menus[0]!.items.length).toBeGreaterThan(0);
  });

  it('builds the menu as a bound script’s simple trigger (AuthMode.LIMITED), in the school’s language', () => {
    const emu = loadBundle();
    emu.run('setUp');
    const { settings, row } = languageCell(emu);
    expect(settings.getRange(row, 2).getDataValidation()?.getCriteriaValues()[0]).toEqual([
      'bokmål',
      'nynorsk',
    ]);
    settings.getRange(row, 2).setValue('nynorsk');
    emu.run('setUp');
    emu.open('LIMITED');
    expect(emu.menus[0]!.items.map((i) => i.caption)).toContain('Set opp / reparer');
  });

  it('every menu item names a function the bundle defines', () => {
    const emu = loadBundle();
    emu.open('NONE');
    const names: string[] = [];
    const walk = (items: (typeof emu.menus)[number]['items']) => {
      for (const i of items) {
        if (i.functionName) names.push(i.functionName);
        if (i.submenu) walk(i.submenu.items);
      }
    };
    walk(emu.menus[0]!.items);
    const defined = emu.definedFunctions();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(defined, `menu item calls ${name}`).toContain(name);
  });
});

describe('setUp', () => {
  it('creates the contract sheets with frozen, formatted header rows', () => {
    const emu = loadBundle();
    emu.run('setUp');
    const names = emu.spreadsheet._sheets.map((s) => s._name);
    for (const name of CONTRACT_SHEETS) expect(names).toContain(name);
    expect(names).not.toContain('Ark 1');
    const header = sheetValues(emu, 'Saker')[0]!;
    for (const h of REGISTER_HEADERS) expect(header).toContain(h);
    const saker = emu.spreadsheet._sheetByName('Saker')!;
    expect(saker._frozenRows).toBe(1);
    expect(saker.getRange('A1').getFontWeight()).toBe('bold');
  });

  it('is idempotent: a second run changes nothing and duplicates nothing', () => {
    const emu = loadBundle();
    emu.run('setUp');
    const first = snapshot(emu);
    const logRows = sheetValues(emu, 'Logg').length;
    emu.run('setUp');
    expect(snapshot(emu).map((s) => ({ ...s, values: s.name === 'Logg' ? [] : s.values }))).toEqual(
      first.map((s) => ({ ...s, values: s.name === 'Logg' ? [] : s.values })),
    );
    expect(sheetValues(emu, 'Logg')).toHaveLength(logRows);
    expect(emu.sheets.ui.dialogs.at(-1)?.prompt).toMatch(/Ingenting ble endret/);
  });

  it('repairs a deleted sheet and a deleted column without touching the school’s data', () => {
    const emu = loadBundle();
    emu.run('setUp');
    const ss = emu.spreadsheet;
    ss.deleteSheet(ss.getSheetByName('Oversikt')!);
    const settings = ss._sheetByName('Innstillinger')!;
    settings.getRange('B2').setValue('Eksempel skole');
    emu.run('setUp');
    expect(ss._sheetByName('Oversikt')).not.toBeNull();
    expect(sheetValues(emu, 'Innstillinger').find((r) => r[0] === 'Skolens navn')?.[1]).toBe(
      'Eksempel skole',
    );
  });
});

describe('Hjelp', () => {
  it('shows a short guide with the link to the meldeskjema', () => {
    const emu = loadBundle();
    emu.run('setUp');
    emu.open('FULL');
    emu.clickMenu('Hjelp');
    const dialog = emu.sheets.ui.shown.at(-1)!;
    expect(dialog.kind).toBe('modal');
    expect(dialog.title).toBe('Skolemiljø – Hjelp');
    expect(dialog.html).toMatch(/href="https:\/\/docs\.google\.com\/forms\/d\/e\/[^"]+\/viewform"/);
    expect(dialog.html).toContain('utøvende elev');
  });

  it('is in nynorsk when the school chooses it', () => {
    const emu = loadBundle();
    emu.run('setUp');
    const { settings, row } = languageCell(emu);
    settings.getRange(row, 2).setValue('nynorsk');
    emu.run('setUp');
    emu.open('FULL');
    emu.clickMenu('Hjelp');
    expect(emu.sheets.ui.shown.at(-1)!.html).toContain('Når nokon melder frå');
  });
});

/** The value cell of the «Språk» setting. */
function languageCell(emu: ReturnType<typeof loadBundle>) {
  const settings = emu.spreadsheet._sheetByName('Innstillinger')!;
  const row =
    settings
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === 'Språk') + 1;
  return { settings, row };
}
