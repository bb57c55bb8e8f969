import type { Env } from '../core/env.js';
import { gas } from '../core/gas.js';
import { proxyOf, track } from '../core/tracking.js';
import { formTriggerBuilder } from './formTriggers.js';

/**
 * Installable triggers. https://developers.google.com/apps-script/reference/script/script-app
 * A project may hold at most 20 triggers per user per script; past that `create()` throws.
 * An editor add-on may hold one trigger of each type per user per document ("Each add-on can only have
 * one trigger of each type, per user, per document",
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers); past that `create()` throws
 * the reported "This add-on has created too many time-based triggers in this document for this Google user
 * account." (the wording for the other types is inferred from it).
 */
export type EventType = 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT' | 'CLOCK';

export interface TriggerSpec {
  id: string;
  handler: string;
  eventType: EventType;
  source: 'SPREADSHEETS' | 'CLOCK' | 'FORMS';
  sourceId: string | null;
  owner: string;
  /** The document the trigger was created in (an add-on's triggers are counted per document). */
  documentId: string | null;
  /** For CLOCK triggers. */
  everyDays?: number;
  atHour?: number;
  everyHours?: number;
}

export type Deployment = 'bound' | 'addon' | 'addonTest';

export class TriggerStore {
  readonly triggers: TriggerSpec[] = [];
  deployment: Deployment = 'bound';
  /** The document the running execution belongs to (null: none, e.g. an add-on's time-driven trigger). */
  activeDocument: () => string | null = () => null;
}

const TYPE_WORDS: Record<EventType, string> = {
  CLOCK: 'time-based',
  ON_FORM_SUBMIT: 'form-submit',
  ON_EDIT: 'edit',
  ON_OPEN: 'open',
  ON_CHANGE: 'change',
};

const MAX_TRIGGERS = 20;

class EmuTriggerBuilder {
  readonly _spec: Partial<TriggerSpec>;
  constructor(
    readonly _env: Env,
    readonly _store: TriggerStore,
    handler: string,
  ) {
    this._spec = { handler, owner: _env.activeUser };
  }
  private self() {
    return proxyOf(this);
  }
  forSpreadsheet(sheet: string | GoogleAppsScript.Spreadsheet.Spreadsheet) {
    this._spec.source = 'SPREADSHEETS';
    this._spec.sourceId = typeof sheet === 'string' ? sheet : sheet.getId();
    return this.self();
  }
  forForm(form: string | GoogleAppsScript.Forms.Form) {
    this._spec.source = 'FORMS';
    this._spec.sourceId = typeof form === 'string' ? form : form.getId();
    return formTriggerBuilder(this._env, this._spec, () => this.create());
  }
  onFormSubmit() {
    this._spec.eventType = 'ON_FORM_SUBMIT';
    return this.self();
  }
  onOpen() {
    this._spec.eventType = 'ON_OPEN';
    return this.self();
  }
  onEdit() {
    this._spec.eventType = 'ON_EDIT';
    return this.self();
  }
  onChange() {
    this._spec.eventType = 'ON_CHANGE';
    return this.self();
  }
  timeBased() {
    this._spec.source = 'CLOCK';
    this._spec.eventType = 'CLOCK';
    this._spec.sourceId = null;
    return this.self();
  }
  everyDays(n: number) {
    this._spec.everyDays = n;
    return this.self();
  }
  everyHours(n: number) {
    this._spec.everyHours = n;
    return this.self();
  }
  atHour(hour: number) {
    if (hour < 0 || hour > 23) throw new Error('Hour must be between 0 and 23.');
    this._spec.atHour = hour;
    return this.self();
  }
  nearMinute(_minute: number) {
    return this.self();
  }
  inTimezone(_timezone: string) {
    return this.self();
  }
  create(): GoogleAppsScript.Script.Trigger {
    const s = this._spec;
    if (!s.eventType || !s.source) throw new Error('The trigger needs a source and an event type.');
    if (s.source === 'CLOCK' && !s.everyDays && !s.everyHours)
      throw new Error('A clock trigger needs a frequency.');
    const mine = this._store.triggers.filter((t) => t.owner === this._env.activeUser);
    if (mine.length >= MAX_TRIGGERS)
      throw new Error(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    const documentId = s.source === 'CLOCK' ? this._store.activeDocument() : (s.sourceId ?? null);
    if (
      this._store.deployment !== 'bound' &&
      mine.some((t) => t.eventType === s.eventType && t.documentId === documentId)
    ) {
      throw new Error(
        `This add-on has created too many ${TYPE_WORDS[s.eventType]} triggers in this document for this Google user account.`,
      );
    }
    const spec = {
      ...s,
      documentId,
      id: String(1_000_000 + this._store.triggers.length * 7 + mine.length),
    } as TriggerSpec;
    this._store.triggers.push(spec);
    return makeTrigger(this._env, spec);
  }
}

function makeTrigger(env: Env, spec: TriggerSpec): GoogleAppsScript.Script.Trigger {
  return gas(
    track(
      {
        _spec: spec,
        getHandlerFunction: () => spec.handler,
        getEventType: () => spec.eventType,
        getTriggerSource: () => spec.source,
        getTriggerSourceId: () => spec.sourceId,
        getUniqueId: () => spec.id,
      },
      'Trigger',
      env,
    ),
  );
}

export function createScriptApp(env: Env, store: TriggerStore): GoogleAppsScript.Script.ScriptApp {
  return gas(
    track(
      {
        AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', FULL: 'FULL' },
        EventType: {
          CLOCK: 'CLOCK',
          ON_OPEN: 'ON_OPEN',
          ON_EDIT: 'ON_EDIT',
          ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
          ON_CHANGE: 'ON_CHANGE',
        },
        TriggerSource: { SPREADSHEETS: 'SPREADSHEETS', CLOCK: 'CLOCK', FORMS: 'FORMS' },
        AuthorizationStatus: { REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' },
        /**
         * https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode)
         * A script that is running was authorized for what its manifest asks (the emulator grants the
         * manifest's scopes to every user who runs it), so the status is NOT_REQUIRED; the authorized
         * scopes are the manifest's.
         */
        getAuthorizationInfo: (_mode: unknown) =>
          track(
            {
              getAuthorizationStatus: () => 'NOT_REQUIRED',
              getAuthorizationUrl: () => null,
              getAuthorizedScopes: () => [...(env.grantedScopes ?? [])],
            },
            'AuthorizationInfo',
            env,
          ),
        newTrigger: (functionName: string) =>
          track(new EmuTriggerBuilder(env, store, functionName), 'TriggerBuilder', env),
        // Only the current user's triggers are visible, as in Apps Script.
        getProjectTriggers: () =>
          store.triggers.filter((t) => t.owner === env.activeUser).map((t) => makeTrigger(env, t)),
        getUserTriggers: (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) =>
          store.triggers
            .filter((t) => t.owner === env.activeUser && t.sourceId === ss.getId())
            .map((t) => makeTrigger(env, t)),
        deleteTrigger: (trigger: GoogleAppsScript.Script.Trigger) => {
          const id = trigger.getUniqueId();
          const i = store.triggers.findIndex((t) => t.id === id);
          if (i >= 0) store.triggers.splice(i, 1);
        },
        getScriptId: () => 'script-emulated',
      },
      'ScriptApp',
      env,
    ),
  );
}
