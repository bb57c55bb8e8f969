import { describe, expect, it } from 'vitest';
import { dailyDigest, intakeErrorNotice, newCaseNotice } from '../../src/domain/notices/notices';

const base = {
  to: 'rektor@skole.no',
  saksnr: '2026-014',
  kind: 'Mobbing',
  serious: false,
  leadership: false,
  link: 'https://docs.google.com/spreadsheets/d/x/edit#gid=1&range=A15',
  investigationDue: '16.09.2026',
};

describe('notices', () => {
  it('carry the case number, kind and link, in bokmål by default', () => {
    const m = newCaseNotice(base);
    expect(m.subject).toBe('Ny sak 2026-014 i Skolemiljø');
    expect(m.body).toContain('Gjelder: Mobbing.');
    expect(m.body).toContain(base.link);
  });

  it('mark § 12-5 urgent and mention skoleeier for the leadership', () => {
    const m = newCaseNotice({ ...base, serious: true, leadership: true });
    expect(m.subject.startsWith('HASTER – § 12-5: ')).toBe(true);
    expect(m.body).toContain('meld fra til skoleeier i dag');
  });

  it('are written in nynorsk when the school chooses it', () => {
    expect(newCaseNotice({ ...base, lang: 'nn' }).body).toContain('Det har kome ei ny melding');
    expect(intakeErrorNotice({ to: 'a@b.no', link: 'l', count: 2, lang: 'nn' }).body).toContain(
      '2 meldingar',
    );
    expect(dailyDigest({ to: 'a@b.no', date: '17.09.2026', lines: [], extra: [], lang: 'nn' }).subject).toBe(
      'Skolemiljø 17.09.2026: 0 fristar passerte, 0 snart',
    );
  });

  it('list overdue before soon in the digest', () => {
    const line = (saksnr: string, overdue: boolean) => ({
      saksnr,
      step: 'aktivitetsplan',
      due: '18.09.2026',
      overdue,
      link: 'l',
    });
    const m = dailyDigest({
      to: 'a@b.no',
      date: '17.09.2026',
      lines: [line('2026-002', false), line('2026-001', true)],
      extra: ['x'],
    });
    expect(m.body.indexOf('2026-001')).toBeLessThan(m.body.indexOf('2026-002'));
    expect(m.subject).toBe('Skolemiljø 17.09.2026: 1 frister passert, 1 snart');
  });
});
