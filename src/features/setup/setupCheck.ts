import { DocState } from '../../gas/docState';
import { openFormById } from '../../gas/forms';
import type { Messages } from '../../i18n';
import { CONFIRM_FORM_ID } from '../confirmations/confirmFormStep';
import { ROOT_KEY } from '../documents/drive';
import { FORM_ID } from '../intake/formStep';
import { PROTECTED_SHEETS } from '../register/registerFormat';
import { readSettings } from '../settings/settingsSheet';
import { HANDLERS, triggerOwner } from './ownership';

/** One line of «Sjekk oppsettet»: what was checked, whether it is in order, and what to do if not. */
export interface CheckLine {
  readonly ok: boolean;
  readonly text: string;
}

/**
 * «Sjekk oppsettet»: what a school runs right after installing, in its real Google account, as the
 * person who will work with it. Each item is read from Google itself, never assumed; each failure
 * names what to do. Nothing is changed.
 */
export function checkSetup(t: Messages): CheckLine[] {
  const c = t.check;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const state = DocState.load();
  const settings = readSettings(ss);
  const me = Session.getEffectiveUser().getEmail();
  const owner = triggerOwner(state);
  const lines: CheckLine[] = [];
  const add = (ok: boolean, good: string, bad: string) => lines.push({ ok, text: ok ? good : bad });

  const auth = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  add(
    auth.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.NOT_REQUIRED,
    c.authorized,
    c.notAuthorized,
  );

  if (!owner) add(false, '', c.noOwner);
  else if (owner !== me) add(true, c.ownedByOther(owner), '');
  else {
    const mine = ScriptApp.getProjectTriggers().filter((x) => HANDLERS.includes(x.getHandlerFunction()));
    const sources = new Set(
      mine.map((x) => (x.getEventType() === ScriptApp.EventType.CLOCK ? 'clock' : x.getTriggerSourceId())),
    );
    const missing = [
      sources.has(state.get(FORM_ID) ?? '-') ? '' : c.triggerForm,
      sources.has(state.get(CONFIRM_FORM_ID) ?? '-') ? '' : c.triggerConfirmations,
      sources.has('clock') ? '' : c.triggerDaily,
    ].filter(Boolean);
    add(missing.length === 0, c.triggersOk(me), c.triggersMissing(missing.join(', ')));
  }

  const ssOwner = ss.getOwner()?.getEmail() ?? '';
  for (const name of PROTECTED_SHEETS) {
    const sheet = ss.getSheetByName(name);
    if (!sheet) {
      add(false, '', c.sheetMissing(name));
      continue;
    }
    const p = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
    if (!p || p.isWarningOnly()) {
      add(false, '', c.notProtected(name));
      continue;
    }
    const editors = p.getEditors().map((u) => u.getEmail());
    const writer = owner || me;
    add(
      editors.includes(writer) || writer === ssOwner,
      c.protectedOk(name),
      c.ownerCannotWrite(name, writer),
    );
  }

  const zone = ss.getSpreadsheetTimeZone();
  const locale = ss.getSpreadsheetLocale();
  add(zone === 'Europe/Oslo', c.timeZoneOk, c.timeZoneWrong(zone));
  add(/^(nb|no|nn)(_NO)?$/.test(locale), c.localeOk(locale), c.localeWrong(locale));

  const form = openFormById(state.get(FORM_ID));
  if (!form) add(false, '', c.formMissing);
  else {
    add(form.getDestinationId() === ss.getId(), c.formLinked, c.formNotLinked);
    add(form.isAcceptingResponses(), c.formAccepting, c.formClosed);
  }

  const rootId = state.get(ROOT_KEY);
  let folderOk = false;
  try {
    folderOk = !!rootId && !DriveApp.getFolderById(rootId).isTrashed();
  } catch {
    folderOk = false;
  }
  add(folderOk, c.folderOk, rootId ? c.folderNoAccess(settings.driveFolderUrl) : c.folderMissing);

  const quota = MailApp.getRemainingDailyQuota();
  add(quota > 10, c.mailQuota(quota), c.mailQuotaLow(quota));

  add(settings.skoleeierChannel !== '', c.channelOk, c.channelMissing);
  for (const p of settings.problems) if (!p.includes(t.check.channelLabel)) add(false, '', p);
  return lines;
}

/** The lines as the alert shows them. */
export function formatCheck(t: Messages, lines: readonly CheckLine[]): string {
  const bad = lines.filter((l) => !l.ok).length;
  return [
    bad === 0 ? t.check.allGood : t.check.someBad(bad),
    '',
    ...lines.map((l) => `${l.ok ? '✔' : '✘'} ${l.text}`),
  ].join('\n');
}
