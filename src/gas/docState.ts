/**
 * The product's small bookkeeping (last case number issued, the mail queue, the intake watermark, cached
 * links) in the spreadsheet's document properties: read with one call, written with one call.
 */
export class DocState {
  private readonly changed: Record<string, string> = {};
  private readonly deleted = new Set<string>();

  private constructor(
    private readonly store: GoogleAppsScript.Properties.Properties,
    private readonly values: Record<string, string>,
  ) {}

  static load(): DocState {
    const store = PropertiesService.getDocumentProperties();
    return new DocState(store, store.getProperties());
  }

  get(key: string): string | null {
    if (this.deleted.has(key)) return null;
    return this.changed[key] ?? this.values[key] ?? null;
  }

  set(key: string, value: string): void {
    if (this.get(key) === value) return;
    this.deleted.delete(key);
    this.changed[key] = value;
  }

  /** Removes a key at the next save (one call per key: deletions are rare, an archived case's keys). */
  delete(key: string): void {
    delete this.changed[key];
    if (key in this.values) this.deleted.add(key);
  }

  /** The keys that start with `prefix`, as they will be after the next save. */
  keys(prefix = ''): string[] {
    return [...new Set([...Object.keys(this.values), ...Object.keys(this.changed)])].filter(
      (k) => k.startsWith(prefix) && this.get(k) !== null,
    );
  }

  getJson<T>(key: string, fallback: T): T {
    const raw = this.get(key);
    if (!raw) return fallback;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return fallback;
    }
  }

  setJson(key: string, value: unknown): void {
    this.set(key, JSON.stringify(value));
  }

  save(): void {
    for (const k of this.deleted) {
      this.store.deleteProperty(k);
      delete this.values[k];
    }
    this.deleted.clear();
    if (Object.keys(this.changed).length === 0) return;
    this.store.setProperties(this.changed);
    for (const [k, v] of Object.entries(this.changed)) this.values[k] = v;
    for (const k of Object.keys(this.changed)) delete this.changed[k];
  }
}
