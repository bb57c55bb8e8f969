/**
 * «Innstillinger …»: the school's settings as a form instead of rows to type in. Checked with the same
 * rules the daily job reads the sheet with (domain/settings/settings.ts: `checkSetting`, zod/mini), each
 * problem told in the dialog's language and pointed at its field; saved to «Innstillinger» as text; then
 * the repairs setUp would make for the new values (the meldeskjema with skoleeier's channel and the
 * language, the leadership's access, the documents and sheets in the language) and the open cases'
 * deadlines counted again when the calendar or a deadline changed.
 */
import {
  checkSetting,
  emailList,
  parseSettings,
  SETTINGS,
  type SettingKey,
  type SettingProblem,
  type Settings,
} from '../../domain/settings/settings';
import { formatNorwegian, parseNorwegianOrIso } from '../../domain/time/localDate';
import { type Messages, messages } from '../../i18n';
import type { FieldSpec } from '../../ui/contract';
import {
  choice,
  date,
  done,
  FieldError,
  type FormPayload,
  type FormResult,
  showFormDialog,
  text,
} from '../dialogs/formDialog';
import { UserError } from '../menu/userError';
import { Register } from '../register/register';
import type { Work } from '../register/work';
import { SETUP_STEPS } from '../setup/steps';
import { triggersStep } from '../setup/triggersStep';
import { readSettings, readSettingTexts, writeSettings } from './settingsSheet';

type DialogKey = Exclude<
  SettingKey,
  'formUrl' | 'formEditUrl' | 'confirmFormUrl' | 'driveFolderUrl' | 'triggerOwner' | 'reportSheetId'
>;
type Words = Messages['settingsDialog'];

/** The dialog's fields in order, in groups; a whole number gets a numeric keyboard. */
const GROUPS: readonly { title: keyof Words; keys: readonly DialogKey[] }[] = [
  { title: 'school', keys: ['schoolName', 'rektorEmail', 'rektorName', 'leadership', 'language'] },
  { title: 'skoleeier', keys: ['skoleeierEmail', 'skoleeierChannel'] },
  { title: 'year', keys: ['schoolStart', 'holidays'] },
  {
    title: 'deadlines',
    keys: [
      'investigationSchoolDays',
      'investigationSchoolDaysSerious',
      'planSchoolDays',
      'soonSchoolDays',
      'firstEvaluationWeeks',
      'absenceMeetingSchoolDays',
      'absenceAgreementSchoolDays',
    ],
  },
  { title: 'retention', keys: ['retentionMonths'] },
];
const KEYS: readonly DialogKey[] = GROUPS.flatMap((g) => g.keys);
const WHOLE: readonly DialogKey[] = [
  'investigationSchoolDays',
  'investigationSchoolDaysSerious',
  'planSchoolDays',
  'soonSchoolDays',
  'firstEvaluationWeeks',
  'absenceMeetingSchoolDays',
  'absenceAgreementSchoolDays',
  'retentionMonths',
];
/** Settings the open cases' dates are computed from: changing one counts their deadlines again. */
const DATE_KEYS: readonly SettingKey[] = [
  'holidays',
  'investigationSchoolDays',
  'investigationSchoolDaysSerious',
  'planSchoolDays',
  'soonSchoolDays',
  'firstEvaluationWeeks',
  'absenceMeetingSchoolDays',
  'absenceAgreementSchoolDays',
];
const LANGUAGES = ['bokmål', 'nynorsk'] as const;

/**
 * setUp's steps (by name) that follow each setting: the meldeskjema shows skoleeier's channel and is shared
 * with the leadership, the protections and the Drive folder follow the leadership, the folder is named
 * after the school. A new language changes them all (every step but the triggers runs then).
 */
const PEOPLE = ['Meldeskjema', 'Kvitteringsskjema', 'Saksregister', 'Dokumenter'];
const FOLLOWS: Partial<Record<DialogKey, readonly string[]>> = {
  skoleeierChannel: ['Meldeskjema'],
  rektorEmail: PEOPLE,
  leadership: PEOPLE,
  schoolName: ['Dokumenter'],
  ...Object.fromEntries(DATE_KEYS.map((k) => [k, ['Saksregister']])),
};

/** A setting as the school has it now, in the form the sheet keeps it (what the dialog shows and compares with). */
function current(key: DialogKey, raw: ReadonlyMap<string, string>, settings: Settings): string {
  const def = SETTINGS.find((s) => s.key === key)!;
  const typed = (raw.get(def.label) ?? '').trim();
  if (key === 'language') return settings.language === 'nn' ? 'nynorsk' : 'bokmål';
  if (key === 'rektorEmail') return typed || settings.rektorEmail;
  if (key === 'leadership') return emailList(typed).join(', ');
  return typed || def.defaultValue;
}

function field(key: DialogKey, value: string, w: Words): FieldSpec {
  const label = w[key];
  const help = w[`${key}Help` as keyof Words] as string | undefined;
  const base = { name: key, label, ...(help ? { help } : {}) };
  switch (key) {
    case 'language':
      return {
        ...base,
        kind: 'radio',
        options: [
          { value: 'bokmål', label: w.bokmal },
          { value: 'nynorsk', label: w.nynorsk },
        ],
        value,
        required: true,
      };
    case 'rektorEmail':
      return { ...base, kind: 'email', value, required: true, maxLength: 200 };
    case 'skoleeierEmail':
      return { ...base, kind: 'email', value, maxLength: 200 };
    case 'skoleeierChannel':
      return { ...base, kind: 'textarea', value, rows: 2, required: true, maxLength: 1000 };
    case 'leadership':
      return { ...base, kind: 'textarea', value: emailList(value).join('\n'), rows: 3, maxLength: 2000 };
    case 'holidays':
      return { ...base, kind: 'textarea', value, rows: 4, maxLength: 4000 };
    case 'schoolStart':
      return { ...base, kind: 'date', value: parseNorwegianOrIso(value) ?? '' };
    default:
      return WHOLE.includes(key)
        ? { ...base, kind: 'text', value, inputMode: 'numeric', required: true, maxLength: 5 }
        : { ...base, kind: 'text', value, maxLength: 200 };
  }
}

export function openSettingsDialog(t: Messages, ui: GoogleAppsScript.Base.Ui): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const raw = readSettingTexts(ss);
  const settings = parseSettings(raw, {
    email: () => ss.getOwner()?.getEmail() ?? '',
    schoolName: () => ss.getName(),
  });
  const w = t.settingsDialog;
  const fields: FieldSpec[] = GROUPS.flatMap((g) => [
    { kind: 'info' as const, name: `group-${g.title}`, text: w[g.title] as string, tone: 'heading' as const },
    ...g.keys.map((key) => field(key, current(key, raw, settings), w)),
  ]);
  showFormDialog(ui, { action: 'settings', context: {}, intro: w.intro, fields }, t, w.title, 640);
}

/** A problem in the dialog's language, naming the field as the dialog labels it. */
function say(p: SettingProblem, w: Words): string {
  const label = w[p.key as DialogKey] ?? p.key;
  switch (p.kind) {
    case 'whole':
      return w.whole(label, p.min, p.max, p.text);
    case 'email':
      return w.email(label, p.text);
    case 'emailInList':
      return w.emailInList(label, p.text);
    case 'missing':
      return w.missing(label);
    case 'date':
      return w.date(label, p.text);
    case 'holidays':
      return w.holidaysProblem(p.text, p.detail);
  }
}

/** What the person chose, as the sheet will keep it; every field checked, the first problem thrown at its field. */
function chosen(p: FormPayload, t: Messages): Record<DialogKey, string> {
  const out = {} as Record<DialogKey, string>;
  for (const key of KEYS) {
    if (key === 'language') out[key] = choice(p, key, LANGUAGES, t);
    else if (key === 'schoolStart') {
      const d = date(p, key, t);
      out[key] = d ? formatNorwegian(d) : '';
    } else if (key === 'leadership') out[key] = emailList(text(p, key)).join(', ');
    else if (key === 'holidays')
      out[key] = text(p, key)
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean)
        .join('\n');
    else out[key] = text(p, key).trim();
    if (WHOLE.includes(key) && out[key] === '') throw new FieldError(key, t.dialogs.fieldRequired);
    if (key === 'rektorEmail' && out[key] === '') throw new FieldError(key, t.dialogs.fieldRequired);
    const problem = checkSetting(key, out[key]);
    if (problem) throw new FieldError(key, say(problem, t.settingsDialog));
  }
  return out;
}

/** The people «Innstillinger» is protected for: the owner, who runs Skolemiljø, the rektor and the leadership. */
function mayChange(w: Work): boolean {
  const me = w.user.toLowerCase();
  const allowed = [
    w.ss.getOwner()?.getEmail() ?? '',
    w.settings.triggerOwner,
    w.settings.rektorEmail,
    ...w.settings.leadership,
  ];
  return me !== '' && allowed.some((e) => e.toLowerCase() === me);
}

export function submitSettings(p: FormPayload, w: Work): FormResult {
  // Checked before anything is written or repaired; the sheet's protection says the same.
  if (!mayChange(w)) throw new UserError(w.t.settingsDialog.notAllowed);
  const values = chosen(p, w.t);
  const raw = readSettingTexts(w.ss);
  const changed = KEYS.filter((key) => values[key] !== current(key, raw, w.settings));
  if (changed.length === 0) return done(w.t.settingsDialog.unchanged);
  let written: SettingKey[];
  try {
    written = writeSettings(w.ss, Object.fromEntries(changed.map((k) => [k, values[k]])));
  } catch (error) {
    // The sheet is protected: only the rektor and the leadership may change it.
    if (error instanceof Error && /protect|beskytt/i.test(error.message))
      throw new UserError(w.t.settingsDialog.notAllowed);
    throw error;
  }
  const fresh = readSettings(w.ss);
  const t = messages(fresh.language);
  const ctx = { ss: w.ss, settings: () => fresh, clock: w.clock, log: w.log };
  // setUp's own steps where the new values matter (the triggers never: settings do not move them).
  const follow = new Set(written.flatMap((k) => FOLLOWS[k as DialogKey] ?? []));
  const repairs = SETUP_STEPS.filter(
    (step) => step !== triggersStep && (written.includes('language') || follow.has(step.name)),
  ).flatMap((step) => step.run(ctx));
  const recomputed = written.some((k) => DATE_KEYS.includes(k)) ? recomputeDeadlines(w, fresh) : 0;

  const labels = written.map((k) => t.settingsDialog[k as DialogKey]);
  w.commit([
    {
      saksnr: '',
      log: [
        {
          subDuty: '',
          event: t.settingsDialog.logEvent,
          details: [written.map((k) => SETTINGS.find((s) => s.key === k)!.label).join(', '), ...repairs].join(
            ' ',
          ),
        },
      ],
    },
  ]);
  return done(
    [
      t.settingsDialog.saved(labels.join(', ')),
      ...(repairs.length > 0 ? [t.settingsDialog.repaired(repairs.length)] : []),
      ...(recomputed > 0 ? [t.settingsDialog.recomputed(recomputed)] : []),
    ].join('\n'),
  );
}

/** The open cases' derived dates under the new calendar and deadlines (what the daily job would do tonight). */
function recomputeDeadlines(w: Work, settings: Settings): number {
  const register = Register.open(w.ss, settings);
  let n = 0;
  for (const row of register.all().cases) {
    if (row.record.status === 'Avsluttet') continue;
    const before = row.record;
    const after = register.update(row, (r) => r);
    if (
      after.fristUndersokelse !== before.fristUndersokelse ||
      after.fristAktivitetsplan !== before.fristAktivitetsplan ||
      after.nesteEvaluering !== before.nesteEvaluering
    )
      n++;
  }
  register.flush();
  return n;
}
