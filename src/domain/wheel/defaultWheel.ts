/**
 * The årshjul a school starts from: the recurring school-environment activities of a typical
 * "plan for trygt og godt skolemiljø", in our own words. The school edits the sheet afterwards;
 * these rows are only written by set-up into an empty sheet.
 *
 * "Ved skolestart" rows follow the school's own first school day (the «Skolestart» setting), and the
 * rows for the days before it fall in the week before, on the planleggingsdager.
 */
import { formatRecurrence, type Language, type Recurrence } from './recurrence';

export interface WheelRow {
  /** Stable identity, so set-up can tell which default rows already exist. */
  readonly key: string;
  /** When, as the school says it: "August", "Hver måned". */
  readonly tid: string;
  readonly aktivitet: string;
  readonly hensikt: string;
  readonly organisering: string;
  /** A role, not a person: "Rektor", "Kontaktlærer", "Ressursteam". */
  readonly ansvarlig: string;
  /** The recurrence in its text form (see `parseRecurrence`), in the same language as the row. */
  readonly gjentakelse: string;
}

type Texts = Omit<WheelRow, 'key' | 'gjentakelse'>;

interface Entry {
  readonly key: string;
  readonly recurrence: Recurrence;
  readonly nb: Texts;
  readonly nn: Texts;
}

const ENTRIES: readonly Entry[] = [
  {
    key: 'overforingsmoter',
    recurrence: { kind: 'schoolStart', offset: -7 },
    nb: {
      tid: 'Før skolestart',
      aktivitet:
        'Oppstarts- og overføringsmøter med laget rundt nye elever og elever som trenger ekstra støtte ved oppstarten.',
      hensikt: 'Kontaktlæreren kjenner elevens behov og utfordringer før første skoledag.',
      organisering:
        'Møter med foresatte, barnehagen eller forrige skole og eventuelt PPT og helsesykepleier. Opplysninger deles bare med samtykke eller annet rettslig grunnlag. Elever som begynner i løpet av året, får det samme møtet før første skoledag.',
      ansvarlig: 'Ledelsen og kontaktlærer',
    },
    nn: {
      tid: 'Før skolestart',
      aktivitet:
        'Oppstarts- og overføringsmøte med laget rundt nye elevar og elevar som treng ekstra støtte ved oppstarten.',
      hensikt: 'Kontaktlæraren kjenner behova og utfordringane til eleven før første skoledag.',
      organisering:
        'Møte med føresette, barnehagen eller førre skole og eventuelt PPT og helsesjukepleiar. Opplysningar blir berre delte med samtykke eller anna rettsleg grunnlag. Elevar som byrjar i løpet av året, får det same møtet før første skoledag.',
      ansvarlig: 'Leiinga og kontaktlærar',
    },
  },
  {
    key: 'ringe-foresatte',
    recurrence: { kind: 'schoolStart', offset: -7 },
    nb: {
      tid: 'Uka før skolestart',
      aktivitet: 'Kontaktlærer ringer foresatte til hver elev.',
      hensikt:
        'En trygg start: familien får kontakt med skolen før første skoledag, og kontaktlæreren får vite hva eleven trenger.',
      organisering: 'En kort samtale med foresatte til hver elev i gruppen.',
      ansvarlig: 'Kontaktlærer',
    },
    nn: {
      tid: 'Veka før skolestart',
      aktivitet: 'Kontaktlæraren ringjer dei føresette til kvar elev.',
      hensikt:
        'Ein trygg start: familien får kontakt med skolen før første skoledag, og kontaktlæraren får vite kva eleven treng.',
      organisering: 'Ein kort samtale med dei føresette til kvar elev i gruppa.',
      ansvarlig: 'Kontaktlærar',
    },
  },
  {
    key: 'plan-gjennomgang',
    recurrence: { kind: 'schoolStart', offset: -7 },
    nb: {
      tid: 'Ved skolestart (planleggingsdagene)',
      aktivitet:
        'Rektor går gjennom planen for trygt og godt skolemiljø på planleggingsdagene. Alle ansatte kvitterer for at de har lest planen og kjenner sin plikt til å melde fra.',
      hensikt: 'Felles forståelse i personalet av begreper, regler, reaksjoner og holdninger.',
      organisering: 'Felles gjennomgang for alle ansatte. Kvitteringene (skolens egen rutine) lagres.',
      ansvarlig: 'Rektor',
    },
    nn: {
      tid: 'Ved skolestart (planleggingsdagane)',
      aktivitet:
        'Rektor går gjennom planen for trygt og godt skolemiljø på planleggingsdagane. Alle tilsette kvitterer for at dei har lese planen og kjenner plikta si til å melde frå.',
      hensikt: 'Felles forståing i personalet av omgrep, reglar, reaksjonar og haldningar.',
      organisering:
        'Felles gjennomgang for alle tilsette. Kvitteringane (ein eigen rutine ved skolen) blir lagra.',
      ansvarlig: 'Rektor',
    },
  },
  {
    key: 'inspeksjonsplan',
    recurrence: { kind: 'schoolStart', offset: -7 },
    nb: {
      tid: 'Før skolestart',
      aktivitet:
        'Lage inspeksjonsplan for friminutt, lunsj og overganger, med minst én voksen fra hver gruppe ute før og etter skoletid.',
      hensikt: 'Voksne ser og når elevene der de er, også i blindsonene.',
      organisering:
        'Skriftlig oversikt over hvem som har tilsyn i hvilke soner. Henges opp og gjennomgås med personalet.',
      ansvarlig: 'Ledelsen',
    },
    nn: {
      tid: 'Før skolestart',
      aktivitet:
        'Lage inspeksjonsplan for friminutt, lunsj og overgangar, med minst éin vaksen frå kvar gruppe ute før og etter skoletid.',
      hensikt: 'Vaksne ser og når elevane der dei er, også i blindsonene.',
      organisering:
        'Skriftleg oversikt over kven som har tilsyn i kva for soner. Blir hengd opp og gjennomgått med personalet.',
      ansvarlig: 'Leiinga',
    },
  },
  {
    key: 'skolegard-skolestart',
    recurrence: { kind: 'schoolStart', offset: 0 },
    nb: {
      tid: 'Ved skolestart',
      aktivitet: 'Alle ansatte er ute i skolegården og tilgjengelige for elevene de første dagene.',
      hensikt: 'Gjøre nye og gamle elever trygge.',
      organisering: 'Alle ansatte deltar aktivt.',
      ansvarlig: 'Alle ansatte',
    },
    nn: {
      tid: 'Ved skolestart',
      aktivitet: 'Alle tilsette er ute i skolegarden og tilgjengelege for elevane dei første dagane.',
      hensikt: 'Gjere nye og gamle elevar trygge.',
      organisering: 'Alle tilsette deltek aktivt.',
      ansvarlig: 'Alle tilsette',
    },
  },
  {
    key: 'ordensreglement',
    recurrence: { kind: 'schoolStart', offset: 0 },
    nb: {
      tid: 'Ved skolestart',
      aktivitet: 'Elever og foresatte gjøres kjent med ordensreglementet.',
      hensikt: 'Alle kjenner reglene for oppførsel og hva som skjer når de brytes.',
      organisering:
        'Kontaktlærer går gjennom reglementet med gruppen og viser foresatte til det, for eksempel på skolens nettside.',
      ansvarlig: 'Kontaktlærer',
    },
    nn: {
      tid: 'Ved skolestart',
      aktivitet: 'Elevar og føresette blir gjorde kjende med ordensreglementet.',
      hensikt: 'Alle kjenner reglane for åtferd og kva som skjer når dei blir brotne.',
      organisering:
        'Kontaktlæraren går gjennom reglementet med gruppa og viser dei føresette til det, til dømes på nettsida til skolen.',
      ansvarlig: 'Kontaktlærar',
    },
  },
  {
    key: 'forsterket-tilsyn',
    recurrence: { kind: 'yearly', months: [8, 9], day: 1 },
    nb: {
      tid: 'August–september',
      aktivitet: 'Forsterket tilsyn i alle friminutt.',
      hensikt: 'Mer trivsel og trygghet i friminuttene mens gruppene finner seg til rette.',
      organisering: 'Flere voksne ute enn vanlig, fram til høstferien.',
      ansvarlig: 'Alle ansatte',
    },
    nn: {
      tid: 'August–september',
      aktivitet: 'Forsterka tilsyn i alle friminutt.',
      hensikt: 'Meir trivsel og tryggleik i friminutta medan gruppene finn seg til rette.',
      organisering: 'Fleire vaksne ute enn vanleg, fram til haustferien.',
      ansvarlig: 'Alle tilsette',
    },
  },
  {
    key: 'informere-foresatte',
    recurrence: { kind: 'yearly', months: [9], day: 1 },
    nb: {
      tid: 'September',
      aktivitet:
        'Informere foresatte om elevenes rett til et trygt og godt skolemiljø, skolens aktivitetsplikt (opplæringslova kapittel 12) og muligheten til å melde saken til Statsforvalteren.',
      hensikt: 'Foresatte vet hva de kan forvente, og samarbeidet mellom hjem og skole får et godt grunnlag.',
      organisering: 'Tas opp på høstens foreldremøter. Skriftlig informasjon legges på skolens nettside.',
      ansvarlig: 'Rektor',
    },
    nn: {
      tid: 'September',
      aktivitet:
        'Informere føresette om retten elevane har til eit trygt og godt skolemiljø, aktivitetsplikta til skolen (opplæringslova kapittel 12) og høvet til å melde saka til Statsforvaltaren.',
      hensikt:
        'Føresette veit kva dei kan vente seg, og samarbeidet mellom heim og skole får eit godt grunnlag.',
      organisering:
        'Blir teke opp på foreldremøta om hausten. Skriftleg informasjon blir lagd på nettsida til skolen.',
      ansvarlig: 'Rektor',
    },
  },
  {
    key: 'friminuttaktiviteter',
    recurrence: { kind: 'yearly', months: [9], day: 1 },
    nb: {
      tid: 'Hele året, fra september',
      aktivitet: 'Voksenstyrte aktiviteter i friminutt og lunsj.',
      hensikt: 'Styrke fellesskapet og forebygge mobbing.',
      organisering: 'Åpen gymsal hver dag med aktiviteter ledet av voksne.',
      ansvarlig: 'Alle ansatte',
    },
    nn: {
      tid: 'Heile året, frå september',
      aktivitet: 'Vaksenstyrte aktivitetar i friminutt og lunsj.',
      hensikt: 'Styrkje fellesskapen og førebyggje mobbing.',
      organisering: 'Open gymsal kvar dag med aktivitetar leidde av vaksne.',
      ansvarlig: 'Alle tilsette',
    },
  },
  {
    key: 'aktivitetsdag',
    recurrence: { kind: 'yearly', months: [9, 6], day: 1 },
    nb: {
      tid: 'Høst og vår',
      aktivitet: 'Aktivitetsdag eller idrettsdag for alle elevene.',
      hensikt: 'Fysisk og sosialt samvær der elevene viser ferdigheter utenfor klasserommet.',
      organisering: 'Alle elever deltar, på tvers av grupper.',
      ansvarlig: 'Ledelsen',
    },
    nn: {
      tid: 'Haust og vår',
      aktivitet: 'Aktivitetsdag eller idrettsdag for alle elevane.',
      hensikt: 'Fysisk og sosialt samvær der elevane viser dugleikar utanfor klasserommet.',
      organisering: 'Alle elevar deltek, på tvers av grupper.',
      ansvarlig: 'Leiinga',
    },
  },
  {
    key: 'elevundersokelsen',
    recurrence: { kind: 'yearly', months: [10, 11], day: 1 },
    nb: {
      tid: 'Oktober–november',
      aktivitet: 'Elevundersøkelsen.',
      hensikt: 'Få vite hvordan elevene opplever skolen og skolemiljøet.',
      organisering:
        'Gjennomføres digitalt. Resultatene drøftes i plangruppen og brukes til å justere planer og rutiner.',
      ansvarlig: 'Ledelsen og kontaktlærerne',
    },
    nn: {
      tid: 'Oktober–november',
      aktivitet: 'Elevundersøkinga.',
      hensikt: 'Få vite korleis elevane opplever skolen og skolemiljøet.',
      organisering:
        'Blir gjennomført digitalt. Resultata blir drøfta i plangruppa og brukte til å justere planar og rutinar.',
      ansvarlig: 'Leiinga og kontaktlærarane',
    },
  },
  {
    key: 'temauker',
    recurrence: { kind: 'yearly', months: [10, 3], day: 1 },
    nb: {
      tid: 'Høst og vår',
      aktivitet: 'Temauker, for eksempel om vennskap, inkludering eller nettvett.',
      hensikt: 'Styrke fellesskapet og gi elevene kunnskap som motvirker mobbing og krenkelser.',
      organisering: 'Hele skolen, med felles opplegg på tvers av grupper.',
      ansvarlig: 'Ledelsen',
    },
    nn: {
      tid: 'Haust og vår',
      aktivitet: 'Temaveker, til dømes om venskap, inkludering eller nettvett.',
      hensikt: 'Styrkje fellesskapen og gi elevane kunnskap som motverkar mobbing og krenkingar.',
      organisering: 'Heile skolen, med felles opplegg på tvers av grupper.',
      ansvarlig: 'Leiinga',
    },
  },
  {
    key: 'sosiale-kvelder',
    recurrence: { kind: 'yearly', months: [10, 2], day: 1 },
    nb: {
      tid: 'Høst og vinter',
      aktivitet: 'Sosiale kvelder for elever og foresatte (for eksempel suppekveld).',
      hensikt:
        'Foresatte blir kjent med hverandre og med skolen; det gjør samarbeidet mellom hjem og skole lettere.',
      organisering: 'Felles kveld på skolen.',
      ansvarlig: 'Ledelsen',
    },
    nn: {
      tid: 'Haust og vinter',
      aktivitet: 'Sosiale kveldar for elevar og føresette (til dømes suppekveld).',
      hensikt:
        'Føresette blir kjende med kvarandre og med skolen; det gjer samarbeidet mellom heim og skole lettare.',
      organisering: 'Felles kveld på skolen.',
      ansvarlig: 'Leiinga',
    },
  },
  {
    key: 'tverrfaglig-mote',
    recurrence: { kind: 'yearly', months: [11], day: 1 },
    nb: {
      tid: 'Én gang i året (forslag: november)',
      aktivitet: 'Tverrfaglig møte med hjelpetjenestene.',
      hensikt:
        'Skolen og tjenestene kjenner hverandre og vet når og hvordan de skal samarbeide om elever som trenger det.',
      organisering:
        'Ledelsen, sosiallærer og helsesykepleier møter for eksempel PPT, barnevernstjenesten, BUP og politiet. Enkeltelever drøftes bare anonymt eller med samtykke.',
      ansvarlig: 'Rektor',
    },
    nn: {
      tid: 'Éin gong i året (forslag: november)',
      aktivitet: 'Tverrfagleg møte med hjelpetenestene.',
      hensikt:
        'Skolen og tenestene kjenner kvarandre og veit når og korleis dei skal samarbeide om elevar som treng det.',
      organisering:
        'Leiinga, sosiallæraren og helsesjukepleiaren møter til dømes PPT, barnevernstenesta, BUP og politiet. Einskildelevar blir berre drøfta anonymt eller med samtykke.',
      ansvarlig: 'Rektor',
    },
  },
  {
    key: 'utviklingssamtaler',
    recurrence: { kind: 'yearly', months: [11, 4], day: 1 },
    nb: {
      tid: 'Høst og vår',
      aktivitet: 'Utviklingssamtaler med elev og foresatte.',
      hensikt: 'Elevens psykososiale miljø tas opp i hver samtale.',
      organisering: 'To samtaler i året, med eleven og foresatte til stede.',
      ansvarlig: 'Kontaktlærer',
    },
    nn: {
      tid: 'Haust og vår',
      aktivitet: 'Utviklingssamtalar med elev og føresette.',
      hensikt: 'Det psykososiale miljøet til eleven blir teke opp i kvar samtale.',
      organisering: 'To samtalar i året, med eleven og føresette til stades.',
      ansvarlig: 'Kontaktlærar',
    },
  },
  {
    key: 'julemarked',
    recurrence: { kind: 'yearly', months: [12], day: 1 },
    nb: {
      tid: 'Desember',
      aktivitet: 'Julemarked.',
      hensikt: 'Samvær på tvers av grupper i en rolig førjulstid.',
      organisering: 'Elevene viser fram og selger arbeid de har laget i løpet av høsten.',
      ansvarlig: 'Ledelsen',
    },
    nn: {
      tid: 'Desember',
      aktivitet: 'Julemarknad.',
      hensikt: 'Samvær på tvers av grupper i ei roleg førjulstid.',
      organisering: 'Elevane viser fram og sel arbeid dei har laga i løpet av hausten.',
      ansvarlig: 'Leiinga',
    },
  },
  {
    key: 'gripe-inn-kurs',
    recurrence: { kind: 'yearly', months: [1], day: 1 },
    nb: {
      tid: 'Jevnlig (forslag: januar)',
      aktivitet:
        'Kurs for de ansatte i å forebygge og håndtere aggresjon og vold (for eksempel FOMA), og i hvordan de griper inn.',
      hensikt:
        'De ansatte vet hvordan de kan gripe inn når en elev blir krenket (opplæringslova § 12-4), lovlig, trygt og med respekt.',
      organisering: 'Kurs for nye ansatte og oppfriskning for alle. Rektor sørger for at alle får det.',
      ansvarlig: 'Rektor',
    },
    nn: {
      tid: 'Jamleg (forslag: januar)',
      aktivitet:
        'Kurs for dei tilsette i å førebyggje og handtere aggresjon og vald (til dømes FOMA), og i korleis dei grip inn.',
      hensikt:
        'Dei tilsette veit korleis dei kan gripe inn når ein elev blir krenkt (opplæringslova § 12-4), lovleg, trygt og med respekt.',
      organisering: 'Kurs for nye tilsette og oppfrisking for alle. Rektor syter for at alle får det.',
      ansvarlig: 'Rektor',
    },
  },
  {
    key: 'elevundersokelsen-oppfolging',
    recurrence: { kind: 'yearly', months: [1], day: 1 },
    nb: {
      tid: 'Januar',
      aktivitet: 'Følge opp resultatene fra Elevundersøkelsen.',
      hensikt: 'Resultatene fører til tiltak der elevene ikke har det trygt og godt.',
      organisering: 'Drøftes med personalet, i elevrådet og i driftsstyret.',
      ansvarlig: 'Rektor',
    },
    nn: {
      tid: 'Januar',
      aktivitet: 'Følgje opp resultata frå Elevundersøkinga.',
      hensikt: 'Resultata fører til tiltak der elevane ikkje har det trygt og godt.',
      organisering: 'Blir drøfta med personalet, i elevrådet og i driftsstyret.',
      ansvarlig: 'Rektor',
    },
  },
  {
    key: 'foreldreundersokelsen',
    recurrence: { kind: 'yearly', months: [2, 3], day: 1 },
    nb: {
      tid: 'Februar–mars',
      aktivitet: 'Foreldreundersøkelsen.',
      hensikt: 'Få vite hvordan foresatte opplever skolen og skolemiljøet.',
      organisering:
        'Sendes digitalt til én foresatt per elev. Resultatene brukes til å justere planer og rutiner.',
      ansvarlig: 'Rektor',
    },
    nn: {
      tid: 'Februar–mars',
      aktivitet: 'Foreldreundersøkinga.',
      hensikt: 'Få vite korleis føresette opplever skolen og skolemiljøet.',
      organisering:
        'Blir send digitalt til éin føresett per elev. Resultata blir brukte til å justere planar og rutinar.',
      ansvarlig: 'Rektor',
    },
  },
  {
    key: 'evaluere-plan',
    recurrence: { kind: 'yearly', months: [4], day: 1 },
    nb: {
      tid: 'April',
      aktivitet: 'Evaluere planen for trygt og godt skolemiljø.',
      hensikt: 'Systematikk og gode rutiner: planen justeres etter erfaringene fra året.',
      organisering: 'Ledelsen og plangruppen med teamlederne går gjennom planen.',
      ansvarlig: 'Rektor',
    },
    nn: {
      tid: 'April',
      aktivitet: 'Evaluere planen for trygt og godt skolemiljø.',
      hensikt: 'Systematikk og gode rutinar: planen blir justert etter røynslene frå året.',
      organisering: 'Leiinga og plangruppa med teamleiarane går gjennom planen.',
      ansvarlig: 'Rektor',
    },
  },
  {
    key: 'apen-dag',
    recurrence: { kind: 'yearly', months: [5], day: 1 },
    nb: {
      tid: 'Våren',
      aktivitet: 'Åpen dag.',
      hensikt: 'Styrke skolemiljøet og gi elever som begynner til høsten en forutsigbar og trygg start.',
      organisering: 'Elever, nye elever, foresatte, ansatte og naboer møtes på skolen.',
      ansvarlig: 'Ledelsen',
    },
    nn: {
      tid: 'Våren',
      aktivitet: 'Open dag.',
      hensikt: 'Styrkje skolemiljøet og gi elevar som byrjar til hausten ein føreseieleg og trygg start.',
      organisering: 'Elevar, nye elevar, føresette, tilsette og naboar møtest på skolen.',
      ansvarlig: 'Leiinga',
    },
  },
  {
    key: 'morgenmote',
    recurrence: { kind: 'daily' },
    nb: {
      tid: 'Hver dag',
      aktivitet: 'Morgenmøte for hele personalet.',
      hensikt: 'Dele viktige hendelser og elevsaker, så alle vet hva de skal følge med på i dag.',
      organisering: 'Alle ansatte møtes før første time, mandag til fredag.',
      ansvarlig: 'Ledelsen',
    },
    nn: {
      tid: 'Kvar dag',
      aktivitet: 'Morgonmøte for heile personalet.',
      hensikt: 'Dele viktige hendingar og elevsaker, så alle veit kva dei skal følgje med på i dag.',
      organisering: 'Alle tilsette møtest før første time, måndag til fredag.',
      ansvarlig: 'Leiinga',
    },
  },
  {
    key: 'elevsamtaler',
    recurrence: { kind: 'weekly', weekday: 1 },
    nb: {
      tid: 'Hver uke',
      aktivitet: 'Elevsamtale med kontaktlærer.',
      hensikt:
        'Følge med på hvordan hver elev har det, faglig og sosialt, og fange opp mobbing og krenkelser tidlig.',
      organisering: 'Forberedte samtaler som loggføres.',
      ansvarlig: 'Kontaktlærer',
    },
    nn: {
      tid: 'Kvar veke',
      aktivitet: 'Elevsamtale med kontaktlærar.',
      hensikt:
        'Følgje med på korleis kvar elev har det, fagleg og sosialt, og fange opp mobbing og krenkingar tidleg.',
      organisering: 'Førebudde samtalar som blir loggførte.',
      ansvarlig: 'Kontaktlærar',
    },
  },
  {
    key: 'klasserad',
    recurrence: { kind: 'weekly', weekday: 4 },
    nb: {
      tid: 'Hver uke',
      aktivitet: 'Klasseråd.',
      hensikt: 'Elevene medvirker og tar ansvar for et trygt og inkluderende miljø i klassen.',
      organisering: 'Elevrådsrepresentantene leder, kontaktlærer støtter.',
      ansvarlig: 'Kontaktlærer',
    },
    nn: {
      tid: 'Kvar veke',
      aktivitet: 'Klasseråd.',
      hensikt: 'Elevane medverkar og tek ansvar for eit trygt og inkluderande miljø i klassen.',
      organisering: 'Elevrådsrepresentantane leier, kontaktlæraren støttar.',
      ansvarlig: 'Kontaktlærar',
    },
  },
  {
    key: 'ukesfremlegg',
    recurrence: { kind: 'weekly', weekday: 5 },
    nb: {
      tid: 'Hver uke',
      aktivitet: 'Ukesfremlegg fra gruppene om elevenes psykososiale miljø.',
      hensikt: 'Innblikk i elevenes skolehverdag, faglig og sosialt.',
      organisering: 'Legges fram på fredager i et forlenget morgenmøte.',
      ansvarlig: 'Lærerne',
    },
    nn: {
      tid: 'Kvar veke',
      aktivitet: 'Vekeframlegg frå gruppene om det psykososiale miljøet til elevane.',
      hensikt: 'Innblikk i skolekvardagen til elevane, fagleg og sosialt.',
      organisering: 'Blir lagt fram på fredagar i eit forlengt morgonmøte.',
      ansvarlig: 'Lærarane',
    },
  },
  {
    key: 'ressursteam',
    recurrence: { kind: 'everyNWeeks', weeks: 2, weekday: 2 },
    nb: {
      tid: 'Hver 14. dag',
      aktivitet: 'Møte i ressursteamet.',
      hensikt:
        'Drøfte tiltak for elever med faglige eller sosiale utfordringer, og holde oversikt, kontinuitet og samarbeid rundt sårbare elever.',
      organisering:
        'PPT, ledelsen og kontaktlærer eller teamleder; helsesykepleier ved behov. Saklisten: Skolemiljø → Dokumenter → Lag sakliste for ressursteamet (elever uten samtykke er anonymisert).',
      ansvarlig: 'Rektor og ressursteamet',
    },
    nn: {
      tid: 'Kvar 14. dag',
      aktivitet: 'Møte i ressursteamet.',
      hensikt:
        'Drøfte tiltak for elevar med faglege eller sosiale utfordringar, og halde oversikt, kontinuitet og samarbeid kring sårbare elevar.',
      organisering:
        'PPT, leiinga og kontaktlærar eller teamleiar; helsesjukepleiar ved behov. Saklista: Skolemiljø → Dokument → Lag sakliste for ressursteamet (elevar utan samtykke er anonymiserte).',
      ansvarlig: 'Rektor og ressursteamet',
    },
  },
  {
    key: 'elevrad',
    recurrence: { kind: 'monthly', day: 1 },
    nb: {
      tid: 'Hver måned',
      aktivitet: 'Elevrådsmøte med skolemiljøet som fast sak.',
      hensikt:
        'God kontakt mellom klassene og ledelsen, et sterkere fellesskap mellom elevene og elevmedvirkning i skolemiljøarbeidet.',
      organisering:
        'Én representant fra hver klasse. Ledelsen deltar og spør om elevrådet kjenner til elever som blir mobbet eller krenket.',
      ansvarlig: 'Ledelsen',
    },
    nn: {
      tid: 'Kvar månad',
      aktivitet: 'Elevrådsmøte med skolemiljøet som fast sak.',
      hensikt:
        'God kontakt mellom klassane og leiinga, ein sterkare fellesskap mellom elevane og elevmedverknad i skolemiljøarbeidet.',
      organisering:
        'Éin representant frå kvar klasse. Leiinga deltek og spør om elevrådet kjenner til elevar som blir mobba eller krenkte.',
      ansvarlig: 'Leiinga',
    },
  },
  {
    key: 'driftsstyre',
    recurrence: { kind: 'quarterly', months: [9, 12, 3, 6], day: 1 },
    nb: {
      tid: 'Hvert kvartal',
      aktivitet: 'Skolemiljøet på sakslisten i driftsstyret, som har rollen til skolemiljøutvalget (SMU).',
      hensikt: 'Foreldre, elever og ansatte i rådsorganet følger med på skolemiljøet.',
      organisering: 'Rektor og elevrådet orienterer om status uten å bryte taushetsplikten.',
      ansvarlig: 'Rektor',
    },
    nn: {
      tid: 'Kvart kvartal',
      aktivitet: 'Skolemiljøet på sakslista i driftsstyret, som har rolla til skolemiljøutvalet (SMU).',
      hensikt: 'Foreldre, elevar og tilsette i rådsorganet følgjer med på skolemiljøet.',
      organisering: 'Rektor og elevrådet orienterer om status utan å bryte teieplikta.',
      ansvarlig: 'Rektor',
    },
  },
  {
    key: 'dypdykk',
    recurrence: { kind: 'yearly', months: [9, 11, 2, 4], day: 1 },
    nb: {
      tid: 'Fire ganger i året',
      aktivitet: 'Dypdykk i hver enkelt elev.',
      hensikt: 'Gå grundig gjennom alle elevene, så ingen sårbare elever blir oversett.',
      organisering:
        'Hele teamet og hele ledelsen. Noen skoler gjør det fire ganger i semesteret; endre «Gjentakelse» hvis dere vil ha det oftere.',
      ansvarlig: 'Ledelsen',
    },
    nn: {
      tid: 'Fire gonger i året',
      aktivitet: 'Djupdykk i kvar einskild elev.',
      hensikt: 'Gå grundig gjennom alle elevane, så ingen sårbare elevar blir oversette.',
      organisering:
        'Heile teamet og heile leiinga. Nokre skolar gjer det fire gonger i semesteret; endre «Gjentakelse» om de vil ha det oftare.',
      ansvarlig: 'Leiinga',
    },
  },
];

/** The default årshjul rows: dated activities in school-year order, then those that run all year. */
export function defaultWheel(language: Language): WheelRow[] {
  return ENTRIES.map((e) => ({
    key: e.key,
    ...e[language],
    gjentakelse: formatRecurrence(e.recurrence, language),
  }));
}
