/**
 * `npm start`: runs the built product on a demo school in the local Apps Script emulator and writes a
 * static preview a person can open without a Google account: out/preview/index.html.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DIST_CODE, readDistHtml } from '../build/build';
import { Emulator } from '../emulator/emulator';
import { runDemo } from './demo';
import { renderPreview } from './render';

const outDir = resolve('out/preview');

const emu = new Emulator({
  now: new Date('2026-08-17T07:30:00+02:00'),
  spreadsheetName: 'Eksempel skole – skolemiljø',
  owner: 'rektor@eksempel.skole.no',
});
emu.load(readFileSync(DIST_CODE, 'utf8'), readDistHtml());
const extras = runDemo(emu);
mkdirSync(outDir, { recursive: true });
const file = join(outDir, 'index.html');
writeFileSync(file, renderPreview(emu, extras));
console.log(`Preview written: ${relative(process.cwd(), file)}`);
console.log(`Open it in a browser: file://${file}`);
