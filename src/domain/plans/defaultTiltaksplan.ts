/**
 * The mental-health tiltaksplan a school starts from, on the three usual levels: universelt (every
 * student), selektert (students at risk), indikert (students with problems). Written in our own words
 * from a typical school plan; the school adapts it, and fills in evaluering and videre arbeid in June.
 *
 * «Mål» starts with the numbers of the level goals the row serves (see `LEVEL_GOALS`), as the source
 * plan numbers them, so a school can compare with its own plan; a row the source gives no number has none. Where Skolemiljø adds something the source
 * plan does not have, the text says so («Forslag fra Skolemiljø»).
 */

type Language = 'nb' | 'nn';

export type TiltaksNiva = 'Universelt' | 'Selektert' | 'Indikert';

export const TILTAKS_NIVAER: readonly TiltaksNiva[] = ['Universelt', 'Selektert', 'Indikert'];

export interface TiltaksplanRow {
  /** Stable identity, so set-up can tell which default rows already exist. */
  readonly key: string;
  /** The same word in bokmål and nynorsk. */
  readonly niva: TiltaksNiva;
  readonly maal: string;
  readonly tiltak: string;
  readonly ansvarlig: string;
  readonly kritiskSuksessfaktor: string;
  readonly oppstartTid: string;
  readonly resultatmaalJuni: string;
  /** Filled in by the school when the year is evaluated. */
  readonly evaluering: string;
  readonly videreArbeid: string;
}

type Texts = Pick<
  TiltaksplanRow,
  'maal' | 'tiltak' | 'ansvarlig' | 'kritiskSuksessfaktor' | 'oppstartTid' | 'resultatmaalJuni'
>;

interface Entry {
  readonly key: string;
  readonly niva: TiltaksNiva;
  readonly nb: Texts;
  readonly nn: Texts;
}

/** The goals of each level, numbered as the source plan numbers them; «Mål» refers to them. */
export const LEVEL_GOALS: Readonly<Record<Language, Readonly<Record<TiltaksNiva, readonly string[]>>>> = {
  nb: {
    Universelt: [
      'Lærerne får mer kunnskap om hva som fremmer god psykisk helse, og om tegn på de vanligste psykiske vanskene og lidelsene.',
      'Personalet blir bedre kjent med tjenestene utenfor skolen som arbeider med psykisk helse.',
      'Elevene får mer kunnskap om psykisk helse og om hvordan de tar vare på sin egen.',
    ],
    Selektert: [
      'Skolen fanger opp elever som opplever å bli mobbet.',
      'Skolen fanger opp elever som har bekymringsfullt mye fravær.',
      'Skolen fanger opp elever som sliter psykisk.',
      'Skolen samarbeider med kommunen (bydelen) og hjelpetjenestene.',
    ],
    Indikert: [
      'Skolen følger opp elever som har psykiske vansker, i samarbeid med hjelpetjenestene.',
      'Skolen følger tett opp elever som har høyt fravær.',
    ],
  },
  nn: {
    Universelt: [
      'Lærarane får meir kunnskap om kva som fremjar god psykisk helse, og om teikn på dei vanlegaste psykiske vanskane og lidingane.',
      'Personalet blir betre kjent med tenestene utanfor skolen som arbeider med psykisk helse.',
      'Elevane får meir kunnskap om psykisk helse og om korleis dei tek vare på si eiga.',
    ],
    Selektert: [
      'Skolen fangar opp elevar som opplever å bli mobba.',
      'Skolen fangar opp elevar som har bekymringsfullt mykje fråvær.',
      'Skolen fangar opp elevar som slit psykisk.',
      'Skolen samarbeider med kommunen (bydelen) og hjelpetenestene.',
    ],
    Indikert: [
      'Skolen følgjer opp elevar som har psykiske vanskar, i samarbeid med hjelpetenestene.',
      'Skolen følgjer tett opp elevar som har høgt fråvær.',
    ],
  },
};

const ENTRIES: readonly Entry[] = [
  // Universelt: every student and the whole staff.
  {
    key: 'u-kompetanse-personalet',
    niva: 'Universelt',
    nb: {
      maal: 'Mål 1 og 2: Lærerne vet mer om hva som fremmer god psykisk helse, og kjenner tegn på de vanligste psykiske vanskene.',
      tiltak:
        'Fellestid med helsesykepleier, sosiallærer, ledelsen eller eksterne foredragsholdere om psykisk helse, psykososialt miljø, aktivitetsplikten, mobbing, skolevegring og høyt fravær, seksuell trakassering og konflikthåndtering.',
      ansvarlig: 'Ledelsen, helsesykepleier, sosiallærer, AKS/SFO, eksterne foredragsholdere',
      kritiskSuksessfaktor: 'Alle ser arbeidet med psykisk helse som viktig og søker kunnskap om det.',
      oppstartTid: 'Ved skolestart og gjennom året',
      resultatmaalJuni: 'Alle temaene er gjennomgått med personalet.',
    },
    nn: {
      maal: 'Mål 1 og 2: Lærarane veit meir om kva som fremjar god psykisk helse, og kjenner teikn på dei vanlegaste psykiske vanskane.',
      tiltak:
        'Fellestid med helsesjukepleiar, sosiallærar, leiinga eller eksterne føredragshaldarar om psykisk helse, psykososialt miljø, aktivitetsplikta, mobbing, skolevegring og høgt fråvær, seksuell trakassering og konflikthandtering.',
      ansvarlig: 'Leiinga, helsesjukepleiar, sosiallærar, AKS/SFO, eksterne føredragshaldarar',
      kritiskSuksessfaktor: 'Alle ser arbeidet med psykisk helse som viktig og søkjer kunnskap om det.',
      oppstartTid: 'Ved skolestart og gjennom året',
      resultatmaalJuni: 'Alle tema er gjennomgått med personalet.',
    },
  },
  {
    key: 'u-planer-og-rutiner',
    niva: 'Universelt',
    nb: {
      maal: 'Mål 1 og 2: Alle ansatte kjenner planen for trygt og godt skolemiljø, aktivitetsplikten og rutinene for fravær.',
      tiltak:
        'Fellestider om hvordan vi følger opp mobbing og skolevegring: planen og aktivitetsplikten, inspeksjonsrutiner, kartlegging av klassemiljøet og oppfølging av fravær, også i enkelttimer.',
      ansvarlig: 'Ledelsen, sosiallærer, PPT, AKS/SFO',
      kritiskSuksessfaktor:
        'Planer og rutiner er enkle og lette å finne. Det er tid til hyppige elevsamtaler.',
      oppstartTid: 'Ved skolestart, repetert minst fire ganger i året',
      resultatmaalJuni:
        'Alle ansatte har kvittert for at de kjenner planen og aktivitetsplikten. Rutinene for inspeksjon henger synlig.',
    },
    nn: {
      maal: 'Mål 1 og 2: Alle tilsette kjenner planen for trygt og godt skolemiljø, aktivitetsplikta og rutinane for fråvær.',
      tiltak:
        'Fellestider om korleis vi følgjer opp mobbing og skolevegring: planen og aktivitetsplikta, inspeksjonsrutinar, kartlegging av klassemiljøet og oppfølging av fråvær, også i einskildtimar.',
      ansvarlig: 'Leiinga, sosiallærar, PPT, AKS/SFO',
      kritiskSuksessfaktor:
        'Planar og rutinar er enkle og lette å finne. Det er tid til hyppige elevsamtalar.',
      oppstartTid: 'Ved skolestart, repetert minst fire gonger i året',
      resultatmaalJuni:
        'Alle tilsette har kvittert for at dei kjenner planen og aktivitetsplikta. Rutinane for inspeksjon heng synleg.',
    },
  },
  {
    key: 'u-eksterne-tjenester',
    niva: 'Universelt',
    nb: {
      maal: 'Mål 1 og 2: Personalet kjenner hjelpetjenestene utenfor skolen.',
      tiltak:
        'PPT, BUP, barnevernstjenesten, helsesykepleier, fagsenteret og politiet presenterer rollene sine for personalet.',
      ansvarlig: 'Ledelsen',
      kritiskSuksessfaktor: 'Samarbeidspartnerne ønsker å delta.',
      oppstartTid: 'Våren',
      resultatmaalJuni:
        'Personalet vet når det er aktuelt å samarbeide med eller melde til en ekstern tjeneste.',
    },
    nn: {
      maal: 'Mål 1 og 2: Personalet kjenner hjelpetenestene utanfor skolen.',
      tiltak:
        'PPT, BUP, barnevernstenesta, helsesjukepleiar, fagsenteret og politiet presenterer rollene sine for personalet.',
      ansvarlig: 'Leiinga',
      kritiskSuksessfaktor: 'Samarbeidspartnarane ønskjer å delta.',
      oppstartTid: 'Våren',
      resultatmaalJuni:
        'Personalet veit når det er aktuelt å samarbeide med eller melde til ei ekstern teneste.',
    },
  },
  {
    key: 'u-overgang-barnehage',
    niva: 'Universelt',
    nb: {
      maal: 'Mål 1, 2 og 3: Skolestarterne får en trygg overgang fra barnehage til skole.',
      tiltak:
        'Dialogmøte med barnehagene i nærområdet om forventninger og erfaringer, førskoleklubb og besøksdag for skolestarterne.',
      ansvarlig: 'Ledelsen og AKS/SFO',
      kritiskSuksessfaktor: 'Planen for samarbeid mellom barnehage og skole følges opp.',
      oppstartTid: 'Høsten; besøksdag i mai',
      resultatmaalJuni: 'Møtene er holdt, og skolestarterne har besøkt skolen.',
    },
    nn: {
      maal: 'Mål 1, 2 og 3: Skolestartarane får ein trygg overgang frå barnehage til skole.',
      tiltak:
        'Dialogmøte med barnehagane i nærområdet om forventningar og røynsler, førskoleklubb og besøksdag for skolestartarane.',
      ansvarlig: 'Leiinga og AKS/SFO',
      kritiskSuksessfaktor: 'Planen for samarbeid mellom barnehage og skole blir følgd opp.',
      oppstartTid: 'Hausten; besøksdag i mai',
      resultatmaalJuni: 'Møta er haldne, og skolestartarane har besøkt skolen.',
    },
  },
  {
    key: 'u-nye-elever',
    niva: 'Universelt',
    nb: {
      maal: 'Elever som begynner i løpet av året, blir godt tatt imot.',
      tiltak:
        'Fadder i klassen, samtale med helsesykepleier eller sosiallærer, og oppstartsamtale med ledelsen for eleven og foresatte.',
      ansvarlig: 'Lærerne, assisterende rektor, helsesykepleier, sosiallærer',
      kritiskSuksessfaktor: 'Klassen er organisert for å ta imot nye elever.',
      oppstartTid: 'Hele året',
      resultatmaalJuni: 'Alle nye elever har hatt oppstartsamtale og har fått en fadder.',
    },
    nn: {
      maal: 'Elevar som byrjar i løpet av året, blir godt tekne imot.',
      tiltak:
        'Fadder i klassen, samtale med helsesjukepleiar eller sosiallærar, og oppstartsamtale med leiinga for eleven og føresette.',
      ansvarlig: 'Lærarane, assisterande rektor, helsesjukepleiar, sosiallærar',
      kritiskSuksessfaktor: 'Klassen er organisert for å ta imot nye elevar.',
      oppstartTid: 'Heile året',
      resultatmaalJuni: 'Alle nye elevar har hatt oppstartsamtale og har fått ein fadder.',
    },
  },
  {
    key: 'u-undervisning-psykisk-helse',
    niva: 'Universelt',
    nb: {
      maal: 'Mål 3: Elevene vet mer om psykisk helse og om hvordan de kan ta vare på sin egen.',
      tiltak:
        'Fast undervisning om følelser, vennskap og psykisk førstehjelp (for eksempel Zippys venner på småtrinnet), og om kropp og grenser med tilbud om samtale med helsesykepleier etterpå.',
      ansvarlig: 'Helsesykepleier og lærerne',
      kritiskSuksessfaktor: 'Tid til opplæring av lærerne og til gjennomføring; nok helsesykepleierressurs.',
      oppstartTid: 'Timeplanlagt hele året',
      resultatmaalJuni: 'Opplegget er gjennomført på alle trinn det gjelder, og foresatte er informert.',
    },
    nn: {
      maal: 'Mål 3: Elevane veit meir om psykisk helse og om korleis dei kan ta vare på si eiga.',
      tiltak:
        'Fast undervisning om kjensler, venskap og psykisk førstehjelp (til dømes Zippys venner på småsteget), og om kropp og grenser med tilbod om samtale med helsesjukepleiar etterpå.',
      ansvarlig: 'Helsesjukepleiar og lærarane',
      kritiskSuksessfaktor:
        'Tid til opplæring av lærarane og til gjennomføring; nok helsesjukepleiarressurs.',
      oppstartTid: 'Timeplanlagt heile året',
      resultatmaalJuni: 'Opplegget er gjennomført på alle trinn det gjeld, og føresette er informerte.',
    },
  },
  {
    key: 'u-digital-mobbing',
    niva: 'Universelt',
    nb: {
      maal: 'Mål 3: Elevene kjenner til digital mobbing og nettvett.',
      tiltak: 'Undervisning om digital mobbing og nettvett på mellomtrinnet, og tema på foreldremøtet.',
      ansvarlig: 'Lærerne',
      kritiskSuksessfaktor: 'Tid i timeplanen.',
      oppstartTid: 'Høst og vår',
      resultatmaalJuni: 'Opplegget er gjennomført på alle trinn det gjelder.',
    },
    nn: {
      maal: 'Mål 3: Elevane kjenner til digital mobbing og nettvett.',
      tiltak: 'Undervisning om digital mobbing og nettvett på mellomsteget, og tema på foreldremøtet.',
      ansvarlig: 'Lærarane',
      kritiskSuksessfaktor: 'Tid i timeplanen.',
      oppstartTid: 'Haust og vår',
      resultatmaalJuni: 'Opplegget er gjennomført på alle trinn det gjeld.',
    },
  },
  {
    key: 'u-barnevern-rettigheter',
    niva: 'Universelt',
    nb: {
      maal: 'Mål 3: Elevene kjenner rettighetene sine og vet at barnevernet kan hjelpe barn og familier.',
      tiltak: 'Presentasjon av barnevernets rolle og om barns rettigheter på 4. trinn.',
      ansvarlig: 'Helsesykepleier, barnevernstjenesten, kontaktlærer',
      kritiskSuksessfaktor: 'Tid og interesse hos de ansvarlige.',
      oppstartTid: 'Våren',
      resultatmaalJuni: 'Økten er gjennomført, og foresatte har fått skriftlig informasjon om økten.',
    },
    nn: {
      maal: 'Mål 3: Elevane kjenner rettane sine og veit at barnevernet kan hjelpe barn og familiar.',
      tiltak: 'Presentasjon av rolla til barnevernet og om rettane til barn på 4. trinn.',
      ansvarlig: 'Helsesjukepleiar, barnevernstenesta, kontaktlærar',
      kritiskSuksessfaktor: 'Tid og interesse hos dei ansvarlege.',
      oppstartTid: 'Våren',
      resultatmaalJuni: 'Økta er gjennomført, og dei føresette har fått skriftleg informasjon om økta.',
    },
  },
  {
    key: 'u-overgang-ungdomsskole',
    niva: 'Universelt',
    nb: {
      maal: 'Mål 3: Elevene på 7. trinn er forberedt på overgangen til ungdomsskolen og vet hvor de kan få hjelp.',
      tiltak:
        'Samtaler og samlinger på 7. trinn om overgangen til ungdomsskolen, å ta egne valg, vennskap, gruppepress og negativ sosial kontroll. Andre temaer kan være tvangsekteskap, kjønnslemlestelse og seksuelle overgrep.',
      ansvarlig: 'Lærerne, helsesykepleier, ungdomsskolen og dens helsesykepleier',
      kritiskSuksessfaktor: 'Tid til gjennomføring.',
      oppstartTid: 'Våren',
      resultatmaalJuni: 'Samtalene og samlingene er gjennomført på 7. trinn.',
    },
    nn: {
      maal: 'Mål 3: Elevane på 7. trinn er førebudde på overgangen til ungdomsskolen og veit kvar dei kan få hjelp.',
      tiltak:
        'Samtalar og samlingar på 7. trinn om overgangen til ungdomsskolen, å ta eigne val, venskap, gruppepress og negativ sosial kontroll. Andre tema kan vere tvangsekteskap, kjønnslemlesting og seksuelle overgrep.',
      ansvarlig: 'Lærarane, helsesjukepleiar, ungdomsskolen og helsesjukepleiaren der',
      kritiskSuksessfaktor: 'Tid til gjennomføring.',
      oppstartTid: 'Våren',
      resultatmaalJuni: 'Samtalane og samlingane er gjennomførte på 7. trinn.',
    },
  },
  {
    key: 'u-klassemoter',
    niva: 'Universelt',
    nb: {
      maal: 'Mål 3: Et inkluderende klassemiljø der elevene medvirker.',
      tiltak: 'Faste klassemøter med saker fra elevrådet og samtaler om vennskap, inkludering og å si fra.',
      ansvarlig: 'Kontaktlærer og elevrådet',
      kritiskSuksessfaktor: 'Tid til felles planlegging og vilje i personalet og ledelsen.',
      oppstartTid: 'Annenhver uke hele året',
      resultatmaalJuni: 'Elevundersøkelsen viser bedre trivsel og mindre mobbing.',
    },
    nn: {
      maal: 'Mål 3: Eit inkluderande klassemiljø der elevane medverkar.',
      tiltak: 'Faste klassemøte med saker frå elevrådet og samtalar om venskap, inkludering og å seie frå.',
      ansvarlig: 'Kontaktlærar og elevrådet',
      kritiskSuksessfaktor: 'Tid til felles planlegging og vilje i personalet og leiinga.',
      oppstartTid: 'Annakvar veke heile året',
      resultatmaalJuni: 'Elevundersøkinga viser betre trivsel og mindre mobbing.',
    },
  },
  {
    key: 'u-fellesskap-trinn',
    niva: 'Universelt',
    nb: {
      maal: 'Mål 3: Fellesskapet på tvers av trinn blir sterkere.',
      tiltak:
        'Felles markeringer og prosjekter, for eksempel FN-dagen, antimobbeuke, trivselsuker og temauker.',
      ansvarlig: 'Ledelsen',
      kritiskSuksessfaktor: 'Tid og vilje til å markere.',
      oppstartTid: 'Høst og vår',
      resultatmaalJuni: 'Markeringene er gjennomført på skolen og i klassene.',
    },
    nn: {
      maal: 'Mål 3: Fellesskapen på tvers av trinn blir sterkare.',
      tiltak:
        'Felles markeringar og prosjekt, til dømes FN-dagen, antimobbeveke, trivselsveker og temaveker.',
      ansvarlig: 'Leiinga',
      kritiskSuksessfaktor: 'Tid og vilje til å markere.',
      oppstartTid: 'Haust og vår',
      resultatmaalJuni: 'Markeringane er gjennomførte på skolen og i klassane.',
    },
  },
  {
    key: 'u-smu-elevundersokelsen',
    niva: 'Universelt',
    nb: {
      maal: 'Mål 3: Elever og foresatte er med på å følge opp trivselen og læringsmiljøet.',
      tiltak:
        'Skolemiljøutvalget (SMU) følger opp resultatene fra Elevundersøkelsen om trivsel og læringsmiljø.',
      ansvarlig: 'Ledelsen, SMU, elevrådet',
      kritiskSuksessfaktor: 'Resultatene legges fram slik at ingen enkeltelev kan kjennes igjen.',
      oppstartTid: 'To ganger i året',
      resultatmaalJuni: 'SMU har drøftet resultatene to ganger, og forslagene er fulgt opp.',
    },
    nn: {
      maal: 'Mål 3: Elevar og føresette er med på å følgje opp trivselen og læringsmiljøet.',
      tiltak:
        'Skolemiljøutvalet (SMU) følgjer opp resultata frå Elevundersøkinga om trivsel og læringsmiljø.',
      ansvarlig: 'Leiinga, SMU, elevrådet',
      kritiskSuksessfaktor: 'Resultata blir lagde fram slik at ingen einskild elev kan kjennast att.',
      oppstartTid: 'To gonger i året',
      resultatmaalJuni: 'SMU har drøfta resultata to gonger, og forslaga er følgde opp.',
    },
  },
  {
    key: 'u-foreldremote',
    niva: 'Universelt',
    nb: {
      maal: 'Mål 1 og 2: Foresatte kjenner aktivitetsplikten og hjelpetjenestene.',
      tiltak:
        'Felles foreldremøte der skolen forklarer aktivitetsplikten og opplysningsplikten til barnevernet, og der PPT, helsesykepleier og fagsenteret presenterer seg. Foresatte får tilbud om foreldreveiledning.',
      ansvarlig: 'Ledelsen',
      kritiskSuksessfaktor: 'Foresatte, lærere og ledelsen prioriterer det.',
      oppstartTid: 'Skolestart (felles foreldremøte)',
      resultatmaalJuni: 'Møtet er holdt, og informasjonen ligger på skolens nettside.',
    },
    nn: {
      maal: 'Mål 1 og 2: Føresette kjenner aktivitetsplikta og hjelpetenestene.',
      tiltak:
        'Felles foreldremøte der skolen forklarer aktivitetsplikta og opplysningsplikta til barnevernet, og der PPT, helsesjukepleiar og fagsenteret presenterer seg. Føresette får tilbod om foreldrerettleiing.',
      ansvarlig: 'Leiinga',
      kritiskSuksessfaktor: 'Føresette, lærarar og leiinga prioriterer det.',
      oppstartTid: 'Skolestart (felles foreldremøte)',
      resultatmaalJuni: 'Møtet er halde, og informasjonen ligg på nettsida til skolen.',
    },
  },
  // Selektert: finding the students at risk early.
  {
    key: 's-mobbing',
    niva: 'Selektert',
    nb: {
      maal: 'Mål 1 og 3: Skolen fanger opp elever som blir mobbet.',
      tiltak:
        'Planen for trygt og godt skolemiljø følges: meldinger går til rektor, som sørger for undersøkelse og aktivitetsplan og dokumenterer tiltakene. Oppfølgingssamtaler med eleven.',
      ansvarlig: 'Rektor',
      kritiskSuksessfaktor: 'Alle kjenner planen, og personalet opplever den som gjennomførbar.',
      oppstartTid: 'Hele året',
      resultatmaalJuni: 'Alle saker har aktivitetsplan, og Elevundersøkelsen viser mindre mobbing.',
    },
    nn: {
      maal: 'Mål 1 og 3: Skolen fangar opp elevar som blir mobba.',
      tiltak:
        'Planen for trygt og godt skolemiljø blir følgd: meldingar går til rektor, som syter for undersøking og aktivitetsplan og dokumenterer tiltaka. Oppfølgingssamtalar med eleven.',
      ansvarlig: 'Rektor',
      kritiskSuksessfaktor: 'Alle kjenner planen, og personalet opplever han som gjennomførleg.',
      oppstartTid: 'Heile året',
      resultatmaalJuni: 'Alle saker har aktivitetsplan, og Elevundersøkinga viser mindre mobbing.',
    },
  },
  {
    key: 's-gjennomgang-elever',
    niva: 'Selektert',
    nb: {
      maal: 'Mål 1, 2 og 3: Skolen vet hvilke elever som trenger særlig oppfølging.',
      tiltak:
        'Gjennomgang av alle elevene klassevis, og felles orientering i personalet om hvem som trenger ekstra oppfølging nå. Ekstra tilsyn med utsatte elever i friminuttene.',
      ansvarlig: 'Ledelsen og kontaktlærer',
      kritiskSuksessfaktor: 'Alle er til stede ved gjennomgangen; det er kapasitet til ekstra tilsyn.',
      oppstartTid: 'Gjennomgang to ganger i året; orientering hver måned',
      resultatmaalJuni: 'Alle elever er gjennomgått, og utsatte elever har en ansvarlig voksen.',
    },
    nn: {
      maal: 'Mål 1, 2 og 3: Skolen veit kva for elevar som treng særleg oppfølging.',
      tiltak:
        'Gjennomgang av alle elevane klassevis, og felles orientering i personalet om kven som treng ekstra oppfølging no. Ekstra tilsyn med utsette elevar i friminutta.',
      ansvarlig: 'Leiinga og kontaktlærar',
      kritiskSuksessfaktor: 'Alle er til stades ved gjennomgangen; det er kapasitet til ekstra tilsyn.',
      oppstartTid: 'Gjennomgang to gonger i året; orientering kvar månad',
      resultatmaalJuni: 'Alle elevar er gjennomgått, og utsette elevar har ein ansvarleg vaksen.',
    },
  },
  {
    key: 's-fravaer',
    niva: 'Selektert',
    nb: {
      maal: 'Mål 1, 2, 3 og 4: Skolen fanger opp elever med bekymringsfullt fravær.',
      tiltak:
        'Lærerne registrerer fravær, også i enkelttimer, og melder jevnlig til assisterende rektor, som holder oversikt og ringer hjem ved bekymringsfullt fravær etter hvert kvartal. Helsesykepleier har minst to samtaler med eleven. Ved skolevegring følges handlingsplanen for langvarig fravær, og PPT (skolevegringsteamet) kontaktes. Forslag fra Skolemiljø: møte med foresatte og elev innen en uke og en skriftlig samarbeidsavtale.',
      ansvarlig: 'Ledelsen, beredskapsgruppen, sosiallærer, PPT, helsesykepleier',
      kritiskSuksessfaktor: 'Alle lærere følger opp fraværet og melder jevnlig til assisterende rektor.',
      oppstartTid: 'Hele året; fraværet gjennomgås etter hvert kvartal',
      resultatmaalJuni: 'Fraværet er kartlagt og registrert, og oppfølgingen av hver elev er dokumentert.',
    },
    nn: {
      maal: 'Mål 1, 2, 3 og 4: Skolen fangar opp elevar med bekymringsfullt fråvær.',
      tiltak:
        'Lærarane registrerer fråvær, også i einskildtimar, og melder jamleg til assisterande rektor, som held oversikt og ringjer heim ved bekymringsfullt fråvær etter kvart kvartal. Helsesjukepleiaren har minst to samtalar med eleven. Ved skolevegring blir handlingsplanen for langvarig fråvær følgd, og PPT (skolevegringsteamet) blir kontakta. Forslag frå Skolemiljø: møte med føresette og elev innan ei veke og ein skriftleg samarbeidsavtale.',
      ansvarlig: 'Leiinga, beredskapsgruppa, sosiallærar, PPT, helsesjukepleiar',
      kritiskSuksessfaktor: 'Alle lærarar følgjer opp fråværet og melder jamleg til assisterande rektor.',
      oppstartTid: 'Heile året; fråværet blir gjennomgått etter kvart kvartal',
      resultatmaalJuni: 'Fråværet er kartlagt og registrert, og oppfølginga av kvar elev er dokumentert.',
    },
  },
  {
    key: 's-henvisning-fravaer',
    niva: 'Selektert',
    nb: {
      maal: 'Mål 1, 2, 3 og 4: Elever med annet bekymringsfullt fravær får hjelp utenfra i tide.',
      tiltak:
        'Ved annet bekymringsfullt fravær anbefaler skolen henvisning til fagsenteret, BUP eller barnevernstjenesten. Henvisning til fagsenteret og BUP skjer med samtykke fra foresatte; en bekymringsmelding til barnevernet følger egen rutine (se raden om melding til barnevernet).',
      ansvarlig: 'Ledelsen, sosiallærer, helsesykepleier, PPT',
      kritiskSuksessfaktor: 'Alle lærere følger opp fraværet og melder jevnlig til assisterende rektor.',
      oppstartTid: 'Hele året, ved behov',
      resultatmaalJuni: 'Fraværet er kartlagt, og henvisningene er dokumentert.',
    },
    nn: {
      maal: 'Mål 1, 2, 3 og 4: Elevar med anna bekymringsfullt fråvær får hjelp utanfrå i tide.',
      tiltak:
        'Ved anna bekymringsfullt fråvær tilrår skolen tilvising til fagsenteret, BUP eller barnevernstenesta. Tilvising til fagsenteret og BUP skjer med samtykke frå dei føresette; ei bekymringsmelding til barnevernet følgjer ein eigen rutine (sjå rada om melding til barnevernet).',
      ansvarlig: 'Leiinga, sosiallærar, helsesjukepleiar, PPT',
      kritiskSuksessfaktor: 'Alle lærarar følgjer opp fråværet og melder jamleg til assisterande rektor.',
      oppstartTid: 'Heile året, ved behov',
      resultatmaalJuni: 'Fråværet er kartlagt, og tilvisingane er dokumenterte.',
    },
  },
  {
    key: 's-bekymring-ressursteam',
    niva: 'Selektert',
    nb: {
      maal: 'Mål 1, 2 og 3: Skolen fanger opp elever som sliter psykisk.',
      tiltak:
        'Lærere melder bekymring til ressursteamet, for eksempel om læring, fravær, skolevegring, spiseforstyrrelser, utestenging, sorg, depresjon eller endret atferd.',
      ansvarlig: 'Sosiallærer',
      kritiskSuksessfaktor:
        'Alle kontaktlærere følger opp; helsesykepleier, sosiallærer og ledelsen er lett tilgjengelige ("åpen dør").',
      oppstartTid: 'Kontinuerlig',
      resultatmaalJuni: 'Bekymringene er meldt skriftlig, og møtene er dokumentert.',
    },
    nn: {
      maal: 'Mål 1, 2 og 3: Skolen fangar opp elevar som slit psykisk.',
      tiltak:
        'Lærarar melder bekymring til ressursteamet, til dømes om læring, fråvær, skolevegring, eteforstyrringar, utestenging, sorg, depresjon eller endra åtferd.',
      ansvarlig: 'Sosiallærar',
      kritiskSuksessfaktor:
        'Alle kontaktlærarar følgjer opp; helsesjukepleiar, sosiallærar og leiinga er lett tilgjengelege ("open dør").',
      oppstartTid: 'Kontinuerleg',
      resultatmaalJuni: 'Bekymringane er melde skriftleg, og møta er dokumenterte.',
    },
  },
  {
    key: 's-utvidet-ressursteam',
    niva: 'Selektert',
    nb: {
      maal: 'Mål 1, 2, 3 og 4: Skolen samarbeider godt med kommunen og hjelpetjenestene.',
      tiltak:
        'Utvidet ressursteam med PPT, BUP, barnevernstjenesten og fagsenteret. Roller, forventninger og ansvar avklares. Foresatte som trenger det, får tilbud om foreldreveiledning.',
      ansvarlig: 'Ledelsen',
      kritiskSuksessfaktor: 'Samarbeidspartnerne ønsker å delta; lav terskel for å be om hjelp.',
      oppstartTid: 'Høsten',
      resultatmaalJuni: 'Roller og ansvar er avklart, og flere foresatte bruker veiledningstilbudet.',
    },
    nn: {
      maal: 'Mål 1, 2, 3 og 4: Skolen samarbeider godt med kommunen og hjelpetenestene.',
      tiltak:
        'Utvida ressursteam med PPT, BUP, barnevernstenesta og fagsenteret. Roller, forventningar og ansvar blir avklarte. Føresette som treng det, får tilbod om foreldrerettleiing.',
      ansvarlig: 'Leiinga',
      kritiskSuksessfaktor: 'Samarbeidspartnarane ønskjer å delta; låg terskel for å be om hjelp.',
      oppstartTid: 'Hausten',
      resultatmaalJuni: 'Roller og ansvar er avklarte, og fleire føresette nyttar rettleiingstilbodet.',
    },
  },
  {
    key: 's-utsatte-elever',
    niva: 'Selektert',
    nb: {
      maal: 'Mål 1, 2, 3 og 4: Utsatte og sårbare elever er beskyttet.',
      tiltak:
        'Risikovurdering av utsatte, sårbare og utagerende elever, med egen tiltaksplan og samarbeidsmøter med foresatte og hjelpetjenestene.',
      ansvarlig: 'Ledelsen, beredskapsgruppen, sosiallærer, helsesykepleier, lærerne, AKS/SFO',
      kritiskSuksessfaktor: 'Beredskapsplanen er enkel å bruke og tilgjengelig, også for foresatte.',
      oppstartTid: 'Hele året',
      resultatmaalJuni: 'Skolen kan vise til tiltak som beskytter utsatte elever.',
    },
    nn: {
      maal: 'Mål 1, 2, 3 og 4: Utsette og sårbare elevar er verna.',
      tiltak:
        'Risikovurdering av utsette, sårbare og utagerande elevar, med eigen tiltaksplan og samarbeidsmøte med føresette og hjelpetenestene.',
      ansvarlig: 'Leiinga, beredskapsgruppa, sosiallærar, helsesjukepleiar, lærarane, AKS/SFO',
      kritiskSuksessfaktor: 'Beredskapsplanen er enkel å bruke og tilgjengeleg, også for føresette.',
      oppstartTid: 'Heile året',
      resultatmaalJuni: 'Skolen kan vise til tiltak som vernar utsette elevar.',
    },
  },
  {
    key: 's-melding-barnevern',
    niva: 'Selektert',
    nb: {
      maal: 'Elever som kan være utsatt for omsorgssvikt, vold eller overgrep, får hjelp fra barnevernet.',
      tiltak:
        'Melding til barnevernet: når det er grunn til å tro at en elev blir mishandlet eller utsatt for alvorlig omsorgssvikt, sender skolen bekymringsmelding til barnevernstjenesten uten hinder av taushetsplikten (opplysningsplikten). Den som er bekymret, tar det opp med rektor samme dag, og rektor sender meldingen. Opplysningsplikten er personlig: blir det ikke meldt, melder den ansatte selv. Meldingen holdes utenfor dokumenter som sendes hjem.',
      ansvarlig: 'Rektor, sosiallærer, lærerne',
      kritiskSuksessfaktor:
        'Alle ansatte kjenner opplysningsplikten og rutinen for å melde; terskelen for å drøfte en bekymring er lav.',
      oppstartTid: 'Hele året, straks det er grunn til bekymring',
      resultatmaalJuni: 'Alle ansatte kjenner rutinen, og meldingene er sendt og arkivert.',
    },
    nn: {
      maal: 'Elevar som kan vere utsette for omsorgssvikt, vald eller overgrep, får hjelp frå barnevernet.',
      tiltak:
        'Melding til barnevernet: når det er grunn til å tru at ein elev blir mishandla eller utsett for alvorleg omsorgssvikt, sender skolen bekymringsmelding til barnevernstenesta utan hinder av teieplikta (opplysningsplikta). Den som er bekymra, tek det opp med rektor same dag, og rektor sender meldinga. Opplysningsplikta er personleg: blir det ikkje meldt, melder den tilsette sjølv. Meldinga blir halden utanfor dokument som blir sende heim.',
      ansvarlig: 'Rektor, sosiallærar, lærarane',
      kritiskSuksessfaktor:
        'Alle tilsette kjenner opplysningsplikta og rutinen for å melde; terskelen for å drøfte ei bekymring er låg.',
      oppstartTid: 'Heile året, straks det er grunn til bekymring',
      resultatmaalJuni: 'Alle tilsette kjenner rutinen, og meldingane er sende og arkiverte.',
    },
  },
  {
    key: 's-trivselsskapere',
    niva: 'Selektert',
    nb: {
      maal: 'Mål 1 og 3: Ingen elever faller utenfor i friminuttene.',
      tiltak:
        'Elever på mellomtrinnet læres opp i psykologisk førstehjelp og som trivselsskapere: de arrangerer aktiviteter i friminuttene og hjelper til med å løse små konflikter.',
      ansvarlig: 'Lærerne på 7. trinn, ledelsen, helsesykepleier, sosiallærer',
      kritiskSuksessfaktor: 'Tid i timeplanen; foresatte godkjenner at eleven deltar.',
      oppstartTid: 'Etter høstferien',
      resultatmaalJuni: 'Gruppen er i gang, og trivselsskaperne er synlige i friminuttene.',
    },
    nn: {
      maal: 'Mål 1 og 3: Ingen elevar fell utanfor i friminutta.',
      tiltak:
        'Elevar på mellomsteget blir lærte opp i psykologisk førstehjelp og som trivselsskaparar: dei skipar til aktivitetar i friminutta og hjelper til med å løyse små konfliktar.',
      ansvarlig: 'Lærarane på 7. trinn, leiinga, helsesjukepleiar, sosiallærar',
      kritiskSuksessfaktor: 'Tid i timeplanen; føresette godkjenner at eleven deltek.',
      oppstartTid: 'Etter haustferien',
      resultatmaalJuni: 'Gruppa er i gang, og trivselsskaparane er synlege i friminutta.',
    },
  },
  // Indikert: students who already struggle.
  {
    key: 'i-tverrfaglig-samarbeid',
    niva: 'Indikert',
    nb: {
      maal: 'Mål 1 og 2: Elever med psykiske vansker følges opp i samarbeid med hjelpetjenestene.',
      tiltak:
        'Skolen tar ansvar for å koordinere samarbeidet og kaller inn til tverrfaglige møter eller samarbeidsmøter ved behov; fastlegen kan inviteres.',
      ansvarlig: 'Sosiallærer og ledelsen',
      kritiskSuksessfaktor: 'De andre tjenestene møter opp.',
      oppstartTid: 'Hele året',
      resultatmaalJuni: 'Møtene er holdt, og det er skrevet referat fra hvert møte.',
    },
    nn: {
      maal: 'Mål 1 og 2: Elevar med psykiske vanskar blir følgde opp i samarbeid med hjelpetenestene.',
      tiltak:
        'Skolen tek ansvar for å koordinere samarbeidet og kallar inn til tverrfaglege møte eller samarbeidsmøte ved behov; fastlegen kan bli invitert.',
      ansvarlig: 'Sosiallærar og leiinga',
      kritiskSuksessfaktor: 'Dei andre tenestene møter opp.',
      oppstartTid: 'Heile året',
      resultatmaalJuni: 'Møta er haldne, og det er skrive referat frå kvart møte.',
    },
  },
  {
    key: 'i-hoyt-fravaer',
    niva: 'Indikert',
    nb: {
      maal: 'Mål 2: Elever med høyt fravær har en plan for å komme tilbake.',
      tiltak:
        'En plan for oppfølging etter modell i en veileder for skolevegring, og en samarbeidsavtale med eleven og foresatte.',
      ansvarlig: 'Ledelsen og kontaktlærer',
      kritiskSuksessfaktor: 'Skolen kjenner veilederen og bruker den.',
      oppstartTid: 'Så snart det er bekymring for fraværet eller mistanke om skolevegring',
      resultatmaalJuni: 'Hver elev med høyt fravær har en oppfølgingsplan og en samarbeidsavtale.',
    },
    nn: {
      maal: 'Mål 2: Elevar med høgt fråvær har ein plan for å kome tilbake.',
      tiltak:
        'Ein plan for oppfølging etter modell i ein rettleiar for skolevegring, og ein samarbeidsavtale med eleven og føresette.',
      ansvarlig: 'Leiinga og kontaktlærar',
      kritiskSuksessfaktor: 'Skolen kjenner rettleiaren og brukar han.',
      oppstartTid: 'Så snart det er bekymring for fråværet eller mistanke om skolevegring',
      resultatmaalJuni: 'Kvar elev med høgt fråvær har ein oppfølgingsplan og ein samarbeidsavtale.',
    },
  },
  {
    key: 'i-ppt-og-akutt',
    niva: 'Indikert',
    nb: {
      maal: 'Mål 1 og 2: Elever som ikke får opplæringen de skal ha, får rask hjelp.',
      tiltak:
        'Skolen drøfter saken med PPT så snart en elev ikke får den opplæringen hen skal ha. I akutte situasjoner kontaktes barnevernsvakten eller legevakten. Virker ingen tiltak, vurderer rektor et annet opplæringstilbud etter råd fra PPT.',
      ansvarlig: 'Ledelsen, sosiallærer, kontaktlærer, ressursteamet, PPT',
      kritiskSuksessfaktor:
        'Oversikt over og oppfølging av fraværet; kontaktinformasjon for akutte situasjoner er kjent.',
      oppstartTid: 'Ved behov',
      resultatmaalJuni: 'Alle slike saker er drøftet med PPT.',
    },
    nn: {
      maal: 'Mål 1 og 2: Elevar som ikkje får opplæringa dei skal ha, får rask hjelp.',
      tiltak:
        'Skolen drøftar saka med PPT så snart ein elev ikkje får den opplæringa hen skal ha. I akutte situasjonar blir barnevernsvakta eller legevakta kontakta. Verkar ingen tiltak, vurderer rektor eit anna opplæringstilbod etter råd frå PPT.',
      ansvarlig: 'Leiinga, sosiallærar, kontaktlærar, ressursteamet, PPT',
      kritiskSuksessfaktor:
        'Oversikt over og oppfølging av fråværet; kontaktinformasjon for akutte situasjonar er kjend.',
      oppstartTid: 'Ved behov',
      resultatmaalJuni: 'Alle slike saker er drøfta med PPT.',
    },
  },
];

/** The default tiltaksplan rows, level by level; evaluering and videre arbeid are left empty. */
export function defaultTiltaksplan(language: Language): TiltaksplanRow[] {
  return ENTRIES.map((e) => ({ key: e.key, niva: e.niva, ...e[language], evaluering: '', videreArbeid: '' }));
}
