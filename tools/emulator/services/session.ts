import type { Env } from '../core/env.js';
import { gas } from '../core/gas.js';
import { track } from '../core/tracking.js';

/** https://developers.google.com/apps-script/reference/base/session */
export function createSession(env: Env): GoogleAppsScript.Base.Session {
  const user = (email: () => string) => track({ getEmail: email }, 'User', env);
  return gas(
    track(
      {
        // Blank in a simple trigger run by someone outside the owner's Workspace domain: "the user's email
        // address is not available in any context that allows a script to run without that user's
        // authorization, like a simple onOpen(e) or onEdit(e) trigger … these restrictions generally do not
        // apply if the developer runs the script themselves or belongs to the same Google Workspace domain
        // as the user" (https://developers.google.com/apps-script/reference/base/session#getActiveUser()).
        getActiveUser: () => {
          const email = env.visibleActiveUser();
          return user(() => email);
        },
        // "If the script is running under an installable trigger, this returns the account of the user who
        // created the trigger. In most other scenarios, this returns the same account as getActiveUser()"
        // (https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()).
        getEffectiveUser: () => {
          const email = env.visibleActiveUser();
          return user(() => email);
        },
        getScriptTimeZone: () => env.timeZone,
        getActiveUserLocale: () => 'nb',
        getTemporaryActiveUserKey: () =>
          `key-${env.activeUser.length}-${[...env.activeUser].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7)}`,
      },
      'Session',
      env,
    ),
  );
}

/** Logger.log and console.* both end up in env.logs, so tests can check what a run writes to the log. */
export function createLogging(env: Env): { Logger: GoogleAppsScript.Base.Logger; console: Console } {
  const write =
    (level: string) =>
    (...args: unknown[]) => {
      env.logs.push(`${level} ${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}`);
    };
  const Logger = gas<GoogleAppsScript.Base.Logger>(
    track(
      { log: write('INFO'), getLog: () => env.logs.join('\n'), clear: () => (env.logs.length = 0) },
      'Logger',
      env,
    ),
  );
  const console = gas<Console>({
    log: write('INFO'),
    info: write('INFO'),
    warn: write('WARN'),
    error: write('ERROR'),
  });
  return { Logger, console };
}
