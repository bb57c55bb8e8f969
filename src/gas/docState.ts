/**
 * The product's small bookkeeping (last case number issued, the mail queue, the intake watermark, cached
 * links) in the spreadsheet's document properties: read with one call, written with one call.
 */
export class DocState {
  private readonly changed: Record<string, string> = {};

  private constructor(
    private readonly store: GoogleAppsScript.Properties.Properties,
    private readonly values: Record<string, string>,
  ) {}

  static load(): DocState {
    const store = PropertiesService.getDocumentProperties();
    return new DocState(store, store.getProperties());
  }

  get(key: string): string | null {
    return this.changed[key] ?? this.values[key] ?? null;
  }

  set(key: string, value: string): void {
    if (this.get(key) !== value) this.changed[key] = value;
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
    if (Object.keys(this.changed).length === 0) return;
    this.store.setProperties(this.changed);
    for (const [k, v] of Object.entries(this.changed)) this.values[k] = v;
    for (const k of Object.keys(this.changed)) delete this.changed[k];
  }
}
