import { describe, expect, it } from 'vitest';
import {
  fingerprint,
  missingConfirmations,
  parseEmails,
  planReminders,
  type ReminderPlanInput,
  reminderMail,
  shorten,
  type TiltakReminderItem,
  type WheelReminderItem,
} from '../../../src/domain/notices/reminders';
import { d } from './fakeSchoolDays';

const wheelItem = (over: Partial<WheelReminderItem> = {}): WheelReminderItem => ({
  key: 'Elevundersøkelsen.',
  aktivitet: 'Elevundersøkelsen.',
  due: d('2026-10-01'),
  overdue: false,
  link: 'https://sheet#gid=1&range=A5',
  emails: ['a@skole.no'],
  ...over,
});
const tiltakItem = (over: Partial<TiltakReminderItem> = {}): TiltakReminderItem => ({
  key: 'mål|tiltak',
  niva: 'Universelt',
  tiltak: 'Fellestid om psykisk helse for hele personalet.',
  missingEvaluering: true,
  missingVidereArbeid: true,
  link: 'https://sheet#gid=2&range=A3',
  emails: ['a@skole.no'],
  ...over,
});
const input = (over: Partial<ReminderPlanInput> = {}): ReminderPlanInput => ({
  today: d('2026-09-28'),
  language: 'nb',
  wheel: [],
  tiltak: [],
  seen: new Set(),
  tiltakRound: '2026-09-28',
  ...over,
});

describe('parseEmails', () => {
  it('splits on commas, semicolons, spaces and lines, lower-cases and removes duplicates', () => {
    expect(parseEmails(' A@Skole.no, b@skole.no;c@skole.no\nA@skole.no ')).toEqual({
      emails: ['a@skole.no', 'b@skole.no', 'c@skole.no'],
      invalid: [],
    });
  });
  it('reports what is not an address', () => {
    expect(parseEmails('Rektor, a@skole.no, b@skole')).toEqual({
      emails: ['a@skole.no'],
      invalid: ['Rektor', 'b@skole'],
    });
    expect(parseEmails('')).toEqual({ emails: [], invalid: [] });
  });
});

describe('fingerprint and shorten', () => {
  it('fingerprints are short, stable and differ for different texts', () => {
    expect(fingerprint('a')).toBe(fingerprint('a'));
    expect(fingerprint('a')).not.toBe(fingerprint('b'));
    expect(fingerprint('x'.repeat(500)).length).toBeLessThanOrEqual(7);
  });
  it('keeps the first sentence, or cuts with an ellipsis', () => {
    expect(shorten('Morgenmøte. For hele personalet.')).toBe('Morgenmøte.');
    expect(shorten('a'.repeat(100), 10)).toBe(`${'a'.repeat(9)}…`);
    expect(shorten('  kort  tekst ')).toBe('kort tekst');
  });
});

describe('planReminders', () => {
  it('sends one mail per person listing all their items, sorted by date', () => {
    const plan = planReminders(
      input({
        wheel: [
          wheelItem({
            key: 'x',
            aktivitet: 'Klasseråd.',
            due: d('2026-10-01'),
            emails: ['a@skole.no', 'b@skole.no'],
          }),
          wheelItem({ key: 'y', aktivitet: 'Elevråd.', due: d('2026-09-29') }),
        ],
      }),
    );
    expect(plan.mails.map((m) => m.to)).toEqual(['a@skole.no', 'b@skole.no']);
    const a = plan.mails[0]!.body;
    expect(a.indexOf('Elevråd.')).toBeLessThan(a.indexOf('Klasseråd.'));
    expect(a).toContain('29.09.2026 (tirsdag)');
    expect(a).toContain('https://sheet#gid=1&range=A5');
    expect(plan.mails[1]!.body).not.toContain('Elevråd.');
  });

  it('sends nothing when everything was already told, and again when something new comes', () => {
    const first = planReminders(input({ wheel: [wheelItem()] }));
    expect(first.mails).toHaveLength(1);
    const again = planReminders(input({ wheel: [wheelItem()], seen: new Set(first.seen) }));
    expect(again.mails).toHaveLength(0);
    // The occurrence became overdue: that is news.
    const overdue = planReminders(
      input({ wheel: [wheelItem({ overdue: true })], seen: new Set(first.seen) }),
    );
    expect(overdue.mails).toHaveLength(1);
    expect(overdue.mails[0]!.body).toContain('Forfalt 01.10.2026');
    // A new person on the row is told, the old one is not.
    const added = planReminders(
      input({ wheel: [wheelItem({ emails: ['a@skole.no', 'ny@skole.no'] })], seen: new Set(first.seen) }),
    );
    expect(added.mails.map((m) => m.to)).toEqual(['ny@skole.no']);
  });

  it('lists every current item in a mail that has at least one new one', () => {
    const first = planReminders(input({ wheel: [wheelItem()] }));
    const plan = planReminders(
      input({
        wheel: [wheelItem(), wheelItem({ key: 'n', aktivitet: 'Nytt punkt.', due: d('2026-10-02') })],
        seen: new Set(first.seen),
      }),
    );
    expect(plan.mails).toHaveLength(1);
    expect(plan.mails[0]!.body).toContain('Elevundersøkelsen.');
    expect(plan.mails[0]!.body).toContain('Nytt punkt.');
  });

  it('repeats tiltaksplan reminders each round (week), not each day', () => {
    const first = planReminders(input({ tiltak: [tiltakItem()] }));
    expect(first.mails[0]!.subject).toBe('Skolemiljø: tiltaksplanen skal evalueres');
    expect(first.mails[0]!.body).toContain(
      'Universelt: Fellestid om psykisk helse for hele personalet. (mangler evaluering og videre arbeid)',
    );
    expect(planReminders(input({ tiltak: [tiltakItem()], seen: new Set(first.seen) })).mails).toHaveLength(0);
    expect(
      planReminders(input({ tiltak: [tiltakItem()], seen: new Set(first.seen), tiltakRound: '2026-10-05' }))
        .mails,
    ).toHaveLength(1);
  });

  it('forgets what is no longer current', () => {
    const first = planReminders(input({ wheel: [wheelItem()] }));
    expect(planReminders(input({ seen: new Set(first.seen) })).seen).toEqual([]);
  });
});

describe('reminderMail', () => {
  it('combines both sections, in nynorsk too, and says why the person gets it', () => {
    const mail = reminderMail({
      to: 'a@skole.no',
      today: d('2026-05-04'),
      language: 'nn',
      wheel: [wheelItem({ due: d('2026-05-06') })],
      tiltak: [tiltakItem({ missingEvaluering: false })],
    });
    expect(mail.subject).toBe('Skolemiljø: årshjulet og tiltaksplanen');
    expect(mail.body).toContain('06.05.2026 (onsdag)');
    expect(mail.body).toContain('manglar vidare arbeid');
    expect(mail.body).toContain('ingen opplysningar om elevar');
  });
});

describe('missingConfirmations', () => {
  it('counts this school year and names known staff who have not confirmed', () => {
    const result = missingConfirmations({
      schoolYear: '2026/2027',
      known: ['rektor@skole.no', 'Leder@skole.no', 'ikke en adresse'],
      confirmations: [
        { email: 'rektor@skole.no', schoolYear: '2026/2027' },
        { email: 'larer@skole.no', schoolYear: '2025/2026' },
        { email: 'ny@skole.no', schoolYear: '2026/2027' },
      ],
    });
    expect(result).toEqual({
      confirmed: ['ny@skole.no', 'rektor@skole.no'],
      missing: ['larer@skole.no', 'leder@skole.no'],
    });
  });
});
