import { NotImplementedError } from '../core/tracking.js';

/**
 * Apps Script's Docs search: "The search pattern is passed as a string, not a JavaScript regular expression
 * object … This methods uses Google's RE2 regular expression library, which limits the supported syntax.
 * The provided regular expression pattern is independently matched against each text block contained in
 * the current element." https://developers.google.com/apps-script/reference/document/body#replaceText(String,String)
 *
 * compileRe2 translates an RE2 pattern to an equivalent JavaScript RegExp (flags `g` and `u`), rejecting
 * what RE2 rejects (look-arounds, back-references) so a pattern that works here also works in Apps Script:
 * - a `{` or `}` that is not a repetition is a literal (RE2), e.g. `{{navn}}`;
 * - `\` before any punctuation is that character; `\Q…\E` quotes; `\A` and `\z` anchor the text;
 * - leading flags `(?i)`, `(?s)`, `(?m)`; `(?P<name>…)` named groups; `[[:alpha:]]` POSIX classes;
 * - `\s` is RE2's ASCII `[\t\n\f\r ]`, `\pL` / `\p{Greek}` Unicode classes.
 * The wording of the error for an invalid pattern is not verified.
 */
export function compileRe2(pattern: string): RegExp {
  const source = String(pattern);
  let flags = 'gu';
  let i = 0;
  for (let m = /^\(\?([imsU]+)\)/.exec(source.slice(i)); m; m = /^\(\?([imsU]+)\)/.exec(source.slice(i))) {
    if (m[1]!.includes('U')) throw new NotImplementedError('RE2 ungreedy flag (?U) in a Docs search pattern');
    for (const f of m[1]!) if (!flags.includes(f)) flags += f;
    i += m[0].length;
  }
  let out = '';
  let inClass = false;
  const invalid = (): Error => new Error(`Invalid argument: searchPattern (${source})`);
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      const d = source[i + 1];
      if (d === undefined) throw invalid();
      if (d === 'Q') {
        const end = source.indexOf('\\E', i + 2);
        const literal = source.slice(i + 2, end < 0 ? source.length : end);
        out += [...literal].map((ch) => (/[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch)).join('');
        i = end < 0 ? source.length : end + 2;
        continue;
      }
      if (/[1-9]/.test(d)) throw invalid(); // RE2 has no back-references
      if (d === 'C') throw invalid();
      if (d === 'A' || d === 'z') {
        if (inClass) throw invalid();
        out += d === 'A' ? '(?<![\\s\\S])' : '(?![\\s\\S])';
      } else if (d === 'p' || d === 'P') {
        let name: string;
        if (source[i + 2] === '{') {
          const end = source.indexOf('}', i + 3);
          if (end < 0) throw invalid();
          name = source.slice(i + 3, end);
          i = end + 1;
        } else {
          name = source[i + 2] ?? '';
          i += 3;
        }
        const negate = name.startsWith('^') !== (d === 'P');
        name = name.replace(/^\^/, '');
        const property =
          /^(L|Lu|Ll|Lt|Lm|Lo|M|Mn|Mc|Me|N|Nd|Nl|No|P|Pc|Pd|Ps|Pe|Pi|Pf|Po|S|Sm|Sc|Sk|So|Z|Zs|Zl|Zp|C|Cc|Cf|Co|Cs)$/.test(
            name,
          )
            ? name
            : `Script=${name}`;
        out += `\\${negate ? 'P' : 'p'}{${property}}`;
        continue;
      } else if (d === 'x') {
        if (source[i + 2] === '{') {
          const end = source.indexOf('}', i + 3);
          if (end < 0) throw invalid();
          out += `\\u{${source.slice(i + 3, end)}}`;
          i = end + 1;
          continue;
        }
        out += `\\x${source.slice(i + 2, i + 4)}`;
        i += 4;
        continue;
      } else if (d === 'a') out += '\\x07';
      else if (d === 's') out += inClass ? '\\t\\n\\f\\r ' : '[\\t\\n\\f\\r ]';
      else if (d === 'S') out += inClass ? '\\S' : '[^\\t\\n\\f\\r ]';
      else if (/[dDwWbBfnrtv0]/.test(d)) out += `\\${d}`;
      else if (/[!-/:-@[-`{-~]/.test(d))
        out += /[\\^$.*+?()[\]{}|/]/.test(d) || (inClass && d === '-') ? `\\${d}` : d;
      else throw invalid();
      i += 2;
      continue;
    }
    if (inClass) {
      if (c === '[' && source[i + 1] === ':') {
        const end = source.indexOf(':]', i + 2);
        if (end < 0) throw invalid();
        const posix: Record<string, string> = {
          alpha: 'A-Za-z',
          digit: '0-9',
          alnum: '0-9A-Za-z',
          upper: 'A-Z',
          lower: 'a-z',
          space: '\\t\\n\\v\\f\\r ',
          blank: '\\t ',
          punct: '!-\\/:-@\\[-`{-~',
          xdigit: '0-9A-Fa-f',
          word: '0-9A-Za-z_',
          cntrl: '\\x00-\\x1f\\x7f',
          print: ' -~',
          graph: '!-~',
        };
        const mapped = posix[source.slice(i + 2, end)];
        if (mapped === undefined) throw invalid();
        out += mapped;
        i = end + 2;
        continue;
      }
      if (c === ']') inClass = false;
      out += c === '[' ? '\\[' : c;
      i++;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += '[';
      i++;
      if (source[i] === '^') {
        out += '^';
        i++;
      }
      if (source[i] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (c === '(' && source[i + 1] === '?') {
      const rest = source.slice(i + 2);
      if (rest.startsWith('P<')) {
        out += '(?<';
        i += 4;
      } else if (rest.startsWith(':')) {
        out += '(?:';
        i += 3;
      } else if (rest.startsWith('<') && !rest.startsWith('<=') && !rest.startsWith('<!')) {
        out += '(?<';
        i += 3;
      } else if (/^[imsU-]+[:)]/.test(rest)) {
        throw new NotImplementedError('RE2 inline flags inside a Docs search pattern');
      } else throw invalid(); // look-arounds and other extensions RE2 does not have
      continue;
    }
    if (c === '{') {
      const rep = /^\{\d+(,\d*)?\}/.exec(source.slice(i));
      if (rep) {
        out += rep[0];
        i += rep[0].length;
      } else {
        out += '\\{';
        i++;
      }
      continue;
    }
    out += c === '}' || c === ']' ? `\\${c}` : c;
    i++;
  }
  try {
    return new RegExp(out, flags);
  } catch {
    throw invalid();
  }
}

/**
 * The replacement string of replaceText follows Java regex replacement rules, as implemented by RE2/J
 * (com.google.re2j.Matcher.appendReplacement, Google's Java RE2):
 * - `$n` inserts group n (the longest run of digits that is still a group number), `${name}` a named group;
 *   a group that did not take part inserts nothing; a number beyond the groups throws;
 * - `\x` inserts x literally — so `\$` is a dollar sign and `\\` a backslash;
 * - a `$` not followed by a digit or `{`, and a lone trailing `\` or `$`, are kept as they are.
 * So a caller inserting user text must escape it: `text.replace(/[\\$]/g, '\\$&')`.
 */
export function expandReplacement(replacement: string, match: RegExpExecArray): string {
  const groupCount = match.length - 1;
  const m = replacement.length;
  let out = '';
  let last = 0;
  let i = 0;
  for (; i < m - 1; i++) {
    const c = replacement[i];
    if (c === '\\') {
      if (last < i) out += replacement.slice(last, i);
      i++;
      last = i;
      continue;
    }
    if (c === '$') {
      const d = replacement.charCodeAt(i + 1);
      if (d >= 48 && d <= 57) {
        let n = d - 48;
        if (last < i) out += replacement.slice(last, i);
        for (i += 2; i < m; i++) {
          const e = replacement.charCodeAt(i);
          if (e < 48 || e > 57 || n * 10 + e - 48 > groupCount) break;
          n = n * 10 + e - 48;
        }
        if (n > groupCount) throw new Error(`n > number of groups: ${n}`);
        out += match[n] ?? '';
        last = i;
        i--;
        continue;
      }
      if (replacement[i + 1] === '{') {
        if (last < i) out += replacement.slice(last, i);
        const end = replacement.indexOf('}', i + 2);
        if (end < 0) throw new Error("named capture group is missing trailing '}'");
        const name = replacement.slice(i + 2, end);
        if (!match.groups || !(name in match.groups)) throw new Error(`group '${name}' not found`);
        out += match.groups[name] ?? '';
        last = end + 1;
        i = end;
      }
    }
  }
  if (last < m) out += replacement.slice(last);
  return out;
}

/** Escapes text for use as a literal replacement (what a caller of replaceText must do with user text). */
export function quoteReplacement(text: string): string {
  return text.replace(/[\\$]/g, '\\$&');
}
