/**
 * Every job that writes runs under the script lock, so two triggers (two form submissions in the same
 * second, a double-clicked menu) never interleave their read-modify-write of a sheet.
 */
export class LockBusyError extends Error {
  constructor() {
    super('LockBusy');
    this.name = 'LockBusyError';
  }
}

export function withScriptLock<T>(timeoutMs: number, fn: () => T): T {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(timeoutMs)) throw new LockBusyError();
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
