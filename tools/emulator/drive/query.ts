import { NotImplementedError } from '../core/tracking.js';
import type { DriveItem, DriveStore } from './store.js';

/**
 * The search query of DriveApp.searchFiles / searchFolders and Folder.searchFiles / searchFolders: Drive
 * API v2 query terms ("the Drive service uses v2 of the Drive API and some query fields differ from v3",
 * https://developers.google.com/apps-script/reference/drive/drive-app#searchFiles(String)), combined with
 * and / or / not and parentheses (https://developers.google.com/workspace/drive/api/guides/search-files).
 * Supported: title, mimeType (=, !=, contains), trashed, starred (=, !=), modifiedDate, createdDate
 * (=, !=, <, <=, >, >=), sharedWithMe, and 'value' in parents | owners | writers | readers.
 * "The contains operator only performs prefix matching for a name term": 'Hello' finds "HelloWorld",
 * 'World' does not. A v3 field (name, modifiedTime …) is refused as Drive v2 refuses it.
 */

type Token = { kind: 'str' | 'word' | 'op' | 'paren'; text: string };

function tokenize(q: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < q.length) {
    const ch = q[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === "'" || ch === '"') {
      let text = '';
      i++;
      while (i < q.length && q[i] !== ch) {
        if (q[i] === '\\' && i + 1 < q.length) i++;
        text += q[i];
        i++;
      }
      if (i >= q.length) throw invalid();
      i++;
      out.push({ kind: 'str', text });
    } else if (ch === '(' || ch === ')') {
      out.push({ kind: 'paren', text: ch });
      i++;
    } else if ('=!<>'.includes(ch)) {
      const two = q.slice(i, i + 2);
      const op = ['!=', '<=', '>='].includes(two) ? two : ch;
      out.push({ kind: 'op', text: op });
      i += op.length;
    } else {
      const m = /^[A-Za-z_][\w.]*/.exec(q.slice(i));
      if (!m) throw invalid();
      out.push({ kind: 'word', text: m[0] });
      i += m[0].length;
    }
  }
  return out;
}

function invalid(): Error {
  return new Error('Invalid argument: q');
}

type Pred = (item: DriveItem) => boolean;

const V3_ONLY = new Set(['name', 'modifiedTime', 'createdTime', 'viewedByMeTime']);

export function parseQuery(store: DriveStore, query: string): Pred {
  if (typeof query !== 'string') throw invalid();
  const tokens = tokenize(query);
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => {
    const t = tokens[pos++];
    if (!t) throw invalid();
    return t;
  };
  const isWord = (t: Token | undefined, w: string) => t?.kind === 'word' && t.text.toLowerCase() === w;

  const expr = (): Pred => {
    let left = conj();
    while (isWord(peek(), 'or')) {
      pos++;
      const a = left;
      const b = conj();
      left = (i) => a(i) || b(i);
    }
    return left;
  };
  const conj = (): Pred => {
    let left = unary();
    while (isWord(peek(), 'and')) {
      pos++;
      const a = left;
      const b = unary();
      left = (i) => a(i) && b(i);
    }
    return left;
  };
  const unary = (): Pred => {
    if (isWord(peek(), 'not')) {
      pos++;
      const p = unary();
      return (i) => !p(i);
    }
    if (peek()?.kind === 'paren' && peek()!.text === '(') {
      pos++;
      const p = expr();
      const close = next();
      if (close.text !== ')') throw invalid();
      return p;
    }
    return term();
  };
  const term = (): Pred => {
    const first = next();
    // 'value' in parents | owners | writers | readers
    if (first.kind === 'str') {
      if (!isWord(next(), 'in')) throw invalid();
      const field = next();
      const v = first.text;
      switch (field.text) {
        case 'parents':
          return (i) => i.parents.includes(v);
        case 'owners':
          return (i) => i.owner === v;
        case 'writers':
          return (i) => i.owner === v || i.editors.has(v);
        case 'readers':
          return (i) => i.owner === v || i.editors.has(v) || i.commenters.has(v) || i.viewers.has(v);
        default:
          throw invalid();
      }
    }
    if (first.kind !== 'word') throw invalid();
    const field = first.text;
    if (V3_ONLY.has(field)) throw invalid();
    const opTok = next();
    const op = opTok.kind === 'op' ? opTok.text : opTok.text.toLowerCase();
    const value = next();
    const text = () => {
      if (value.kind !== 'str') throw invalid();
      return value.text;
    };
    const bool = () => {
      if (value.kind !== 'word' || !/^(true|false)$/i.test(value.text)) throw invalid();
      return value.text.toLowerCase() === 'true';
    };
    const compareString = (get: (i: DriveItem) => string): Pred => {
      const v = text();
      if (op === '=') return (i) => get(i) === v;
      if (op === '!=') return (i) => get(i) !== v;
      if (op === 'contains') return (i) => containsPrefix(get(i), v);
      throw invalid();
    };
    const compareBool = (get: (i: DriveItem) => boolean): Pred => {
      const v = bool();
      if (op === '=') return (i) => get(i) === v;
      if (op === '!=') return (i) => get(i) !== v;
      throw invalid();
    };
    const compareDate = (get: (i: DriveItem) => number): Pred => {
      const ms = Date.parse(text());
      if (Number.isNaN(ms)) throw invalid();
      const cmp: Record<string, (a: number) => boolean> = {
        '=': (a) => a === ms,
        '!=': (a) => a !== ms,
        '<': (a) => a < ms,
        '<=': (a) => a <= ms,
        '>': (a) => a > ms,
        '>=': (a) => a >= ms,
      };
      const f = cmp[op];
      if (!f) throw invalid();
      return (i) => f(get(i));
    };
    switch (field) {
      case 'title':
        return compareString((i) => i.name);
      case 'mimeType':
        return compareString((i) => i.mimeType);
      case 'trashed':
        return compareBool((i) => store.isTrashed(i));
      case 'starred':
        return compareBool((i) => i.starred);
      case 'sharedWithMe': {
        // The "Shared with me" collection: items shared with the user directly, not what they inherit.
        const me = store.env.activeUser;
        return compareBool(
          (i) => i.owner !== me && (i.editors.has(me) || i.commenters.has(me) || i.viewers.has(me)),
        );
      }
      case 'modifiedDate':
        return compareDate((i) => i.updated);
      case 'createdDate':
        return compareDate((i) => i.created);
      default:
        throw new NotImplementedError(`Drive search on "${field}"`);
    }
  };

  const pred = expr();
  if (pos !== tokens.length) throw invalid();
  return pred;
}

/** Prefix matching on the title's words (case-insensitive). */
function containsPrefix(title: string, value: string): boolean {
  const v = value.toLowerCase();
  const t = title.toLowerCase();
  if (t.startsWith(v)) return true;
  return t.split(/[\s\-_.,;:()[\]/]+/).some((word) => word.startsWith(v));
}
