import { createHash, randomUUID } from 'node:crypto';
import { formatJavaDate } from '../core/dateFormat.js';
import type { Env } from '../core/env.js';
import { gas } from '../core/gas.js';
import { track } from '../core/tracking.js';

/**
 * https://developers.google.com/apps-script/reference/utilities/utilities
 * computeDigest returns Java bytes: numbers from -128 to 127.
 */
const ALGORITHMS: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

export function createUtilities(
  env: Env,
  extras: Record<string, unknown> = {},
): GoogleAppsScript.Utilities.Utilities {
  return gas(
    track(
      {
        DigestAlgorithm: {
          MD5: 'MD5',
          SHA_1: 'SHA_1',
          SHA_256: 'SHA_256',
          SHA_384: 'SHA_384',
          SHA_512: 'SHA_512',
        },
        Charset: { UTF_8: 'UTF_8', US_ASCII: 'US_ASCII' },
        formatDate: (date: Date, timeZone: string, format: string) => {
          if (Object.prototype.toString.call(date) !== '[object Date]') {
            throw new Error(
              "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
            );
          }
          return formatJavaDate(date, timeZone, format);
        },
        computeDigest: (algorithm: string, value: string | number[]) => {
          const algo = ALGORITHMS[algorithm];
          if (!algo) throw new Error(`Invalid argument: algorithm`);
          const data =
            typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value.map((b) => b & 0xff));
          return [...createHash(algo).update(data).digest()].map((b) => (b > 127 ? b - 256 : b));
        },
        getUuid: () => randomUUID(),
        base64Encode: (data: string | number[]) =>
          (typeof data === 'string'
            ? Buffer.from(data, 'utf8')
            : Buffer.from(data.map((b) => b & 0xff))
          ).toString('base64'),
        base64Decode: (encoded: string) =>
          [...Buffer.from(encoded, 'base64')].map((b) => (b > 127 ? b - 256 : b)),
        sleep: (milliseconds: number) => env.advance(milliseconds),
        ...extras,
      },
      'Utilities',
      env,
    ),
  );
}
