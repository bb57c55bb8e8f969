// provision, case by case: dry run, a rerun that changes nothing, repairs without reading, an uncertain
// script create, and an interrupted run that resumes.
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { provision } from '../../cli/commands/provision';
import { STATES } from '../../cli/registry';
import { FakeGoogle } from '../../tools/fakeGoogle/server';
import { fakeContext, schoolsCsv, tinyDist } from '../../tools/fakeGoogle/support';
import { expectNothingTwice, expectRegistersUntouched } from './invariants';
import { registryRows } from './world';

const WRITES = /create|update|batchUpdate|append|batchClear|setPublishSettings|updateContent/;
const dist = tinyDist('v1');
let fake: FakeGoogle;

beforeEach(async () => {
  fake = await new FakeGoogle({ hangMs: 400 }).start();
});
afterEach(async () => {
  await fake.stop();
});

const run = async (
  csv: string,
  o: { dryRun?: boolean; scriptIds?: string[]; stopped?: () => boolean } = {},
) => {
  const { ctx, reporter } = fakeContext(fake, {
    ...(o.dryRun ? { dryRun: true } : {}),
    ...(o.stopped ? { stopped: o.stopped } : {}),
    concurrency: 2,
  });
  const code = await provision(ctx, { csv, scriptIds: o.scriptIds ?? [], distDir: dist });
  return { code, reporter };
};

describe('provision', () => {
  it('plans without writing anything in a dry run', async () => {
    const { code, reporter } = await run(schoolsCsv(3), { dryRun: true });
    expect(code).toBe(0);
    expect(fake.log.filter((l) => WRITES.test(l.key))).toEqual([]);
    expect(reporter.lines).toContain('Ville endret 3 av 3 skoler:');
    expect(reporter.lines).toContain('  opprette skript: 3');
  });

  it('changes nothing when run again, and says so', async () => {
    const csv = schoolsCsv(4);
    expect((await run(csv)).code).toBe(0);
    const before = fake.log.length;
    const { code, reporter } = await run(csv);
    expect(code).toBe(0);
    expect(fake.log.slice(before).filter((l) => WRITES.test(l.key))).toEqual([]);
    expect(reporter.lines.some((l) => l.startsWith('Ferdig: 4 skoler klare (0 endret nå)'))).toBe(true);
    expectNothingTwice(fake);
    expectRegistersUntouched(fake);
  });

  it('shares with a new rektor and replaces the address in Innstillinger only, without reading', async () => {
    const csv = schoolsCsv(2);
    await run(csv);
    const school = fake.world.tagged({ role: 'school', school: 'testskole-001' })[0]!;
    // The school has set up: the register exists, and the rektor has typed more settings.
    const ss = fake.world.spreadsheets.get(school.id)!;
    ss.tabs.push({
      sheetId: 9,
      title: 'Saker',
      frozenRowCount: 1,
      rows: [
        ['Saksnr', 'Elev'],
        ['2025-001', 'rektor1@skole1.kommune.example'],
      ],
    });
    writeFileSync(
      csv,
      'skole;rektor\nTestskole 001;ny.rektor@skole1.kommune.example\nTestskole 002;rektor2@skole2.kommune.example\n',
    );
    const { code, reporter } = await run(csv);
    expect(code).toBe(0);
    const settings = ss.tabs.find((t) => t.title === 'Innstillinger')!.rows;
    expect(settings.find((r) => r[0] === 'Rektor (e-post)')?.[1]).toBe('ny.rektor@skole1.kommune.example');
    // The register's cells are not touched, even where they hold the old address.
    expect(ss.tabs.find((t) => t.title === 'Saker')!.rows[1]).toEqual([
      '2025-001',
      'rektor1@skole1.kommune.example',
    ]);
    expect(school.permissions.map((p) => p.emailAddress)).toContain('ny.rektor@skole1.kommune.example');
    expect(reporter.warnings.join('\n')).toContain('ny rektor har fått tilgang');
    expect(reporter.warnings.join('\n')).not.toContain('@');
    expectRegistersUntouched(fake);
  });

  it('makes a new channel form if the old one is gone, and points every school at it', async () => {
    const csv = schoolsCsv(3);
    await run(csv);
    const [old] = [...fake.world.forms.keys()];
    fake.world.files.get(old!)!.trashed = true;
    expect((await run(csv)).code).toBe(0);
    const fresh = [...fake.world.forms.keys()].find((id) => id !== old)!;
    for (const f of fake.world.tagged({ role: 'school' })) {
      const rows = fake.world.spreadsheets.get(f.id)!.tabs[0]!.rows;
      expect(rows.find((r) => r[0] === 'Skoleeier (kanal for meldinger om ledelsen)')?.[1]).toContain(
        `pub-${fresh}`,
      );
    }
    const form = fake.world.forms.get(fresh)!;
    expect(form.items.map((i) => i.title)).toContain('Hvilken skole gjelder det?');
    expect(form.published && form.acceptingResponses).toBe(true);
    expectRegistersUntouched(fake);
  });

  it('keeps the school list of the channel form in step with the CSV', async () => {
    const csv = schoolsCsv(2);
    await run(csv);
    writeFileSync(
      csv,
      'skole;rektor\nTestskole 001;rektor1@skole1.kommune.example\nNy skole;r@ny.kommune.example\n',
    );
    await run(csv);
    const form = [...fake.world.forms.values()][0]!;
    const item = form.items.find((i) => i.title === 'Hvilken skole gjelder det?')!;
    const options = (
      item.questionItem!.question as unknown as { choiceQuestion: { options: { value: string }[] } }
    ).choiceQuestion.options;
    expect(options.map((o) => o.value)).toEqual(['Ny skole', 'Testskole 001']);
    expect(form.items.filter((i) => i.title === 'Hvilken skole gjelder det?')).toHaveLength(1);
  });

  it('never creates a second script after an unclear create, and takes the id a person found', async () => {
    const csv = schoolsCsv(2);
    fake.faults.script('script.projects.create', 'commit-timeout');
    const first = await run(csv);
    expect(first.code).toBe(1);
    const rows = registryRows(fake);
    const uncertain = rows.find((r) => r.Tilstand === STATES.uncertain)!;
    const key = String(uncertain.Nøkkel);
    const sheet = fake.world.tagged({ role: 'school', school: key })[0]!;
    // Not shared yet: the rektor would open a spreadsheet with no menu.
    expect(sheet.permissions.map((p) => p.role)).toEqual(['owner']);
    expect(first.reporter.warnings.join('\n')).toContain(`--script-id ${key}=<ID>`);

    expect((await run(csv)).code).toBe(1);
    const scripts = [...fake.world.scripts.values()].filter((s) => s.parentId === sheet.id);
    expect(scripts).toHaveLength(1);

    const wrong = [...fake.world.scripts.values()].find((s) => s.parentId !== sheet.id)!;
    expect((await run(csv, { scriptIds: [`${key}=${wrong.scriptId}`] })).code).toBe(1);
    const done = await run(csv, { scriptIds: [`${key}=${scripts[0]!.scriptId}`] });
    expect(done.code).toBe(0);
    expect(registryRows(fake).every((r) => r.Tilstand === STATES.waiting)).toBe(true);
    expect(fake.world.scripts.get(scripts[0]!.scriptId)!.uploads).toBe(1);
    expectNothingTwice(fake);
  });

  it('makes a new report spreadsheet if one is gone, and points the school at it', async () => {
    const csv = schoolsCsv(2);
    await run(csv);
    const old = fake.world.tagged({ role: 'report', school: 'testskole-001' })[0]!;
    old.trashed = true;
    expect((await run(csv)).code).toBe(0);
    const fresh = fake.world.tagged({ role: 'report', school: 'testskole-001' })[0]!;
    expect(fresh.id).not.toBe(old.id);
    expect(fresh.permissions.map((p) => p.emailAddress)).toContain('rektor1@skole1.kommune.example');
    expect(fake.world.spreadsheets.get(fresh.id)!.tabs[0]!.title).toBe('Tall');
    const school = fake.world.tagged({ role: 'school', school: 'testskole-001' })[0]!;
    const settings = fake.world.spreadsheets.get(school.id)!.tabs[0]!.rows;
    expect(settings.find((r) => r[0] === 'Rapportark (id)')?.[1]).toBe(fresh.id);
    expectRegistersUntouched(fake);
  });

  it('never replaces a deleted school spreadsheet silently: it holds the cases', async () => {
    const csv = schoolsCsv(3);
    await run(csv);
    const sheet = fake.world.tagged({ role: 'school', school: 'testskole-002' })[0]!;
    sheet.trashed = true;
    const { code, reporter } = await run(csv);
    expect(code).toBe(1);
    expect(fake.world.tagged({ role: 'school', school: 'testskole-002' })).toEqual([]);
    expect(reporter.warnings.join('\n')).toContain('Testskole 002: skolearket finnes ikke lenger');
    const row = registryRows(fake).find((r) => r.Nøkkel === 'testskole-002')!;
    expect(row.Tilstand).toBe(STATES.failed);
    sheet.trashed = false; // restored from the bin
    expect((await run(csv)).code).toBe(0);
  });

  it('stops after the schools in progress when interrupted, and resumes', async () => {
    const csv = schoolsCsv(6);
    let started = 0;
    const { code } = await run(csv, { stopped: () => ++started > 3 });
    expect(code).toBe(130);
    expect(registryRows(fake)).toHaveLength(3);
    const again = await run(csv);
    expect(again.code).toBe(0);
    expect(registryRows(fake)).toHaveLength(6);
    expectNothingTwice(fake);
  });

  it('refuses a CSV with errors before touching anything, naming lines but not addresses', async () => {
    const csv = schoolsCsv(1);
    writeFileSync(csv, 'skole;rektor\nA skole;ikke-en-adresse\n;b@skole.example\nA skole;c@skole.example\n');
    await expect(run(csv)).rejects.toThrow(
      /Linje 2: rektors e-postadresse.*\n.*Linje 3: mangler skolens navn.*\n.*Linje 4: samme skole/s,
    );
    expect(fake.log).toEqual([]);
  });
});
