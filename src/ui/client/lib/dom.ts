/** Small DOM helpers: every text goes in with textContent, so nothing a person typed becomes markup. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** The JSON the server put in #data (escaped by the template's `<?= ?>` into an attribute). */
export function pageData<T>(): T {
  return JSON.parse((document.getElementById('data') as HTMLElement).dataset['json'] ?? '{}') as T;
}

/**
 * The busy state of a dialog: a visible, announced status line, every button disabled, so a slow
 * action shows what it is doing and cannot be started twice.
 */
export function setBusy(root: HTMLElement, status: HTMLElement, text: string | null): void {
  Array.from(root.querySelectorAll('button, input, select, textarea')).forEach((b) => {
    (b as HTMLButtonElement).disabled = text !== null;
  });
  root.setAttribute('aria-busy', String(text !== null));
  status.className = text === null ? 'status' : 'status working';
  status.textContent = text ?? '';
}
