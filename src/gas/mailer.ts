import type { Mail } from '../domain/notices/notices';
import type { DocState } from './docState';

/**
 * Sends mail within the daily quota. What cannot be sent now (quota used up, a passing error) is queued
 * in document properties and sent by the next run; sending never makes the calling job fail.
 * Queued mails hold no personal data (see notices.ts), so keeping them in properties is safe.
 *
 * A property value holds at most 9 KB (https://developers.google.com/apps-script/guides/services/quotas),
 * counted in bytes: the queue is kept in as many values of at most QUEUE_PART_BYTES as it needs, so a
 * long queue (a day the quota ran out) can never make the job's save fail.
 */
const QUEUE = 'mailQueue';
const PARTS = 'mailQueue:parts';
export const QUEUE_PART_BYTES = 8_000;
/** More than a week of a busy school's notices; older ones are dropped only past this. */
const MAX_QUEUE = 500;

export interface SendReport {
  sent: number;
  queued: number;
}

export function sendAll(mails: Mail[], state: DocState): SendReport {
  const queue = readQueue(state);
  const pending = [...queue, ...mails];
  if (pending.length === 0) return { sent: 0, queued: 0 };
  let quota = 0;
  try {
    quota = MailApp.getRemainingDailyQuota();
  } catch {
    quota = 0;
  }
  const left: Mail[] = [];
  let sent = 0;
  for (const mail of pending) {
    if (quota <= 0) {
      left.push(mail);
      continue;
    }
    try {
      MailApp.sendEmail(mail.to, mail.subject, mail.body, { name: 'Skolemiljø' });
      sent++;
      quota--;
    } catch {
      left.push(mail);
      quota = 0;
    }
  }
  writeQueue(state, left.slice(-MAX_QUEUE));
  return { sent, queued: left.length };
}

function readQueue(state: DocState): Mail[] {
  const parts = Number(state.get(PARTS) ?? 0);
  const out: Mail[] = [...state.getJson<Mail[]>(QUEUE, [])];
  for (let i = 1; i < parts; i++) out.push(...state.getJson<Mail[]>(`${QUEUE}:${i}`, []));
  return out;
}

/** UTF-8 bytes of a string (æ, ø, å count twice), as the property store counts them. */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

function writeQueue(state: DocState, mails: Mail[]): void {
  const chunks: Mail[][] = [[]];
  let size = 2;
  for (const m of mails) {
    const bytes = utf8Bytes(JSON.stringify(m)) + 1;
    if (size + bytes > QUEUE_PART_BYTES && chunks[chunks.length - 1]!.length > 0) {
      chunks.push([]);
      size = 2;
    }
    chunks[chunks.length - 1]!.push(m);
    size += bytes;
  }
  const before = Number(state.get(PARTS) ?? 0);
  chunks.forEach((chunk, i) => {
    state.setJson(i === 0 ? QUEUE : `${QUEUE}:${i}`, chunk);
  });
  for (let i = chunks.length; i < before; i++) state.setJson(`${QUEUE}:${i}`, []);
  if (chunks.length > 1 || before > 1) state.set(PARTS, String(chunks.length));
}
