/**
 * Every emulated Apps Script object is wrapped in a Proxy that
 *  - counts each call the script makes, by `Type.method` (this is how performance is measured: in
 *    Apps Script each such call is a round trip to a Google service);
 *  - throws, naming the method, when the script calls something the emulator does not implement,
 *    so a gap in the emulator can never pass silently as `undefined`;
 *  - enforces the authorization mode (an add-on's onOpen runs in AuthMode.NONE and may only build a menu);
 *  - hands each of the script's own calls to the host before and after it runs (`beforeCall`/`afterCall`):
 *    there the OAuth scopes are checked, the execution's modelled clock runs and faults are injected
 *    (core/env.ts, core/execution.ts).
 *
 * Only the outermost call is counted: emulator objects calling each other internally are free.
 */

export class CallCounter {
  private readonly counts = new Map<string, number>();
  private _depth = 0;

  record(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** Runs `fn` as one service call: nested emulator calls inside it are not counted. */
  enter<T>(name: string, fn: () => T): T {
    if (this._depth === 0) this.record(name);
    this._depth++;
    try {
      return fn();
    } finally {
      this._depth--;
    }
  }

  /** Runs `fn` as if no call were on the stack (something outside the script, during one of its calls). */
  outside<T>(fn: () => T): T {
    const depth = this._depth;
    this._depth = 0;
    try {
      return fn();
    } finally {
      this._depth = depth;
    }
  }

  /** How many emulated calls are on the stack: 1 inside the script's own call. */
  get depth(): number {
    return this._depth;
  }

  total(prefix = ''): number {
    let n = 0;
    for (const [k, v] of this.counts) if (k.startsWith(prefix)) n += v;
    return n;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Calls grouped by service (the part before the first dot). */
  byService(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [k, v] of this.counts) {
      const service = k.split('.')[0] ?? k;
      out[service] = (out[service] ?? 0) + v;
    }
    return out;
  }

  reset(): void {
    this.counts.clear();
  }
}

export type AuthMode = 'NONE' | 'LIMITED' | 'CUSTOM_FUNCTION' | 'FULL';

export interface TrackingHost {
  readonly calls: CallCounter;
  readonly authMode: AuthMode;
  /** Before the script's own (outermost) call runs; may throw instead of it. */
  beforeCall?(typeName: string, member: string, target: object, args: readonly unknown[]): void;
  /** After the script's own call returned; may throw (the call's effect stays). */
  afterCall?(typeName: string, member: string, target: object, args: readonly unknown[]): void;
}

/** Properties that JavaScript itself probes (await, JSON, console.log, vitest); never treated as API calls. */
const PASSTHROUGH = new Set([
  'then',
  'toJSON',
  'constructor',
  'toString',
  'valueOf',
  'inspect',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
]);

export class NotImplementedError extends Error {
  constructor(member: string) {
    super(
      `Apps Script emulator: ${member} is not implemented. Add it to tools/emulator, faithful to the real service.`,
    );
    this.name = 'NotImplementedError';
  }
}

export class AuthorizationError extends Error {
  constructor(member: string) {
    // The real message when an add-on touches data in AuthMode.NONE.
    super(`You do not have permission to call ${member}. (Apps Script emulator: AuthMode.NONE)`);
    this.name = 'AuthorizationError';
  }
}

/**
 * Wraps `target` as the Apps Script type `typeName`. Public methods are counted; members starting with
 * `_` are the emulator's own internals (used by tests and other emulated objects) and are not.
 * `allowedInNone` lists methods that work in AuthMode.NONE (e.g. building a menu).
 */
export function track<T extends object>(
  target: T,
  typeName: string,
  host: TrackingHost,
  allowedInNone: ReadonlySet<string> = NO_METHODS,
): T {
  const proxy = new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === 'symbol' || PASSTHROUGH.has(prop)) return Reflect.get(obj, prop, receiver);
      if (prop.startsWith('_')) {
        const v = Reflect.get(obj, prop, obj);
        return typeof v === 'function' ? v.bind(obj) : v;
      }
      if (!(prop in obj)) {
        return () => {
          throw new NotImplementedError(`${typeName}.${prop}()`);
        };
      }
      const value = Reflect.get(obj, prop, obj);
      if (typeof value !== 'function') return value;
      const name = `${typeName}.${prop}`;
      return (...args: unknown[]) =>
        host.calls.enter(name, () => {
          // In AuthMode.NONE only the script's own call (depth 1) is checked; nested calls are the emulator's.
          if (host.authMode === 'NONE' && host.calls.depth === 1 && !allowedInNone.has(prop)) {
            throw new AuthorizationError(name);
          }
          // Simple triggers (onEdit, onOpen of a bound script) run in LIMITED mode: the bound spreadsheet,
          // properties, locks and utilities work; services that need the user's authorization do not.
          // https://developers.google.com/apps-script/guides/triggers#restrictions
          if (host.authMode === 'LIMITED' && host.calls.depth === 1 && NEEDS_AUTHORIZATION.has(typeName)) {
            throw new AuthorizationError(name);
          }
          if (host.calls.depth !== 1) return value.apply(obj, args);
          host.beforeCall?.(typeName, prop, obj, args);
          const result = value.apply(obj, args);
          host.afterCall?.(typeName, prop, obj, args);
          return result;
        });
    },
  });
  proxies.set(target, proxy);
  tracked.set(proxy, { target, typeName, host, allowedInNone });
  return proxy;
}

const proxies = new WeakMap<object, object>();

/** How a tracked object was made: what `Emulator.clone` needs to make the same object over a copy. */
export interface TrackedInfo {
  readonly target: object;
  readonly typeName: string;
  readonly host: TrackingHost;
  readonly allowedInNone: ReadonlySet<string>;
}
const tracked = new WeakMap<object, TrackedInfo>();

/** The target, type and host of a tracked proxy, or undefined for any other object. */
export function trackedInfo(value: object): TrackedInfo | undefined {
  return tracked.get(value);
}

/** The tracked face of an emulated object, for methods that return `this` (chaining). */
export function proxyOf<T extends object>(raw: T): T {
  return (proxies.get(raw) as T | undefined) ?? raw;
}

const NO_METHODS: ReadonlySet<string> = new Set();

const NEEDS_AUTHORIZATION = new Set([
  'MailApp',
  'DriveApp',
  'DocumentApp',
  'FormApp',
  'ScriptApp',
  'Folder',
  'File',
  'Document',
  'Form',
]);
