/**
 * What a template may ask for, and how values are made safe for the Docs filler.
 *
 * The filler runs Body.replaceText once per distinct placeholder. Two traps follow from that:
 * the replacement string has Java Matcher.replaceAll semantics (`$1`, `\`), and a value put in
 * early could itself contain `{{Elev}}` and be filled by a later call. Values therefore go through
 * prepareForReplacement() (or protectBraces() for text inserted directly, such as table rows), and
 * the filler runs `unprotectPattern` once at the very end to turn the protected braces back.
 */
import {
  classifySectionLine,
  type DocModel,
  isPlaceholderName,
  modelTexts,
  repeatingRowGroup,
} from './templateFormat';

export type Lang = 'nb' | 'nn';

export type DocumentKind =
  | 'aktivitetsplan'
  | 'evaluering'
  | 'dokumentasjon'
  | 'melding-skoleeier'
  | 'evaluering-tiltaksplan'
  | 'samarbeidsavtale'
  | 'sakliste-ressursteam';

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'aktivitetsplan',
  'evaluering',
  'dokumentasjon',
  'melding-skoleeier',
  'evaluering-tiltaksplan',
  'samarbeidsavtale',
  'sakliste-ressursteam',
];

export interface Described {
  readonly nb: string;
  readonly nn: string;
}

export interface RowGroup {
  readonly description: Described;
  readonly fields: Readonly<Record<string, Described>>;
}

export interface PlaceholderCatalogue {
  readonly singles: Readonly<Record<string, Described>>;
  readonly groups: Readonly<Record<string, RowGroup>>;
}

/** Own keys only (`'constructor' in {}` is true); Object.hasOwn is ES2022, beyond the Apps Script target. */
export const has = (o: object, key: string): boolean => Object.keys(o).includes(key);

const d = (nb: string, nn: string): Described => ({ nb, nn });

// Shared by every document about one case.
const SKOLE = d('Skolens navn', 'Namnet på skolen');
const REKTOR = d('Rektors navn', 'Namnet på rektor');
const ELEV = d('Elevens navn', 'Namnet på eleven');
const KLASSE = d('Elevens klasse', 'Klassen til eleven');
const SAKSNR = d('Saksnummeret (ÅÅÅÅ-NNN)', 'Saksnummeret (ÅÅÅÅ-NNN)');
const KATEGORI = d('Hva meldingen gjaldt, for eksempel mobbing', 'Kva meldinga gjaldt, til dømes mobbing');
const MELDT = d('Datoen saken ble meldt', 'Datoen saka vart meld');
const REKTOR_KJENT = d('Datoen rektor ble kjent med saken', 'Datoen rektor vart kjend med saka');
const ANSVARLIG = d('Den som har hovedansvaret for saken', 'Den som har hovudansvaret for saka');
const STATSFORVALTER_FRA = d(
  'Datoen saken tidligst kan meldes til Statsforvalteren etter hovedregelen (§ 12-6): én uke etter at saken ble tatt opp med rektor',
  'Datoen saka tidlegast kan meldast til Statsforvaltaren etter hovudregelen (§ 12-6): éi veke etter at saka vart teken opp med rektor',
);
const NESTE_EVALUERING = d('Datoen for neste evaluering', 'Datoen for neste evaluering');

const MEASURE_FIELDS = {
  Beskrivelse: d('Tiltaket', 'Tiltaket'),
  Nivå: d('Nivå: individ, gruppe eller system', 'Nivå: individ, gruppe eller system'),
  Hvem: d('Hvem som gjennomfører tiltaket', 'Kven som gjennomfører tiltaket'),
  Fra: d('Når tiltaket starter', 'Når tiltaket startar'),
  Til: d('Når tiltaket slutter', 'Når tiltaket sluttar'),
  Periode: d('Fra–til, for eksempel 01.09.2025–30.09.2025', 'Frå–til, til dømes 01.09.2025–30.09.2025'),
  Evalueringsdato: d('Når tiltaket evalueres', 'Når tiltaket blir evaluert'),
  Status: d('Tiltakets status', 'Statusen til tiltaket'),
} as const;

const LOG_FIELDS = {
  Tidspunkt: d('Dato og klokkeslett (dd.mm.åååå kl. TT:MM)', 'Dato og klokkeslett (dd.mm.åååå kl. TT:MM)'),
  Hvem: d('Hvem som gjorde det', 'Kven som gjorde det'),
  Hendelse: d('Hva som ble gjort', 'Kva som vart gjort'),
  Detaljer: d('Utdyping', 'Utdjuping'),
} as const;

const logGroup = (nb: string, nn: string): RowGroup => ({
  description: d(
    `Logg for delplikten «${nb}», i tidsrekkefølge`,
    `Logg for delplikta «${nn}», i tidsrekkjefølgje`,
  ),
  fields: LOG_FIELDS,
});

/** One case on the resource team's agenda: anonymised unless the family consented. */
const AGENDA_FIELDS = {
  Saksnr: SAKSNR,
  Elev: d(
    'Elevens navn når foresatte har samtykket til ressursteamet, ellers «Anonymisert»',
    'Namnet på eleven når dei føresette har samtykt til ressursteamet, elles «Anonymisert»',
  ),
  Klasse: d('Klassen med samtykke, ellers bare trinnet', 'Klassen med samtykke, elles berre trinnet'),
  Kategori: KATEGORI,
  Status: d('Sakens status', 'Statusen til saka'),
  Frister: d(
    'Fristene som gjenstår, med «passert» eller «snart»',
    'Fristane som står att, med «passert» eller «snart»',
  ),
  NesteSteg: d('Neste steg i saken', 'Neste steg i saka'),
  Samtykke: d(
    'Om foresatte har samtykket til ressursteamet',
    'Om dei føresette har samtykt til ressursteamet',
  ),
} as const;

const PLAN_ROW_FIELDS = {
  Mål: d('Målet', 'Målet'),
  Tiltak: d('Tiltaket eller det strategiske initiativet', 'Tiltaket eller det strategiske initiativet'),
  Ansvarlig: d('Hvem som er ansvarlig', 'Kven som er ansvarleg'),
  KritiskSuksessfaktor: d('Kritisk suksessfaktor', 'Kritisk suksessfaktor'),
  Oppstart: d('Oppstart eller tid', 'Oppstart eller tid'),
  Resultatmål: d('Resultatmål for juni', 'Resultatmål for juni'),
  Evaluering: d('Evalueringen av tiltaket', 'Evalueringa av tiltaket'),
  VidereArbeid: d('Videre arbeid neste skoleår', 'Vidare arbeid neste skoleår'),
} as const;

export const CATALOGUE: Readonly<Record<DocumentKind, PlaceholderCatalogue>> = {
  aktivitetsplan: {
    singles: {
      Skole: SKOLE,
      Rektor: REKTOR,
      Elev: ELEV,
      Klasse: KLASSE,
      Saksnr: SAKSNR,
      Kategori: KATEGORI,
      Meldt: MELDT,
      RektorKjent: REKTOR_KJENT,
      Dato: d('Datoen planen er laget', 'Datoen planen er laga'),
      Ansvarlig: d('Den som har hovedansvaret for planen', 'Den som har hovudansvaret for planen'),
      ForrigePlan: d('Datoen for planen denne planen erstatter', 'Datoen for planen denne planen erstattar'),
      Problem: d('Hvilket problem tiltakene skal løse', 'Kva problem tiltaka skal løyse'),
      Undersøkelsen: d(
        'Hva undersøkelsen viste: hvem som er hørt, og hvordan',
        'Kva undersøkinga viste: kven som er høyrd, og korleis',
      ),
      Gjennomføringsperiode: d(
        'Fra første startdato til siste sluttdato for tiltakene, eller «fra …, inntil videre» når et tiltak ikke har sluttdato',
        'Frå første startdato til siste sluttdato for tiltaka, eller «frå …, inntil vidare» når eit tiltak ikkje har sluttdato',
      ),
      Gjennomføring: d(
        'Skolens egen tekst om når tiltakene gjennomføres',
        'Teksten skolen sjølv skriv om når tiltaka blir gjennomførte',
      ),
      TiltakAnsvarlige: d('Alle som skal gjennomføre et tiltak', 'Alle som skal gjennomføre eit tiltak'),
      Evalueringsdato: d('Når tiltakene evalueres første gang', 'Når tiltaka blir evaluerte første gong'),
      ElevensBeskrivelse: d(
        'Elevens egen beskrivelse av situasjonen',
        'Eleven si eiga skildring av situasjonen',
      ),
      ElevensØnsker: d('Hva eleven selv ønsker', 'Kva eleven sjølv ønskjer'),
      ForesattesSyn: d('Foresattes syn', 'Synet til dei føresette'),
      BarnetsBeste: d(
        'Skolens vurdering av elevens beste',
        'Vurderinga skolen gjer av kva som er best for eleven',
      ),
      Merknader: d('Andre opplysninger', 'Andre opplysningar'),
      AndreEleverIkkeNavngitt: d(
        '«Ja» når planen ikke nevner andre elever med navn, tom når navn er beholdt bevisst: styrer delen «Andre elever»',
        '«Ja» når planen ikkje nemner andre elevar med namn, tom når namn er haldne på med vilje: styrer delen «Andre elevar»',
      ),
      StatsforvalterFra: STATSFORVALTER_FRA,
    },
    groups: {
      Tiltak: {
        description: d('Tiltakene i planen, én rad per tiltak', 'Tiltaka i planen, éi rad per tiltak'),
        fields: MEASURE_FIELDS,
      },
    },
  },

  evaluering: {
    singles: {
      Skole: SKOLE,
      Rektor: REKTOR,
      Elev: ELEV,
      Klasse: KLASSE,
      Saksnr: SAKSNR,
      Ansvarlig: ANSVARLIG,
      Dato: d('Datoen for evalueringen', 'Datoen for evalueringa'),
      PlanDato: d(
        'Datoen for aktivitetsplanen som evalueres',
        'Datoen for aktivitetsplanen som blir evaluert',
      ),
      Deltakere: d('Hvem som var med på evalueringen', 'Kven som var med på evalueringa'),
      ElevensOpplevelse: d('Elevens egen opplevelse nå', 'Korleis eleven sjølv opplever situasjonen no'),
      ForesattesSyn: d('Foresattes syn', 'Synet til dei føresette'),
      ProblemetLøst: d('Er problemet løst? Ja, nei eller delvis', 'Er problemet løyst? Ja, nei eller delvis'),
      Begrunnelse: d('Begrunnelse for vurderingen', 'Grunngjeving for vurderinga'),
      Konklusjon: d(
        'Om planen avsluttes, videreføres eller erstattes av en ny plan',
        'Om planen blir avslutta, vidareført eller erstatta av ein ny plan',
      ),
      NesteEvaluering: NESTE_EVALUERING,
      EksternHjelp: d(
        'Samarbeid med hjelpetjenester (PPT, BUP, helsesykepleier); barnevernet står aldri her',
        'Samarbeid med hjelpetenester (PPT, BUP, helsesjukepleiar); barnevernet står aldri her',
      ),
      Oppfølging: d('Oppfølging etter at planen er avsluttet', 'Oppfølging etter at planen er avslutta'),
    },
    groups: {
      Tiltak: {
        description: d('Vurderingen av hvert tiltak', 'Vurderinga av kvart tiltak'),
        fields: {
          Beskrivelse: MEASURE_FIELDS.Beskrivelse,
          Nivå: MEASURE_FIELDS.Nivå,
          Hvem: MEASURE_FIELDS.Hvem,
          Periode: MEASURE_FIELDS.Periode,
          Vurdering: d(
            'Videreføres, endres, avsluttes eller nytt tiltak',
            'Vidareførast, endrast, avsluttast eller nytt tiltak',
          ),
          Kommentar: d('Kommentar til vurderingen', 'Kommentar til vurderinga'),
        },
      },
    },
  },

  dokumentasjon: {
    singles: {
      Skole: SKOLE,
      Rektor: REKTOR,
      Elev: ELEV,
      Klasse: KLASSE,
      Saksnr: SAKSNR,
      Kategori: KATEGORI,
      Meldt: MELDT,
      MeldtAv: d('Hvem som meldte saken', 'Kven som melde saka'),
      RektorKjent: REKTOR_KJENT,
      Ansvarlig: ANSVARLIG,
      Status: d('Sakens status', 'Statusen til saka'),
      Skjerpet: d(
        'Om saken gjelder skjerpet plikt til å melde fra (§ 12-5): en ansatt eller noen i ledelsen',
        'Om saka gjeld skjerpa plikt til å melde frå (§ 12-5): ein tilsett eller nokon i leiinga',
      ),
      Beskrivelse: d(
        'Hva saken gjelder: hva som skjedde, og «Når:», «Hvor:» og «Grep inn:» på egne linjer',
        'Kva saka gjeld: kva som skjedde, og «Når:», «Kvar:» og «Greip inn:» på eigne linjer',
      ),
      FristUndersøkelse: d('Frist for å starte undersøkelsen', 'Frist for å starte undersøkinga'),
      FristAktivitetsplan: d('Frist for aktivitetsplan', 'Frist for aktivitetsplan'),
      NesteEvaluering: NESTE_EVALUERING,
      StatsforvalterFra: STATSFORVALTER_FRA,
      Avsluttet: d('Datoen saken ble avsluttet', 'Datoen saka vart avslutta'),
      Dato: d('Datoen dokumentasjonen er laget', 'Datoen dokumentasjonen er laga'),
      DelplikterUtenHendelser: d(
        'Delplikter som ikke har noe registrert i Skolemiljø',
        'Delplikter som ikkje har noko registrert i Skolemiljø',
      ),
      IngenDokumenter: d(
        'Merknad når saken ikke har planer eller evalueringer',
        'Merknad når saka ikkje har planar eller evalueringar',
      ),
      Statsforvalteren: d(
        '«Ja» når saken er meldt til Statsforvalteren (§ 12-6): styrer delen om Statsforvalteren',
        '«Ja» når saka er meldt til Statsforvaltaren (§ 12-6): styrer delen om Statsforvaltaren',
      ),
      StatsforvalterMeldt: d(
        'Datoen familien meldte saken til Statsforvalteren',
        'Datoen familien melde saka til Statsforvaltaren',
      ),
      StatsforvalterFrist: d(
        'Fristen Statsforvalteren satte for skolens dokumentasjon',
        'Fristen Statsforvaltaren sette for dokumentasjonen frå skolen',
      ),
      StatsforvalterSendt: d(
        'Datoen skolen sendte dokumentasjonen til Statsforvalteren',
        'Datoen skolen sende dokumentasjonen til Statsforvaltaren',
      ),
      StatsforvalterVedtak: d(
        'Datoen for vedtaket fra Statsforvalteren',
        'Datoen for vedtaket frå Statsforvaltaren',
      ),
      Foresatte: d(
        '«Ja» når noe om foresatte eller samtykke er registrert: styrer delen «Foresatte og samarbeid»',
        '«Ja» når noko om føresette eller samtykke er registrert: styrer delen «Føresette og samarbeid»',
      ),
      ForesatteInformert: d(
        'Datoen foresatte fikk vite om bekymringen',
        'Datoen dei føresette fekk vite om uroa',
      ),
      PlanGittForesatte: d(
        'Datoen foresatte fikk den siste aktivitetsplanen',
        'Datoen dei føresette fekk den siste aktivitetsplanen',
      ),
      EvalueringGittForesatte: d(
        'Datoen foresatte ble informert om den siste evalueringen',
        'Datoen dei føresette vart informerte om den siste evalueringa',
      ),
      Samtykke: d(
        'Tjenestene foresatte har samtykket til samarbeid med, med dato (aldri barnevernet)',
        'Tenestene dei føresette har samtykt til samarbeid med, med dato (aldri barnevernet)',
      ),
      Fraværsrutine: d(
        'Om saken følger fraværsrutinen: «pågår, startet …» eller «avsluttet (startet …)»',
        'Om saka følgjer fråværsrutinen: «pågår, starta …» eller «avslutta (starta …)»',
      ),
    },
    groups: {
      Logg: {
        description: d(
          'Hele loggen, ordnet etter delplikt og tid',
          'Heile loggen, ordna etter delplikt og tid',
        ),
        fields: { Delplikt: d('Delplikten', 'Delplikta'), ...LOG_FIELDS },
      },
      LoggFølgeMed: logGroup('følge med', 'følgje med'),
      LoggGripeInn: logGroup('gripe inn', 'gripe inn'),
      LoggMelde: logGroup('melde fra', 'melde frå'),
      LoggUndersøke: logGroup('undersøke', 'undersøkje'),
      LoggTiltak: logGroup('sette inn tiltak', 'setje inn tiltak'),
      LoggEvaluering: logGroup('evaluere', 'evaluere'),
      LoggFravær: {
        description: d(
          'Fraværsrutinens steg og samarbeidsavtaler, i tidsrekkefølge',
          'Stega i fråværsrutinen og samarbeidsavtalar, i tidsrekkjefølgje',
        ),
        fields: LOG_FIELDS,
      },
      PålagteTiltak: {
        description: d(
          'Tiltakene Statsforvalteren har pålagt skolen i vedtaket',
          'Tiltaka Statsforvaltaren har pålagt skolen i vedtaket',
        ),
        fields: {
          Beskrivelse: MEASURE_FIELDS.Beskrivelse,
          Frist: d('Fristen for tiltaket', 'Fristen for tiltaket'),
          Status: MEASURE_FIELDS.Status,
        },
      },
      Tiltak: {
        description: d('Alle tiltak i saken', 'Alle tiltak i saka'),
        fields: {
          ...MEASURE_FIELDS,
          Vurdering: d('Siste vurdering av tiltaket', 'Siste vurdering av tiltaket'),
        },
      },
      Dokument: {
        description: d('Aktivitetsplaner og evalueringer i saken', 'Aktivitetsplanar og evalueringar i saka'),
        fields: {
          Type: d('Hva slags dokument', 'Kva slags dokument'),
          Dato: d('Dokumentets dato', 'Datoen til dokumentet'),
          Tittel: d('Dokumentets tittel', 'Tittelen til dokumentet'),
          Lenke: d(
            'Alltid tom: dokumentene legges ved som PDF, for lenker til skolens Disk kan ikke åpnes av Statsforvalteren',
            'Alltid tom: dokumenta blir lagde ved som PDF, for lenkjer til Disken til skolen kan ikkje opnast av Statsforvaltaren',
          ),
        },
      },
    },
  },

  // Deliberately without Elev and Klasse: the notice names the case by its number only.
  'melding-skoleeier': {
    singles: {
      Skole: SKOLE,
      Rektor: REKTOR,
      Saksnr: SAKSNR,
      Dato: d('Datoen for meldingen', 'Datoen for meldinga'),
      Grunnlag: d('Hvorfor skoleeier får melding', 'Kvifor skoleeigaren får melding'),
      Meldt: MELDT,
      RektorKjent: REKTOR_KJENT,
      HvaSkjedde: d('Kort om hva som har skjedd, uten navn', 'Kort om kva som har skjedd, utan namn'),
      AnsattRolle: d(
        'Rollen til den ansatte det gjelder, uten navn (§ 12-5; kan være tom)',
        'Rolla til den tilsette det gjeld, utan namn (§ 12-5; kan vere tom)',
      ),
      AnsattInformert: d(
        'Om den ansatte er informert, og i så fall når og av hvem (kan være tom)',
        'Om den tilsette er informert, og i så fall når og av kven (kan vere tom)',
      ),
      Strakstiltak: d(
        'Strakstiltak for å beskytte eleven (kan være tom)',
        'Strakstiltak for å verne eleven (kan vere tom)',
      ),
      GjelderLedelsen: d(
        '«Ja» når saken gjelder noen i skolens ledelse: opplysningene går ikke via rektor',
        '«Ja» når saka gjeld nokon i leiinga ved skolen: opplysningane går ikkje via rektor',
      ),
      OpplysningerFraRektor: d(
        '«Ja» når skoleeier får opplysningene fra rektor (saken gjelder ikke ledelsen)',
        '«Ja» når skoleeigaren får opplysningane frå rektor (saka gjeld ikkje leiinga)',
      ),
      SkolensTiltak: d('Hva skolen har gjort', 'Kva skolen har gjort'),
      VidereOppfølging: d('Hva skolen gjør videre', 'Kva skolen gjer vidare'),
      Avsender: d('Hvem som sender meldingen', 'Kven som sender meldinga'),
    },
    groups: {},
  },

  samarbeidsavtale: {
    singles: {
      Skole: SKOLE,
      Rektor: REKTOR,
      Elev: ELEV,
      Klasse: KLASSE,
      Saksnr: SAKSNR,
      Dato: d('Datoen for avtalen', 'Datoen for avtalen'),
      Ansvarlig: d('Kontaktpersonen på skolen', 'Kontaktpersonen på skolen'),
      Deltakere: d('Hvem som var med', 'Kven som var med'),
      Fraværsbilde: d(
        'Fraværet slik det er nå: ukedager, fag og timer, omfang',
        'Fråværet slik det er no: vekedagar, fag og timar, omfang',
      ),
      Mål: d('Hva avtalen skal oppnå', 'Kva avtalen skal oppnå'),
      ElevensBeskrivelse: d(
        'Elevens egen beskrivelse og ønsker',
        'Korleis eleven sjølv skildrar det, og kva eleven ønskjer',
      ),
      ForesattesSyn: d('Foresattes syn', 'Synet til dei føresette'),
      SkolensAnsvar: d('Dette gjør skolen', 'Dette gjer skolen'),
      HjemmetsAnsvar: d('Dette gjør hjemmet', 'Dette gjer heimen'),
      ElevensAnsvar: d('Dette gjør eleven', 'Dette gjer eleven'),
      NesteOppfølging: d('Datoen for første oppfølging', 'Datoen for første oppfølging'),
      Oppfølging: d('Hvordan og hvor ofte dere følger opp', 'Korleis og kor ofte de følgjer opp'),
      Aktivitetsplan: d(
        'Datoen for elevens aktivitetsplan etter § 12-4, når eleven har en',
        'Datoen for aktivitetsplanen til eleven etter § 12-4, når eleven har ein',
      ),
      Merknader: d('Andre opplysninger', 'Andre opplysningar'),
    },
    groups: {
      Samarbeid: {
        description: d(
          'Tjenestene foresatte har samtykket til samarbeid med (aldri barnevernet)',
          'Tenestene dei føresette har samtykt til samarbeid med (aldri barnevernet)',
        ),
        fields: {
          Tjeneste: d('Tjenesten', 'Tenesta'),
          Samtykke: d('Datoen foresatte samtykket', 'Datoen dei føresette samtykte'),
        },
      },
    },
  },

  // Not about one case: anonymised wherever the family has not consented to the resource team.
  'sakliste-ressursteam': {
    singles: {
      Skole: SKOLE,
      Dato: d('Møtedatoen', 'Møtedatoen'),
      Laget: d('Datoen saklisten ble laget', 'Datoen saklista vart laga'),
      Deltakere: d('Hvem som deltar', 'Kven som deltek'),
      NyeSiden: d('Datoen nye saker regnes fra', 'Datoen nye saker blir rekna frå'),
      IngenNye: d('Merknad når det ikke er nye saker', 'Merknad når det ikkje er nye saker'),
      IngenÅpne: d('Merknad når det ikke er andre åpne saker', 'Merknad når det ikkje er andre opne saker'),
    },
    groups: {
      NyeSaker: {
        description: d('Saker meldt siden forrige sakliste', 'Saker melde sidan førre sakliste'),
        fields: AGENDA_FIELDS,
      },
      ÅpneSaker: {
        description: d('De andre åpne sakene', 'Dei andre opne sakene'),
        fields: AGENDA_FIELDS,
      },
    },
  },

  'evaluering-tiltaksplan': {
    singles: {
      Skole: SKOLE,
      Skoleår: d('Skoleåret, for eksempel 2025–2026', 'Skuleåret, til dømes 2025–2026'),
      Dato: d('Datoen for evalueringen', 'Datoen for evalueringa'),
      Deltakere: d('Hvem som evaluerte', 'Kven som evaluerte'),
      Oppsummering: d('Samlet vurdering', 'Samla vurdering'),
    },
    groups: {
      Universelt: {
        description: d('Tiltak på universelt nivå (alle elever)', 'Tiltak på universelt nivå (alle elevar)'),
        fields: PLAN_ROW_FIELDS,
      },
      Selektert: {
        description: d(
          'Tiltak på selektert nivå (elever i risiko)',
          'Tiltak på selektert nivå (elevar i risiko)',
        ),
        fields: PLAN_ROW_FIELDS,
      },
      Indikert: {
        description: d(
          'Tiltak på indikert nivå (elever som har vansker)',
          'Tiltak på indikert nivå (elevar som har vanskar)',
        ),
        fields: PLAN_ROW_FIELDS,
      },
      Tiltaksplan: {
        description: d('Alle rader, ordnet etter nivå', 'Alle rader, ordna etter nivå'),
        fields: { Nivå: d('Nivået', 'Nivået'), ...PLAN_ROW_FIELDS },
      },
    },
  },
};

// ---------------------------------------------------------------------------------------------
// Finding placeholders

/** Any `{{…}}` token on one line; what is inside is judged afterwards, so typos are reported. */
const TOKEN = /\{\{([^{}\n]*)\}\}/g;
const SECTION_TOKEN = /^#(?:hvis|viss) (.*)$/;
const SECTION_END_TOKEN = /^\/(?:hvis|viss)$/;

/** The distinct tokens in `text`, without braces, in order of first appearance (`Elev`, `#hvis Merknader`, `/hvis`). */
export function findPlaceholders(text: string): string[] {
  const seen = new Set<string>();
  for (const m of text.matchAll(TOKEN)) seen.add(m[1]!);
  return [...seen];
}

/** Whether the catalogue of `kind` knows this token (as returned by findPlaceholders). */
export function isKnownToken(token: string, kind: DocumentKind): boolean {
  const cat = CATALOGUE[kind];
  if (SECTION_END_TOKEN.test(token)) return true;
  const section = SECTION_TOKEN.exec(token);
  if (section) {
    const name = section[1]!;
    return has(cat.singles, name) || has(cat.groups, name);
  }
  const dot = token.indexOf('.');
  if (dot < 0) return isPlaceholderName(token) && has(cat.singles, token);
  const group = token.slice(0, dot);
  const field = token.slice(dot + 1);
  return has(cat.groups, group) && has(cat.groups[group]!.fields, field);
}

/** The tokens in `text` the engine does not know for `kind`, without braces. */
export function unknownPlaceholders(text: string, kind: DocumentKind): string[] {
  return findPlaceholders(text).filter((t) => !isKnownToken(t, kind));
}

export function unknownPlaceholderMessage(token: string, lang: Lang): string {
  return lang === 'nn'
    ? `Malen brukar plasshaldaren {{${token}}}, som Skolemiljø ikkje kjenner. Rett eller fjern han i malen.`
    : `Malen bruker plassholderen {{${token}}}, som Skolemiljø ikke kjenner. Rett eller fjern den i malen.`;
}

/**
 * Everything wrong with a template for `kind`, as Norwegian messages for the school:
 * unknown placeholders, half-written ones, row fields outside a repeating table row,
 * rows that mix groups, and section markers that share a line with other text.
 */
export function templateProblems(model: DocModel, kind: DocumentKind, lang: Lang): string[] {
  const problems: string[] = [];
  const add = (message: string) => {
    if (!problems.includes(message)) problems.push(message);
  };
  const texts = modelTexts(model);
  for (const text of texts) {
    for (const token of unknownPlaceholders(text, kind)) add(unknownPlaceholderMessage(token, lang));
    const leftover = text.replace(TOKEN, '');
    if (leftover.includes('{{') || leftover.includes('}}')) add(incompleteMessage(text, lang));
    for (const token of findPlaceholders(text)) {
      if (token.startsWith('#') || token.startsWith('/')) add(sectionLineMessage(token, lang));
    }
  }
  const rowTexts = new Set<string>();
  for (const b of model.blocks) {
    if (b.type !== 'table') continue;
    for (const row of b.rows) {
      try {
        repeatingRowGroup(row);
        for (const cell of row) rowTexts.add(cell);
      } catch {
        add(
          lang === 'nn'
            ? `Ei tabellrad i malen blandar felt frå fleire grupper: ${row.join(' | ')}. Bruk berre éi gruppe per rad.`
            : `En tabellrad i malen blander felt fra flere grupper: ${row.join(' | ')}. Bruk bare én gruppe per rad.`,
        );
      }
    }
  }
  for (const text of texts) {
    if (rowTexts.has(text)) continue;
    for (const token of findPlaceholders(text)) {
      if (token.includes('.') && isKnownToken(token, kind)) {
        add(
          lang === 'nn'
            ? `Plasshaldaren {{${token}}} må stå i ei tabellrad, som blir gjenteken for kvar rad med data.`
            : `Plassholderen {{${token}}} må stå i en tabellrad, som gjentas for hver rad med data.`,
        );
      }
    }
  }
  for (const b of model.blocks) {
    if (b.type === 'sectionStart' && !isKnownToken(`#hvis ${b.name}`, kind)) {
      add(unknownPlaceholderMessage(`#hvis ${b.name}`, lang));
    }
  }
  return problems;
}

function incompleteMessage(text: string, lang: Lang): string {
  const excerpt = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return lang === 'nn'
    ? `Malen har ein ufullstendig plasshaldar i «${excerpt}». Rett eller fjern han i malen.`
    : `Malen har en ufullstendig plassholder i «${excerpt}». Rett eller fjern den i malen.`;
}

function sectionLineMessage(token: string, lang: Lang): string {
  return lang === 'nn'
    ? `Merket {{${token}}} må stå åleine på ei linje i malen.`
    : `Merket {{${token}}} må stå alene på en linje i malen.`;
}

/** Help text: one line per placeholder of `kind`, for the sidebar. */
export function placeholderHelp(kind: DocumentKind, lang: Lang): string[] {
  const cat = CATALOGUE[kind];
  const lines = Object.entries(cat.singles).map(([name, desc]) => `{{${name}}}: ${desc[lang]}`);
  for (const [group, g] of Object.entries(cat.groups)) {
    lines.push(`${g.description[lang]}:`);
    for (const [field, desc] of Object.entries(g.fields))
      lines.push(`  {{${group}.${field}}}: ${desc[lang]}`);
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Making values safe

/** Java Matcher.quoteReplacement: `\` and `$` lose their meaning in the replacement string. */
export function escapeForReplacement(value: string): string {
  return value.replace(/[\\$]/g, (ch) => `\\${ch}`);
}

/** Stands for `{` inside values until the final unprotect pass. */
export const PROTECTED_BRACE = '\uE000';
const MARKER = /\uE000/g;

/**
 * The marker dropped from typed text, so it cannot turn into a brace. Only that one private-use
 * character: the others (an icon font's, Apple's logo) stay as typed.
 */
export function stripPrivateUse(value: string): string {
  return value.replace(MARKER, '');
}

/**
 * Encodes every `{` of user text so that no `{{` (hence no placeholder or section marker) can
 * exist in filled-in text until the final unprotect pass. The marker itself, if typed, is dropped
 * first, so it cannot turn into a brace.
 */
export function protectBraces(value: string): string {
  return stripPrivateUse(value).replace(/\{/g, PROTECTED_BRACE);
}

/** For Body.replaceText: protected and escaped. */
export function prepareForReplacement(value: string): string {
  return escapeForReplacement(protectBraces(value));
}

/**
 * Run once, last, over the whole body: `body.replaceText(unprotectPattern.search, unprotectPattern.replacement)`.
 * The search is a literal private-use character, valid in the Docs (RE2) and Java syntaxes alike.
 */
export const unprotectPattern = {
  search: PROTECTED_BRACE,
  replacement: '{',
  regex: new RegExp(PROTECTED_BRACE, 'g'),
} as const;

/** The JavaScript equivalent of the final pass, for previews and tests. */
export function unprotectBraces(text: string): string {
  return text.replace(unprotectPattern.regex, '{');
}

/** The Body.replaceText search pattern for one placeholder: `\{\{Tiltak\.Nivå\}\}`. */
export function placeholderPattern(name: string): string {
  return `\\{\\{${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\}\\}`;
}

// ---------------------------------------------------------------------------------------------
// Optional sections

/** A section start marker line, for one name or any name (captured); both `hvis` and `viss`. */
export function sectionRegex(name?: string): RegExp {
  const n = name === undefined ? '([^{}\\n]+)' : name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\s*\\{\\{#(?:hvis|viss) ${n}\\}\\}\\s*$`);
}

export const SECTION_END_REGEX = /^\s*\{\{\/(?:hvis|viss)\}\}\s*$/;

/**
 * Which body elements to remove, given the text of each element in order (e.g. the Doc's body
 * children): a section whose flag is false goes entirely, markers and content; a true section
 * loses only its two marker lines. Nested sections inside a removed one go with it. A start
 * without an end removes only its own marker, so a broken template never swallows the rest.
 */
export function sectionRemovals(
  lines: readonly string[],
  flags: Readonly<Record<string, boolean>>,
): number[] {
  const remove = new Set<number>();
  const stack: { start: number; name: string }[] = [];
  lines.forEach((line, i) => {
    const marker = classifySectionLine(line);
    if (!marker) return;
    remove.add(i);
    if (marker.kind === 'start') {
      stack.push({ start: i, name: marker.name });
      return;
    }
    const open = stack.pop();
    if (open && flags[open.name] !== true) {
      for (let j = open.start; j <= i; j++) remove.add(j);
    }
  });
  return [...remove].sort((a, b) => a - b);
}
