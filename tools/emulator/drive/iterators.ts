import type { Env } from '../core/env.js';
import { track } from '../core/tracking.js';

/**
 * FileIterator / FolderIterator: hasNext() and next(), over a snapshot taken when the iterator is made.
 * https://developers.google.com/apps-script/reference/drive/file-iterator
 */
export class EmuIterator<T> {
  private index = 0;
  constructor(private readonly items: readonly T[]) {}

  static _create<T>(
    env: Env,
    typeName: 'FileIterator' | 'FolderIterator',
    items: readonly T[],
  ): EmuIterator<T> {
    return track(new EmuIterator(items), typeName, env);
  }

  hasNext(): boolean {
    return this.index < this.items.length;
  }
  next(): T {
    const item = this.items[this.index];
    // The message Apps Script gives when next() is called past the end.
    if (item === undefined) throw new Error('Cannot retrieve the next object: iterator has reached the end.');
    this.index++;
    return item;
  }
}
