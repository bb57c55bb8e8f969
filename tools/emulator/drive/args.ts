/**
 * Apps Script checks argument types against the Java signatures and throws, e.g.
 * "The parameters (DriveApp.Folder,String) don't match the method signature for DriveApp.File.makeCopy."
 * (wording checked in gas-fakes' live tests, test/testdrive.js).
 */
export function typeNameOf(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'Boolean';
  if (Array.isArray(value)) return 'Object[]';
  if (typeof value === 'object') {
    const named = (value as { _gasTypeName?: unknown })._gasTypeName;
    return typeof named === 'string' ? named : 'Object';
  }
  return typeof value;
}

export function paramsError(member: string, args: readonly unknown[]): Error {
  let n = args.length;
  while (n > 0 && args[n - 1] === undefined) n--;
  const names = args.slice(0, n).map(typeNameOf).join(',');
  return new Error(`The parameters (${names}) don't match the method signature for ${member}.`);
}
