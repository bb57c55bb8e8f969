// update and report, case by case: a school that fails does not stop the others; a report sheet that
// cannot be trusted is left out; the § 12-5 responses are copied once, never into a log.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { provision } from '../../cli/commands/provision';
import { report } from '../../cli/commands/report';
import { skoleeierMeldinger } from '../../cli/commands/skoleeierMeldinger';
import { status } from '../../cli/commands/status';
import { update } from '../../cli/commands/update';
import { casesFor, simulateSchool } from '../../tools/fakeGoogle/school';
import { FakeGoogle } from '../../tools/fakeGoogle/server';
import { fakeContext, schoolsCsv, tinyDist } from '../../tools/fakeGoogle/support';
import { expectRegistersUntouched } from './invariants';
import { registryRows, tabRows } from './world';

let fake: FakeGoogle;
const csv = schoolsCsv(5);

beforeEach(async () => {
  fake = await new FakeGoogle({ hangMs: 400 }).start();
  const { ctx } = fakeContext(fake);
  expect(await provision(ctx, { csv, scriptIds: [], distDir: tinyDist('v1') })).toBe(0);
});
afterEach(async () => {
  await fake.stop();
});

describe('update', () => {
  it('updates the others when one school fails, and names it at the end', async () => {
    const broken = fake.world.tagged({ role: 'school', school: 'testskole-003' })[0]!;
    fake.world.scripts.delete(broken.appProperties.scriptId!);
    const { ctx, reporter } = fakeContext(fake);
    expect(await update(ctx, { distDir: tinyDist('v2'), only: [], force: false })).toBe(1);
    const rows = registryRows(fake);
    expect(new Set(rows.filter((r) => r.Nøkkel !== 'testskole-003').map((r) => r.Versjon)).size).toBe(1);
    expect(rows.find((r) => r.Nøkkel === 'testskole-003')!.Merknad).toMatch(
      /^Oppdatering feilet: .*finnes ikke 404/,
    );
    expect(reporter.warnings.at(-1)).toMatch(
      /^ {2}Testskole 003: script\.projects\.updateContent: finnes ikke 404/,
    );
    expect(reporter.lines).toContain('Oppdatert: 4, allerede på denne versjonen: 0, feilet: 1.');
  });

  it('skips schools already on this version, and only the schools asked for', async () => {
    const { ctx, reporter } = fakeContext(fake);
    expect(await update(ctx, { distDir: tinyDist('v1'), only: [], force: false })).toBe(0);
    expect(reporter.lines[0]).toMatch(/0 av 5 skoler skal oppdateres/);
    const again = fakeContext(fake);
    expect(await update(again.ctx, { distDir: tinyDist('v3'), only: ['testskole-002'], force: false })).toBe(
      0,
    );
    expect(fake.count('script.projects.updateContent')).toBe(6);
  });
});

describe('report and status', () => {
  it('marks who has set up, and leaves out a report sheet that holds an exact small count', async () => {
    simulateSchool(fake.world, 'testskole-001', casesFor(1), '2026-03-02');
    simulateSchool(fake.world, 'testskole-002', casesFor(2), '2026-03-02');
    const s = fakeContext(fake);
    expect(await status(s.ctx)).toBe(0);
    expect(s.reporter.lines[0]).toBe(
      '5 skoler: 2 i bruk, 3 venter på rektor, 0 med uavklart skript, 0 med feil.',
    );

    // A hand-edited report sheet: «3» instead of «<5».
    const tall = fake.world.spreadsheets.get(
      fake.world.tagged({ role: 'report', school: 'testskole-002' })[0]!.id,
    )!.tabs[0]!;
    tall.rows.find((r) => r[0] === 'saker')![1] = 3;
    const { ctx, reporter } = fakeContext(fake);
    expect(await report(ctx, { schoolYear: 2025, shareWith: [] })).toBe(0);
    expect(reporter.lines[0]).toBe(
      'Skoleåret 2025–2026: tall fra 1 skoler, 3 venter på oppsett, 1 med rapportark som ikke kan leses, 0 feilet.',
    );
    const rows = tabRows(fake, 'municipal-report', 'Per skole');
    expect(rows.find((r) => r.Skole === 'Testskole 002')!.Merknad).toBe(
      'Kan ikke leses (ugyldige verdier: saker)',
    );
    expect(rows.find((r) => r.Skole === 'Testskole 002')!.Saker).toBe('');
    expect(registryRows(fake).find((r) => r.Nøkkel === 'testskole-002')!.Merknad).toMatch(
      /^Rapportarket kan ikke leses/,
    );
    expectRegistersUntouched(fake);
  });

  it('reads each school with one request, and writes the municipal report in a few', async () => {
    for (let i = 1; i <= 5; i++) simulateSchool(fake.world, `testskole-00${i}`, casesFor(i), '2026-03-02');
    const before = fake.log.length;
    const { ctx } = fakeContext(fake);
    expect(await report(ctx, { schoolYear: 2025, shareWith: [] })).toBe(0);
    const keys = fake.log.slice(before).map((l) => l.key);
    expect(keys.filter((k) => k === 'sheets.spreadsheets.values.batchGet')).toHaveLength(5 + 1); // + the registry
    expect(keys.length).toBeLessThanOrEqual(5 + 12);
  });
});

describe('skoleeier-meldinger', () => {
  it('copies each response once, across pages, and never prints their content', async () => {
    const form = [...fake.world.forms.values()][0]!;
    const question = form.items.find((i) => i.title === 'Hva har skjedd?')!.questionItem!.question.questionId;
    for (let i = 0; i < 60; i++)
      form.responses.push({
        responseId: `svar-${i}`,
        lastSubmittedTime: new Date(Date.UTC(2026, 2, 1, 8, i)).toISOString(),
        answers: {
          [question]: {
            questionId: question,
            textAnswers: { answers: [{ value: `Hemmelig hendelse ${i}` }] },
          },
        },
      });
    fake.faults.script('sheets.spreadsheets.values.append', 'commit-500');
    const { ctx, reporter } = fakeContext(fake);
    expect(await skoleeierMeldinger(ctx)).toBe(0);
    const rows = tabRows(fake, 'channel-responses', 'Meldinger');
    expect(rows).toHaveLength(60);
    expect(rows[0]!['Hva har skjedd?']).toBe('Hemmelig hendelse 0');
    expect(reporter.lines.join('\n')).not.toContain('Hemmelig');
    const responsesSheet = fake.world.tagged({ role: 'channel-responses' })[0]!;
    expect(responsesSheet.permissions.map((p) => p.role)).toEqual(['owner']);

    form.responses.push({ responseId: 'svar-60', lastSubmittedTime: '2026-03-02T08:00:00Z', answers: {} });
    const again = fakeContext(fake);
    await skoleeierMeldinger(again.ctx);
    expect(again.reporter.lines[0]).toMatch(/^1 nye meldinger \(61 i alt\)/);
    expect(tabRows(fake, 'channel-responses', 'Meldinger')).toHaveLength(61);
  });
});
