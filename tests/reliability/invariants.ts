/**
 * What must hold after any job, however it failed and however it was retried (issue 9, «Every job safe
 * to retry»). Each check returns the broken invariants in words; an empty list is a sound school.
 */
import type { Emulator } from '../../tools/emulator/emulator';
import { sheetRecords } from '../support/bundle';

export const REKTOR = 'rektor@skole.no';

type Row = Record<string, unknown>;

const text = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v ?? ''));

/** The raw record Google keeps of the meldeskjema: the form's responses and its response sheet. */
export interface RawRecord {
  responses: string[];
  sheet: string[];
}

/** The form's responses and the response sheet's rows, without ids (a retry may draw other ids). */
export function rawRecord(emu: Emulator): RawRecord {
  const form = emu.form;
  const responses = form.responses.map((r) =>
    JSON.stringify([r.timestamp, r.email, [...r.answers.entries()].sort((a, b) => a[0] - b[0])]),
  );
  const sheet = form.destination?.sheet;
  const rows = sheet ? sheet._grid.map((row) => JSON.stringify((row ?? []).map((c) => c?.value ?? ''))) : [];
  return { responses, sheet: rows };
}

/** Documents the product makes for a case, by their file name. */
const DOC_NAME =
  /^(Aktivitetsplan|Evaluering av aktivitetsplan|Dokumentasjon av aktivitetsplikten|Melding til skoleeier) (\d{4}-\d{3,}) v(\d+)(\.pdf)?$/;

const LOGGED_AS: Record<string, string> = {
  Aktivitetsplan: 'Aktivitetsplan laget',
  'Evaluering av aktivitetsplan': 'Evaluering laget',
  'Dokumentasjon av aktivitetsplikten': 'Dokumentasjon laget',
  'Melding til skoleeier': 'Melding til skoleeier laget',
};

interface CaseDoc {
  id: string;
  title: string;
  saksnr: string;
  pdf: boolean;
}

/** Every document and PDF of a case that is not in the trash. */
function caseDocs(emu: Emulator): CaseDoc[] {
  const store = emu.docs.driveStore;
  const out: CaseDoc[] = [];
  for (const item of store.items.values()) {
    const m = DOC_NAME.exec(item.name);
    if (!m || store.isTrashed(item)) continue;
    out.push({ id: item.id, title: m[1]!, saksnr: m[2]!, pdf: Boolean(m[4]) });
  }
  return out;
}

/** The journal's entries (register/journal.ts), from however many property values hold it. */
export function journalOf(emu: Emulator): Record<string, unknown> {
  const props = emu.properties.document;
  const parts = Number(props.get('journal:parts') ?? 1);
  let text = props.get('journal') ?? '';
  for (let i = 1; i < parts; i++) text += props.get(`journal:${i}`) ?? '';
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

const docIdOf = (url: string) => /\/d\/([^/]+)/.exec(url)?.[1] ?? '';

/** A status move a log row records: «A → B.» in a status event, or «Status: A → B.» in a plan's row. */
function moveOf(row: Row): [string, string] | null {
  const event = text(row['Hendelse']);
  const details = text(row['Detaljer']);
  if (event === 'Status endret' || event === 'Saken avsluttet' || event === 'Saken gjenåpnet') {
    const m = /^(\S+) → (\S+)\./.exec(details);
    return m ? [m[1]!, m[2]!] : null;
  }
  if (event === 'Aktivitetsplan laget') {
    const m = /Status: (\S+) → (\S+)\./.exec(details);
    return m ? [m[1]!, m[2]!] : null;
  }
  return null;
}

export interface Expectation {
  /** Reports submitted to the meldeskjema that must be cases (leadership reports excepted). */
  reports: number;
  /** The raw record of a clean run of the same steps: a faulted run must leave the same. */
  raw?: RawRecord;
}

/**
 * The invariants of issue 9 over the whole school:
 *  - every report exactly one case; case numbers unique;
 *  - every case notified to the rektor at least once, at most one extra identical mail;
 *  - «Logg» agrees with «Saker»: one «Melding mottatt» per case, the status moves logged form one chain
 *    from «Meldt» to the status in «Saker» (each move once), one «Tiltak lagt til» (or a counted new measure
 *    of an evaluation) per measure, one log row per document made;
 *  - no duplicated measure; no document left half-filled (`{{`), no second document or PDF of one version;
 *  - «Saker» links an existing, completely filled plan;
 *  - nothing left undone in the journal;
 *  - the raw record of the responses as in a clean run.
 */
export function brokenInvariants(emu: Emulator, expect: Expectation): string[] {
  const broken: string[] = [];
  const register = sheetRecords(emu, 'Saker');
  const cases = register.filter((c) => text(c['Saksnr']) !== '');
  const log = sheetRecords(emu, 'Logg');
  const measures = sheetRecords(emu, 'Tiltak').filter((m) => text(m['Saksnr']) !== '');
  const numbers = cases.map((c) => text(c['Saksnr']));

  // Reports and cases.
  const fromForm = cases.filter((c) => text(c['Svar-id']) !== '');
  if (fromForm.length !== expect.reports)
    broken.push(`${expect.reports} reports, ${fromForm.length} cases from the form`);
  const ids = fromForm.map((c) => text(c['Svar-id']));
  if (new Set(ids).size !== ids.length) broken.push('a report is two cases');
  const known = new Set(emu.form.responses.map((r) => r.id));
  for (const id of ids) if (!known.has(id)) broken.push(`case from an unknown response ${id}`);
  if (new Set(numbers).size !== numbers.length) broken.push(`case numbers not unique: ${numbers.join(', ')}`);

  for (const c of cases) {
    const saksnr = text(c['Saksnr']);
    // Notified once (at most one extra, identical).
    const notices = emu.mail.sent.filter(
      (m) => m.to === REKTOR && m.subject.endsWith(`Ny sak ${saksnr} i Skolemiljø`),
    );
    if (notices.length === 0) broken.push(`${saksnr}: the rektor was never notified`);
    if (notices.length > 2) broken.push(`${saksnr}: notified ${notices.length} times`);
    if (
      notices.length === 2 &&
      JSON.stringify(notices[0]) !== JSON.stringify({ ...notices[1], at: notices[0]!.at })
    )
      broken.push(`${saksnr}: two different notices`);

    const rows = log.filter((r) => text(r['Saksnr']) === saksnr);
    const count = (event: string) => rows.filter((r) => text(r['Hendelse']) === event).length;
    if (count('Melding mottatt') !== 1)
      broken.push(`${saksnr}: ${count('Melding mottatt')} «Melding mottatt»`);

    // The status moves: one chain from «Meldt» to the register's status.
    let status = 'Meldt';
    for (const r of rows) {
      const move = moveOf(r);
      if (!move) continue;
      if (move[0] !== status) broken.push(`${saksnr}: logged ${move[0]} → ${move[1]} while ${status}`);
      status = move[1];
    }
    if (status !== text(c['Status']))
      broken.push(`${saksnr}: «Saker» says ${text(c['Status'])}, the log ${status}`);

    // Measures: each logged once, none twice.
    const own = measures.filter((m) => text(m['Saksnr']) === saksnr);
    const newInEvaluations = rows
      .filter((r) => text(r['Hendelse']) === 'Tiltak vurdert')
      .reduce((n, r) => n + Number(/(\d+) nye tiltak/.exec(text(r['Detaljer']))?.[1] ?? 0), 0);
    if (own.length !== count('Tiltak lagt til') + newInEvaluations)
      broken.push(
        `${saksnr}: ${own.length} measures, ${count('Tiltak lagt til')} + ${newInEvaluations} logged`,
      );
    const keys = own.map((m) =>
      JSON.stringify(['Tiltak', 'Nivå', 'Hvem', 'Fra', 'Til'].map((h) => text(m[h]))),
    );
    if (new Set(keys).size !== keys.length) broken.push(`${saksnr}: a measure twice`);

    // Documents: complete, one per version, each logged once.
    const docs = caseDocs(emu).filter((d) => d.saksnr === saksnr);
    const names = docs.map((d) => emu.docs.driveStore.items.get(d.id)!.name);
    for (const name of new Set(names))
      if (names.filter((n) => n === name).length > 1) broken.push(`${saksnr}: two «${name}»`);
    for (const d of docs) {
      if (!d.pdf && emu.docs.docStore.text(d.id).includes('{{'))
        broken.push(`${saksnr}: «${emu.docs.driveStore.items.get(d.id)!.name}» is half-filled`);
    }
    for (const [title, event] of Object.entries(LOGGED_AS)) {
      const made = docs.filter((d) => d.title === title && !d.pdf).length;
      if (made !== count(event)) broken.push(`${saksnr}: ${made} «${title}», ${count(event)} «${event}»`);
      for (const r of rows.filter((x) => text(x['Hendelse']) === event)) {
        const id = docIdOf(text(r['Detaljer']));
        if (!docs.some((d) => d.id === id)) broken.push(`${saksnr}: «${event}» links no document`);
      }
    }

    // The plan «Saker» links.
    const sheet = emu.spreadsheet._sheetByName('Saker')!;
    const header = sheet._grid[0]!.map((cell) => text(cell?.value));
    const formula = sheet._grid[1 + register.indexOf(c)]?.[header.indexOf('Aktivitetsplan')]?.formula ?? '';
    if (formula) {
      const id = docIdOf(formula);
      const plan = docs.find((d) => d.id === id);
      if (!plan) broken.push(`${saksnr}: «Saker» links a plan that is not there`);
      else if (emu.docs.docStore.text(id).includes('{{'))
        broken.push(`${saksnr}: the linked plan is half-filled`);
    } else if (text(c['Status']) === 'Aktivitetsplan' || text(c['Status']) === 'Evalueres')
      broken.push(`${saksnr}: status ${text(c['Status'])} with no plan linked`);
  }

  // Documents of no case in the register (a run that made one and then lost its case).
  for (const d of caseDocs(emu))
    if (!numbers.includes(d.saksnr)) broken.push(`a document for ${d.saksnr}, which is no case`);

  if (Object.keys(journalOf(emu)).length > 0) broken.push('work left in the journal');

  if (expect.raw) {
    const now = rawRecord(emu);
    if (JSON.stringify(now.responses) !== JSON.stringify(expect.raw.responses))
      broken.push('the form’s responses changed');
    if (JSON.stringify(now.sheet) !== JSON.stringify(expect.raw.sheet))
      broken.push('the response sheet changed');
  }
  return broken;
}
