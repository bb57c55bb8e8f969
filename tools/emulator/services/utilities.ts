import { createHash, randomUUID } from 'node:crypto';
import { formatJavaDate } from '../core/dateFormat.js';
import type { Env } from '../core/env.js';
import { gas } from '../core/gas.js';
import { track } from '../core/tracking.js';

/**
 * https://developers.google.com/apps-script/reference/utilities/utilities
 * Byte[] in Apps Script are Java bytes: numbers from -128 to 127 (computeDigest, base64Decode). Strings
 * are encoded in UTF-8 unless a Utilities.Charset says otherwise; US_ASCII turns every character it
 * cannot hold into "?", as Java's String.getBytes does. Hashing runs in Node (node:crypto), outside the vm.
 */
const ALGORITHMS: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};
const CHARSETS = ['US_ASCII', 'UTF_8'];

const toJava = (bytes: Uint8Array): number[] => [...bytes].map((b) => (b > 127 ? b - 256 : b));

function encode(text: string, charset: unknown, member: string): Buffer {
  const cs = charset === undefined ? 'UTF_8' : String(charset);
  if (!CHARSETS.includes(cs)) throw new Error(`Invalid argument: charset (${member})`);
  if (cs === 'UTF_8') return Buffer.from(text, 'utf8');
  return Buffer.from([...text].map((ch) => (ch.codePointAt(0)! < 128 ? ch.codePointAt(0)! : 0x3f)));
}

/** A String or a Byte[] argument, as the overloads take them; anything else does not match a signature. */
function bytesOf(value: unknown, charset: unknown, member: string): Buffer {
  if (typeof value === 'string') return encode(value, charset, member);
  if (Array.isArray(value) && charset === undefined && value.every((b) => typeof b === 'number'))
    return Buffer.from(value.map((b) => b & 0xff));
  throw new Error(
    `The parameters (${Array.isArray(value) ? 'Object[]' : typeof value}) don't match the method signature for Utilities.${member}.`,
  );
}

/** MD2 (RFC 1319), which OpenSSL 3 no longer offers. */
function md2(data: Uint8Array): Uint8Array {
  const S = [
    41, 46, 67, 201, 162, 216, 124, 1, 61, 54, 84, 161, 236, 240, 6, 19, 98, 167, 5, 243, 192, 199, 115, 140,
    152, 147, 43, 217, 188, 76, 130, 202, 30, 155, 87, 60, 253, 212, 224, 22, 103, 66, 111, 24, 138, 23, 229,
    18, 190, 78, 196, 214, 218, 158, 222, 73, 160, 251, 245, 142, 187, 47, 238, 122, 169, 104, 121, 145, 21,
    178, 7, 63, 148, 194, 16, 137, 11, 34, 95, 33, 128, 127, 93, 154, 90, 144, 50, 39, 53, 62, 204, 231, 191,
    247, 151, 3, 255, 25, 48, 179, 72, 165, 181, 209, 215, 94, 146, 42, 172, 86, 170, 198, 79, 184, 56, 210,
    150, 164, 125, 182, 118, 252, 107, 226, 156, 116, 4, 241, 69, 157, 112, 89, 100, 113, 135, 32, 134, 91,
    207, 101, 230, 45, 168, 2, 27, 96, 37, 173, 174, 176, 185, 246, 28, 70, 97, 105, 52, 64, 126, 15, 85, 71,
    163, 35, 221, 81, 175, 58, 195, 92, 249, 206, 186, 197, 234, 38, 44, 83, 13, 110, 133, 40, 132, 9, 211,
    223, 205, 244, 65, 129, 77, 82, 106, 220, 55, 200, 108, 193, 171, 250, 36, 225, 123, 8, 12, 189, 177, 74,
    120, 136, 149, 139, 227, 99, 232, 109, 233, 203, 213, 254, 59, 0, 29, 57, 242, 239, 183, 14, 102, 88, 208,
    228, 166, 119, 114, 248, 235, 117, 75, 10, 49, 68, 80, 180, 143, 237, 31, 26, 219, 153, 141, 51, 159, 17,
    131, 20,
  ];
  const pad = 16 - (data.length % 16);
  const msg = new Uint8Array(data.length + pad + 16);
  msg.set(data);
  msg.fill(pad, data.length, data.length + pad);
  const n = data.length + pad;
  const checksum = new Uint8Array(16);
  let last = 0;
  for (let i = 0; i < n; i += 16)
    for (let j = 0; j < 16; j++) {
      checksum[j] = checksum[j]! ^ S[msg[i + j]! ^ last]!;
      last = checksum[j]!;
    }
  msg.set(checksum, n);
  const x = new Uint8Array(48);
  for (let i = 0; i < msg.length; i += 16) {
    for (let j = 0; j < 16; j++) {
      x[16 + j] = msg[i + j]!;
      x[32 + j] = x[16 + j]! ^ x[j]!;
    }
    let t = 0;
    for (let j = 0; j < 18; j++) {
      for (let k = 0; k < 48; k++) {
        x[k] = x[k]! ^ S[t]!;
        t = x[k]!;
      }
      t = (t + j) & 0xff;
    }
  }
  return x.slice(0, 16);
}

function decode(encoded: unknown, webSafe: boolean, member: string): number[] {
  if (typeof encoded !== 'string')
    throw new Error(
      `The parameters (${typeof encoded}) don't match the method signature for Utilities.${member}.`,
    );
  const text = encoded.replace(/\s+/g, '');
  const alphabet = webSafe ? /^[A-Za-z0-9_-]*={0,2}$/ : /^[A-Za-z0-9+/]*={0,2}$/;
  // Java's decoder refuses characters outside the alphabet (wording of the real error not verified).
  if (!alphabet.test(text)) throw new Error('Could not decode string.');
  return toJava(Buffer.from(text, webSafe ? 'base64url' : 'base64'));
}

export function createUtilities(
  env: Env,
  extras: Record<string, unknown> = {},
): GoogleAppsScript.Utilities.Utilities {
  const enumOf = (values: string[]) => Object.freeze(Object.fromEntries(values.map((v) => [v, v])));
  const webSafe = (b64: string) => b64.replace(/\+/g, '-').replace(/\//g, '_');
  return gas(
    track(
      {
        DigestAlgorithm: enumOf(['MD2', ...Object.keys(ALGORITHMS)]),
        Charset: enumOf(CHARSETS),
        formatDate: (date: Date, timeZone: string, format: string) => {
          if (Object.prototype.toString.call(date) !== '[object Date]') {
            throw new Error(
              "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
            );
          }
          return formatJavaDate(date, timeZone, format);
        },
        computeDigest: (algorithm: unknown, value: unknown, charset?: unknown) => {
          const name = String(algorithm);
          if (name !== 'MD2' && !ALGORITHMS[name]) throw new Error('Invalid argument: algorithm');
          const data = bytesOf(value, charset, 'computeDigest');
          return toJava(name === 'MD2' ? md2(data) : createHash(ALGORITHMS[name]!).update(data).digest());
        },
        getUuid: () => randomUUID(),
        base64Encode: (data: unknown, charset?: unknown) =>
          bytesOf(data, charset, 'base64Encode').toString('base64'),
        /** Web-safe: "-" and "_" instead of "+" and "/", the "=" padding kept (as Java's URL-safe encoder). */
        base64EncodeWebSafe: (data: unknown, charset?: unknown) =>
          webSafe(bytesOf(data, charset, 'base64EncodeWebSafe').toString('base64')),
        base64Decode: (encoded: unknown, _charset?: unknown) => decode(encoded, false, 'base64Decode'),
        base64DecodeWebSafe: (encoded: unknown, _charset?: unknown) =>
          decode(encoded, true, 'base64DecodeWebSafe'),
        sleep: (milliseconds: number) => env.advance(milliseconds),
        ...extras,
      },
      'Utilities',
      env,
    ),
  );
}
