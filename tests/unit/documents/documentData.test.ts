import { describe, expect, it } from 'vitest';
import {
  documentationValues,
  evaluationValues,
  formatDate,
  formatDateTime,
  isBarnevern,
  type LogEntryInput,
  parseSubDuty,
  parseTiltaksplanLevel,
  planValues,
  SUB_DUTIES,
  skoleeierValues,
  type TiltaksplanRowInput,
  tiltaksplanEvaluationValues,
} from '../../../src/domain/documents/documentData';
import { type LocalDate, localDate } from '../../../src/domain/time/localDate';

const school = { navn: 'Bakkeby skole', rektor: 'Rita Rektor' };
const sak = {
  saksnr: '2025-014',
  elev: 'Ola Nordmann',
  klasse: '6A',
  kategori: ['Mobbing', 'Utestenging'],
  meldt: localDate(2025, 9, 1),
  rektorKjent: localDate(2025, 9, 2),
  ansvarlig: 'Kari Kontakt',
  beskrivelse: '  Holdt utenfor i friminuttene.\r\n',
  status: 'Aktivitetsplan',
};

describe('dates and times', () => {
  it('formats dates from LocalDate, Date (Oslo day), typed text, or nothing', () => {
    expect(formatDate(localDate(2025, 3, 5))).toBe('05.03.2025');
    // 23:30 UTC on 31 March is 01:30 on 1 April in Oslo (summer time).
    expect(formatDate(new Date(Date.UTC(2025, 2, 31, 23, 30)))).toBe('01.04.2025');
    expect(formatDate('5.3.2025')).toBe('05.03.2025');
    expect(formatDate(' uke 40 ')).toBe('uke 40');
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
    expect(formatDate(new Date(Number.NaN))).toBe('');
  });

  it('formats instants in Europe/Oslo, winter and summer, midnight as 00', () => {
    expect(formatDateTime(new Date(Date.UTC(2025, 0, 15, 13, 5)))).toBe('15.01.2025 kl. 14:05');
    expect(formatDateTime(new Date(Date.UTC(2025, 6, 15, 13, 5)))).toBe('15.07.2025 kl. 15:05');
    expect(formatDateTime(new Date(Date.UTC(2025, 0, 14, 23, 0)))).toBe('15.01.2025 kl. 00:00');
  });

  it('reads sub-duties and tiltaksplan levels as people write them', () => {
    expect(parseSubDuty('Følge med')).toBe('følge med');
    expect(parseSubDuty('følgje med')).toBe('følge med');
    expect(parseSubDuty('Melde fra')).toBe('melde');
    expect(parseSubDuty('melde frå')).toBe('melde');
    expect(parseSubDuty('Undersøkje')).toBe('undersøke');
    expect(parseSubDuty('Sette inn tiltak')).toBe('tiltak');
    expect(parseSubDuty('Evaluere')).toBe('evaluering');
    expect(parseSubDuty('Gripe inn')).toBe('gripe inn');
    expect(parseSubDuty('annet')).toBeNull();
    expect(parseTiltaksplanLevel('Universelt nivå')).toBe('universelt');
    expect(parseTiltaksplanLevel('SELEKTERT')).toBe('selektert');
    expect(parseTiltaksplanLevel('indikert')).toBe('indikert');
    expect(parseTiltaksplanLevel('annet')).toBeNull();
  });
});

describe('planValues', () => {
  const measures = [
    {
      tiltak: 'Voksen i friminutt',
      nivå: 'individ' as const,
      hvem: 'Kari Kontakt',
      fra: localDate(2025, 9, 8),
      til: localDate(2025, 10, 3),
      evalueringsdato: localDate(2025, 10, 6),
    },
    {
      tiltak: 'Klassemøte om inkludering',
      nivå: 'gruppe' as const,
      hvem: 'Sosiallærer',
      fra: localDate(2025, 9, 4),
      til: '20.10.2025',
      evalueringsdato: localDate(2025, 9, 29),
    },
    { tiltak: 'Tilsynsplan', nivå: 'system' as const, hvem: 'Kari Kontakt' },
  ];
  const v = planValues({ school, case: sak, date: localDate(2025, 9, 3), problem: ' Utestengt. ', measures });

  it('fills the header from the case', () => {
    expect(v.singles).toMatchObject({
      Skole: 'Bakkeby skole',
      Rektor: 'Rita Rektor',
      Elev: 'Ola Nordmann',
      Klasse: '6A',
      Saksnr: '2025-014',
      Kategori: 'Mobbing, Utestenging',
      Meldt: '01.09.2025',
      RektorKjent: '02.09.2025',
      Dato: '03.09.2025',
      Ansvarlig: 'Kari Kontakt',
      Problem: 'Utestengt.',
    });
  });

  it('derives the statutory points 3–5 from the measures', () => {
    // «Tilsynsplan» has no end: the plan does not pretend the measures stop on 20.10 (A5).
    expect(v.singles['Gjennomføringsperiode']).toBe('fra 04.09.2025, inntil videre');
    expect(v.singles['TiltakAnsvarlige']).toBe('Kari Kontakt, Sosiallærer');
    expect(v.singles['Evalueringsdato']).toBe('29.09.2025');
    expect(v.singles['StatsforvalterFra']).toBe('09.09.2025');
  });

  it('makes one row per measure with levels and periods', () => {
    expect(v.groups['Tiltak']).toEqual([
      {
        Beskrivelse: 'Voksen i friminutt',
        Nivå: 'Individ',
        Hvem: 'Kari Kontakt',
        Fra: '08.09.2025',
        Til: '03.10.2025',
        Periode: '08.09.2025–03.10.2025',
        Evalueringsdato: '06.10.2025',
        Status: '',
      },
      expect.objectContaining({ Nivå: 'Gruppe', Periode: '04.09.2025–20.10.2025' }),
      expect.objectContaining({ Nivå: 'System', Periode: '', Evalueringsdato: '' }),
    ]);
  });

  it('turns empty values into empty strings and false sections', () => {
    expect(v.singles['Merknader']).toBe('');
    expect(v.sections['Merknader']).toBe(false);
    expect(v.sections['ForrigePlan']).toBe(false);
    expect(v.sections['Problem']).toBe(true);
    expect(v.sections['Tiltak']).toBe(true);
    const empty = planValues({
      school: { navn: 'S' },
      case: { saksnr: '1', elev: 'E' },
      date: null,
      problem: '',
      measures: [],
    });
    expect(empty.sections['Tiltak']).toBe(false);
    expect(empty.singles['Gjennomføringsperiode']).toBe('');
    expect(empty.singles['Evalueringsdato']).toBe('');
    expect(empty.singles['StatsforvalterFra']).toBe('');
    expect(Object.values(empty.singles).filter((s) => s !== '')).toEqual(['S', 'E', '1', 'Ja']);
  });

  it('gives the period from first start to last end when every measure ends (A5)', () => {
    const closed = planValues({
      school,
      case: sak,
      date: localDate(2025, 9, 3),
      problem: 'p',
      measures: measures.slice(0, 2),
    });
    expect(closed.singles['Gjennomføringsperiode']).toBe('04.09.2025–20.10.2025');
  });

  it('leaves the investigation section out when it is empty, in when written (A8)', () => {
    expect(v.singles['Undersøkelsen']).toBe('');
    expect(v.sections['Undersøkelsen']).toBe(false);
    const heard = planValues({
      school,
      case: sak,
      date: localDate(2025, 9, 3),
      problem: 'p',
      undersøkelsen: ' Samtale med eleven 02.09 og med elev A og elev B 03.09. ',
      measures: [],
    });
    expect(heard.singles['Undersøkelsen']).toBe('Samtale med eleven 02.09 og med elev A og elev B 03.09.');
    expect(heard.sections['Undersøkelsen']).toBe(true);
  });

  it('says other students are not named only when no names were kept on purpose (A6)', () => {
    expect(v.sections['AndreEleverIkkeNavngitt']).toBe(true);
    const kept = planValues({
      school,
      case: sak,
      date: localDate(2025, 9, 3),
      problem: 'p',
      measures: [],
      navnBeholdt: true,
    });
    expect(kept.singles['AndreEleverIkkeNavngitt']).toBe('');
    expect(kept.sections['AndreEleverIkkeNavngitt']).toBe(false);
  });

  it('prefers explicit values: plan owner, evaluation date, the register’s Statsforvalter date', () => {
    const w = planValues({
      lang: 'nn',
      school,
      case: { ...sak, frister: { statsforvalterFra: localDate(2025, 9, 12) } },
      date: localDate(2025, 9, 3),
      ansvarlig: 'Per Planlegger',
      evalueringsdato: localDate(2025, 9, 17),
      forrigePlan: localDate(2025, 8, 20),
      problem: 'p',
      measures: [{ tiltak: 't', fra: localDate(2025, 9, 4) }],
    });
    expect(w.singles['Ansvarlig']).toBe('Per Planlegger');
    expect(w.singles['Evalueringsdato']).toBe('17.09.2025');
    expect(w.singles['StatsforvalterFra']).toBe('12.09.2025');
    expect(w.singles['ForrigePlan']).toBe('20.08.2025');
    expect(w.singles['Gjennomføringsperiode']).toBe('frå 04.09.2025, inntil vidare');
  });
});

describe('evaluationValues', () => {
  const base = { school, case: sak, date: localDate(2025, 10, 1), planDato: localDate(2025, 9, 3) };

  it('labels each measure’s verdict, in bokmål and nynorsk', () => {
    const measures = [
      { tiltak: 'a', vurdering: 'videreføre' as const },
      { tiltak: 'b', vurdering: 'endre' as const, kommentar: 'oftere' },
      { tiltak: 'c', vurdering: 'avslutte' as const },
      { tiltak: 'd', vurdering: 'nytt' as const },
    ];
    const nb = evaluationValues({ ...base, measures });
    expect(nb.groups['Tiltak']!.map((r) => r['Vurdering'])).toEqual([
      'Videreføres',
      'Endres',
      'Avsluttes',
      'Nytt tiltak',
    ]);
    expect(nb.groups['Tiltak']![1]!['Kommentar']).toBe('oftere');
    const nn = evaluationValues({ ...base, lang: 'nn', measures });
    expect(nn.groups['Tiltak']!.map((r) => r['Vurdering'])).toEqual([
      'Vidareførast',
      'Endrast',
      'Avsluttast',
      'Nytt tiltak',
    ]);
  });

  it('fills the conclusion, next evaluation, participants and external help', () => {
    const v = evaluationValues({
      ...base,
      measures: [],
      deltakere: ['Ola Nordmann', 'mor', ' ', 'Kari Kontakt'],
      elevensOpplevelse: 'Bedre nå.',
      problemetLøst: 'delvis',
      konklusjon: 'videreføre',
      nesteEvaluering: localDate(2025, 10, 29),
      eksternHjelp: ['PPT', 'BUP'],
      eksternHjelpKommentar: 'Foresatte samtykker',
    });
    expect(v.singles).toMatchObject({
      Dato: '01.10.2025',
      PlanDato: '03.09.2025',
      Deltakere: 'Ola Nordmann, mor, Kari Kontakt',
      ProblemetLøst: 'Delvis',
      Konklusjon: 'Planen videreføres, med endringene i tabellen over.',
      NesteEvaluering: '29.10.2025',
      EksternHjelp: 'PPT, BUP. Foresatte samtykker',
    });
    expect(v.sections['Oppfølging']).toBe(false);
    expect(evaluationValues({ ...base, measures: [], eksternHjelp: [] }).singles['EksternHjelp']).toBe(
      'Ikke behov nå',
    );
    expect(
      evaluationValues({ ...base, lang: 'nn', measures: [], eksternHjelp: [] }).singles['EksternHjelp'],
    ).toBe('Ikkje behov no');
    expect(evaluationValues({ ...base, measures: [] }).singles['EksternHjelp']).toBe('');
    expect(evaluationValues({ ...base, measures: [], konklusjon: 'avslutte' }).singles['Konklusjon']).toBe(
      'Planen avsluttes.',
    );
  });

  it('keeps barnevernet out of the evaluation that goes home (D6)', () => {
    const help = (eksternHjelp: string[], lang: 'nb' | 'nn' = 'nb') =>
      evaluationValues({ ...base, lang, measures: [], eksternHjelp }).singles['EksternHjelp'];
    expect(help(['PPT', 'Barnevernstjenesten', 'Helsesykepleier'])).toBe('PPT, Helsesykepleier');
    expect(help(['Barnevernstenesta', 'BUP'], 'nn')).toBe('BUP');
    // Only barnevernet checked: nothing is printed, and certainly not "no need".
    expect(help(['Barnevernstjenesten'])).toBe('');
    expect(isBarnevern('barnevernstenesta')).toBe(true);
    expect(isBarnevern('BUP')).toBe(false);
  });
});

describe('documentationValues', () => {
  const at = (iso: string) => new Date(iso);
  const typed = (date: LocalDate, time?: string) => (time === undefined ? { date } : { date, time });
  // Deliberately out of order, mixing instants and typed times.
  const log: LogEntryInput[] = [
    { time: at('2025-09-10T08:00:00Z'), user: 'Kari', subDuty: 'tiltak', event: 'Plan laget' },
    {
      time: typed(localDate(2025, 9, 2), '9.15'),
      user: 'Rita',
      subDuty: 'undersøke',
      event: 'Samtale med eleven',
    },
    { time: at('2025-09-01T10:30:00Z'), user: 'Per', subDuty: 'melde', event: 'Melding via skjema' },
    { time: at('2025-09-01T06:45:00Z'), user: 'Per', subDuty: 'følge med', event: 'Observert alene' },
    { time: typed(localDate(2025, 9, 1)), user: 'Rita', subDuty: 'undersøke', event: 'Startet undersøkelse' },
    { time: at('2025-09-02T06:00:00Z'), user: 'Rita', subDuty: 'undersøke', event: 'Samtale med foresatte' },
    {
      time: typed(localDate(2025, 9, 1), '14:00'),
      user: 'Rita',
      subDuty: 'melde',
      event: 'Rektor kjent',
      details: 'x',
    },
    { time: at('2025-10-01T12:00:00Z'), user: 'Kari', subDuty: 'evaluering', event: 'Evalueringsmøte' },
    {
      time: typed(localDate(2025, 9, 2), '08:00'),
      user: 'Rita',
      subDuty: 'undersøke',
      event: 'Samme minutt A',
    },
  ];
  const v = documentationValues({
    school,
    case: { ...sak, ansattInvolvert: true },
    date: localDate(2025, 10, 2),
    log,
    documents: [
      { type: 'evaluering', date: localDate(2025, 10, 1), title: 'Evaluering 2025-014', url: 'https://d/2' },
      {
        type: 'aktivitetsplan',
        date: localDate(2025, 9, 3),
        title: 'Aktivitetsplan 2025-014',
        url: 'https://d/1',
      },
    ],
  });

  it('puts every log event in its sub-duty group, in time order', () => {
    expect(v.groups['LoggUndersøke']!.map((r) => r['Hendelse'])).toEqual([
      'Startet undersøkelse',
      'Samtale med foresatte',
      'Samme minutt A',
      'Samtale med eleven',
    ]);
    expect(v.groups['LoggUndersøke']!.map((r) => r['Tidspunkt'])).toEqual([
      '01.09.2025',
      '02.09.2025 kl. 08:00',
      '02.09.2025 kl. 08:00',
      '02.09.2025 kl. 09:15',
    ]);
    expect(v.groups['LoggMelde']!.map((r) => [r['Tidspunkt'], r['Hendelse'], r['Detaljer']])).toEqual([
      ['01.09.2025 kl. 12:30', 'Melding via skjema', ''],
      ['01.09.2025 kl. 14:00', 'Rektor kjent', 'x'],
    ]);
    expect(v.groups['LoggFølgeMed']).toEqual([
      { Tidspunkt: '01.09.2025 kl. 08:45', Hvem: 'Per', Hendelse: 'Observert alene', Detaljer: '' },
    ]);
    expect(v.groups['LoggGripeInn']).toEqual([]);
  });

  it('lists the whole log in the law’s order of sub-duties, and nothing is lost', () => {
    const all = v.groups['Logg']!;
    expect(all).toHaveLength(log.length);
    expect(all.map((r) => r['Delplikt'])).toEqual([
      'Følge med',
      'Melde fra',
      'Melde fra',
      'Undersøke',
      'Undersøke',
      'Undersøke',
      'Undersøke',
      'Sette inn tiltak',
      'Evaluere',
    ]);
    expect(new Set(all.map((r) => r['Hendelse']))).toEqual(new Set(log.map((e) => e.event)));
  });

  it('names the sub-duties without events and flags the sections', () => {
    expect(v.singles['DelplikterUtenHendelser']).toBe('gripe inn');
    expect(v.sections['LoggGripeInn']).toBe(false);
    expect(v.sections['LoggUndersøke']).toBe(true);
    const nn = documentationValues({ lang: 'nn', school, case: sak, date: null, log: [] });
    expect(nn.singles['DelplikterUtenHendelser']).toBe(
      'følgje med, gripe inn, melde frå, undersøkje, setje inn tiltak, evaluere',
    );
    expect(nn.singles['IngenDokumenter']).toBe('Saka har ingen aktivitetsplanar eller evalueringar enno.');
    expect(nn.sections['Dokument']).toBe(false);
  });

  it('lists plans and evaluations by date, without links into the school’s Drive (D10)', () => {
    expect(v.groups['Dokument']).toEqual([
      { Type: 'Aktivitetsplan', Dato: '03.09.2025', Tittel: 'Aktivitetsplan 2025-014', Lenke: '' },
      {
        Type: 'Evaluering av aktivitetsplan',
        Dato: '01.10.2025',
        Tittel: 'Evaluering 2025-014',
        Lenke: '',
      },
    ]);
    expect(v.singles['IngenDokumenter']).toBe('');
  });

  it('fills the case header and the §12-5 flag', () => {
    expect(v.singles).toMatchObject({
      Beskrivelse: 'Holdt utenfor i friminuttene.',
      Status: 'Aktivitetsplan',
      Dato: '02.10.2025',
      Skjerpet: 'Ja: mistanke om at en ansatt har krenket en elev (opplæringslova § 12-5)',
    });
    const leader = documentationValues({
      school,
      case: { ...sak, ledelseInvolvert: true, ansattInvolvert: true },
      date: null,
      log: [],
    });
    expect(leader.singles['Skjerpet']).toContain('ledelse');
  });

  it('keeps every sub-duty of the law', () => {
    expect(SUB_DUTIES).toEqual(['følge med', 'gripe inn', 'melde', 'undersøke', 'tiltak', 'evaluering']);
  });
});

describe('skoleeierValues', () => {
  it('states the ground, and never carries the student', () => {
    const v = skoleeierValues({
      school,
      case: sak,
      date: localDate(2025, 9, 1),
      grunnlag: 'ledelse',
      hvaSkjedde: 'Kort.',
      skolensTiltak: 'Samtaler.',
    });
    expect(v.singles['Grunnlag']).toContain('direkte til skoleeier');
    expect(v.singles['Avsender']).toBe('Rita Rektor');
    expect(v.singles['Saksnr']).toBe('2025-014');
    expect(JSON.stringify(v)).not.toContain('Ola');
    expect(JSON.stringify(v)).not.toContain('6A');
    expect(
      skoleeierValues({
        ...{ school, case: sak, date: null, hvaSkjedde: '', skolensTiltak: '' },
        grunnlag: 'alvorlig',
        lang: 'nn',
      }).singles['Grunnlag'],
    ).toContain('skoleeigaren');
  });

  it('uses the § 12-5 term of the new law (R7)', () => {
    const v = (grunnlag: 'ansatt' | 'ledelse', lang: 'nb' | 'nn') =>
      skoleeierValues({ school, case: sak, date: null, grunnlag, lang, hvaSkjedde: '', skolensTiltak: '' })
        .singles['Grunnlag'];
    expect(v('ansatt', 'nb')).toMatch(/^Skjerpet plikt til å melde fra \(opplæringslova § 12-5\)/);
    expect(v('ledelse', 'nn')).toMatch(/^Skjerpa plikt til å melde frå \(opplæringslova § 12-5\)/);
    expect(JSON.stringify([v('ansatt', 'nb'), v('ledelse', 'nb')])).not.toMatch(/aktivitetsplikt/);
  });

  it('has optional § 12-5 headings, and the privacy paragraph follows the ground (D5)', () => {
    const base = { school, case: sak, date: null, hvaSkjedde: 'Kort.', skolensTiltak: 'Samtaler.' };
    const staff = skoleeierValues({
      ...base,
      grunnlag: 'ansatt',
      ansattRolle: ' Lærer ',
      ansattInformert: 'Ja, av rektor 02.09.',
      strakstiltak: 'Den ansatte har ikke ansvar for klassen inntil videre.',
    });
    expect(staff.singles).toMatchObject({
      AnsattRolle: 'Lærer',
      AnsattInformert: 'Ja, av rektor 02.09.',
      Strakstiltak: 'Den ansatte har ikke ansvar for klassen inntil videre.',
      OpplysningerFraRektor: 'Ja',
      GjelderLedelsen: '',
    });
    const leader = skoleeierValues({ ...base, grunnlag: 'ledelse' });
    expect(leader.sections).toMatchObject({
      AnsattRolle: false,
      AnsattInformert: false,
      Strakstiltak: false,
      GjelderLedelsen: true,
      OpplysningerFraRektor: false,
    });
    expect(skoleeierValues({ ...base, grunnlag: 'alvorlig' }).sections['OpplysningerFraRektor']).toBe(true);
  });
});

describe('tiltaksplanEvaluationValues', () => {
  const row = (nivå: TiltaksplanRowInput['nivå'], mål: string): TiltaksplanRowInput => ({
    nivå,
    mål,
    tiltak: `tiltak ${mål}`,
    ansvarlig: 'Ledelse',
    resultatmål: 'r',
    evaluering: 'e',
    videreArbeid: 'v',
  });
  const v = tiltaksplanEvaluationValues({
    school,
    skoleår: '2024–2025',
    date: localDate(2025, 6, 12),
    rows: [row('indikert', 'I1'), row('universelt', 'U1'), row('indikert', 'I2'), row('universelt', 'U2')],
  });

  it('groups rows by level, keeping their order within a level', () => {
    expect(v.groups['Universelt']!.map((r) => r['Mål'])).toEqual(['U1', 'U2']);
    expect(v.groups['Selektert']).toEqual([]);
    expect(v.groups['Indikert']!.map((r) => r['Mål'])).toEqual(['I1', 'I2']);
    expect(v.sections['Selektert']).toBe(false);
    expect(v.sections['Universelt']).toBe(true);
    expect(v.groups['Universelt']![0]).toEqual({
      Mål: 'U1',
      Tiltak: 'tiltak U1',
      Ansvarlig: 'Ledelse',
      KritiskSuksessfaktor: '',
      Oppstart: '',
      Resultatmål: 'r',
      Evaluering: 'e',
      VidereArbeid: 'v',
    });
  });

  it('orders the combined list universelt, selektert, indikert', () => {
    expect(v.groups['Tiltaksplan']!.map((r) => `${r['Nivå']}:${r['Mål']}`)).toEqual([
      'Universelt:U1',
      'Universelt:U2',
      'Indikert:I1',
      'Indikert:I2',
    ]);
    expect(v.singles).toMatchObject({ Skoleår: '2024–2025', Dato: '12.06.2025', Deltakere: '' });
  });
});
