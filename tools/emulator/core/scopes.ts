import { readFileSync } from 'node:fs';
import { gasException } from './errors.js';

/**
 * OAuth scopes, as Apps Script enforces them when the manifest lists `oauthScopes`: every call the script
 * makes to a service member needs at least one of the scopes the member's reference page documents
 * ("Authorization: Scripts that use this method require authorization with one or more of the following
 * scopes"). The documented scopes come from tools/scopes/documentedScopes.json, generated from the
 * reference by tools/scopes/generate.ts.
 *
 * A manifest without `oauthScopes` lets Apps Script detect the scopes from the code: no check then.
 * `spreadsheets.currentonly` covers the bound spreadsheet's members but not SpreadsheetApp.openById,
 * openByUrl or create, which the reference documents as needing `spreadsheets`: that follows from the
 * table alone.
 */

interface Member {
  scopes: string[];
  ref: string;
}

let table: Record<string, Member> | null = null;

function documented(): Record<string, Member> {
  if (!table) {
    const url = new URL('../../scopes/documentedScopes.json', import.meta.url);
    table = (JSON.parse(readFileSync(url, 'utf8')) as { members: Record<string, Member> }).members;
  }
  return table;
}

/**
 * The reference interfaces an emulated type stands for, most specific first. The emulator names some
 * types generically (one `TriggerBuilder` for every trigger builder, one `Item` for every form item);
 * a member is looked up in each candidate in turn.
 */
const REFERENCE_INTERFACES: Record<string, readonly string[]> = {
  // Spreadsheet
  SpreadsheetApp: ['Spreadsheet.SpreadsheetApp'],
  Spreadsheet: ['Spreadsheet.Spreadsheet'],
  Sheet: ['Spreadsheet.Sheet'],
  Range: ['Spreadsheet.Range'],
  Protection: ['Spreadsheet.Protection'],
  Filter: ['Spreadsheet.Filter'],
  NamedRange: ['Spreadsheet.NamedRange'],
  DataValidation: ['Spreadsheet.DataValidation'],
  DataValidationBuilder: ['Spreadsheet.DataValidationBuilder'],
  ConditionalFormatRule: ['Spreadsheet.ConditionalFormatRule'],
  ConditionalFormatRuleBuilder: ['Spreadsheet.ConditionalFormatRuleBuilder'],
  BooleanCondition: ['Spreadsheet.BooleanCondition'],
  RichTextValue: ['Spreadsheet.RichTextValue'],
  RichTextValueBuilder: ['Spreadsheet.RichTextValueBuilder'],
  FilterCriteria: ['Spreadsheet.FilterCriteria'],
  FilterCriteriaBuilder: ['Spreadsheet.FilterCriteriaBuilder'],
  EmbeddedChart: ['Spreadsheet.EmbeddedChart'],
  EmbeddedChartBuilder: [
    'Spreadsheet.EmbeddedChartBuilder',
    'Spreadsheet.EmbeddedBarChartBuilder',
    'Spreadsheet.EmbeddedColumnChartBuilder',
    'Spreadsheet.EmbeddedPieChartBuilder',
    'Spreadsheet.EmbeddedLineChartBuilder',
  ],
  // Base
  Ui: ['Base.Ui'],
  Menu: ['Base.Menu'],
  PromptResponse: ['Base.PromptResponse'],
  User: ['Base.User'],
  Session: ['Base.Session'],
  Logger: ['Base.Logger'],
  Blob: ['Base.Blob'],
  // Forms
  FormApp: ['Forms.FormApp'],
  Form: ['Forms.Form'],
  Item: [
    'Forms.Item',
    'Forms.TextItem',
    'Forms.ParagraphTextItem',
    'Forms.MultipleChoiceItem',
    'Forms.CheckboxItem',
    'Forms.ListItem',
    'Forms.DateItem',
    'Forms.SectionHeaderItem',
    'Forms.PageBreakItem',
  ],
  Choice: ['Forms.Choice'],
  FormResponse: ['Forms.FormResponse'],
  ItemResponse: ['Forms.ItemResponse'],
  // Drive
  DriveApp: ['Drive.DriveApp'],
  Folder: ['Drive.Folder'],
  File: ['Drive.File'],
  FileIterator: ['Drive.FileIterator'],
  FolderIterator: ['Drive.FolderIterator'],
  // Document (the emulator's `Range`, `Text`, `ListItem` … of a document are named apart where they clash)
  DocumentApp: ['Document.DocumentApp'],
  Document: ['Document.Document'],
  Body: ['Document.Body'],
  Paragraph: ['Document.Paragraph'],
  Table: ['Document.Table'],
  TableRow: ['Document.TableRow'],
  TableCell: ['Document.TableCell'],
  Text: ['Document.Text'],
  ListItem: ['Document.ListItem'],
  HorizontalRule: ['Document.HorizontalRule'],
  PageBreak: ['Document.PageBreak'],
  RangeElement: ['Document.RangeElement'],
  // Script, Lock, Properties, Mail, HTML, Utilities
  ScriptApp: ['Script.ScriptApp'],
  TriggerBuilder: [
    'Script.TriggerBuilder',
    'Script.SpreadsheetTriggerBuilder',
    'Script.ClockTriggerBuilder',
    'Script.FormTriggerBuilder',
    'Script.DocumentTriggerBuilder',
  ],
  Trigger: ['Script.Trigger'],
  LockService: ['Lock.LockService'],
  Lock: ['Lock.Lock'],
  PropertiesService: ['Properties.PropertiesService'],
  Properties: ['Properties.Properties'],
  MailApp: ['Mail.MailApp'],
  HtmlService: ['HTML.HtmlService'],
  HtmlTemplate: ['HTML.HtmlTemplate'],
  HtmlOutput: ['HTML.HtmlOutput'],
  Utilities: ['Utilities.Utilities'],
  DigestAlgorithm: ['Utilities.DigestAlgorithm'],
};

/** Where an emulated type is not listed above: the namespaces searched, in this order. */
const FALLBACK_NAMESPACES = [
  'Spreadsheet',
  'Base',
  'Forms',
  'Drive',
  'Document',
  'Script',
  'Lock',
  'Properties',
  'Mail',
  'HTML',
  'Utilities',
  'Charts',
];

export interface ResolvedMember {
  /** `Namespace.Interface.member`, the table's key. */
  key: string;
  scopes: readonly string[];
}

const resolved = new Map<string, ResolvedMember | null>();

/** The reference member an emulated `Type.member` call stands for, or null when the table has none. */
export function referenceMember(typeName: string, member: string): ResolvedMember | null {
  const name = `${typeName}.${member}`;
  if (resolved.has(name)) return resolved.get(name)!;
  const t = documented();
  const candidates = REFERENCE_INTERFACES[typeName] ?? FALLBACK_NAMESPACES.map((ns) => `${ns}.${typeName}`);
  let found: ResolvedMember | null = null;
  for (const iface of candidates) {
    const entry = t[`${iface}.${member}`];
    if (entry) {
      found = { key: `${iface}.${member}`, scopes: entry.scopes };
      break;
    }
  }
  resolved.set(name, found);
  return found;
}

/**
 * Throws Google's error when none of the member's documented scopes is granted. The text, with the
 * service object's name (DriveApp.createFolder, Range.setValues) and the scopes as the reference lists
 * them, is the one reported from real runs with explicit `oauthScopes`:
 *   "Specified permissions are not sufficient to call DriveApp.createFolder. Required permissions:
 *    https://www.googleapis.com/auth/drive"
 *   "Specified permissions are not sufficient to call DriveApp.getRootFolder. Required permissions:
 *    (https://www.googleapis.com/auth/drive.readonly || https://www.googleapis.com/auth/drive)"
 * Returns the resolved member (null when the reference table does not know it).
 */
export function checkScopes(
  granted: ReadonlySet<string>,
  typeName: string,
  member: string,
): ResolvedMember | null {
  const m = referenceMember(typeName, member);
  if (!m || m.scopes.length === 0) return m;
  if (m.scopes.some((s) => granted.has(s))) return m;
  const required = m.scopes.length === 1 ? m.scopes[0] : `(${m.scopes.join(' || ')})`;
  throw gasException(
    `Specified permissions are not sufficient to call ${typeName}.${member}. Required permissions: ${required}`,
  );
}
