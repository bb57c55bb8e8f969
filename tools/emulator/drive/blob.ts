import type { Env } from '../core/env.js';
import { gas } from '../core/gas.js';
import { proxyOf, track } from '../core/tracking.js';
import { EXTENSIONS, isGoogleType, MIME, replaceExtension } from './mimeType.js';
import { renderPdf } from './pdf.js';

type GasBlob = GoogleAppsScript.Base.Blob;

/** Apps Script's Byte[] is a plain array of Java bytes: numbers from -128 to 127. */
export function toJavaBytes(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

export function fromJavaBytes(bytes: readonly number[]): Uint8Array {
  return Uint8Array.from(bytes, (b) => b & 0xff);
}

const CHARSETS: Readonly<Record<string, string>> = {
  'UTF-8': 'utf-8',
  UTF8: 'utf-8',
  'US-ASCII': 'ascii',
  'ISO-8859-1': 'latin1',
  'UTF-16': 'utf-16le',
};

function charsetOf(charset: string | undefined): string {
  const c = CHARSETS[(charset ?? 'UTF-8').toUpperCase()];
  if (!c) throw new Error(`Invalid argument: charset`);
  return c;
}

function encode(text: string, charset?: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, charsetOf(charset) as BufferEncoding));
}

/** Text types a Blob can be converted to PDF from (Drive's converter accepts them). */
const TEXT_TYPES = new Set<string>([MIME.PLAIN_TEXT, MIME.HTML, MIME.CSV, MIME.CSS, MIME.JAVASCRIPT]);

/**
 * A data blob. https://developers.google.com/apps-script/reference/base/blob
 * `_text` keeps the readable text of a generated PDF (a document export) so tests can read it.
 */
export class EmuBlob implements Partial<GasBlob> {
  readonly _gasTypeName = 'Blob';
  constructor(
    readonly _env: Env,
    public _bytes: Uint8Array,
    public _contentType: string | null,
    public _name: string | null,
    public _text: string | null = null,
  ) {}

  static _create(
    env: Env,
    bytes: Uint8Array,
    contentType: string | null,
    name: string | null,
    text: string | null = null,
  ): EmuBlob {
    return track(new EmuBlob(env, bytes, contentType, name, text), 'Blob', env);
  }

  private self(): GasBlob {
    return gas(proxyOf(this));
  }

  /** The blob's data as text (UTF-8), for tests: a PDF export gives the document text. */
  _asText(): string {
    return this._text ?? Buffer.from(this._bytes).toString('utf8');
  }

  getName(): string | null {
    return this._name;
  }
  setName(name: string): GasBlob {
    this._name = name;
    return this.self();
  }
  getContentType(): string | null {
    return this._contentType;
  }
  setContentType(contentType: string | null): GasBlob {
    this._contentType = contentType;
    return this.self();
  }
  setContentTypeFromExtension(): GasBlob {
    const ext = this._name?.includes('.')
      ? this._name.slice(this._name.lastIndexOf('.') + 1).toLowerCase()
      : '';
    const type = EXTENSIONS[ext];
    // "Throws an exception if the content type can't be determined" (wording of the message not verified).
    if (!type)
      throw new Error(
        `Could not determine the content type of ${this._name ?? 'the blob'} from its extension.`,
      );
    this._contentType = type;
    return this.self();
  }
  getBytes(): number[] {
    return toJavaBytes(this._bytes);
  }
  setBytes(data: number[]): GasBlob {
    this._bytes = fromJavaBytes(data);
    this._text = null;
    return this.self();
  }
  getDataAsString(charset?: string): string {
    return Buffer.from(this._bytes).toString(charsetOf(charset) as BufferEncoding);
  }
  setDataFromString(data: string, charset?: string): GasBlob {
    this._bytes = encode(data, charset);
    this._text = null;
    return this.self();
  }
  copyBlob(): GasBlob {
    return gas(EmuBlob._create(this._env, this._bytes.slice(), this._contentType, this._name, this._text));
  }
  isGoogleType(): boolean {
    return isGoogleType(this._contentType);
  }
  getBlob(): GasBlob {
    return this.self();
  }
  /**
   * Converts: only text types to PDF (and a no-op to the same type) are emulated; anything else throws
   * as Apps Script does for an unsupported conversion. The name's extension is replaced.
   */
  getAs(contentType: string): GasBlob {
    const from = this._contentType ?? 'application/octet-stream';
    if (contentType === from) return this.copyBlob();
    if (contentType === MIME.PDF && TEXT_TYPES.has(from)) {
      const text = this.getDataAsString();
      const bytes = renderPdf(
        this._name ?? '',
        text.split('\n').map((t) => ({ text: t })),
      );
      return gas(EmuBlob._create(this._env, bytes, MIME.PDF, replaceExtension(this._name, MIME.PDF), text));
    }
    throw new Error(`Converting from ${from} to ${contentType} is not supported.`);
  }
  toString(): string {
    return 'Blob';
  }
}

/**
 * Makes a Blob as `Utilities.newBlob(data, contentType?, name?)` does (the lead wires Utilities to this).
 * `data` is a string (stored as UTF-8), Java bytes (-128..127) or raw bytes.
 */
export function createBlob(
  env: Env,
  data: string | readonly number[] | Uint8Array,
  contentType: string | null = null,
  name: string | null = null,
): EmuBlob {
  const bytes =
    typeof data === 'string' ? encode(data) : data instanceof Uint8Array ? data.slice() : fromJavaBytes(data);
  return EmuBlob._create(env, bytes, contentType, name);
}

export function isEmuBlob(value: unknown): value is EmuBlob {
  return value instanceof EmuBlob;
}
