import type { Mail } from '../domain/notices/notices';
import type { DocState } from './docState';

/**
 * Sends mail within the daily quota. What cannot be sent now (quota used up, a passing error) is queued
 * in document properties and sent by the next run; sending never makes the calling job fail.
 * Queued mails hold no personal data (see notices.ts), so keeping them in properties is safe.
 */
const QUEUE = 'mailQueue';
const MAX_QUEUE = 50;

export interface SendReport {
  sent: number;
  queued: number;
}

export function sendAll(mails: Mail[], state: DocState): SendReport {
  const queue = state.getJson<Mail[]>(QUEUE, []);
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
  // Oldest first; a runaway queue is capped rather than allowed to exceed the property size limit.
  state.setJson(QUEUE, left.slice(-MAX_QUEUE));
  return { sent, queued: left.length };
}
