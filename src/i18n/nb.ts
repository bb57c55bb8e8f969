/** Labels the plan and the evaluation dialogs share. */
const DIALOG_COMMON_NB = {
  pdf: 'Lag også en PDF for arkivet og for å sende hjem',
  cancel: 'Avbryt',
  close: 'Lukk',
  open: 'Åpne dokumentet',
  working: 'Lager dokumentet …',
  namesReplace: 'Erstatt med forslagene',
  namesKeep: 'Behold navnene bevisst',
  namesBack: 'Tilbake og rett selv',
  instead: 'skrives som',
} as const;

/** Everything a user reads, in bokmål. `nn.ts` must have the same keys (the type checks it). */
export const nb = {
  wheel: {
    selectActivity:
      'Marker raden til aktiviteten i arket «Årshjul» først, og velg så «Merk aktivitet som gjort» igjen.',
    notActivityRow: (row: number) =>
      `Rad ${row} i «Årshjul» er ikke en aktivitet. Marker raden til aktiviteten som er gjort, og prøv igjen.`,
    badRecurrence: (row: number, problem: string) =>
      `Rad ${row}: ${problem}\n\nRett kolonnen «Gjentakelse» og prøv igjen. Ingenting ble endret.`,
    markedOne: (activity: string, today: string, next: string) =>
      `«${activity}» er merket som gjort ${today}.\nNeste gang: ${next}.`,
    markedLast: (activity: string, today: string) =>
      `«${activity}» er merket som gjort ${today}. Det er ingen flere datoer for denne aktiviteten.`,
    markedMany: (n: number, today: string) =>
      `${n} aktiviteter er merket som gjort ${today}. «Neste» er flyttet til neste gang for hver av dem.`,
    alreadyDone: (today: string) =>
      `Aktiviteten var allerede merket som gjort i dag (${today}). Ingenting ble endret.`,
    logEvent: 'Årshjul: aktivitet gjort',
    logDetails: (row: number, activity: string, next: string) => `Rad ${row}: ${activity} Neste: ${next}.`,
    noNext: 'ingen flere',
    statusHelp:
      'Status regnes ut av Skolemiljø hver morgen fra «Neste» og «Sist gjort». Merk en aktivitet som gjort med Skolemiljø → Årshjul og tiltaksplan → Merk aktivitet som gjort.',
    nivaHelp:
      'Velg Universelt (alle elever), Selektert (elever i risiko) eller Indikert (elever med vansker).',
    defaultsWheel: (n: number) =>
      `La inn et forslag til årshjul med ${n} aktiviteter i «Årshjul». Rediger, legg til eller slett rader så det passer skolen.`,
    defaultsTiltaksplan: (n: number) =>
      `La inn et forslag til tiltaksplan for psykisk helse med ${n} tiltak i «Tiltaksplan». Tilpass den til skolen.`,
    colorsSet: (sheet: string) => `Satte opp fargene i «${sheet}».`,
    listSet: (sheet: string, column: string) => `La til nedtrekksliste i kolonnen «${column}» i «${sheet}».`,
    confirmFormTitle: 'Bekreftelse: jeg har lest planen for et trygt og godt skolemiljø',
    confirmFormDescription:
      'Skolen har bestemt at alle som arbeider på skolen, hvert skoleår bekrefter at de har lest skolens plan for et trygt og godt skolemiljø. Plikten til å følge med, gripe inn og melde fra står i opplæringslova §§ 12-4 og 12-5. Kvitteringen registreres med e-postadressen du er logget inn med.',
    confirmQuestion: 'Har du lest planen, og kjenner du plikten din til å melde fra?',
    confirmChoice:
      'Ja: jeg har lest skolens plan for et trygt og godt skolemiljø, og jeg kjenner plikten min til å følge med, gripe inn og melde fra til rektor (opplæringslova §§ 12-4 og 12-5).',
    confirmThanks: 'Takk! Kvitteringen din er registrert for dette skoleåret.',
    confirmSheetName: 'Kvitteringssvar',
    confirmProtection: 'Svar fra kvitteringsskjemaet: det opprinnelige svaret. Skal ikke endres.',
    confirmFormCreated:
      'Laget kvitteringsskjemaet for ansatte og koblet det til regnearket. Lenken står i «Innstillinger».',
    confirmQuestionAdded: 'La til spørsmålet i kvitteringsskjemaet igjen.',
    confirmUrlWritten: 'Skrev lenken til kvitteringsskjemaet i «Innstillinger».',
  },
  wheelDialog: {
    dialogTitle: (year: string) => `Årshjulet ${year}`,
    heading: 'Årshjul for et trygt og godt skolemiljø',
    schoolYear: 'Skoleåret',
    today: 'I dag',
    months: [
      'januar',
      'februar',
      'mars',
      'april',
      'mai',
      'juni',
      'juli',
      'august',
      'september',
      'oktober',
      'november',
      'desember',
    ],
    overdue: 'Forfalt',
    done: 'Gjort',
    planned: 'Planlagt',
    summer: 'Sommerferie',
    allYear: 'Hele skoleåret',
    allYearLegend: 'Hele skoleåret (ringene i midten)',
    svgTitle: (school: string, year: string) => `Årshjulet til ${school}, skoleåret ${year}`,
    svgDescription:
      'Tolv måneder rundt en sirkel, med august øverst og månedene med klokka. Hver aktivitet er et nummer i månedene den skjer: blå sirkel er planlagt, grå sirkel med hake er gjort, rød rute er forfalt. Aktiviteter som går hele skoleåret, er ringer i midten. Streken fra midten viser dagens dato. Listen har de samme aktivitetene med navn og status.',
    listTitle: 'Aktivitetene måned for måned',
    undated: 'Uten dato dette skoleåret',
    noDateThisYear: 'ingen dato mellom 1. august og 31. juli',
    responsible: 'Ansvarlig',
    overdueSummary: (n: number) => (n === 1 ? '1 aktivitet er forfalt.' : `${n} aktiviteter er forfalt.`),
    empty: 'Årshjulet har ingen aktiviteter ennå. Skriv dem inn i arket «Årshjul», så kommer de med her.',
    noSheet: 'Arket «Årshjul» finnes ikke. Velg «Sett opp / reparer» i Skolemiljø-menyen.',
    print: 'Skriv ut',
    close: 'Lukk',
    printed: (date: string) => `Skrevet ut fra Skolemiljø ${date}`,
  },
  menu: {
    title: 'Skolemiljø',
    setUp: 'Sett opp / reparer',
    myCases: 'Mine saker',
    showCase: 'Vis saken',
    changeStatus: 'Endre status …',
    assign: 'Sett ansvarlig …',
    closeCase: 'Avslutt saken …',
    reopenCase: 'Gjenåpne saken …',
    newMeasure: 'Nytt tiltak …',
    documents: 'Dokumenter',
    makePlan: 'Lag aktivitetsplan',
    makeEvaluation: 'Lag evaluering',
    makeDocumentation: 'Lag dokumentasjon',
    makeSkoleeierNotice: 'Lag melding til skoleeier',
    wheel: 'Årshjul og tiltaksplan',
    markWheelDone: 'Merk aktivitet som gjort',
    showWheel: 'Vis årshjulet',
    makeTiltaksplanEvaluation: 'Lag evaluering av tiltaksplan',
    formLink: 'Vis lenke til meldeskjema',
    runDaily: 'Kjør daglige oppgaver nå',
    takeOver: 'Overta driften …',
    checkSetUp: 'Sjekk oppsettet',
    registerConcern: 'Registrer melding …',
    registerEvent: 'Registrer hendelse …',
    skoleeierNotified: 'Skoleeier er varslet …',
    statsforvalter: 'Registrer Statsforvalteren …',
    settings: 'Innstillinger …',
    anonymisedReport: 'Lag anonymisert rapport …',
    help: 'Hjelp',
    checkLog: 'Kontroller loggen',
    archive: 'Arkiver og slett …',
  },
  setUp: {
    formNotShared: (owner: string) =>
      `Skjemaene til Skolemiljø eies av ${owner} og er ikke delt med deg, så du kan ikke reparere dem. Be ${owner} kjøre «Sett opp / reparer», eller velg «Overta driften …».`,
    ownedBy: (owner: string) =>
      `Skolemiljø driftes av ${owner}: meldinger tas inn og den daglige jobben kjøres som denne personen. Skal du ta over (for eksempel som ny rektor), velg «Overta driften …» i menyen.`,
    takeOverTitle: 'Overta driften av Skolemiljø',
    takeOverConfirm: (owner: string) =>
      `Skolemiljø driftes nå av ${owner || 'ingen'}. Tar du over, tas meldinger inn og den daglige jobben kjøres som deg, e-post sendes fra deg, og du får skrive i de beskyttede arkene. ${owner ? `Utløserne til ${owner} fjerner seg selv neste gang de kjører.` : ''}\n\nVil du ta over?`,
    tookOver: (from: string) =>
      `Du driver nå Skolemiljø for skolen${from ? ` (tok over etter ${from})` : ''}. Utløserne er dine, og du kan skrive i de beskyttede arkene.`,
    alreadyOwner: 'Du driver allerede Skolemiljø for skolen. Ingenting ble endret.',
    folderNotShared: (url: string) =>
      `Du har ikke tilgang til Skolemiljø-mappen i Disk (${url}). Be den som eier mappen, eller skolens Google-administrator, om å dele den med deg som redigerer.`,
    ownerCannotWrite: (owner: string) =>
      `Skolemiljø driftes av ${owner}, som ikke lenger kan skrive i de beskyttede arkene. Nye meldinger og den daglige jobben vil feile. Rektor må velge «Overta driften …» i Skolemiljø-menyen.`,
    ownerCannotWriteSubject: 'Skolemiljø: driften må overtas',
    done: 'Skolemiljø er satt opp.',
    repaired: (n: number) => `Skolemiljø er satt opp. ${n} ting ble lagt til eller reparert.`,
    nothingToDo: 'Alt var allerede på plass. Ingenting ble endret.',
    formTitle: 'Meld fra om elevens skolemiljø',
    formDescription:
      'Alle som jobber på skolen, skal melde fra til rektor hvis de får mistanke om eller kjennskap til at en elev ikke har et trygt og godt skolemiljø (opplæringslova § 12-4). Terskelen er lav: meld heller én gang for mye. Meldingen går til rektor og skolens ledelse. Gjelder det noen i ledelsen, viser skjemaet deg hvordan du melder direkte til skoleeier (§ 12-5).',
    formConfirmation:
      'Takk. En melding om en elev går til rektor, som følger den opp. Gjaldt det noen i skolens ledelse, er ingenting om eleven sendt til skolen: meld direkte til skoleeier slik skjemaet viste.',
    rawResponsesProtection: 'Skjemasvar: det opprinnelige svaret. Skal ikke endres.',
    registerProtection: 'Saksregisteret: bare ledelsen kan endre.',
    logProtection:
      'Loggen skrives av Skolemiljø. Bare ledelsen kan endre den, og hver endring for hånd blir funnet: Skolemiljø → Kontroller loggen.',
  },
  log: {
    unknownUser: 'ukjent bruker (utenfor skolens domene)',
    mailQueued: (n: number) =>
      `${n} varsel venter: dagens e-postkvote er brukt opp. De sendes ved neste kjøring.`,
  },
  labels: {
    /** Case statuses as shown: the stored value is the bokmål key (the public contract). */
    caseStatus: {
      Meldt: 'Meldt',
      Undersøkes: 'Undersøkes',
      Aktivitetsplan: 'Aktivitetsplan',
      Evalueres: 'Evalueres',
      Avsluttet: 'Avsluttet',
    },
    /** Measure statuses in «Tiltak», as shown. */
    measureStatus: { Planlagt: 'Planlagt', Pågår: 'Pågår', Endret: 'Endret', Avsluttet: 'Avsluttet' },
    /** Log events the code writes to «Logg» (stored in bokmål), as printed. Unknown events print as stored. */
    events: {
      'Melding mottatt': 'Melding mottatt',
      'Rektor fikk melding': 'Rektor fikk melding',
      'Grepet inn (fra meldingen)': 'Grepet inn (fra meldingen)',
      'Status endret': 'Status endret',
      'Saken avsluttet': 'Saken avsluttet',
      'Saken gjenåpnet': 'Saken gjenåpnet',
      'Ansvarlig satt': 'Ansvarlig satt',
      'Tiltak lagt til': 'Tiltak lagt til',
      'Tiltak vurdert': 'Tiltak vurdert',
      'Aktivitetsplan laget': 'Aktivitetsplan laget',
      'Evaluering laget': 'Evaluering laget',
      'Dokumentasjon laget': 'Dokumentasjon laget',
      'Melding til skoleeier laget': 'Melding til skoleeier laget',
      'Evaluering av tiltaksplan laget': 'Evaluering av tiltaksplan laget',
      'Skoleeier varslet': 'Skoleeier varslet',
      'Daglig oversikt sendt': 'Daglig oversikt sendt',
      'E-post i kø': 'E-post i kø',
      'Drift overtatt': 'Drift overtatt',
      'Driften må overtas': 'Driften må overtas',
    },
    /** A log row's details as printed (the common bokmål phrases the code writes). */
    details: (details: string) => details,
  },
  lifecycle: {
    reopenOnlyTo: (to: string) => `En avsluttet sak kan bare gjenåpnes til «Undersøkes», ikke til «${to}».`,
    reopenFirst: 'Saken er avsluttet. Den må gjenåpnes med et eget valg før den kan undersøkes på nytt.',
    next: (from: string, expected: string) =>
      `Fra «${from}» kan saken gå videre til ${expected} eller «Avsluttet».`,
    or: ' eller ',
    backToMeldt: (next: string) => `En sak kan ikke settes tilbake til «Meldt». ${next}`,
    skip: (from: string, to: string, next: string) =>
      `Saken kan ikke hoppe over et steg fra «${from}» til «${to}». ${next}`,
    back: (from: string, to: string, next: string) =>
      `Saken kan ikke gå tilbake fra «${from}» til «${to}». ${next}`,
    noPlan:
      'En sak får status «Aktivitetsplan» når planen er skrevet: bruk «Lag aktivitetsplan …». Tiltak krever en skriftlig plan (opplæringslova § 12-4).',
    noReason:
      'En sak avsluttes med en begrunnelse: bruk «Avslutt saken …» eller evalueringen. Begrunnelsen er en del av dokumentasjonen.',
  },
  logCheck: {
    title: 'Kontroller loggen',
    edited: (row: number, seq: number) =>
      `rad ${row} er endret etter at Skolemiljø skrev den (nr. ${seq} i kjeden)`,
    removed: (row: number, from: number, to: number) =>
      from === to
        ? `en rad er fjernet rett over rad ${row} (nr. ${from} i kjeden)`
        : `${to - from + 1} rader er fjernet rett over rad ${row} (nr. ${from}–${to} i kjeden)`,
    inserted: (row: number) => `rad ${row} er lagt inn for hånd: Skolemiljø skrev den ikke`,
    removedAtEnd: (after: number, from: number, to: number) =>
      from === to
        ? `den siste raden er fjernet (nr. ${from} i kjeden, etter rad ${after})`
        : `de ${to - from + 1} siste radene er fjernet (nr. ${from}–${to} i kjeden, etter rad ${after})`,
    aboveChain: (first: number, found: number, expected: number) =>
      `over kjeden (før rad ${first}) er det ${found} rader, men det var ${expected} da kjeden startet: rader er lagt inn eller fjernet der`,
    intact: (chained: number, legacy: number) =>
      `Loggen er hel: ingen rader er endret, fjernet eller lagt inn for hånd.\n\nSkolemiljø kontrollerte ${chained} rader.${legacy > 0 ? ` ${legacy} eldre rader fra før kontrollen ble innført, er ikke med.` : ''}`,
    broken: (first: string, others: readonly string[], more: number) =>
      `Loggen er endret for hånd.\n\nFørste brudd: ${first}.${others.length > 0 ? `\n\nAndre funn:\n${others.map((o) => `• ${o}`).join('\n')}${more > 0 ? `\n• og ${more} til` : ''}` : ''}\n\nFil → Versjonslogg → Se versjonslogg viser hvem som endret arket, og hva som stod der. Gjenopprett raden slik den var, og kontroller loggen igjen. Funnet er skrevet i loggen.`,
    digest: (first: string, more: number) =>
      `Loggen er endret for hånd: ${first}${more > 0 ? ` (og ${more} funn til)` : ''}. Velg Skolemiljø → Kontroller loggen.`,
    event: 'Loggen kontrollert',
    eventOk: (chained: number) => `Kjeden er hel (${chained} rader).`,
    eventBroken: (first: string, count: number) => `Brudd i kjeden (${count}). Første: ${first}.`,
  },
  archive: {
    title: 'Arkiver og slett personopplysninger',
    submit: 'Arkiver og slett',
    intro: (months: number) =>
      `En sak som har vært avsluttet i ${months} måneder (se «Innstillinger»), skal ikke ligge i regnearket lenger. Skolemiljø lagrer først dokumentasjonen som PDF i mappen «Arkiv», og sletter så personopplysningene i saken alle steder de ligger.`,
    scope: 'Hvilke saker?',
    scopeOne: (saksnr: string) => `Bare sak ${saksnr}, som du har merket`,
    scopeAll: (n: number, list: string) =>
      n === 1 ? `Saken som er klar: ${list}` : `Alle ${n} saker som er klare: ${list}`,
    steps:
      'Dette skjer med hver sak:\n1. En ny «Dokumentasjon av aktivitetsplikten» lages, så arkivet får hele kronologien.\n2. Dokumentasjonen, planene og evalueringene lagres som PDF i «Arkiv». Bare ledelsen har tilgang til mappen.\n3. Så slettes personopplysningene:\n• i «Saker»: elevens navn og klasse, hva som skjedde, når og hvor, hvem som meldte og hadde ansvaret, og begrunnelsen for å avslutte. Saksnummer, datoer, kategori og status blir stående, så statistikken stemmer.\n• i «Tiltak»: sakens tiltak.\n• i «Logg»: hvem og detaljer i sakens rader. Tid og hendelse blir stående.\n• svaret i meldeskjemaet og raden i skjemasvar-arket.\n• saksmappen i Disk. Den legges i papirkurven, som tømmes etter 30 dager.',
    deletes: 'Dette blir slettet',
    caseLine: (saksnr: string, measures: number, logRows: number, response: boolean, folder: boolean) =>
      `Sak ${saksnr}: ${measures} tiltak, ${logRows} loggrader${response ? ', svaret i meldeskjemaet' : ''}${folder ? ', saksmappen' : ''}.`,
    resumes: (saksnr: string) => `Sak ${saksnr}: arkiveringen ble avbrutt, og fortsetter der den stoppet.`,
    notYet: (saksnr: string, date: string) => `Sak ${saksnr}, som du har merket, kan arkiveres fra ${date}.`,
    confirmLabel: 'Bekreft',
    confirm:
      'Jeg forstår at personopplysningene slettes fra regnearket, meldeskjemaet og Disk, og at de etterpå bare finnes i «Arkiv».',
    confirmRequired: 'Kryss av for at du har lest hva som slettes.',
    noneDue: (months: number) =>
      `Ingen saker er klare for arkivering. En sak arkiveres når den har vært avsluttet i ${months} måneder (se «Innstillinger»).`,
    notDue: (saksnr: string) => `Sak ${saksnr} er ikke klar for arkivering. Ingenting ble slettet.`,
    logBroken: (first: string) =>
      `Loggen er endret for hånd: ${first}. Arkiveringen venter til loggen er hel igjen (Skolemiljø → Kontroller loggen). Ingenting ble slettet.`,
    notSafe: (saksnr: string) =>
      `Dokumentasjonen av sak ${saksnr} kom ikke fram til «Arkiv». Ingenting i saken ble slettet. Prøv igjen.`,
    done: (list: string) =>
      `Arkivert: ${list}. Dokumentasjonen ligger som PDF i «Arkiv», og personopplysningene er slettet.`,
    remaining: (n: number) =>
      `${n} ${n === 1 ? 'sak gjenstår' : 'saker gjenstår'}: velg «Arkiver og slett …» igjen for å fortsette.`,
    responseNotFound: (saksnr: string) =>
      `Sak ${saksnr}: raden i skjemasvar-arket ble ikke funnet (slettet for hånd?). Se etter den, og slett den om den finnes.`,
    archivedCase: (saksnr: string) =>
      `Sak ${saksnr} er arkivert: personopplysningene er slettet, og dokumentasjonen ligger som PDF i «Arkiv».`,
    folderOwner: (saksnr: string, owner: string) =>
      `Sak ${saksnr}: saksmappen i Disk eies av ${owner}, og bare eieren kan legge den i papirkurven. Alt annet er gjort unntatt raden i «Saker». Be ${owner} velge «Arkiver og slett …», eller legge mappen i papirkurven, og velg så «Arkiver og slett …» igjen.`,
    openArchive: 'Åpne «Arkiv»',
    marker: (date: string) =>
      `Arkivert ${date}. Personopplysningene er slettet; dokumentasjonen ligger i «Arkiv».`,
    redacted: 'Personopplysninger slettet ved arkivering.',
    logEvent: 'Arkivert og slettet',
    logDetails: (files: number, measures: number, logRows: number, response: boolean, folder: boolean) =>
      `${files} dokumenter lagret som PDF i «Arkiv». Slettet: personopplysningene i «Saker», ${measures} tiltak, hvem og detaljer i ${logRows} loggrader${response ? ', svaret i meldeskjemaet og skjemasvar-arket' : ''}${folder ? ', saksmappen' : ''}. Kjeden i loggen er regnet ut på nytt etter slettingen.`,
  },
  check: {
    title: 'Sjekk oppsettet',
    allGood: 'Alt er i orden. Skolemiljø er klar til bruk.',
    someBad: (n: number) => `${n} ting må ordnes. Se ✘ nedenfor: hver linje sier hva du gjør.`,
    authorized: 'Tillatelsene er gitt.',
    notAuthorized: 'Tillatelsene er ikke gitt. Velg «Sett opp / reparer» og godta tillatelsene.',
    noOwner: 'Ingen driver Skolemiljø ennå. Velg «Sett opp / reparer».',
    ownedByOther: (owner: string) =>
      `Skolemiljø driftes av ${owner} (meldinger og den daglige jobben kjøres som denne personen). Bare ${owner} kan se utløserne; skal du ta over, velg «Overta driften …».`,
    triggersOk: (me: string) =>
      `Utløserne for meldinger, kvitteringer og den daglige jobben finnes og eies av deg (${me}).`,
    triggersMissing: (list: string) => `Utløser mangler: ${list}. Velg «Sett opp / reparer».`,
    triggerForm: 'meldeskjemaet',
    triggerConfirmations: 'kvitteringsskjemaet',
    triggerDaily: 'den daglige jobben',
    sheetMissing: (name: string) => `Arket «${name}» mangler. Velg «Sett opp / reparer».`,
    notProtected: (name: string) => `«${name}» er ikke beskyttet. Velg «Sett opp / reparer».`,
    protectedOk: (name: string) => `«${name}» er beskyttet, og den som driver Skolemiljø kan skrive i det.`,
    ownerCannotWrite: (name: string, owner: string) =>
      `${owner} driver Skolemiljø, men kan ikke skrive i «${name}». Velg «Overta driften …» (ny rektor), eller sett ${owner} i «Ledelsen (e-post)» og velg «Sett opp / reparer».`,
    timeZoneOk: 'Regnearket bruker norsk tid (Europe/Oslo).',
    timeZoneWrong: (zone: string) =>
      `Regnearket bruker tidssonen ${zone}, ikke norsk tid: datoer kan vises én dag feil. Velg «Sett opp / reparer» (eller Fil → Innstillinger → Tidssone: Oslo).`,
    localeOk: (locale: string) => `Regnearket bruker norske innstillinger (${locale}).`,
    localeWrong: (locale: string) =>
      `Regnearket bruker lokaliteten ${locale}, ikke Norge: datoer og tall tolkes annerledes. Velg «Sett opp / reparer» (eller Fil → Innstillinger → Lokalitet: Norge).`,
    formMissing: 'Meldeskjemaet finnes ikke. Velg «Sett opp / reparer».',
    formLinked: 'Meldeskjemaet er koblet til regnearket.',
    formNotLinked: 'Meldeskjemaet er ikke koblet til dette regnearket. Velg «Sett opp / reparer».',
    formAccepting: 'Meldeskjemaet tar imot meldinger.',
    formClosed: 'Meldeskjemaet tar ikke imot meldinger. Åpne skjemaet og slå på «Godtar svar».',
    folderOk: 'Du når Skolemiljø-mappen i Disk.',
    folderMissing: 'Skolemiljø-mappen i Disk finnes ikke. Velg «Sett opp / reparer».',
    folderNoAccess: (url: string) =>
      `Du når ikke Skolemiljø-mappen i Disk (${url}). Stå i «Ledelsen (e-post)», og be den som driver Skolemiljø velge «Sett opp / reparer».`,
    mailQuota: (n: number) => `Du kan sende ${n} e-poster til i dag.`,
    mailQuotaLow: (n: number) =>
      `Bare ${n} e-poster igjen i dag. Varsler som ikke kan sendes, venter og sendes i morgen.`,
    channelLabel: 'Skoleeier (kanal for meldinger om ledelsen)',
    channelOk: 'Meldinger om noen i ledelsen går direkte til skoleeier (kanalen står i Innstillinger).',
    channelMissing:
      'Skriv i «Skoleeier (kanal for meldinger om ledelsen)» hvordan de ansatte når skoleeier: en lenke, et telefonnummer eller en adresse (§ 12-5).',
  },
  concern: {
    title: 'Registrer en melding',
    intro:
      'For en bekymring en elev, en forelder eller andre tok opp på telefon, i et møte, på e-post eller i brev. Den blir en sak med de samme fristene som meldeskjemaet.',
    leadership: 'Gjelder det noen i skolens ledelse?',
    leadershipInfo: (channel: string) =>
      `Gjelder det noen i skolens ledelse, skal meldingen ikke registreres her. Den som melder, skal gå direkte til skoleeier (opplæringslova § 12-5): ${channel}`,
    noChannel: 'kanalen til skoleeier mangler i Innstillinger.',
    role: 'Hvem tok opp bekymringen',
    roleName: (r: string) => r,
    reporter: 'Navn og kontakt til den som tok den opp',
    reporterHelp: 'For eksempel «Kari Nordmann (mor), 900 00 000». Står i saken som «Meldt av».',
    kanal: 'Hvordan',
    channelName: (k: string) => k,
    raised: 'Datoen den ble tatt opp med rektor',
    raisedHelp: 'Fristene og datoen familien kan gå til Statsforvalteren, regnes fra denne dagen (§ 12-6).',
    raisedFuture: 'Datoen kan ikke være frem i tid.',
    whatHelp: 'Beskriv kort hva som ble sagt. Skriv ikke navn på andre elever: skriv «elev A».',
    answer: (v: string) => v,
    registered: (saksnr: string, due: string) =>
      `Meldingen er registrert som sak ${saksnr}. Undersøkelsen skal starte senest ${due}.`,
    openCase: (saksnr: string) => `Åpne sak ${saksnr} i «Saker»`,
  },
  events: {
    title: (saksnr: string) => `Registrer hendelse i sak ${saksnr}`,
    intro:
      'Det skolen gjorde i saken: samtaler, observasjoner, at noen grep inn, kontakt med foresatte og hjelpetjenester. Det står i loggen og i dokumentasjonen av aktivitetsplikten.',
    what: 'Hva ble gjort',
    actions: {
      'samtale-elev': 'Samtale med eleven',
      'samtale-andre': 'Samtale med andre elever',
      'samtale-pakalt': 'Samtale med den det er klaget på',
      'samtale-foresatte': 'Samtale med foresatte',
      'foresatte-informert': 'Foresatte informert',
      observasjon: 'Observasjon',
      'grep-inn': 'Grep inn',
      hjelpetjeneste: 'Kontakt med PPT, helsesykepleier eller BUP',
      mote: 'Møte om saken',
      annet: 'Annet',
    },
    subDuty: 'Delplikt',
    subDutyHelp: 'Hvilken del av aktivitetsplikten (opplæringslova § 12-4) hendelsen hører til.',
    subDuties: {
      'følge med': 'Følge med',
      'gripe inn': 'Gripe inn',
      melde: 'Melde fra',
      undersøke: 'Undersøke',
      tiltak: 'Sette inn tiltak',
      evaluering: 'Evaluere tiltak',
    },
    when: 'Dato',
    who: 'Hvem gjorde det (navn og rolle)',
    heard: 'Ble eleven hørt av en voksen eleven har tillit til?',
    heardHelp: 'Gjelder samtaler med eleven. Elevens egen opplevelse er utgangspunktet (§ 10-1).',
    heardAnswer: (v: string) => v,
    note: 'Notat',
    noteHelp: 'Kort og saklig. Skriv ikke navn på andre elever: skriv «elev A».',
    future: 'Datoen kan ikke være frem i tid.',
    on: (d: string) => `Dato: ${d}.`,
    by: (who: string) => `Utført av: ${who}.`,
    heardLine: (v: string) => `Hørt av en voksen eleven har tillit til: ${v}.`,
    noteLine: (note: string) => `Notat: ${note}`,
    done: (saksnr: string) => `Hendelsen er registrert i loggen for sak ${saksnr}.`,
  },
  skoleeierNotified: {
    title: (saksnr: string) => `Skoleeier er varslet: sak ${saksnr}`,
    introMust:
      'Saken gjelder en som arbeider på skolen (§ 12-5) eller er alvorlig: rektor skal melde fra til skoleeier samme dag. Registrer når og hvordan det ble gjort.',
    introMay: 'Registrer når og hvordan rektor meldte fra til skoleeier.',
    when: 'Dato',
    how: 'Hvordan',
    ways: ['E-post', 'Telefon', 'Brev', 'Møte', 'Skoleeiers skjema'],
    to: 'Til hvem hos skoleeier',
    serious: 'Alvorlig sak',
    seriousHelp: 'Ja når rektor vurderer saken som alvorlig (§ 12-4). Saker etter § 12-5 meldes alltid.',
    event: 'Skoleeier varslet',
    details: (d: string, how: string, to: string) => `Dato: ${d}. Hvordan: ${how}. Til: ${to}.`,
    done: (saksnr: string) => `Det er registrert at skoleeier er varslet i sak ${saksnr}.`,
  },
  statsforvalter: {
    title: (saksnr: string) => `Statsforvalteren: sak ${saksnr}`,
    intro:
      'Eleven eller foresatte kan melde saken til Statsforvalteren (opplæringslova § 12-6), også etter at den er avsluttet. Registrer det som skjer der: at saken er meldt, at skolen har sendt dokumentasjonen, og vedtaket. Det står i loggen, i «Saker» og i dokumentasjonen av aktivitetsplikten.',
    what: 'Hva har skjedd',
    whats: {
      meldt: 'Saken er meldt til Statsforvalteren',
      dokumentasjon: 'Dokumentasjon sendt til Statsforvalteren',
      vedtak: 'Vedtak mottatt fra Statsforvalteren',
    },
    when: 'Dato',
    whenHelp: 'Datoen saken ble meldt, dokumentasjonen ble sendt eller vedtaket ble fattet.',
    deadline: 'Frist for dokumentasjonen',
    deadlineHelp:
      'Fristen Statsforvalteren har satt i brevet sitt for når skolen skal sende dokumentasjonen («Lag dokumentasjon»). Fylles ut når saken er meldt.',
    measures: 'Pålagte tiltak (ett per linje)',
    measuresHelp:
      'Ved vedtak: tiltakene Statsforvalteren har pålagt skolen. Hvert tiltak blir en rad i «Tiltak», merket «Pålagt av Statsforvalteren».',
    measuresDeadline: 'Frist for de pålagte tiltakene',
    note: 'Notat',
    noteHelp: 'Kort og saklig, for eksempel Statsforvalterens saksnummer. Skriv ikke navn på andre elever.',
    deadlineBefore: 'Fristen kan ikke være før datoen saken ble meldt.',
    deadlineOnlyMeldt:
      'Fristen for dokumentasjonen registreres sammen med «Saken er meldt til Statsforvalteren».',
    measuresOnlyVedtak: 'Pålagte tiltak registreres med «Vedtak mottatt fra Statsforvalteren».',
    measuresDeadlineRequired: 'Skriv fristen Statsforvalteren har satt for tiltakene.',
    measuresDeadlineOnlyVedtak: 'Fristen for tiltakene hører til pålagte tiltak i et vedtak.',
    measuresDeadlineBefore: 'Fristen kan ikke være før vedtaket.',
    measureTooLong: (max: number) => `Hvert tiltak kan være høyst ${max} tegn. Skriv ett tiltak per linje.`,
    events: {
      meldt: 'Meldt til Statsforvalteren',
      dokumentasjon: 'Dokumentasjon sendt til Statsforvalteren',
      vedtak: 'Vedtak fra Statsforvalteren',
    },
    on: (d: string) => `Dato: ${d}.`,
    deadlineLine: (d: string) => `Frist for dokumentasjonen: ${d}.`,
    measuresLine: (n: number, d: string) => `Pålagte tiltak: ${n}, frist ${d}.`,
    noteLine: (note: string) => `Notat: ${note}`,
    done: {
      meldt: (saksnr: string, due: string) =>
        `Det er registrert at sak ${saksnr} er meldt til Statsforvalteren.${due ? ` Dokumentasjonen skal sendes senest ${due}: bruk «Lag dokumentasjon».` : ''}`,
      dokumentasjon: (saksnr: string) =>
        `Det er registrert at dokumentasjonen i sak ${saksnr} er sendt til Statsforvalteren.`,
      vedtak: (saksnr: string, n: number) =>
        `Vedtaket i sak ${saksnr} er registrert${n > 0 ? `, med ${n} pålagte tiltak i «Tiltak»` : ''}.`,
    },
    imposed: 'pålagt av Statsforvalteren',
  },
  sidebar: {
    labels: {
      deadlines: 'Frister',
      steps: 'Neste steg',
      caseInfo: 'Saken',
      chronology: 'Det skolen har gjort',
      measures: 'Tiltak',
      documents: 'Dokumenter',
      noMeasures: 'Ingen tiltak ennå.',
      noDocuments: 'Ingen dokumenter ennå.',
      refresh: 'Oppdater',
      loading: 'Henter …',
      back: '← Alle saker',
      myCases: 'Mine saker',
      allOpen: 'Åpne saker',
      none: 'Ingen åpne saker.',
      incomplete: 'Må kompletteres',
    },
    state: { overdue: 'passert', soon: 'snart', done: 'gjort', none: '' },
    steps: {
      investigation: 'Start undersøkelsen',
      plan: 'Aktivitetsplan',
      evaluation: 'Neste evaluering',
      skoleeier: 'Melde fra til skoleeier',
      statsforvalter: 'Dokumentasjon til Statsforvalteren',
    },
    fields: {
      student: 'Elev',
      className: 'Klasse',
      category: 'Kategori',
      reportedBy: 'Meldt av',
      channel: 'Kanal',
      known: 'Rektor kjent',
      responsible: 'Ansvarlig',
      statsforvalter: 'Statsforvalter fra',
      statsforvalterMeldt: 'Meldt til Statsforvalteren',
      dokumentasjonSendt: 'Dokumentasjon sendt Statsforvalteren',
      statsforvalterVedtak: 'Vedtak fra Statsforvalteren',
      what: 'Hva har skjedd',
      when: 'Når',
      where: 'Hvor',
      intervened: 'Har noen grepet inn',
      studentSaid: 'Eleven har sagt fra',
    },
    actions: {
      investigate: 'Start undersøkelsen',
      event: 'Registrer hendelse …',
      measure: 'Nytt tiltak …',
      plan: 'Lag aktivitetsplan …',
      evaluate: 'Evaluer planen …',
      skoleeier: 'Skoleeier er varslet …',
      statsforvalter: 'Registrer Statsforvalteren …',
      assign: 'Sett ansvarlig …',
      close: 'Avslutt saken …',
      reopen: 'Gjenåpne saken …',
      documentation: 'Lag dokumentasjon',
    },
    evaluated: (d: string) => `evalueres ${d}`,
    nextDeadline: (step: string, d: string) => `${step} ${d}`,
  },
  form: {
    translated: (q: string) => `Skrev spørsmålet «${q}» på bokmål.`,
    skoleeierPage: 'Meld direkte til skoleeier',
    studentPage: 'Om eleven og det som har skjedd',
    skoleeierHelp: (channel: string) =>
      `Gjelder meldingen noen i skolens ledelse, skal den ikke gå til skolen. Meld direkte til skoleeier (opplæringslova § 12-5): ${channel}\n\nSkriv ikke mer her, og lukk skjemaet uten å sende det. Ingenting om eleven eller det som har skjedd, sendes til skolen.`,
    noChannel: 'kontakt kommunen (skoleeier) direkte.',
    questionsAdded: (list: string) => `La til spørsmålene ${list} i meldeskjemaet igjen.`,
    leadershipRouteAdded: 'Meldeskjemaet sender nå meldinger om ledelsen direkte til skoleeier.',
    channelWritten: 'Skrev skoleeiers kanal i meldeskjemaet.',
  },
  errors: {
    selectCaseRow: 'Marker en rad med en sak i arket «Saker» først.',
    unknownCase: (saksnr: string) => `Fant ikke saken ${saksnr}.`,
    busy: 'Skolemiljø er opptatt med en annen oppgave. Prøv igjen om et øyeblikk.',
    notSetUp: 'Skolemiljø er ikke satt opp ennå. Velg «Sett opp / reparer» i menyen.',
    generic: (message: string) => `Noe gikk galt: ${message}`,
  },
  cases: {
    statusIntro: (status: string) =>
      `Nå: «${status}». Saken går ett steg om gangen, slik aktivitetsplikten er bygd opp. Datoen som dokumenterer steget, fylles ut, og endringen logges.`,
    newStatus: 'Ny status',
    planThroughDialog:
      'Status «Aktivitetsplan» får saken når planen er skrevet: bruk «Lag aktivitetsplan» under Dokumenter.',
    reasonLabel: 'Begrunnelse',
    reasonHelp: 'Må fylles ut når saken avsluttes. Står i loggen og i dokumentasjonen.',
    closeIntro:
      'Saken avsluttes når eleven har det trygt og godt, eller av en annen grunn som dokumenteres (for eksempel at eleven har byttet skole).',
    assignPick: 'Ansvarlig',
    assignOther: 'Annen (skriv e-postadressen under)',
    assignHelp: 'Den ansvarlige får redigeringstilgang til saksmappen og påminnelser om fristene.',
    unknownStatus: (saksnr: string, status: string) =>
      `Sak ${saksnr} har en status Skolemiljø ikke kjenner («${status}»). Velg en status fra listen i kolonnen «Status».`,
    unchanged: (saksnr: string, status: string) => `Sak ${saksnr} har allerede status «${status}».`,
    statusChanged: (saksnr: string, status: string) =>
      `Sak ${saksnr} har nå status «${status}». Endringen er logget.`,
    changeStatusTitle: (saksnr: string) => `Endre status for sak ${saksnr}`,
    changeStatusPrompt: (status: string, options: string) =>
      `Nåværende status: ${status}.\n\nSkriv ny status: ${options}`,
    notAnOption: (text: string, options: string) =>
      `«${text}» er ikke et av valgene. Velg en av: ${options}.`,
    closedCase: (saksnr: string) =>
      `Sak ${saksnr} er avsluttet. Velg «Gjenåpne saken …» i menyen hvis den skal følges opp igjen.`,
    closeTitle: (saksnr: string) => `Avslutt sak ${saksnr}`,
    closePrompt:
      'Hvorfor avsluttes saken? For eksempel: «Eleven opplever nå skolemiljøet som trygt og godt (evaluering 12.10.).»',
    reopenTitle: (saksnr: string) => `Gjenåpne sak ${saksnr}`,
    reopenPrompt:
      'Hvorfor gjenåpnes saken? For eksempel: «Eleven sier at det har begynt igjen.» Saken får status «Undersøkes».',
    notClosed: (saksnr: string) => `Sak ${saksnr} er ikke avsluttet.`,
    reasonTooLong: (max: number) => `Begrunnelsen kan være høyst ${max} tegn. Skriv det lengre i saksmappen.`,
    reasonRequired: 'Skriv en begrunnelse. Den er en del av dokumentasjonen av aktivitetsplikten.',
    assignTitle: (saksnr: string) => `Ansvarlig for sak ${saksnr}`,
    assignPrompt: 'E-postadressen til den som har ansvaret for å følge opp saken:',
    badEmail: (text: string) => `«${text}» er ikke en gyldig e-postadresse.`,
    alreadyResponsible: (saksnr: string, email: string) =>
      `${email} er allerede ansvarlig for sak ${saksnr}.`,
    assigned: (saksnr: string, email: string) =>
      `${email} er nå ansvarlig for sak ${saksnr}. Endringen er logget.`,
    sidebarTitle: (saksnr: string) => `Sak ${saksnr}`,
  },
  daily: {
    steps: {
      undersøkelse: 'start undersøkelsen',
      aktivitetsplan: 'aktivitetsplan',
      evaluering: 'evaluering',
      skoleeier: 'melde fra til skoleeier',
      statsforvalter: 'sende dokumentasjon til Statsforvalteren',
    },
    ranNow: (mails: number) => `Daglige oppgaver er kjørt. ${mails} e-post${mails === 1 ? '' : 'er'} laget.`,
    incomplete: (numbers: string[]) =>
      `Må kompletteres (${numbers.length}): ${numbers.slice(0, 20).join(', ')}${numbers.length > 20 ? ' …' : ''}. Rett opp raden og tøm «Må kompletteres».`,
    pastRetention: (count: number, months: number, list: string) =>
      `${count} avsluttede saker er eldre enn oppbevaringstiden (${months} måneder): ${list}. Velg Skolemiljø → Arkiver og slett … for å lagre dokumentasjonen i «Arkiv» og slette personopplysningene.`,
    andMore: (n: number) => ` og ${n} til`,
    unresolvedErrors: (open: number, all: number) =>
      `${open} melding(er) i «Meldingsfeil» er ikke løst ennå (${all} i alt).`,
    lateIntake: (n: number) =>
      `${n} melding(er) ble tatt inn av den daglige jobben i stedet for med en gang.`,
  },
  overview: {
    updated: 'Oppdatert',
    updatedNote: 'Skrives av Skolemiljø hver natt. Endringer i arket blir overskrevet.',
    schoolYear: 'Skoleår',
    schoolYearNote: '1. august–31. juli',
    open: 'Åpne saker',
    overdue: 'Frist passert',
    serious: 'Åpne saker etter § 12-5 (ansatt involvert)',
    reportedYear: 'Meldt dette skoleåret',
    closedYear: 'Avsluttet dette skoleåret',
    medianToPlan: 'Median dager fra melding til aktivitetsplan',
    medianNote: 'Kalenderdager, saker meldt dette skoleåret som har fått plan.',
    deadlineMet: (step: string) => `Frist holdt: ${step.toLowerCase()}`,
    ofTotal: (met: number, total: number) => `${met} av ${total}`,
    none: '–',
    redirected: 'Meldinger om ledelsen sendt til skoleeier',
    redirectedNote:
      'Bare antallet, dette skoleåret. Meldingene går rett til skoleeier, aldri til skolen (§ 12-5).',
    byMonthTitle: (year: string) => `Meldt per måned, skoleåret ${year}`,
    month: 'Måned',
    cases: 'Saker',
    months: [
      'august',
      'september',
      'oktober',
      'november',
      'desember',
      'januar',
      'februar',
      'mars',
      'april',
      'mai',
      'juni',
      'juli',
    ] as readonly string[],
    byCategoryTitle: (year: string) => `Hva sakene gjelder, skoleåret ${year}`,
    byCategoryNote: 'En sak kan gjelde flere kategorier.',
    category: 'Kategori',
    categories: {
      Mobbing: 'Mobbing',
      'Krenkelser (rasisme, seksuell trakassering, hatefulle ytringer)': 'Krenkelser',
      Vold: 'Vold',
      Utestenging: 'Utestenging',
      'Digital mobbing': 'Digital mobbing',
      'Fravær eller skolevegring': 'Fravær eller skolevegring',
      'Psykisk helse og trivsel': 'Psykisk helse og trivsel',
      Annet: 'Annet',
    },
    byStatusTitle: (year: string) => `Status nå for sakene meldt skoleåret ${year}`,
    status: 'Status',
    deadlinesTitle: (year: string) => `Frister holdt, skoleåret ${year}`,
    deadlinesNote: 'Ikke holdt: gjort etter fristen, eller ikke gjort og fristen er passert.',
    step: 'Frist',
    met: 'Holdt',
    missed: 'Ikke holdt',
    steps: { investigation: 'Starte undersøkelsen', plan: 'Aktivitetsplan på plass' },
    ageTitle: 'Åpne saker etter dager siden melding',
    ageNote: 'Alle åpne saker, uansett skoleår.',
    age: 'Dager siden melding',
    openCases: 'Åpne saker',
    ages: {
      '0_7': '0–7 dager',
      '8_30': '8–30 dager',
      '31_90': '31–90 dager',
      '91_180': '91–180 dager',
      over_180: 'over 180 dager',
    },
    chartByMonth: 'Saker per måned',
    chartByCategory: 'Saker per kategori',
    chartByStatus: 'Status nå',
    chartDeadlines: 'Frister holdt',
    chartAge: 'Åpne saker etter alder',
    reportSheetFailed:
      'Skoleeiers rapportark kunne ikke skrives: det finnes ikke, eller er ikke delt med den som driver Skolemiljø. Sjekk «Rapportark (id)» i «Innstillinger», eller be skoleeier dele rapportarket.',
  },
  help: {
    reportTitle: 'Når noen melder fra',
    shareLink: 'Alle ansatte melder i meldeskjemaet. Del lenken:',
    notSetUp: 'Velg «Sett opp / reparer» først.',
    becomesCase: 'Meldingen blir en sak i «Saker», og rektor får en e-post uten personopplysninger.',
    workCase:
      'Marker saken og bruk menyen: Endre status, Sett ansvarlig, Nytt tiltak, Dokumenter, Avslutt saken.',
    deadlinesTitle: 'Frister og farger',
    deadlines: 'Fristene regnes i skoledager (uten helligdager og skolens ferier i «Innstillinger»).',
    red: 'Rød',
    redText: 'fristen er passert.',
    amber: 'Gul',
    amberText: 'fristen er nær.',
    grey: 'Grå',
    greyText: 'saken er avsluttet. Rektor får én oversikt på e-post hver morgen.',
    planTitle: 'Aktivitetsplanen',
    plan: 'Legg inn tiltakene med «Nytt tiltak», og velg så «Dokumenter → Lag aktivitetsplan». Planen får lovens fem punkter, tiltakene som tabell og havner i saksmappen i Disk. Skriv aldri andre elevers navn: skriv «utøvende elev» eller «elev A».',
    wheelTitle: 'Årshjul og tiltaksplan',
    wheel:
      'Merk en aktivitet i «Årshjul» som gjort når den er gjennomført. De ansvarlige får påminnelse uken før. Velg «Vis årshjulet» for å se året som et hjul og skrive det ut.',
  },
  dialogs: {
    lang: 'nb' as 'nb' | 'nn',
    save: 'Lagre',
    cancel: 'Avbryt',
    close: 'Lukk',
    working: 'Lagrer … Vent litt, og ikke lukk vinduet.',
    required: 'må fylles ut',
    fieldRequired: 'Dette feltet må fylles ut.',
    badDate: (v: string) => `«${v}» er ikke en dato.`,
    pickOne: 'Velg ett av valgene.',
    cancelled: 'Avbrutt. Ingenting ble endret.',
    formLinkTitle: 'Meldeskjema',
    formLinkBody: (url: string) =>
      `Del denne lenken med alle ansatte. Skjemaet er for bekymringer om en elevs skolemiljø:\n\n${url}`,
  },
  documents: {
    notSetUp:
      'Mappene og malene i Disk er ikke satt opp ennå. Velg «Sett opp / reparer» i Skolemiljø-menyen.',
    noTemplate: (name: string) =>
      `Fant ikke malen «${name}» i mappen «Maler». Velg «Sett opp / reparer» i menyen, så lages den på nytt. Det ble ikke laget noe dokument.`,
    templateProblems: (name: string, problems: string) =>
      `Malen «${name}» kan ikke brukes slik den er nå:\n\n${problems}\n\nRett malen i Google Dokumenter og prøv igjen. Det ble ikke laget noe dokument.`,
    unreadableTemplate: (name: string) =>
      `Skolemiljø klarer ikke å lese oppbyggingen av malen «${name}» (et avsnitt med linjeskift?). Det ble ikke laget noe dokument.`,
    cellParagraphs: (name: string) =>
      `Tabellen med gjentatte rader i malen «${name}» har en celle med flere avsnitt. La hver celle i den tabellen ha bare ett avsnitt. Det ble ikke laget noe dokument.`,
    nestedTable: (name: string) =>
      `Tabellen med gjentatte rader i malen «${name}» står inni en annen tabell. Flytt den ut. Det ble ikke laget noe dokument.`,
    notInvestigated: (saksnr: string) =>
      `Sak ${saksnr} er ikke undersøkt ennå. Sett status «Undersøkes» først: tiltak bygger på undersøkelsen.`,
    closedCase: (saksnr: string) =>
      `Sak ${saksnr} er avsluttet. Gjenåpne saken hvis eleven igjen ikke har det trygt og godt.`,
    noMeasures: (saksnr: string) =>
      `Sak ${saksnr} har ingen tiltak ennå. Legg inn tiltakene med «Nytt tiltak …» i menyen først.`,
    noPlanYet: (saksnr: string) =>
      `Sak ${saksnr} har ingen aktivitetsplan å evaluere. Lag aktivitetsplanen først.`,
    planDialogTitle: (saksnr: string) => `Aktivitetsplan for sak ${saksnr}`,
    evaluationDialogTitle: (saksnr: string) => `Evaluering av aktivitetsplan, sak ${saksnr}`,
    invalidRequest: 'Skjemaet kom ikke fram som det skulle. Lukk vinduet og prøv igjen.',
    measuresChanged:
      'Tiltakene i arket «Tiltak» er endret mens vinduet var åpent. Lukk vinduet og åpne det på nytt.',
    studentNotHeard:
      'Skriv elevens egen beskrivelse, eller hvorfor eleven ikke er hørt. Eleven har rett til å bli hørt (opplæringslova § 10-1).',
    bestInterestsRequired:
      'Skriv skolens vurdering av elevens beste. Det skal være et grunnleggende hensyn (opplæringslova § 10-2).',
    notHeardBecause: (why: string) => `Eleven er ikke hørt fordi: ${why}`,
    problemRequired: 'Skriv hvilket problem tiltakene skal løse. Det er første punkt i planen (§ 12-4).',
    experienceRequired:
      'Skriv elevens egen opplevelse nå. Det er den som avgjør om skolemiljøet er trygt og godt.',
    badDate: (text: string) => `«${text}» er ikke en dato. Skriv datoen som dd.mm.åååå.`,
    pastDate: (date: string) => `Evalueringsdatoen ${date} har allerede vært. Velg en dato fram i tid.`,
    namesFound:
      'Teksten ser ut til å nevne andre elever. Andre elever skal ikke navngis i dokumenter som sendes hjem: skriv «utøvende elev» eller «elev A».',
    namesAlertTitle: 'Andre elever nevnt?',
    namesAlert: (list: string) =>
      `Teksten som skal inn i dokumentet, ser ut til å nevne andre elever:\n\n${list}\n\nVil du erstatte navnene med forslagene?\nJa: erstatt navnene. Nei: behold dem (valget blir logget).`,
    made: (title: string, url: string) => `«${title}» er laget i saksmappen:\n${url}`,
    madeWithPdf: (title: string, url: string) =>
      `«${title}» er laget i saksmappen, med en PDF ved siden av for arkivet og for å sende hjem:\n${url}`,
    alreadyMade: (title: string, url: string) =>
      `«${title}» ble nettopp laget, så Skolemiljø laget ikke ett til:\n${url}\n\nVil du ha en ny versjon, vent ett minutt og prøv igjen.`,
    planDone: (saksnr: string, next: string) =>
      `Saken ${saksnr} har status «Aktivitetsplan», og neste evaluering er ${next}.`,
    evaluationClosed: (saksnr: string) =>
      `Saken ${saksnr} er avsluttet fordi eleven opplever skolemiljøet som trygt og godt.`,
    evaluationNext: (saksnr: string, next: string) => `Neste evaluering av sak ${saksnr} er ${next}.`,
    closeNeedsReason:
      'Problemet er ikke løst, men saken skal avsluttes: skriv begrunnelsen (for eksempel at eleven har byttet skole). Den står i dokumentasjonen.',
    closedReasonOther: (date: string, reason: string) => `Evaluering ${date}: ${reason}`,
    closedReason: (date: string) => `Evaluering ${date}: eleven opplever skolemiljøet som trygt og godt.`,
    skoleeierTitle: (saksnr: string) => `Melding til skoleeier, sak ${saksnr}`,
    documentationTitle: (saksnr: string) => `Dokumentasjon av aktivitetsplikten, sak ${saksnr}`,
    documentationNamesIntro:
      'Meldingen, loggen eller tiltakene ser ut til å nevne andre elever. Dokumentasjonen kan bli sendt til Statsforvalteren og til foresatte: andre elever bør ikke navngis.',
    documentationNamesChoice: 'Hva skal Skolemiljø gjøre med navnene?',
    documentationReplace: 'Erstatt dem med forslagene («elev A» …)',
    documentationKeep: 'Behold navnene bevisst (valget blir logget)',
    skoleeierNotSerious:
      'Saken gjelder ikke en ansatt. Rektor melder fra til skoleeier i alvorlige saker, for eksempel når flere elever krenker én elev, ved digital mobbing på tvers av skoler, eller når skolen over tid ikke har løst saken.\n\nVil du lage en melding til skoleeier?',
    skoleeierWhat:
      'Kort om hva som har skjedd. Ikke skriv navn: meldingen viser til saken bare med saksnummer.',
    skoleeierDone: 'Hva har skolen gjort så langt?',
    skoleeierNext: 'Hva gjør skolen videre? (kan stå tomt)',
    required: 'Feltet må fylles ut. Ingenting ble laget.',
    openDocument: 'Åpne dokumentet',
    tiltaksplanTitle: (year: string) => `Evaluering av tiltaksplan ${year}`,
    tiltaksplanParticipants: 'Hvem var med på evalueringen? (kan stå tomt)',
    tiltaksplanSummary: 'Samlet vurdering av året (kan stå tomt, og kan skrives i dokumentet etterpå)',
    tiltaksplanEmpty:
      'Arket «Tiltaksplan» har ingen tiltak. Fyll inn tiltaksplanen, og fyll inn «Evaluering» og «Videre arbeid» før du lager evalueringen.',
    tiltaksplanMissingLevel: (rows: string) =>
      `Radene ${rows} i «Tiltaksplan» har ikke nivå (Universelt, Selektert eller Indikert) og kom ikke med.`,
    setUpRoot: (name: string) => `Laget mappen «${name}» i Disk for maler og saksmapper.`,
    setUpFolder: (name: string) => `Laget mappen «${name}».`,
    setUpTemplate: (name: string) => `Laget malen «${name}» i mappen «Maler».`,
    setUpShared: (n: number) => `Delte Skolemiljø-mappen med rektor og ledelsen (${n}).`,
    dialogColumns: {
      colTiltak: 'Tiltak',
      colNiva: 'Nivå',
      colHvem: 'Hvem',
      colPeriode: 'Fra–til',
      colEvalueres: 'Evalueres',
      colVurdering: 'Videre',
    },
    planDialog: {
      intro:
        'Planen bygger på tiltakene i arket «Tiltak». Andre elever skal ikke navngis: skriv «utøvende elev» eller «elev A».',
      measures: 'Tiltak som kommer med i planen',
      problem: 'Hvilket problem skal tiltakene løse?',
      elevensBeskrivelse: 'Elevens egen beskrivelse av situasjonen',
      undersokelse: 'Hva undersøkelsen viste: hvem som er hørt, og hvordan (valgfritt)',
      ikkeHort: 'Er eleven ikke hørt? Skriv hvorfor (bare når elevens beskrivelse er tom)',
      elevensOnsker: 'Hva eleven selv ønsker',
      foresattesSyn: 'Foresattes syn',
      barnetsBeste: 'Skolens vurdering av elevens beste',
      gjennomforing: 'Når tiltakene gjennomføres (valgfritt, i tillegg til datoene i tabellen)',
      merknader: 'Andre opplysninger (valgfritt)',
      evalueringsdato: 'Når skal tiltakene evalueres første gang?',
      ...DIALOG_COMMON_NB,
      submit: 'Lag aktivitetsplan',
    },
    evaluationDialog: {
      intro:
        'Evalueringen gjøres sammen med eleven og foresatte. Det er elevens egen opplevelse som avgjør om skolemiljøet er trygt og godt.',
      date: 'Dato for evalueringen',
      deltakere: 'Hvem var med?',
      elevensOpplevelse: 'Elevens egen opplevelse nå',
      foresattesSyn: 'Foresattes syn (valgfritt)',
      measures: 'Vurdering av hvert tiltak',
      verdictVidereføre: 'Videreføres',
      verdictEndre: 'Endres',
      verdictAvslutte: 'Avsluttes',
      kommentar: 'Kommentar',
      newMeasures: 'Nye tiltak',
      addMeasure: 'Legg til nytt tiltak',
      tiltak: 'Tiltak',
      niva: 'Nivå',
      levelIndivid: 'Individ',
      levelGruppe: 'Gruppe',
      levelSystem: 'System',
      hvem: 'Hvem (e-post)',
      problemetLost: 'Er problemet løst?',
      solvedJa: 'Ja',
      solvedNei: 'Nei',
      solvedDelvis: 'Delvis',
      begrunnelse: 'Begrunnelse',
      konklusjon: 'Videre arbeid',
      conclusionAvslutte: 'Eleven har det trygt og godt: saken avsluttes',
      conclusionVidereføre: 'Planen videreføres med endringene over',
      conclusionNyPlan: 'Det lages en ny aktivitetsplan',
      nesteEvaluering: 'Neste evaluering',
      eksternHjelp: 'Behov for hjelp utenfra',
      servicePpt: 'PPT',
      serviceBup: 'BUP',
      serviceBarnevern: 'Barnevernstjenesten',
      serviceHelsesykepleier: 'Helsesykepleier',
      eksternHjelpKommentar: 'Kommentar til hjelp utenfra',
      oppfolging: 'Oppfølging etter at planen er avsluttet',
      ...DIALOG_COMMON_NB,
      submit: 'Lag evaluering',
    },
  },
  people: {
    seeded: (n: number) =>
      `Fylte inn ${n} i «Personale»: skriv navn og rolle for alle som får oppgaver i saker.`,
    unnamed: (emails: string) =>
      `Dokumenter som sendes hjem, nevner folk med navn og rolle, ikke e-postadresse. Skriv navn og rolle for ${emails} i arket «Personale», og prøv igjen.`,
    notShared:
      'Saken gjelder en som arbeider på skolen (§ 12-5): dokumentet er ikke delt med noen. Del det selv med dem som trenger det.',
    suggestionsHelp: 'Velg fra «Personale», eller skriv en e-postadresse.',
  },
  measures: {
    levelLabel: 'Nivå',
    levels: {
      individ: 'Individ (eleven)',
      gruppe: 'Gruppe (klassen eller gruppen)',
      system: 'System (hele skolen)',
    },
    whoLabel: 'Hvem gjennomfører tiltaket',
    whoHelp:
      'Velg fra «Personale», eller skriv en e-postadresse. Personen får lesetilgang til planen og evalueringen, ikke til resten av saken.',
    fromLabel: 'Fra',
    toLabel: 'Til',
    toHelp: 'Tomt: inntil videre.',
    toBeforeFrom: '«Til» kan ikke være før «Fra».',
    evaluationLabel: 'Evalueres',
    tooLong: (max: number) => `Beskriv tiltaket med høyst ${max} tegn.`,
    title: (saksnr: string) => `Nytt tiltak for sak ${saksnr}`,
    askWhat: 'Hva er tiltaket? Beskriv det konkret. Ikke skriv navn på andre elever.',
    askLevel: 'Nivå: individ, gruppe eller system?',
    askWho: 'Hvem gjennomfører tiltaket? Skriv e-postadressen, så får personen lesetilgang til saksmappen.',
    askPeriod: 'Når? Fra–til, for eksempel 21.09.2026–16.10.2026. Tomt: fra i dag.',
    askEvaluation: (fallback: string) => `Når skal tiltaket evalueres (dd.mm.åååå)? Tomt: ${fallback}.`,
    required: 'Skriv hva tiltaket er. Ingenting ble lagt til.',
    badLevel: (text: string) => `«${text}» er ikke et nivå. Skriv individ, gruppe eller system.`,
    badPeriod: (text: string) =>
      `«${text}» er ikke en periode. Skriv for eksempel 21.09.2026–16.10.2026. Ingenting ble lagt til.`,
    badDate: (text: string) => `«${text}» er ikke en dato. Skriv dd.mm.åååå. Ingenting ble lagt til.`,
    closedCase: (saksnr: string) => `Sak ${saksnr} er avsluttet. Tiltak legges til åpne saker.`,
    added: (saksnr: string, date: string) =>
      `Tiltaket er lagt til sak ${saksnr} i arket «Tiltak» og evalueres ${date}. Det kommer med i neste aktivitetsplan.`,
    levelHelp: 'Velg individ (eleven), gruppe (klassen eller gruppen) eller system (hele skolen).',
    statusHelp: 'Planlagt, Pågår, Endret eller Avsluttet. Evalueringen oppdaterer statusen.',
    dateHelp: 'Skriv en dato (dd.mm.åååå).',
    validationSet: 'Satte opp nedtrekkslister og datokontroll i «Tiltak».',
  },
  anonymisedReport: {
    title: 'Anonymisert rapport',
    intro:
      'En rapport til driftsstyret, SU/SMU og kommunen. Den lages som et nytt regneark i din Disk, med tallene per skoleår. Den har ingen navn, klasser, fritekst eller datoer (bare måneder). Et antall fra 1 til 4 står som «<5», og et tall som ville avslørt det, står som «skjult».',
    yearsLabel: 'Hvilke skoleår?',
    yearsCurrent: (year: string) => `Dette skoleåret (${year})`,
    yearsAll: 'Dette og tidligere skoleår i registeret (høyst fem)',
    submit: 'Lag rapporten',
    working: 'Lager rapporten … Vent litt, og ikke lukk vinduet.',
    done: 'Rapporten er laget. Den har bare anonymiserte tall og kan deles med driftsstyret og kommunen.',
    open: 'Åpne rapporten',
    fileName: (school: string, month: string) => `Skolemiljø – anonymisert rapport – ${school} – ${month}`,
    sheetName: 'Rapport',
    heading: 'Skolemiljø: anonymisert rapport',
    school: (name: string) => `Skole: ${name}`,
    asOf: (month: string) => `Tallene gjelder per ${month}.`,
    about:
      '«<5» betyr 1–4 saker. «skjult» betyr at tallet er skjult for at et lite tall ikke skal kunne regnes ut av de andre. Ingen navn, klasser, fritekst eller datoer, bare måneder.',
    source: 'Laget av Skolemiljø fra skolens saksregister.',
    figure: 'Tall',
    yearColumn: (year: string) => `Skoleåret ${year}`,
    sections: {
      reported: 'Saker',
      month: 'Meldt per måned',
      status: 'Status nå',
      category: 'Hva sakene gjelder (en sak kan gjelde flere)',
      deadlines: 'Frister',
      open: 'Åpne saker',
    },
    labels: {
      saker: 'Saker meldt i skoleåret',
      paragraf_12_5: '§ 12-5: en ansatt har krenket en elev (bare antall)',
      frist_undersokelse_innen: 'Starte undersøkelsen: frist holdt',
      frist_undersokelse_etter: 'Starte undersøkelsen: frist ikke holdt',
      frist_undersokelse_andel: 'Starte undersøkelsen: prosent holdt',
      frist_plan_innen: 'Aktivitetsplan på plass: frist holdt',
      frist_plan_etter: 'Aktivitetsplan på plass: frist ikke holdt',
      frist_plan_andel: 'Aktivitetsplan på plass: prosent holdt',
      median_dager_til_plan: 'Median dager fra melding til aktivitetsplan',
      aapne: 'Åpne saker (ved skoleårets slutt, eller nå)',
    } as Record<string, string>,
    monthLabel: (month: string) => `Meldt i ${month}`,
    statusLabel: (status: string) => `Status nå: ${status}`,
    ageLabel: (band: string) => `Åpne, ${band} siden melding`,
    logEvent: 'Anonymisert rapport laget',
    logDetails: (years: string) => `Skoleår: ${years}. Bare anonymiserte tall.`,
  },
  settingsDialog: {
    title: 'Innstillinger',
    intro:
      'Lagres i arket «Innstillinger». Etterpå retter Skolemiljø meldeskjemaet, tilgangene og fristene etter de nye innstillingene.',
    school: 'Skolen',
    schoolName: 'Skolens navn',
    schoolNameHelp: 'Brukes i dokumentene.',
    rektorEmail: 'Rektors e-post',
    rektorEmailHelp: 'Får varsel om nye saker og den daglige oversikten.',
    rektorName: 'Rektors navn',
    rektorNameHelp: 'Står der rektor skriver under i dokumentene.',
    leadership: 'Ledelsen (e-post)',
    leadershipHelp: 'Én adresse per linje. Bare ledelsen kan endre sakene.',
    skoleeier: 'Skoleeier',
    skoleeierEmail: 'Skoleeiers e-post',
    skoleeierEmailHelp:
      'Der rektor melder fra om alvorlige saker og om en ansatt som kan ha krenket en elev (§ 12-4 og § 12-5).',
    skoleeierChannel: 'Skoleeier (kanal for meldinger om ledelsen)',
    skoleeierChannelHelp:
      'Hvordan de ansatte når skoleeier direkte når en melding gjelder noen i ledelsen (§ 12-5): en lenke til skoleeiers skjema, et telefonnummer eller en adresse. Meldeskjemaet viser dette.',
    language: 'Språk',
    languageHelp: 'Menyer, meldeskjema og dokumenter.',
    bokmal: 'Bokmål',
    nynorsk: 'Nynorsk',
    year: 'Skoleåret',
    schoolStart: 'Skolestart',
    schoolStartHelp: 'Første skoledag dette skoleåret.',
    holidays: 'Skolens ferier og fridager',
    holidaysHelp:
      'Én per linje: 12.10.2026 eller Høstferie: 05.10.2026–09.10.2026. Offentlige helligdager er med av seg selv.',
    deadlines: 'Frister (skoledager)',
    investigationSchoolDays: 'Starte undersøkelsen',
    investigationSchoolDaysHelp: '§ 12-4: «snarast». Skoledager etter at rektor fikk vite om saken.',
    investigationSchoolDaysSerious: 'Starte undersøkelsen når en ansatt er involvert',
    investigationSchoolDaysSeriousHelp: '§ 12-5: «straks». 0 betyr samme dag.',
    planSchoolDays: 'Aktivitetsplan på plass',
    planSchoolDaysHelp: 'Skoledager etter at rektor fikk vite om saken.',
    soonSchoolDays: 'Varsle før frist',
    soonSchoolDaysHelp: 'Frister så nær blir gule.',
    firstEvaluationWeeks: 'Første evaluering (uker etter planen)',
    firstEvaluationWeeksHelp: 'Kan settes i hver plan.',
    retention: 'Oppbevaring',
    retentionMonths: 'Oppbevaring etter avsluttet sak (måneder)',
    retentionMonthsHelp:
      'Avsluttede saker eldre enn dette nevnes i den daglige e-posten, så rektor kan arkivere og slette dem.',
    whole: (label: string, min: number, max: number, text: string) =>
      `«${label}» må være et helt tall fra ${min} til ${max}, ikke «${text}».`,
    email: (label: string, text: string) => `«${label}»: «${text}» er ikke en gyldig e-postadresse.`,
    emailInList: (label: string, text: string) =>
      `«${label}»: «${text}» er ikke en gyldig e-postadresse. Skriv én adresse per linje.`,
    missing: (label: string) =>
      `«${label}» må fylles ut: meldinger om noen i ledelsen skal gå direkte til skoleeier (§ 12-5).`,
    date: (label: string, text: string) => `«${label}»: «${text}» er ikke en dato.`,
    holidaysProblem: (_entry: string, detail: string) => `Ferier og fridager: ${detail}`,
    notAllowed:
      'Du kan ikke endre innstillingene: arket «Innstillinger» er beskyttet, og bare rektor og ledelsen kan endre det.',
    unchanged: 'Ingenting var endret.',
    saved: (labels: string) => `Lagret: ${labels}.`,
    repaired: (n: number) =>
      n === 1 ? 'Én ting i oppsettet ble rettet.' : `${n} ting i oppsettet ble rettet.`,
    recomputed: (n: number) =>
      n === 1 ? 'Fristene i én åpen sak er regnet om.' : `Fristene i ${n} åpne saker er regnet om.`,
    logEvent: 'Innstillinger endret',
  },
} as const;

type Widen<T> = T extends (...args: infer A) => string
  ? (...args: A) => string
  : T extends string
    ? string
    : { [K in keyof T]: Widen<T[K]> };

export type Messages = Widen<typeof nb>;
