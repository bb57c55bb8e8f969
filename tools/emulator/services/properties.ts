import type { Env } from '../core/env.js';
import { gas } from '../core/gas.js';
import { proxyOf, track } from '../core/tracking.js';

/**
 * https://developers.google.com/apps-script/reference/properties/properties
 * Values are always stored as strings; one value may hold at most 9 KB, a store 500 KB
 * (https://developers.google.com/apps-script/guides/services/quotas: "Properties value size 9 KB / val",
 * "Properties total storage 500 KB / property store"). Sizes are counted in bytes of UTF-8, so æ, ø and å
 * count twice (inferred: the quota is stated in bytes).
 */
const MAX_VALUE = 9 * 1024;
const MAX_STORE = 500 * 1024;
const bytes = (s: string) => new TextEncoder().encode(s).length;

class EmuProperties implements Partial<GoogleAppsScript.Properties.Properties> {
  constructor(readonly _data: Map<string, string>) {}
  private self(): GoogleAppsScript.Properties.Properties {
    return gas(proxyOf(this));
  }
  private check(key: string, value: string): void {
    if (bytes(value) > MAX_VALUE) throw new Error('Argument too large: value');
    let total = bytes(key) + bytes(value);
    for (const [k, v] of this._data) if (k !== key) total += bytes(k) + bytes(v);
    if (total > MAX_STORE)
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
  }
  getProperty(key: string): string | null {
    return this._data.get(key) ?? null;
  }
  setProperty(key: string, value: string) {
    const v = String(value);
    this.check(key, v);
    this._data.set(key, v);
    return this.self();
  }
  setProperties(properties: { [key: string]: string }, deleteAllOthers = false) {
    if (deleteAllOthers) this._data.clear();
    for (const [k, v] of Object.entries(properties)) {
      this.check(k, String(v));
      this._data.set(k, String(v));
    }
    return this.self();
  }
  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this._data);
  }
  getKeys(): string[] {
    return [...this._data.keys()];
  }
  deleteProperty(key: string) {
    this._data.delete(key);
    return this.self();
  }
  deleteAllProperties() {
    this._data.clear();
    return this.self();
  }
}

export class PropertiesStore {
  readonly script = new Map<string, string>();
  readonly document = new Map<string, string>();
  readonly users = new Map<string, Map<string, string>>();
}

export function createPropertiesService(
  env: Env,
  store: PropertiesStore,
): GoogleAppsScript.Properties.PropertiesService {
  const wrap = (data: Map<string, string>) =>
    gas<GoogleAppsScript.Properties.Properties>(track(new EmuProperties(data), 'Properties', env));
  return gas(
    track(
      {
        getScriptProperties: () => wrap(store.script),
        getDocumentProperties: () => wrap(store.document),
        getUserProperties: () => {
          let m = store.users.get(env.activeUser);
          if (!m) {
            m = new Map();
            store.users.set(env.activeUser, m);
          }
          return wrap(m);
        },
      },
      'PropertiesService',
      env,
    ),
  );
}
