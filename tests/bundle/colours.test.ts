// The register's headline colours as a rektor sees them (conditional formatting evaluated by the
// emulator on the day): a deadline near is amber, passed is red (and so is the case number), met is
// plain, and a closed case is grey. The rules come from registerRules.ts; the dates from deadlines.ts.
import { describe, expect, it } from 'vitest';
import { COLOURS } from '../../src/features/register/registerRules';
import type { Emulator } from '../../tools/emulator/emulator';
import { viaDialog } from '../support/dialogs';
import { answers, STAFF, school, shown } from '../support/school';

const RED = COLOURS.overdue.background;
const AMBER = COLOURS.soon.background;
const GREY = COLOURS.closed.background;

/** The background a person sees in a cell of «Saker», conditional formatting included. */
function colour(emu: Emulator, header: string, row = 2): string | null {
  const s = emu.spreadsheet._sheetByName('Saker')!;
  const headers = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0]!.map(String);
  const col = headers.indexOf(header) + 1;
  if (col === 0) throw new Error(`No column ${header}`);
  const c = s._peek(row, col);
  const rule = s._rules.find((r) => r._matches(row, col, c?.value ?? '', s._display(c, row, col)));
  return rule?._spec.background ?? null;
}

/** A case reported on Monday 12 October 2026: investigation due Wednesday 14, plan Monday 19. */
function reported(): Emulator {
  const emu = school('2026-10-12T09:00:00+02:00');
  emu.submitForm(answers(), { email: STAFF });
  return emu;
}

const on = (emu: Emulator, day: string) => emu.env.setNow(`${day}T08:00:00+02:00`);

describe('the colours of «Saker»', () => {
  it('the investigation deadline: amber when near, red when passed (with the case number), plain once started', () => {
    const emu = reported();
    expect(shown(emu, 'Saker', 'Frist undersøkelse')).toBe('14.10.2026');
    on(emu, '2026-10-13');
    expect(colour(emu, 'Frist undersøkelse')).toBe(AMBER);
    expect(colour(emu, 'Saksnr')).toBeNull();
    on(emu, '2026-10-15');
    expect(colour(emu, 'Frist undersøkelse')).toBe(RED);
    expect(colour(emu, 'Saksnr')).toBe(RED);
    emu.select('Saker', 'A2');
    expect(viaDialog(emu, 'Endre status …', { status: 'Undersøkes' }).status).toBe('done');
    expect(colour(emu, 'Frist undersøkelse')).toBeNull();
    expect(colour(emu, 'Saksnr')).toBeNull();
  });

  it('the plan deadline: red when passed while the case is investigated', () => {
    const emu = reported();
    emu.select('Saker', 'A2');
    expect(viaDialog(emu, 'Endre status …', { status: 'Undersøkes' }).status).toBe('done');
    expect(shown(emu, 'Saker', 'Frist aktivitetsplan')).toBe('19.10.2026');
    on(emu, '2026-10-16');
    expect(colour(emu, 'Frist aktivitetsplan')).toBe(AMBER);
    on(emu, '2026-10-20');
    expect(colour(emu, 'Frist aktivitetsplan')).toBe(RED);
    expect(colour(emu, 'Saksnr')).toBe(RED);
  });

  it('a closed case is grey, deadlines and all', () => {
    const emu = reported();
    emu.select('Saker', 'A2');
    const closed = viaDialog(emu, 'Avslutt saken …', { reason: 'Meldingen gjaldt en annen skole.' });
    expect(closed.status, closed.message).toBe('done');
    on(emu, '2026-10-20');
    expect(colour(emu, 'Frist undersøkelse')).toBe(GREY);
    expect(colour(emu, 'Saksnr')).toBe(GREY);
    expect(colour(emu, 'Elev')).toBe(GREY);
  });
});
