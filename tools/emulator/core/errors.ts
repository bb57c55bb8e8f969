/**
 * Errors thrown by Apps Script services are of type `Exception`: `String(e)` reads
 * "Exception: Specified permissions are not sufficient …" while `e.message` is the text alone, as in the
 * execution log of a real run (e.g. "Exception: Service Spreadsheets timed out while accessing document
 * with id …", quoted in many public projects).
 */
export function gasException(message: string): Error {
  const e = new Error(message);
  e.name = 'Exception';
  return e;
}

/**
 * Stops the execution: Apps Script ends a run that passes its time limit; the script cannot go on, even if
 * it catches the error (every later service call throws it again, and the run fails).
 */
export class ExecutionTimeLimitError extends Error {
  constructor() {
    // The text of the execution log: https://developers.google.com/apps-script/guides/services/quotas
    super('Exceeded maximum execution time');
    this.name = 'Exception';
  }
}
