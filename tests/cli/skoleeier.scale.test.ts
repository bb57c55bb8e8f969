// Provision, update and report for 200 schools against the local fake of Google, with 429s, 5xx and
// time-outs injected (also after a change was made): nothing is created twice, every school ends in the
// registry and the report, suppression survives aggregation, and no request touches a register.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provision } from '../../cli/commands/provision';
import { report } from '../../cli/commands/report';
import { update } from '../../cli/commands/update';
import { STATES } from '../../cli/registry';
import { schoolKey } from '../../cli/schools';
import { SMALL } from '../../src/domain/stats/suppression';
import { casesFor, simulateSchool } from '../../tools/fakeGoogle/school';
import { FakeGoogle } from '../../tools/fakeGoogle/server';
import { fakeContext, schoolsCsv, tinyDist } from '../../tools/fakeGoogle/support';
import { expectNothingTwice, expectRegistersUntouched } from './invariants';
import { registryRows, tabRows } from './world';

const N = 200;
// The client gives up after TIMEOUT_MS; an injected time-out hangs longer. Both run in this process, so on
// a busy machine an ordinary request can take a few hundred ms: the margin keeps those from timing out.
const TIMEOUT_MS = 1_000;
const context = (fake: FakeGoogle) => fakeContext(fake, { timeoutMs: TIMEOUT_MS });
const faults = {
  seed: 2026,
  rates: { rate429: 0.05, rate500: 0.03, timeout: 0.005, commit500: 0.01, commitTimeout: 0.005 },
};

describe(`${N} schools with injected faults`, { timeout: 180_000 }, () => {
  let fake: FakeGoogle;
  const csv = schoolsCsv(N);
  const keys = Array.from({ length: N }, (_, i) => schoolKey(`Testskole ${String(i + 1).padStart(3, '0')}`));

  beforeAll(async () => {
    fake = await new FakeGoogle({ faults, maxPageSize: 150, hangMs: TIMEOUT_MS + 200 }).start();
  });
  afterAll(async () => {
    await fake.stop();
  });

  it('provisions every school, resuming until done and settling uncertain scripts by hand', async () => {
    const dist = tinyDist('v1');
    // Besides the random faults, each ambiguous outcome is certain to happen where it matters most.
    fake.faults.script('drive.files.create', 'commit-timeout', 'commit-500', '429');
    fake.faults.script('script.projects.create', 'commit-500', 'commit-timeout', '500', 'timeout', '429');
    fake.faults.script('drive.permissions.create', 'commit-500', 'commit-timeout');
    fake.faults.script('forms.forms.create', 'commit-timeout');
    fake.faults.script('forms.forms.batchUpdate', 'commit-500');
    let uncertain: string[] = [];
    for (let run = 1; run <= 6; run++) {
      const { ctx } = context(fake);
      const code = await provision(ctx, { csv, scriptIds: [], distDir: dist });
      expectNothingTwice(fake);
      expectRegistersUntouched(fake);
      const rows = registryRows(fake);
      uncertain = rows.filter((r) => r.Tilstand === STATES.uncertain).map((r) => String(r.Nøkkel));
      const failed = rows.filter((r) => r.Tilstand === STATES.failed || r.Tilstand === '');
      if (code === 0 || (failed.length === 0 && rows.length === N)) break;
    }

    // An uncertain create: the person opens Utvidelser → Apps Script in the spreadsheet. Either the
    // script is there, or the editor makes one; its id goes back to the command line.
    const scriptIds = uncertain.map((key) => {
      const sheet = fake.world.tagged({ role: 'school', school: key })[0]!;
      let script = [...fake.world.scripts.values()].find((s) => s.parentId === sheet.id);
      if (!script) {
        script = {
          scriptId: fake.world.newId('script'),
          title: 'Uten tittel',
          parentId: sheet.id,
          files: [],
          uploads: 0,
        };
        fake.world.scripts.set(script.scriptId, script);
      }
      return `${key}=${script.scriptId}`;
    });
    fake.faults.configure({ ...faults, seed: 7 });
    for (let run = 1; run <= 4; run++) {
      const { ctx } = context(fake);
      if ((await provision(ctx, { csv, scriptIds, distDir: dist })) === 0) break;
    }
    expectNothingTwice(fake);
    expectRegistersUntouched(fake);

    for (const kind of ['429', '500', 'timeout', 'commit-500', 'commit-timeout'])
      expect(fake.faults.injected.get(kind as never) ?? 0).toBeGreaterThan(3);
    const rows = registryRows(fake);
    expect(rows.map((r) => r.Nøkkel).sort()).toEqual([...keys].sort());
    // Named first, so a failure says which school and why.
    expect(
      rows.filter((r) => r.Tilstand !== STATES.waiting).map((r) => [r.Nøkkel, r.Tilstand, r.Merknad]),
    ).toEqual([]);
    for (const r of rows) {
      const sheet = fake.world.tagged({ role: 'school', school: String(r.Nøkkel) })[0]!;
      const reportFile = fake.world.tagged({ role: 'report', school: String(r.Nøkkel) })[0]!;
      expect(r.Tilstand).toBe(STATES.waiting);
      expect(r['Skoleark-id']).toBe(sheet.id);
      expect(r['Rapportark-id']).toBe(reportFile.id);
      expect(fake.world.scripts.get(String(r['Skript-id']))?.parentId).toBe(sheet.id);
      expect(r.Versjon).toMatch(/^0\.1\.0\+[0-9a-f]{12}$/);
      expect(String(r['Rektor (e-post)'])).toMatch(/^rektor\d+@/);
    }
  });

  it('lets every school set up and write its figures (the part the school does itself)', () => {
    keys.forEach((key, i) => {
      simulateSchool(fake.world, key, casesFor(i + 1), '2026-03-02');
    });
  });

  it('updates every script to a new version; failures are retried by running update again', async () => {
    const dist = tinyDist('v2');
    for (let run = 1; run <= 4; run++) {
      const { ctx } = context(fake);
      if ((await update(ctx, { distDir: dist, only: [], force: false })) === 0) break;
    }
    const versions = new Set(registryRows(fake).map((r) => r.Versjon));
    expect(versions.size).toBe(1);
    for (const s of fake.world.scripts.values())
      expect(s.files.find((f) => f.name === 'Code')?.source).toContain('v2');
    expectNothingTwice(fake);
    expectRegistersUntouched(fake);
  });

  it('reports every school from the report spreadsheets only, with suppression kept', async () => {
    let code = -1;
    for (let run = 1; run <= 4 && code !== 0; run++) {
      const { ctx } = context(fake);
      code = await report(ctx, { shareWith: ['oppvekst@kommune.example'] });
    }
    expect(code).toBe(0);
    expectRegistersUntouched(fake);

    const perSchool = tabRows(fake, 'municipal-report', 'Per skole');
    expect(perSchool).toHaveLength(N + 1);
    const municipality = perSchool.find((r) => r.Skole === 'Kommunen')!;
    for (const tab of ['Per skole', 'Kategorier', 'Måneder', 'Status', 'Åpne saker']) {
      const rows = tabRows(fake, 'municipal-report', tab);
      for (const row of rows)
        for (const [col, v] of Object.entries(row)) {
          // No exact 1–4 anywhere, for a school or for the municipality.
          if (typeof v === 'number' && !/%|Median/.test(col)) expect(v === 0 || v >= 5).toBe(true);
        }
      // A municipal total is exact only if no school's count in that column is suppressed.
      const total = rows.find((r) => r.Skole === 'Kommunen')!;
      for (const col of Object.keys(total).filter((c) => c !== 'Skole' && c !== 'Merknad')) {
        const anySmall = rows.some((r) => r.Skole !== 'Kommunen' && r[col] === SMALL);
        if (anySmall && !/%|Median/.test(col)) expect(typeof total[col]).toBe('string');
      }
    }
    expect(typeof municipality.Saker).toBe('string'); // several schools have «<5»: a range
    expect(registryRows(fake).every((r) => r['Oppsett kjørt'] === 'ja' && r.Tilstand === STATES.inUse)).toBe(
      true,
    );
    const reportFile = fake.world.tagged({ role: 'municipal-report' })[0]!;
    expect(reportFile.permissions.map((p) => p.emailAddress)).toContain('oppvekst@kommune.example');
  });
});
