/**
 * Generates tools/scopes/documentedScopes.json: for every member of every Apps Script service interface,
 * the OAuth scopes its reference page documents ("Authorization: Scripts that use this method require
 * authorization with one or more of the following scopes"), and the page itself.
 *
 * The source is the devDependency `gas-types-detailed`, type definitions generated from the
 * developers.google.com/apps-script/reference pages (each member's comment carries its "Authorization"
 * section and its reference URL). The table is keyed `Namespace.Interface.member`, e.g.
 * `Drive.Folder.addEditors`, `Spreadsheet.Range.setValues`; overloads are merged (the union of their
 * scopes, in the order the reference lists them; the URL of the first overload). A member without an
 * "Authorization" section maps to `[]`: the reference documents no scope for it.
 *
 * Run `npx tsx tools/scopes/generate.ts` after upgrading gas-types-detailed. A test regenerates the table
 * and compares (tests/scopes/scopes.test.ts), so the checked-in file cannot drift or be edited by hand.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DOCUMENTED_SCOPES_FILE = join(root, 'tools/scopes/documentedScopes.json');
const REFERENCE = 'https://developers.google.com/apps-script/reference/';

export interface DocumentedMember {
  /** Scopes of which at least one must be granted, in the reference's order; `[]`: none documented. */
  scopes: string[];
  /** The reference page, relative to https://developers.google.com/apps-script/reference/. */
  ref: string;
}

export interface DocumentedScopes {
  source: string;
  members: Record<string, DocumentedMember>;
}

function packageDir(): string {
  const require = createRequire(join(root, 'package.json'));
  return dirname(require.resolve('gas-types-detailed/package.json'));
}

/** Parses the package's service definitions (not the advanced services under apis/, not event types). */
export function generateDocumentedScopes(dir = packageDir()): DocumentedScopes {
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string })
    .version;
  const members = new Map<string, DocumentedMember>();
  const files = readdirSync(dir)
    .filter((f) => /^google-apps-script\..+\.d\.ts$/.test(f))
    .sort();
  for (const file of files) {
    const sf = ts.createSourceFile(file, readFileSync(join(dir, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node, ns: string): void => {
      if (ts.isModuleDeclaration(node)) {
        const name = node.name.getText(sf);
        const inner = name === 'GoogleAppsScript' ? ns : ns ? `${ns}.${name}` : name;
        if (node.body) ts.forEachChild(node.body, (c) => visit(c, inner));
        return;
      }
      if (ts.isInterfaceDeclaration(node) && ns) {
        for (const m of node.members) {
          if (!m.name) continue;
          const key = `${ns}.${node.name.text}.${m.name.getText(sf)}`;
          const comment = m.getFullText(sf).slice(0, m.getLeadingTriviaWidth(sf));
          const entry = members.get(key) ?? { scopes: [], ref: '' };
          const auth = /following scopes:([\s\S]*?)(?:\n\s*\*\s*\n|\*\/)/.exec(comment);
          if (auth) {
            for (const s of auth[1]!.matchAll(/https:\/\/www\.googleapis\.com\/auth\/[\w.-]+/g))
              if (!entry.scopes.includes(s[0])) entry.scopes.push(s[0]);
          }
          const url = /https:\/\/developers\.google\.com\/apps-script\/reference\/(\S+)/.exec(comment);
          if (url && !entry.ref) entry.ref = url[1]!;
          members.set(key, entry);
        }
        return;
      }
      ts.forEachChild(node, (c) => visit(c, ns));
    };
    visit(sf, '');
  }
  const sorted = [...members.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    source: `gas-types-detailed@${version} (generated from ${REFERENCE}); regenerate with npx tsx tools/scopes/generate.ts`,
    members: Object.fromEntries(sorted),
  };
}

/** One member per line, so a regeneration's diff reads member by member. */
export function serialize(table: DocumentedScopes): string {
  const lines = Object.entries(table.members).map(
    ([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`,
  );
  return `{\n  "source": ${JSON.stringify(table.source)},\n  "members": {\n${lines.join(',\n')}\n  }\n}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const table = generateDocumentedScopes();
  writeFileSync(DOCUMENTED_SCOPES_FILE, serialize(table));
  console.log(`Wrote ${Object.keys(table.members).length} members to ${DOCUMENTED_SCOPES_FILE}`);
}
