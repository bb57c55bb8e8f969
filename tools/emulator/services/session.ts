import type { Env } from '../core/env.js';
import { gas } from '../core/gas.js';
import { track } from '../core/tracking.js';

/** https://developers.google.com/apps-script/reference/base/session */
export function createSession(env: Env): GoogleAppsScript.Base.Session {
  const user = (email: () => string) => track({ getEmail: email }, 'User', env);
  return gas(
    track(
      {
        getActiveUser: () => user(() => env.activeUser),
        // The user whose authority the script runs under: the person clicking, or a trigger's owner.
        getEffectiveUser: () => user(() => env.activeUser),
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
