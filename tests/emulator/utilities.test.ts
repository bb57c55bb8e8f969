import { describe, expect, it } from 'vitest';
import { Emulator } from '../../tools/emulator/emulator';

function run<T>(body: string): T {
  return new Emulator().load(`function t() { ${body} }`).run<T>('t');
}

const hex = (bytes: number[]) => bytes.map((b) => (b & 0xff).toString(16).padStart(2, '0')).join('');

describe('Utilities.computeDigest', () => {
  it('gives signed Java bytes for every DigestAlgorithm, from a string or from bytes', () => {
    const out = run<Record<string, number[]>>(`
      const A = Utilities.DigestAlgorithm;
      const r = {};
      for (const k of Object.keys(A)) r[k] = Utilities.computeDigest(A[k], 'abc');
      r.bytes = Utilities.computeDigest(A.SHA_256, [97, 98, 99]);
      return r;`);
    expect(Object.keys(out).sort()).toEqual([
      'MD2',
      'MD5',
      'SHA_1',
      'SHA_256',
      'SHA_384',
      'SHA_512',
      'bytes',
    ]);
    expect(hex(out['MD2']!)).toBe('da853b0d3f88d99b30283a69e6ded6bb');
    expect(hex(out['MD5']!)).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(hex(out['SHA_1']!)).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(out['SHA_256']).toEqual(out['bytes']);
    expect(out['SHA_512']).toHaveLength(64);
    for (const bytes of Object.values(out)) expect(bytes.every((b) => b >= -128 && b <= 127)).toBe(true);
  });

  it('encodes strings in UTF-8 unless a Charset says otherwise (US_ASCII makes "ø" a "?")', () => {
    const out = run<number[][]>(`
      const A = Utilities.DigestAlgorithm, C = Utilities.Charset;
      return [
        Utilities.computeDigest(A.MD5, 'ø'),
        Utilities.computeDigest(A.MD5, 'ø', C.UTF_8),
        Utilities.computeDigest(A.MD5, 'ø', C.US_ASCII),
        Utilities.computeDigest(A.MD5, '?'),
      ];`);
    expect(out[0]).toEqual(out[1]);
    expect(out[2]).toEqual(out[3]);
    expect(out[0]).not.toEqual(out[2]);
  });

  it('refuses an unknown algorithm or a value of another type', () => {
    expect(() => run("Utilities.computeDigest('SHA_3', 'x');")).toThrow('Invalid argument: algorithm');
    expect(() => run('Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 42);')).toThrow(
      /don't match the method signature for Utilities.computeDigest/,
    );
  });
});

describe('Utilities base64', () => {
  it('encodes strings and bytes, plain and web-safe (padding kept), and decodes to Java bytes', () => {
    const out = run<unknown[]>(`
      const bytes = [-5, -1, 62];
      return [
        Utilities.base64Encode('Skolemiljø'),
        Utilities.base64Encode(bytes),
        Utilities.base64EncodeWebSafe(bytes),
        Utilities.base64EncodeWebSafe('a'),
        Utilities.base64Decode('+/8+'),
        Utilities.base64DecodeWebSafe('-_8-'),
        Utilities.newBlob(Utilities.base64Decode(Utilities.base64Encode('Skolemiljø'))).getDataAsString(),
      ];`);
    expect(out).toEqual([
      Buffer.from('Skolemiljø').toString('base64'),
      '+/8+',
      '-_8-',
      'YQ==',
      [-5, -1, 62],
      [-5, -1, 62],
      'Skolemiljø',
    ]);
    expect(() => run("Utilities.base64Decode('ab$c');")).toThrow('Could not decode string.');
  });

  it('makes random UUIDs', () => {
    const [a, b] = run<string[]>('return [Utilities.getUuid(), Utilities.getUuid()];');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
  });
});
