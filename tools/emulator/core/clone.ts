import { type TrackingHost, track, trackedInfo } from './tracking.js';

/** A function found as a property while copying: the copy's object that holds it, and the key. */
export interface Closure {
  readonly holder: object;
  readonly key: PropertyKey;
}

/**
 * A deep copy of an object graph of the emulator's stores, for `Emulator.clone`: classes keep their
 * prototypes, shared references and cycles stay shared and cyclic in the copy, Maps, Sets, Dates, arrays
 * and typed arrays are copied, and a tracked proxy (core/tracking.ts) becomes a tracked proxy over the
 * copy of its target, counted by the copy of its host.
 *
 * `replace` gives the copy of some values outright (a fresh history instead of the original's);
 * `special` copies some values its own, faster way (a sheet's grid of plain cells).
 *
 * Functions are not copied: `shared` lists values kept as they are (the compiled script, builtins), and
 * every other function found as a property is reported in `closures`, so the caller can rebind the
 * closures it knows and refuse the rest (a closure over the original would reach into it).
 */
export function cloneGraph<T>(
  root: T,
  shared: ReadonlySet<unknown> = new Set(),
  replace: ReadonlyMap<unknown, unknown> = new Map(),
  special: ReadonlyMap<object, (clone: (v: unknown) => unknown) => unknown> = new Map(),
): { copy: T; closures: Closure[] } {
  const seen = new Map<unknown, unknown>(replace);
  const closures: Closure[] = [];

  const clone = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    const done = seen.get(value);
    if (done !== undefined) return done;
    if (shared.has(value)) return value;
    const own = special.get(value);
    if (own) {
      const c = own(clone);
      seen.set(value, c);
      return c;
    }
    const info = trackedInfo(value);
    if (info) {
      // The target is copied first, then wrapped like the original (the same type, mode rules and host).
      const target = clone(info.target) as object;
      const host = clone(info.host) as TrackingHost;
      const proxy = track(target, info.typeName, host, info.allowedInNone);
      seen.set(value, proxy);
      return proxy;
    }
    if (Array.isArray(value)) {
      const a = new Array(value.length);
      seen.set(value, a);
      for (let i = 0; i < value.length; i++) {
        const v = value[i];
        if (typeof v === 'function') closures.push({ holder: a, key: i });
        a[i] = typeof v === 'object' ? clone(v) : v;
      }
      return a;
    }
    if (value instanceof Date) {
      const d = new (value.constructor as DateConstructor)(value.getTime());
      seen.set(value, d);
      return d;
    }
    if (value instanceof Map) {
      const m = new Map();
      seen.set(value, m);
      for (const [k, v] of value) m.set(clone(k), clone(v));
      return m;
    }
    if (value instanceof Set) {
      const s = new Set();
      seen.set(value, s);
      for (const v of value) s.add(clone(v));
      return s;
    }
    if (
      value instanceof Error ||
      value instanceof RegExp ||
      value instanceof WeakMap ||
      value instanceof WeakSet
    )
      return value;
    if (ArrayBuffer.isView(value)) {
      const c = (value as unknown as { slice(): unknown }).slice();
      seen.set(value, c);
      return c;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto === Object.prototype && Object.isExtensible(value)) {
      // A record (most of a sheet's cells): copied at once, then its nested objects.
      const rec: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      seen.set(value, rec);
      for (const key in rec) {
        const v = rec[key];
        if (typeof v === 'object' && v !== null) rec[key] = clone(v);
        else if (typeof v === 'function' && !shared.has(v)) closures.push({ holder: rec, key });
      }
      return rec;
    }
    const out = Object.create(proto) as Record<PropertyKey, unknown>;
    seen.set(value, out);
    const source = value as Record<PropertyKey, unknown>;
    if (Object.isExtensible(value)) {
      // Fields of records and class instances: plain data properties.
      for (const key of Object.keys(source)) {
        const v = source[key];
        if (typeof v === 'function' && !shared.has(v)) closures.push({ holder: out, key });
        out[key] = typeof v === 'object' ? clone(v) : v;
      }
      return out;
    }
    for (const key of Reflect.ownKeys(value)) {
      const desc = Object.getOwnPropertyDescriptor(value, key)!;
      if (typeof desc.value === 'function' && !shared.has(desc.value)) closures.push({ holder: out, key });
      if ('value' in desc && typeof desc.value === 'object') desc.value = clone(desc.value);
      Object.defineProperty(out, key, desc);
    }
    return out;
  };

  return { copy: clone(root) as T, closures };
}
