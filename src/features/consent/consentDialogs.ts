import { changeConsent, parseConsents, SERVICES, type Service } from '../../domain/cases/consent';
import { formatNorwegian } from '../../domain/time/localDate';
import { cellDate, cellText, dateCell } from '../../gas/cellValues';
import { systemClock } from '../../gas/clock';
import { toWritable } from '../../gas/table';
import type { Messages } from '../../i18n';
import {
  choice,
  date,
  done,
  FieldError,
  type FormPayload,
  type FormResult,
  list,
  required,
  showFormDialog,
  text,
} from '../dialogs/formDialog';
import { UserError } from '../menu/userError';
import { MAX_REASON } from '../register/caseActions';
import { caseOfDialog, dialogContext, type SelectedCase } from '../register/selectedCase';
import type { Work } from '../register/work';
import { BARNEVERN_COL, BARNEVERN_SHEET } from './barnevernSheet';

type Ui = GoogleAppsScript.Base.Ui;

/**
 * «Registrer samtykke …»: the family consents (or withdraws consent) to the school discussing the student
 * by name with a service or in the resource team (legal review G7). The consents stand in «Samtykke» in
 * «Saker»; a referral or cooperation measure, the PPT step of the absence routine and the resource team's
 * agenda read them.
 */
export function openConsentDialog(c: SelectedCase, t: Messages, ui: Ui): void {
  if (c.record.status === 'Avsluttet') throw new UserError(t.cases.closedCase(c.saksnr));
  const k = t.consent;
  const now = parseConsents(c.record.samtykke);
  showFormDialog(
    ui,
    {
      action: 'consent',
      context: dialogContext(c),
      intro: k.intro,
      fields: [
        {
          kind: 'checkboxes',
          name: 'services',
          label: k.services,
          options: SERVICES.map((s) => ({
            value: s,
            label: now.has(s) ? `${k.serviceNames[s]} (${formatNorwegian(now.get(s)!)})` : k.serviceNames[s],
          })),
          required: true,
        },
        {
          kind: 'radio',
          name: 'change',
          label: k.change,
          options: [
            { value: 'gitt', label: k.changes.gitt },
            { value: 'trukket', label: k.changes.trukket },
          ],
          value: 'gitt',
          required: true,
        },
        { kind: 'date', name: 'when', label: k.when, value: systemClock().today, required: true },
        {
          kind: 'radio',
          name: 'by',
          label: k.givenBy,
          options: [
            { value: 'foresatte', label: k.givenByOptions.foresatte },
            { value: 'begge', label: k.givenByOptions.begge },
          ],
          value: 'foresatte',
        },
        { kind: 'text', name: 'note', label: k.note, help: k.noteHelp, maxLength: 300 },
      ],
    },
    t,
    k.title(c.saksnr),
    640,
  );
}

export function submitConsent(p: FormPayload, w: Work): FormResult {
  const k = w.t.consent;
  const c = caseOfDialog(p, w);
  if (c.record.status === 'Avsluttet') throw new UserError(w.t.cases.closedCase(c.saksnr));
  const services = list(p, 'services').filter((s): s is Service =>
    (SERVICES as readonly string[]).includes(s),
  );
  if (services.length === 0) throw new FieldError('services', k.serviceRequired);
  const change = choice<'gitt' | 'trukket'>(p, 'change', ['gitt', 'trukket'], w.t);
  const when = date(p, 'when', w.t);
  if (!when) throw new FieldError('when', w.t.dialogs.fieldRequired);
  if (when > w.clock.today) throw new FieldError('when', k.future);
  const by = choice<'foresatte' | 'begge'>(p, 'by', ['foresatte', 'begge'], w.t);
  const note = text(p, 'note').trim();
  let cell = c.record.samtykke;
  for (const s of services) cell = changeConsent(cell, s, change === 'gitt' ? when : null);
  const names = services.join(', ');
  const details =
    change === 'gitt'
      ? k.details(names, formatNorwegian(when), k.givenByOptions[by])
      : k.withdrawnDetails(names, formatNorwegian(when));
  w.commit([
    {
      saksnr: c.saksnr,
      row: c.row,
      record: { ...c.record, samtykke: cell },
      log: [
        {
          subDuty: 'tiltak',
          event: change === 'gitt' ? k.given : k.withdrawn,
          details: note ? `${details} ${k.noteLine(note)}` : details,
        },
      ],
    },
  ]);
  return done(k.done(c.saksnr, cell || k.none));
}

/**
 * «Bekymringsmelding til barnevernet …»: records that a report was sent (the duty to inform,
 * barnevernsloven § 13-2), in the leadership's own sheet «Barnevern». Deliberately not an operation with
 * log rows: nothing of it goes to «Logg», so it never reaches the documentation, the sidebar's chronology
 * or a document sent home. The same report registered twice (a retry) is written once.
 */
export function openBarnevernDialog(c: SelectedCase, t: Messages, ui: Ui): void {
  const b = t.barnevern;
  showFormDialog(
    ui,
    {
      action: 'barnevern',
      context: dialogContext(c),
      intro: b.intro,
      fields: [
        { kind: 'date', name: 'when', label: b.when, value: systemClock().today, required: true },
        { kind: 'text', name: 'by', label: b.sentBy, help: b.sentByHelp, required: true, maxLength: 200 },
        {
          kind: 'radio',
          name: 'how',
          label: b.how,
          options: b.ways.map((x) => ({ value: x, label: x })),
          required: true,
        },
        { kind: 'textarea', name: 'note', label: b.note, help: b.noteHelp, rows: 2, maxLength: MAX_REASON },
      ],
    },
    t,
    b.title(c.saksnr),
    620,
  );
}

export function submitBarnevern(p: FormPayload, w: Work): FormResult {
  const b = w.t.barnevern;
  const c = caseOfDialog(p, w);
  const when = date(p, 'when', w.t);
  if (!when) throw new FieldError('when', w.t.dialogs.fieldRequired);
  if (when > w.clock.today) throw new FieldError('when', b.future);
  const by = required(p, 'by', w.t).trim();
  const how = choice(p, 'how', b.ways, w.t);
  const note = text(p, 'note').trim();
  const sheet = w.ss.getSheetByName(BARNEVERN_SHEET.name);
  if (!sheet) throw new UserError(w.t.errors.notSetUp);
  const header = sheet
    .getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1))
    .getValues()[0]!
    .map((h) => String(h).trim());
  const col = (h: string) => header.indexOf(h);
  for (const h of Object.values(BARNEVERN_COL)) if (col(h) < 0) throw new UserError(w.t.errors.notSetUp);
  const last = sheet.getLastRow();
  if (last > 1) {
    const rows = sheet.getRange(2, 1, last - 1, header.length).getValues();
    const same = rows.some(
      (r) =>
        cellText(r[col(BARNEVERN_COL.saksnr)] as string) === c.saksnr &&
        cellDate(r[col(BARNEVERN_COL.sendt)] as Date | string) === when &&
        cellText(r[col(BARNEVERN_COL.sendtAv)] as string) === by &&
        cellText(r[col(BARNEVERN_COL.hvordan)] as string) === how,
    );
    if (same) return done(b.done(c.saksnr));
  }
  const row: unknown[] = header.map(() => '');
  row[col(BARNEVERN_COL.registrert)] = w.clock.now;
  row[col(BARNEVERN_COL.registrertAv)] = toWritable(w.user);
  row[col(BARNEVERN_COL.saksnr)] = toWritable(c.saksnr);
  row[col(BARNEVERN_COL.sendt)] = dateCell(when);
  row[col(BARNEVERN_COL.sendtAv)] = toWritable(by);
  row[col(BARNEVERN_COL.hvordan)] = toWritable(how);
  row[col(BARNEVERN_COL.merknad)] = toWritable(note);
  sheet.appendRow(row);
  return done(b.done(c.saksnr));
}
