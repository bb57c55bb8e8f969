import type { Env } from '../core/env.js';
import { gas } from '../core/gas.js';
import { proxyOf, track } from '../core/tracking.js';

/**
 * https://developers.google.com/apps-script/reference/html/html-service
 * Templates support the three scriptlets: `<? code ?>`, `<?= printed, escaped ?>` and `<?!= printed raw ?>`.
 * Template code runs in the script's own global scope (it may call the script's functions), so the
 * runtime supplies `runInScript`.
 */
export interface HtmlFiles {
  /** Project HTML files by name without `.html`. */
  get(name: string): string | undefined;
}

class EmuHtmlOutput implements Partial<GoogleAppsScript.HTML.HtmlOutput> {
  _title = '';
  _width?: number;
  _height?: number;
  constructor(public _content: string) {}
  private self(): GoogleAppsScript.HTML.HtmlOutput {
    return gas(proxyOf(this));
  }
  getContent(): string {
    return this._content;
  }
  setContent(content: string) {
    this._content = content;
    return this.self();
  }
  append(addedContent: string) {
    this._content += addedContent;
    return this.self();
  }
  setTitle(title: string) {
    this._title = title;
    return this.self();
  }
  getTitle(): string {
    return this._title;
  }
  setWidth(width: number) {
    this._width = width;
    return this.self();
  }
  setHeight(height: number) {
    this._height = height;
    return this.self();
  }
  getWidth(): number {
    return this._width ?? 0;
  }
  getHeight(): number {
    return this._height ?? 0;
  }
  setSandboxMode(_mode: GoogleAppsScript.HTML.SandboxMode) {
    return this.self();
  }
  setXFrameOptionsMode(_mode: GoogleAppsScript.HTML.XFrameOptionsMode) {
    return this.self();
  }
  addMetaTag(_name: string, _content: string) {
    return this.self();
  }
}

export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Turns a template into the body of a JS function that returns the HTML. */
export function compileTemplate(source: string): string {
  let code = 'let __out = "";\n';
  const re = /<\?(!?=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    code += `__out += ${JSON.stringify(source.slice(last, m.index))};\n`;
    const body = m[2] ?? '';
    if (m[1] === '=') code += `__out += __escape(${body});\n`;
    else if (m[1] === '!=') code += `__out += String(${body});\n`;
    else code += `${body}\n`;
    last = m.index + m[0].length;
  }
  code += `__out += ${JSON.stringify(source.slice(last))};\nreturn __out;`;
  return code;
}

export function createHtmlService(
  env: Env,
  files: HtmlFiles,
  runInScript: (functionBody: string, vars: Record<string, unknown>) => string,
): GoogleAppsScript.HTML.HtmlService {
  const output = (html: string) =>
    gas<GoogleAppsScript.HTML.HtmlOutput>(track(new EmuHtmlOutput(html), 'HtmlOutput', env));
  const file = (name: string) => {
    const content = files.get(name.replace(/\.html$/, ''));
    if (content === undefined) throw new Error(`No HTML file named ${name} was found.`);
    return content;
  };
  const template = (source: string) => {
    const raw: Record<string, unknown> = {};
    Object.assign(raw, {
      _source: source,
      getRawContent: () => source,
      getCode: () => compileTemplate(source),
      evaluate: () => {
        const vars: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(raw))
          if (!k.startsWith('_') && typeof v !== 'function') vars[k] = v;
        return output(runInScript(compileTemplate(source), { ...vars, __escape: escapeHtml }));
      },
    });
    return track(raw, 'HtmlTemplate', env);
  };
  return gas(
    track(
      {
        SandboxMode: { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' },
        XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
        createHtmlOutput: (html = '') => output(String(html)),
        createHtmlOutputFromFile: (name: string) => output(file(name)),
        createTemplate: (html: string) => template(html),
        createTemplateFromFile: (name: string) => template(file(name)),
      },
      'HtmlService',
      env,
    ),
  );
}
