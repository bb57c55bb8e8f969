import type { Env } from '../core/env.js';
import { gas } from '../core/gas.js';
import { track } from '../core/tracking.js';

/**
 * https://developers.google.com/apps-script/reference/lock/lock
 * Executions run one at a time here, so contention comes from a lock held by another execution that
 * is still running (a nested execution started by a test while the first holds the lock) or from
 * `holdByOther`, which simulates a concurrent run elsewhere. A failed wait lets the clock run.
 * Locks are released when the execution that holds them ends, as in Apps Script.
 */
export type LockScope = 'script' | 'document' | 'user';

export class LockStore {
  readonly holders = new Map<string, string>();
  /** Execution id of the running execution, set by the runtime. */
  current = 'none';

  holdByOther(scope: LockScope, key = ''): void {
    this.holders.set(`${scope}:${key}`, 'elsewhere');
  }
  release(scope: LockScope, key = ''): void {
    this.holders.delete(`${scope}:${key}`);
  }
  releaseAllOf(execution: string): void {
    for (const [k, v] of this.holders) if (v === execution) this.holders.delete(k);
  }
}

export function createLockService(
  env: Env,
  store: LockStore,
  documentId: () => string | null,
): GoogleAppsScript.Lock.LockService {
  const makeLock = (key: string) => {
    const tryLock = (timeoutInMillis: number): boolean => {
      const holder = store.holders.get(key);
      if (holder === undefined || holder === store.current) {
        store.holders.set(key, store.current);
        return true;
      }
      const waited = Math.max(0, Math.min(timeoutInMillis, 300_000));
      env.advance(waited);
      // The wait counts against the execution's time limit.
      env.execution?.wait(waited);
      return false;
    };
    return track(
      {
        tryLock,
        waitLock: (timeoutInMillis: number): void => {
          if (!tryLock(timeoutInMillis))
            throw new Error('Lock timeout: another process was holding the lock for too long.');
        },
        hasLock: () => store.holders.get(key) === store.current,
        releaseLock: () => {
          if (store.holders.get(key) !== store.current) return;
          store.holders.delete(key);
          // "If you are working with a spreadsheet, you should call SpreadsheetApp.flush() prior to
          // releasing the lock" (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()).
          env.execution?.lockReleased(key);
        },
      },
      'Lock',
      env,
    );
  };
  return gas(
    track(
      {
        getScriptLock: () => makeLock('script:'),
        getDocumentLock: () => {
          const id = documentId();
          return id ? makeLock(`document:${id}`) : null;
        },
        getUserLock: () => makeLock(`user:${env.activeUser}`),
      },
      'LockService',
      env,
    ),
  );
}
