import type { Env } from '../core/env.js';
import { gas } from '../core/gas.js';
import { track } from '../core/tracking.js';
import type { TriggerSpec } from './scriptApp.js';

/**
 * `ScriptApp.newTrigger(fn).forForm(form | formId)` gives a FormTriggerBuilder, which has only
 * `onFormSubmit()`, `onOpen()` and `create()` (https://developers.google.com/apps-script/reference/script/form-trigger-builder).
 * The trigger fires when a response is submitted to the form, with the event
 * `{authMode, response, source, triggerUid}` (https://developers.google.com/apps-script/guides/triggers/events#form-submit_1);
 * the emulator fires it from `Emulator` when `FormsStore` takes a submission.
 */
export function formTriggerBuilder(
  env: Env,
  spec: Partial<TriggerSpec>,
  create: () => GoogleAppsScript.Script.Trigger,
): GoogleAppsScript.Script.FormTriggerBuilder {
  let proxy: unknown;
  const builder = {
    onFormSubmit: () => {
      spec.eventType = 'ON_FORM_SUBMIT';
      return proxy;
    },
    onOpen: () => {
      spec.eventType = 'ON_OPEN';
      return proxy;
    },
    create: () => create(),
  };
  proxy = track(builder, 'FormTriggerBuilder', env);
  return gas(proxy);
}
