import { ExecutionTimeLimitError, gasException } from './errors.js';

/**
 * One Apps Script execution as Google runs it: a modelled clock, the time limit, the service calls in order,
 * injected faults, and the spreadsheet writes not yet flushed.
 *
 * Modelled time. Each of the script's own (outermost) calls costs the central value of its class in the
 * cost model of /work/shared/reviews/performance.md §2 (sources there: S1–S8, "A" where assumed); bulk reads
 * and writes add 0.01 ms per cell moved; a Sheets read that follows a write adds one write-cache flush
 * (30 ms); lock waits add the time waited; every execution starts with the bundle's evaluation (270 ms).
 * Simple triggers (onOpen, onEdit) stop at 30 s, every execution at 6 min
 * (https://developers.google.com/apps-script/guides/services/quotas, "Script runtime" and "Simple trigger
 * runtime"; https://developers.google.com/workspace/add-ons/concepts/editor-triggers).
 */

export type CostClass =
  | 'local'
  | 'log'
  | 'handle'
  | 'meta'
  | 'cellRead'
  | 'cellWrite'
  | 'bulkRead'
  | 'bulkWrite'
  | 'appendRow'
  | 'structure'
  | 'flush'
  | 'propsGet'
  | 'propsSet'
  | 'lock'
  | 'lockRelease'
  | 'mail'
  | 'mailQuota'
  | 'triggersRead'
  | 'triggersWrite'
  | 'form'
  | 'formRead'
  | 'formHeavy'
  | 'driveGet'
  | 'driveMeta'
  | 'driveSharing'
  | 'driveWrite'
  | 'pdf'
  | 'docOpen'
  | 'docCreate'
  | 'docSave'
  | 'docReplace'
  | 'docElement'
  | 'html'
  | 'uiShow'
  | 'uiWait'
  | 'wait';

/** Central cost per call, ms (performance.md §2, column "central"). */
export const CENTRAL_MS: Record<CostClass, number> = {
  local: 0.2,
  log: 0.8,
  handle: 2,
  meta: 50,
  cellRead: 2,
  cellWrite: 1.2,
  bulkRead: 40,
  bulkWrite: 40,
  appendRow: 60,
  structure: 60,
  flush: 30,
  propsGet: 30,
  propsSet: 62,
  lock: 50,
  lockRelease: 20,
  mail: 400,
  mailQuota: 20,
  triggersRead: 100,
  triggersWrite: 500,
  form: 100,
  formRead: 10,
  formHeavy: 800,
  driveGet: 300,
  driveMeta: 5,
  driveSharing: 800,
  driveWrite: 1000,
  pdf: 2500,
  docOpen: 800,
  docCreate: 1500,
  docSave: 1000,
  docReplace: 100,
  docElement: 30,
  html: 50,
  uiShow: 100,
  // Ui.alert/prompt wait for the person: not server time.
  uiWait: 0,
  wait: 0,
};
/** Bulk reads and writes: per cell moved (central). */
export const PER_CELL_MS = 0.01;
/** A Sheets read after a write empties the write cache (S1, S3). */
export const CACHE_SWITCH_MS = 30;
/** Parsing and running the bundle, every execution (A: Node cold compile and run × 3). */
export const BUNDLE_EVALUATION_MS = 270;

export const SIMPLE_TRIGGER_LIMIT_MS = 30_000;
export const EXECUTION_LIMIT_MS = 6 * 60_000;

const SHEETS = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'Protection',
  'Filter',
  'NamedRange',
]);
const DRIVE = new Set(['DriveApp', 'Folder', 'File', 'FileIterator', 'FolderIterator']);
const DOCS = new Set([
  'DocumentApp',
  'Document',
  'Body',
  'Paragraph',
  'Table',
  'TableRow',
  'TableCell',
  'Text',
  'ListItem',
  'HorizontalRule',
  'PageBreak',
  'RangeElement',
]);
const FORMS = new Set(['FormApp', 'Form', 'Item', 'Choice', 'FormResponse', 'ItemResponse']);
/** No round trip: builders, menus, values already fetched. */
const LOCAL_TYPES = new Set([
  'DataValidationBuilder',
  'ConditionalFormatRuleBuilder',
  'RichTextValueBuilder',
  'RichTextValue',
  'DataValidation',
  'ConditionalFormatRule',
  'BooleanCondition',
  'FilterCriteria',
  'FilterCriteriaBuilder',
  'Menu',
  'Utilities',
  'PromptResponse',
  'User',
  'Blob',
]);

const RANGE_GEOMETRY = new Set([
  'getRow',
  'getColumn',
  'getNumRows',
  'getNumColumns',
  'getLastRow',
  'getLastColumn',
  'getA1Notation',
  'getGridId',
]);
const RANGE_BULK_READ = new Set([
  'getValues',
  'getDisplayValues',
  'getFormulas',
  'getBackgrounds',
  'getNotes',
  'getNumberFormats',
  'getFontWeights',
  'getFontColors',
  'getWraps',
  'getDataValidations',
  'getRichTextValues',
]);
const RANGE_BULK_WRITE = new Set([
  'setValues',
  'setFormulas',
  'setBackgrounds',
  'setNotes',
  'setNumberFormats',
  'setFontWeights',
  'setFontColors',
  'setDataValidations',
  'setRichTextValues',
]);
const SHEET_META = new Set([
  'getLastRow',
  'getLastColumn',
  'getMaxRows',
  'getMaxColumns',
  'getDataRange',
  'getConditionalFormatRules',
  'getProtections',
  'getFilter',
  'getFrozenRows',
  'getFrozenColumns',
  'getColumnWidth',
  'isColumnHiddenByUser',
  'isSheetHidden',
]);
const SHEET_HANDLE = new Set(['getName', 'getSheetId', 'getIndex', 'getParent', 'getRange', 'getFormUrl']);

const isGetter = (m: string) => /^(get|is|has|can)[A-Z]/.test(m);

/** The cost class of a script call `typeName.member` (performance.md §2). */
export function costClass(typeName: string, member: string): CostClass {
  if (LOCAL_TYPES.has(typeName)) return 'local';
  switch (typeName) {
    case 'Logger':
      return 'log';
    case 'Session':
    case 'PropertiesService':
    case 'LockService':
    case 'NamedRange':
      return 'handle';
    case 'Properties':
      return isGetter(member) ? 'propsGet' : 'propsSet';
    case 'Lock':
      return member === 'tryLock' || member === 'waitLock' ? 'lock' : 'lockRelease';
    case 'MailApp':
      return member === 'sendEmail' ? 'mail' : 'mailQuota';
    case 'ScriptApp':
      if (member === 'getProjectTriggers' || member === 'getUserTriggers') return 'triggersRead';
      if (member === 'deleteTrigger') return 'triggersWrite';
      return member === 'newTrigger' ? 'local' : 'handle';
    case 'TriggerBuilder':
      return member === 'create' ? 'triggersWrite' : 'local';
    case 'Trigger':
      return 'triggersRead';
    case 'Ui':
      if (member === 'alert' || member === 'prompt') return 'uiWait';
      if (member.startsWith('show')) return 'uiShow';
      return 'local';
    case 'HtmlService':
    case 'HtmlTemplate':
    case 'HtmlOutput':
      return 'html';
    case 'SpreadsheetApp':
      if (member === 'flush') return 'flush';
      if (member.startsWith('new')) return 'local';
      if (member === 'create') return 'structure';
      if (member === 'openById' || member === 'openByUrl') return 'meta';
      return 'handle';
    case 'Spreadsheet':
      if (member === 'getProtections') return 'meta';
      return isGetter(member) ? 'handle' : 'structure';
    case 'Sheet':
      if (member === 'appendRow') return 'appendRow';
      if (SHEET_META.has(member)) return 'meta';
      if (SHEET_HANDLE.has(member)) return 'handle';
      return 'structure';
    case 'Range':
      if (RANGE_GEOMETRY.has(member)) return 'local';
      if (member === 'getSheet' || member === 'getCell' || member === 'offset') return 'handle';
      if (RANGE_BULK_READ.has(member)) return 'bulkRead';
      if (RANGE_BULK_WRITE.has(member)) return 'bulkWrite';
      if (member === 'getFilter' || member === 'getDataRegion') return 'meta';
      if (isGetter(member)) return 'cellRead';
      if (member === 'createFilter' || member === 'protect' || member === 'activate') return 'structure';
      return 'cellWrite';
    case 'Protection':
    case 'Filter':
      if (member === 'getEditors') return 'meta';
      return isGetter(member) ? 'handle' : 'structure';
    case 'FormApp':
      return member === 'getActiveForm' ? 'handle' : 'formHeavy';
    case 'Form':
      if (member === 'setDestination' || member === 'getPublishedUrl') return 'formHeavy';
      return isGetter(member) ? 'formRead' : 'form';
    case 'DriveApp':
      return member.startsWith('create') ? 'driveWrite' : 'driveGet';
    case 'FileIterator':
    case 'FolderIterator':
      return 'driveGet';
    case 'Folder':
    case 'File':
      if (/Editor|Viewer|Sharing|Shareable/.test(member)) return 'driveSharing';
      if (member === 'getAs' || member === 'getBlob') return 'pdf';
      if (/^(get(Files|Folders|Parents)|searchF)/.test(member)) return 'driveGet';
      return isGetter(member) ? 'driveMeta' : 'driveWrite';
    case 'DocumentApp':
      if (member === 'create') return 'docCreate';
      if (member === 'openById' || member === 'openByUrl') return 'docOpen';
      return 'handle';
    default:
      break;
  }
  if (FORMS.has(typeName)) return isGetter(member) ? 'formRead' : 'form';
  if (DOCS.has(typeName)) {
    if (member === 'saveAndClose') return 'docSave';
    if (member === 'getAs' || member === 'getBlob') return 'pdf';
    if (member === 'replaceText') return 'docReplace';
    return 'docElement';
  }
  return 'handle';
}

/** A round trip to a Google service: what faults can hit and what `serviceCalls` counts. */
export function isServiceCall(cls: CostClass): boolean {
  return cls !== 'local' && cls !== 'log';
}

const SHEETS_WRITE = new Set<CostClass>(['cellWrite', 'bulkWrite', 'appendRow', 'structure']);
const SHEETS_READ = new Set<CostClass>(['cellRead', 'bulkRead', 'meta']);
const NOT_DATA_WRITES = new Set([
  'toast',
  'activate',
  'setActiveSheet',
  'setActiveRange',
  'setActiveSelection',
]);

// --- faults ------------------------------------------------------------------------------------

export interface FaultSpec {
  /** The k-th service call of the execution (1-based), counted as `ExecutionRecord.serviceCalls` counts. */
  call: number;
  /** `error`: the call fails before its effect; `timeoutAfter`: the call takes effect, then throws. */
  kind: 'error' | 'timeoutAfter';
  /** Every execution until `clear()`; otherwise only the next execution. */
  every?: boolean;
  /** Overrides the service's own text. */
  message?: string;
}

export interface FiredFault {
  execution: string;
  handler: string;
  call: number;
  member: string;
  kind: FaultSpec['kind'];
  message: string;
}

/**
 * Something that happens elsewhere while the script runs, at its k-th service call: a person editing a
 * cell, another trigger. `run` is called just before the call (or just after it took effect, `after`),
 * outside the script: what it does through the emulator is its own, as a person's edit is.
 */
export interface HookSpec {
  call: number;
  after?: boolean;
  run(at: { call: number; member: string }): void;
}

/** Faults for the reliability suite: `emu.faults.inject({ call: 3, kind: 'error' })`. */
export class Faults {
  private next: FaultSpec[] = [];
  private every: FaultSpec[] = [];
  private hooks: HookSpec[] = [];
  readonly fired: FiredFault[] = [];

  inject(spec: FaultSpec): void {
    if (!Number.isInteger(spec.call) || spec.call < 1) throw new Error('A fault needs a call number ≥ 1.');
    (spec.every ? this.every : this.next).push(spec);
  }
  /** Runs `spec.run` at the k-th service call of the next execution (one shot, as `inject`). */
  during(spec: HookSpec): void {
    if (!Number.isInteger(spec.call) || spec.call < 1) throw new Error('A hook needs a call number ≥ 1.');
    this.hooks.push(spec);
  }
  clear(): void {
    this.next = [];
    this.every = [];
    this.hooks = [];
  }
  /** The faults of the execution starting now (one-shot faults are used up). */
  take(): FaultSpec[] {
    const out = [...this.next, ...this.every];
    this.next = [];
    return out;
  }
  /** The hooks of the execution starting now (used up). */
  takeHooks(): HookSpec[] {
    const out = this.hooks;
    this.hooks = [];
    return out;
  }
}

/**
 * The text Google gives when a service call fails or times out, by service (reported texts from live runs:
 * "Service error: Spreadsheets", "Service error: Drive", "Service Spreadsheets timed out while accessing
 * document with id …", "Service Drive timed out while accessing document with id …", "Service Documents
 * failed while accessing document with id …", "There are too many LockService operations against the same
 * script.", "We're sorry, a server error occurred. Please wait a bit and try again."). The Forms texts and
 * the Documents time-out are inferred from the others.
 */
export function faultMessage(typeName: string, kind: FaultSpec['kind'], documentId: string): string {
  const serverError = "We're sorry, a server error occurred. Please wait a bit and try again.";
  const service = SHEETS.has(typeName)
    ? 'Spreadsheets'
    : DRIVE.has(typeName)
      ? 'Drive'
      : DOCS.has(typeName)
        ? 'Documents'
        : FORMS.has(typeName)
          ? 'Forms'
          : null;
  if (kind === 'timeoutAfter')
    return service
      ? `Service ${service} timed out while accessing document with id ${documentId}.`
      : serverError;
  if (service === 'Documents')
    return `Service Documents failed while accessing document with id ${documentId}.`;
  if (service) return `Service error: ${service}`;
  if (typeName === 'Lock' || typeName === 'LockService')
    return 'There are too many LockService operations against the same script.';
  return serverError;
}

/** The id of the file an emulated object belongs to, for the error texts. */
function documentIdOf(target: object, fallback: string): string {
  const t = target as Record<string, unknown>;
  const id = (o: unknown): string | null => {
    const v = o && typeof o === 'object' ? (o as Record<string, unknown>)['_id'] : null;
    return typeof v === 'string' ? v : null;
  };
  const sheet = t['_sheet'] as Record<string, unknown> | undefined;
  const spec = t['_spec'] as Record<string, unknown> | undefined;
  return (
    id(t) ??
    id(t['_parent']) ??
    id(sheet?.['_parent']) ??
    (typeof spec?.['id'] === 'string' ? (spec['id'] as string) : null) ??
    fallback
  );
}

// --- the execution -----------------------------------------------------------------------------

export type TriggerKind = 'simple' | 'installable' | 'none';

export interface ExecutionRecord {
  id: string;
  handler: string;
  /** How Google started it: a simple trigger (onOpen/onEdit), an installable trigger, or anything else. */
  trigger: TriggerKind;
  limitMs: number;
  /** Modelled Apps Script time so far (ms). */
  modeledMs: number;
  /** Modelled time by cost class (ms). */
  byClass: Partial<Record<CostClass, number>>;
  /** Round trips to Google services, in order (`Range.setValues`): what faults are counted against. */
  calls: string[];
  serviceCalls: number;
  /** Spreadsheet cells whose values or formulas the script read (getValues, getFormulas, getValue …), by range size. */
  cellsRead: number;
  /** Spreadsheet cells the script wrote (setValues, setValue, appendRow, clearContent …), by range size. */
  cellsWritten: number;
  /** How it ended: null while running or when it returned; the error it failed with otherwise. */
  error: unknown;
  timedOut: boolean;
}

export interface UnflushedLockRelease {
  execution: string;
  handler: string;
  lock: string;
  /** Spreadsheet writes since the last SpreadsheetApp.flush(). */
  writes: number;
}

export interface ExecutionOptions {
  id: string;
  handler: string;
  trigger: TriggerKind;
  faults: FaultSpec[];
  hooks?: HookSpec[];
  /** Runs a hook outside the script's call (the runtime's own bookkeeping around it). */
  runHook?(fn: () => void): void;
  timeLimits: boolean;
  /** The bound document, for error texts of objects that do not name theirs. */
  documentId: string;
  onFault(fault: FiredFault): void;
  onUnflushedRelease(release: UnflushedLockRelease): void;
}

export class Execution {
  readonly record: ExecutionRecord;
  /** Set once the time limit is passed: every later call throws, and the run fails. */
  killed = false;
  /** Spreadsheet writes since the last flush (Google buffers them). */
  unflushedWrites = 0;
  private cacheDirty = false;
  /** The script's call in progress (outermost calls never nest). */
  private current: { cls: CostClass; index: number | null } | null = null;

  constructor(private readonly options: ExecutionOptions) {
    this.record = {
      id: options.id,
      handler: options.handler,
      trigger: options.trigger,
      limitMs: options.trigger === 'simple' ? SIMPLE_TRIGGER_LIMIT_MS : EXECUTION_LIMIT_MS,
      modeledMs: 0,
      byClass: {},
      calls: [],
      serviceCalls: 0,
      cellsRead: 0,
      cellsWritten: 0,
      error: null,
      timedOut: false,
    };
    this.charge('local', BUNDLE_EVALUATION_MS, 'bundle');
  }

  private charge(cls: CostClass | 'bundle', ms: number, _what?: string): void {
    if (ms <= 0) return;
    this.record.modeledMs += ms;
    const key = (cls === 'bundle' ? 'local' : cls) as CostClass;
    this.record.byClass[key] = (this.record.byClass[key] ?? 0) + ms;
  }

  private overLimit(): boolean {
    return this.options.timeLimits && this.record.modeledMs > this.record.limitMs;
  }

  private kill(): never {
    this.killed = true;
    this.record.timedOut = true;
    throw new ExecutionTimeLimitError();
  }

  /** Before a script call: count it, fail it if a fault is set for it, and charge its time. */
  before(typeName: string, member: string, target: object, _args: readonly unknown[]): void {
    const cls = costClass(typeName, member);
    let index: number | null = null;
    if (isServiceCall(cls)) {
      index = ++this.record.serviceCalls;
      this.record.calls.push(`${typeName}.${member}`);
    }
    if (index !== null) this.hook(index, false, `${typeName}.${member}`);
    this.current = { cls, index };
    if (index !== null) this.fault(index, 'error', typeName, member, target);
    let ms = CENTRAL_MS[cls];
    if (cls === 'bulkRead' || cls === 'bulkWrite') ms += PER_CELL_MS * cellsOf(target);
    if (SHEETS.has(typeName) && SHEETS_READ.has(cls) && this.cacheDirty) {
      ms += CACHE_SWITCH_MS;
      this.cacheDirty = false;
    }
    this.charge(cls, ms);
    // The run is stopped during the call that passes the limit: its effect is not assumed to land.
    if (this.overLimit()) this.kill();
  }

  /** After a script call returned: the write bookkeeping, the time waited inside it, late faults. */
  after(typeName: string, member: string, target: object, args: readonly unknown[]): void {
    const top = this.current;
    this.current = null;
    if (typeName === 'Range' && CELL_READS.has(member))
      this.record.cellsRead += ONE_CELL_READS.has(member) ? 1 : cellsOf(target);
    else if (typeName === 'Range' && CELL_WRITES.has(member)) this.record.cellsWritten += cellsOf(target);
    else if (typeName === 'Sheet' && member === 'appendRow')
      this.record.cellsWritten += Array.isArray(args[0]) ? args[0].length : 0;
    const cls = top?.cls ?? costClass(typeName, member);
    if (SHEETS.has(typeName)) {
      if (member === 'flush') {
        this.unflushedWrites = 0;
        this.cacheDirty = false;
      } else if (SHEETS_WRITE.has(cls) && !NOT_DATA_WRITES.has(member)) {
        this.unflushedWrites++;
        this.cacheDirty = true;
      }
    }
    if (this.overLimit()) this.kill();
    if (top?.index != null) this.hook(top.index, true, `${typeName}.${member}`);
    if (top?.index != null) this.fault(top.index, 'timeoutAfter', typeName, member, target);
  }

  private hook(index: number, after: boolean, member: string): void {
    for (const h of this.options.hooks ?? []) {
      if (h.call !== index || Boolean(h.after) !== after) continue;
      const run = () => h.run({ call: index, member });
      if (this.options.runHook) this.options.runHook(run);
      else run();
    }
  }

  /** Time spent waiting inside a call (a lock held elsewhere, Utilities.sleep). */
  wait(ms: number): void {
    this.charge('wait', ms);
  }

  /** A lock is released: Google's guidance is to flush spreadsheet writes first. */
  lockReleased(lock: string): void {
    if (this.unflushedWrites > 0) {
      this.options.onUnflushedRelease({
        execution: this.record.id,
        handler: this.record.handler,
        lock,
        writes: this.unflushedWrites,
      });
    }
  }

  private fault(
    index: number,
    kind: FaultSpec['kind'],
    typeName: string,
    member: string,
    target: object,
  ): void {
    const spec = this.options.faults.find((f) => f.call === index && f.kind === kind);
    if (!spec) return;
    const message =
      spec.message ?? faultMessage(typeName, kind, documentIdOf(target, this.options.documentId));
    this.options.onFault({
      execution: this.record.id,
      handler: this.record.handler,
      call: index,
      member: `${typeName}.${member}`,
      kind,
      message,
    });
    throw gasException(message);
  }
}

/** Reads that move cells' values or formulas to the script (formats and notes are not counted). */
const CELL_READS = new Set([
  'getValues',
  'getDisplayValues',
  'getFormulas',
  'getFormulasR1C1',
  'getRichTextValues',
  'getValue',
  'getDisplayValue',
  'getFormula',
  'getRichTextValue',
]);
/** One cell, whatever the range: its top-left. */
const ONE_CELL_READS = new Set(['getValue', 'getDisplayValue', 'getFormula', 'getRichTextValue']);
/** Writes of cells' values or formulas, by the size of the range. */
const CELL_WRITES = new Set([
  'setValues',
  'setValue',
  'setFormulas',
  'setFormula',
  'setFormulasR1C1',
  'setRichTextValues',
  'setRichTextValue',
  'clearContent',
  'clear',
]);

function cellsOf(target: object): number {
  const t = target as { _numRows?: unknown; _numColumns?: unknown };
  return typeof t._numRows === 'number' && typeof t._numColumns === 'number' ? t._numRows * t._numColumns : 0;
}
