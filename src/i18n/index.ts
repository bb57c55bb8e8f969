import { type Messages, nb } from './nb';
import { nn } from './nn';

export type Language = 'nb' | 'nn';
export type { Messages };

export function messages(language: Language): Messages {
  return language === 'nn' ? nn : nb;
}

/** The language setting as a school types it ("bokmål", "nynorsk", "nn"). */
export function parseLanguage(text: string): Language {
  return /^\s*(nn|nynorsk)/i.test(text) ? 'nn' : 'nb';
}
