/**
 * The product's scope check: every Apps Script member that src/ uses (found by the TypeScript checker: each
 * property access whose declaration is in @types/google-apps-script) against the manifest's `oauthScopes`.
 * A member whose reference documents scopes needs at least one of them in the manifest; otherwise the real
 * service throws "Specified permissions are not sufficient to call …". The documented scopes come from the
 * generated table tools/scopes/documentedScopes.json.
 *
 *   npx tsx tools/scopes/checkScopes.ts            exits 1 and names each member and its missing scope
 *
 * `checkProductScopes` is run by tests/scopes/scopes.test.ts (inside `npm test`).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { DOCUMENTED_SCOPES_FILE, type DocumentedScopes } from './generate';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface MemberUse {
  /** `Namespace.Interface.member`, as the documented table keys it (e.g. `Drive.Folder.addEditors`). */
  key: string;
  /** Call sites, `src/…:line`. */
  sites: string[];
}

export interface ScopeProblem {
  key: string;
  /** The documented scopes, one of which is needed. */
  needsOneOf: string[];
  sites: string[];
  ref: string;
}

export interface ScopeReport {
  /** Members used without any of their documented scopes in the manifest. */
  problems: ScopeProblem[];
  /** Members the table does not know (event fields, enums, members newer than the table). */
  unknown: MemberUse[];
  checked: number;
}

/** The interface (and its namespace) that declares a member of @types/google-apps-script. */
function owner(decl: ts.Declaration): string | null {
  if (!decl.getSourceFile().fileName.includes('google-apps-script')) return null;
  let p: ts.Node | undefined = decl.parent;
  while (p && !(ts.isInterfaceDeclaration(p) || ts.isEnumDeclaration(p) || ts.isClassDeclaration(p)))
    p = p.parent;
  const name = p && (p as ts.InterfaceDeclaration).name?.text;
  if (!p || !name) return null;
  const namespaces: string[] = [];
  for (let n: ts.Node | undefined = p.parent; n; n = n.parent)
    if (ts.isModuleDeclaration(n) && n.name.text !== 'GoogleAppsScript') namespaces.unshift(n.name.text);
  return [...namespaces, name].join('.');
}

/** Every Apps Script member src/ uses, with its call sites (src/tsconfig.json decides what src/ is). */
export function productMembers(base = root): MemberUse[] {
  const configPath = join(base, 'src', 'tsconfig.json');
  const cfg = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(cfg.config, ts.sys, dirname(configPath));
  const program = ts.createProgram(parsed.fileNames, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  const found = new Map<string, MemberUse>();
  const srcDir = join(base, 'src');
  for (const sf of program.getSourceFiles()) {
    if (!resolve(sf.fileName).startsWith(srcDir)) continue;
    const rel = relative(base, sf.fileName);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const decl = checker.getSymbolAtLocation(node.name)?.declarations?.[0];
        const iface = decl && owner(decl);
        if (iface) {
          const key = `${iface}.${node.name.text}`;
          const use = found.get(key) ?? { key, sites: [] };
          use.sites.push(`${rel}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
          found.set(key, use);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return [...found.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** Checks `members` against the manifest's scopes. */
export function checkScopes(
  oauthScopes: readonly string[],
  members: readonly MemberUse[],
  table: DocumentedScopes = JSON.parse(readFileSync(DOCUMENTED_SCOPES_FILE, 'utf8')) as DocumentedScopes,
): ScopeReport {
  const granted = new Set(oauthScopes);
  const problems: ScopeProblem[] = [];
  const unknown: MemberUse[] = [];
  for (const use of members) {
    const doc = table.members[use.key];
    if (!doc) {
      unknown.push(use);
      continue;
    }
    if (doc.scopes.length === 0 || doc.scopes.some((s) => granted.has(s))) continue;
    problems.push({ key: use.key, needsOneOf: doc.scopes, sites: use.sites, ref: doc.ref });
  }
  return { problems, unknown, checked: members.length };
}

/** The product's members against a manifest (by default the product's appsscript.json). */
export function checkProductScopes(
  manifest: { oauthScopes?: string[] } = JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8')),
  members: readonly MemberUse[] = productMembers(),
): ScopeReport {
  // Without oauthScopes Apps Script detects the scopes itself: nothing can be missing.
  if (!manifest.oauthScopes) return { problems: [], unknown: [], checked: members.length };
  return checkScopes(manifest.oauthScopes, members);
}

/** One line per problem: the member, the scope it needs, where it is used, and its reference page. */
export function describeProblems(report: ScopeReport): string[] {
  return report.problems.map(
    (p) =>
      `${p.key} needs ${p.needsOneOf.join(' or ')} (used at ${p.sites.slice(0, 3).join(', ')}${
        p.sites.length > 3 ? ', …' : ''
      }; https://developers.google.com/apps-script/reference/${p.ref})`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = checkProductScopes();
  const lines = describeProblems(report);
  if (lines.length > 0) {
    console.error(`appsscript.json lacks a scope for ${lines.length} member(s):\n${lines.join('\n')}`);
    process.exit(1);
  }
  console.log(`Scopes: ${report.checked} Apps Script members used by src/, all covered by appsscript.json.`);
}
