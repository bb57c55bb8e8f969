import type { Env } from '../core/env.js';
import { gas } from '../core/gas.js';
import { track } from '../core/tracking.js';

/**
 * https://developers.google.com/apps-script/reference/mail/mail-app
 * Each recipient counts against the daily quota (100 a day on a consumer account); past it the real
 * service throws "Service invoked too many times for one day: email."
 */
export interface SentMail {
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
  htmlBody: string;
  name: string;
  replyTo: string;
  at: number;
}

export class MailStore {
  quota = 100;
  readonly sent: SentMail[] = [];
}

export function createMailApp(env: Env, store: MailStore): GoogleAppsScript.Mail.MailApp {
  const send = (m: Partial<SentMail> & { to: string }) => {
    const recipients = [m.to, m.cc, m.bcc]
      .filter(Boolean)
      .flatMap((s) => String(s).split(','))
      .map((s) => s.trim())
      .filter(Boolean);
    if (recipients.length === 0) throw new Error('Failed to send email: no recipient');
    for (const r of recipients)
      if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(r)) throw new Error(`Invalid email: ${r}`);
    if (store.quota < recipients.length)
      throw new Error('Service invoked too many times for one day: email.');
    store.quota -= recipients.length;
    store.sent.push({
      to: m.to,
      cc: m.cc ?? '',
      bcc: m.bcc ?? '',
      subject: m.subject ?? '',
      body: m.body ?? '',
      htmlBody: m.htmlBody ?? '',
      name: m.name ?? '',
      replyTo: m.replyTo ?? '',
      at: env.now(),
    });
  };
  return gas(
    track(
      {
        sendEmail: (a: unknown, subject?: string, body?: string, options?: Record<string, string>) => {
          if (typeof a === 'object' && a !== null) send(a as SentMail);
          else send({ ...(options ?? {}), to: String(a), subject: subject ?? '', body: body ?? '' });
        },
        getRemainingDailyQuota: () => store.quota,
      },
      'MailApp',
      env,
    ),
  );
}
