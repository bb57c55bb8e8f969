/**
 * Every job that writes runs under the script lock, so two triggers (two form submissions in the same
 * second, a double-clicked menu) never interleave their read-modify-write of a sheet.
 *
 * Sheets buffers a script's writes; the lock is released only after `SpreadsheetApp.flush()`, so the
 * next job to take it reads what this one wrote ("if you are working with a spreadsheet, you should
 * call SpreadsheetApp.flush() prior to releasing the lock",
 * https://developers.google.com/apps-script/reference/lock/lock#releaseLock()).
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
    try {
      SpreadsheetApp.flush();
    } finally {
      lock.releaseLock();
    }
  }
}
