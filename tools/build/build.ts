/**
 * Builds the Apps Script project into dist/:
 *  - Code.js: src/main.ts bundled by esbuild as one IIFE, then one top-level `function name() {}` stub per
 *    export of src/main.ts, because Apps Script only sees top-level function declarations (triggers,
 *    menu items and google.script.run targets). The list comes from esbuild's metafile, never by hand.
 *  - appsscript.json and the HTML files of src/ui (client scripts inlined).
 * The bundle is checked for what Apps Script cannot run (require, export, Node built-ins).
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist');
const entry = join(root, 'src/main.ts');
const GLOBAL = '__Skolemiljo';

const common: esbuild.BuildOptions = {
  entryPoints: [entry],
  bundle: true,
  target: 'es2020',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  charset: 'utf8',
  legalComments: 'none',
  write: false,
  logLevel: 'silent',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Document templates (templates/<nb|nn>/*.md) are bundled as text.
  loader: { '.md': 'text' },
};

/** Exported names of src/main.ts, as esbuild sees them. */
async function entryExports(): Promise<string[]> {
  const result = await esbuild.build({ ...common, format: 'esm', metafile: true, outfile: 'exports.js' });
  const output = Object.values(result.metafile?.outputs ?? {})[0];
  return [...(output?.exports ?? [])].sort();
}

/** Fails the build on anything Apps Script cannot run. */
export function checkBundle(bundle: string): string[] {
  // Comments (zod's own mention `import()`) are not code; strings containing "//" only lose their tail.
  const code = bundle.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:"'\\])\/\/.*$/gm, '$1');
  const problems: string[] = [];
  if (/\brequire\s*\(/.test(code)) problems.push('calls require()');
  if (/^\s*export\s/m.test(code)) problems.push('contains an export statement');
  if (/\bimport\s*\(/.test(code)) problems.push('contains a dynamic import');
  if (/\bprocess\.(env|argv|exit)/.test(code)) problems.push('uses process');
  if (/["']node:/.test(code)) problems.push('imports a Node built-in');
  if (/\bsetTimeout\s*\(/.test(code)) problems.push('uses setTimeout');
  return problems;
}

function stubs(names: string[]): string {
  return names
    .map((name) => `function ${name}() { return ${GLOBAL}.${name}.apply(this, arguments); }`)
    .join('\n');
}

/** Inlines the compiled client script of each sidebar/dialog into its HTML file. */
async function buildHtml(): Promise<Record<string, string>> {
  const uiDir = join(root, 'src/ui');
  const files: Record<string, string> = {};
  let entries: string[] = [];
  try {
    entries = readdirSync(uiDir);
  } catch {
    return files;
  }
  for (const file of entries.filter((f) => f.endsWith('.html'))) {
    let html = readFileSync(join(uiDir, file), 'utf8');
    // <script data-src="client/x.ts"></script> becomes the bundled client script.
    for (const m of [...html.matchAll(/<script data-src="([^"]+)"><\/script>/g)]) {
      const result = await esbuild.build({
        entryPoints: [join(uiDir, m[1]!)],
        bundle: true,
        format: 'iife',
        target: 'es2020',
        write: false,
        logLevel: 'silent',
        minify: true,
      });
      const js = result.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
      html = html.replace(m[0], `<script>\n${js}</script>`);
    }
    // <style data-src="styles.css"></style> becomes the shared stylesheet.
    for (const m of [...html.matchAll(/<style data-src="([^"]+)"><\/style>/g)]) {
      const css = readFileSync(join(uiDir, m[1]!), 'utf8');
      html = html.replace(m[0], `<style>\n${css}</style>`);
    }
    files[file.replace(/\.html$/, '')] = html;
  }
  return files;
}

export interface BuildResult {
  code: string;
  exports: string[];
  html: Record<string, string>;
  bytes: number;
}

export async function build(options: { quiet?: boolean } = {}): Promise<BuildResult> {
  const names = await entryExports();
  const result = await esbuild.build({ ...common, format: 'iife', globalName: GLOBAL, outfile: 'Code.js' });
  const bundle = result.outputFiles?.[0]?.text ?? '';
  const code = `${bundle}\n${stubs(names)}\n`;
  const problems = checkBundle(code);
  if (problems.length > 0)
    throw new Error(`dist/Code.js cannot run in Apps Script: it ${problems.join(', ')}.`);
  const html = await buildHtml();

  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'Code.js'), code);
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  for (const [name, content] of Object.entries(html)) writeFileSync(join(dist, `${name}.html`), content);

  const bytes = Buffer.byteLength(code);
  if (!options.quiet) {
    console.log(
      `Built ${relative(process.cwd(), join(dist, 'Code.js'))}: ${(bytes / 1024).toFixed(1)} KiB, ` +
        `${names.length} entry points (${names.join(', ')}), ${Object.keys(html).length} HTML files.`,
    );
  }
  return { code, exports: names, html, bytes };
}

/** Reads the built HTML files of dist/ for the emulator. */
export function readDistHtml(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dist).filter((f) => f.endsWith('.html')))
    out[f.replace(/\.html$/, '')] = readFileSync(join(dist, f), 'utf8');
  return out;
}

export const DIST_CODE = join(dist, 'Code.js');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  build().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
