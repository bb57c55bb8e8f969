import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex, utf8 } from '../../../src/domain/log/sha256';

const node = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('sha256Hex', () => {
  it('gives the published test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('equals Node’s SHA-256 of the UTF-8 bytes for any text, Norwegian letters and emoji included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        expect(sha256Hex(s)).toBe(node(s));
      }),
      { numRuns: 400 },
    );
    for (const s of [
      'Ærlig øl på å',
      '😀 elev',
      'x'.repeat(55),
      'x'.repeat(56),
      'x'.repeat(64),
      'y'.repeat(1000),
    ])
      expect(sha256Hex(s)).toBe(node(s));
  });

  it('encodes UTF-8 as Node does, a lone surrogate as U+FFFD', () => {
    for (const s of ['æøå', '\u{1F600}', '\uD800x', 'a\uDC00'])
      expect([...utf8(s)]).toEqual([...Buffer.from(s, 'utf8')]);
  });
});
