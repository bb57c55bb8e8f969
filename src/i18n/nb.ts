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
      'Alle som arbeider på skolen, skal hvert skoleår bekrefte at de har lest skolens plan for et trygt og godt skolemiljø og kjenner aktivitetsplikten i opplæringslova kapittel 12. Kvitteringen registreres med e-postadressen du er logget inn med.',
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
  menu: {
    title: 'Skolemiljø',
    setUp: 'Sett opp / reparer',
    showCase: 'Vis saken',
    changeStatus: 'Endre status …',
    assign: 'Sett ansvarlig …',
    closeCase: 'Avslutt saken …',
    newMeasure: 'Nytt tiltak …',
    documents: 'Dokumenter',
    makePlan: 'Lag aktivitetsplan',
    makeEvaluation: 'Lag evaluering',
    makeDocumentation: 'Lag dokumentasjon',
    makeSkoleeierNotice: 'Lag melding til skoleeier',
    wheel: 'Årshjul og tiltaksplan',
    markWheelDone: 'Merk aktivitet som gjort',
    makeTiltaksplanEvaluation: 'Lag evaluering av tiltaksplan',
    formLink: 'Vis lenke til meldeskjema',
    runDaily: 'Kjør daglige oppgaver nå',
    help: 'Hjelp',
  },
  setUp: {
    done: 'Skolemiljø er satt opp.',
    repaired: (n: number) => `Skolemiljø er satt opp. ${n} ting ble lagt til eller reparert.`,
    nothingToDo: 'Alt var allerede på plass. Ingenting ble endret.',
    formTitle: 'Meld fra om elevens skolemiljø',
    formDescription:
      'Alle som jobber på skolen skal melde fra til rektor hvis de får mistanke om eller kjennskap til at en elev ikke har et trygt og godt skolemiljø (opplæringslova § 12-4). Terskelen er lav: meld heller én gang for mye. Meldingen går bare til skolens ledelse.',
    formConfirmation: 'Takk. Meldingen er sendt til rektor, som følger den opp.',
    rawResponsesProtection: 'Skjemasvar: det opprinnelige svaret. Skal ikke endres.',
    registerProtection: 'Saksregisteret: bare ledelsen kan endre.',
    logProtection: 'Loggen skrives av Skolemiljø. Endre ikke for hånd.',
  },
  errors: {
    selectCaseRow: 'Marker en rad med en sak i arket «Saker» først.',
    unknownCase: (saksnr: string) => `Fant ikke saken ${saksnr}.`,
    busy: 'Skolemiljø er opptatt med en annen oppgave. Prøv igjen om et øyeblikk.',
    notSetUp: 'Skolemiljø er ikke satt opp ennå. Velg «Sett opp / reparer» i menyen.',
    generic: (message: string) => `Noe gikk galt: ${message}`,
  },
  cases: {
    unknownStatus: (saksnr: string, status: string) =>
      `Sak ${saksnr} har en status Skolemiljø ikke kjenner («${status}»). Velg en status fra listen i kolonnen «Status».`,
    unchanged: (saksnr: string, status: string) => `Sak ${saksnr} har allerede status «${status}».`,
    statusChanged: (saksnr: string, status: string) => `Sak ${saksnr} har nå status «${status}». Endringen er logget.`,
    changeStatusTitle: (saksnr: string) => `Endre status for sak ${saksnr}`,
    changeStatusPrompt: (status: string, options: string) => `Nåværende status: ${status}.\n\nSkriv ny status: ${options}`,
    notAnOption: (text: string, options: string) => `«${text}» er ikke et av valgene. Velg en av: ${options}.`,
    closedCase: (saksnr: string) => `Sak ${saksnr} er avsluttet. Velg «Gjenåpne» hvis den skal følges opp igjen.`,
    closeTitle: (saksnr: string) => `Avslutt sak ${saksnr}`,
    closePrompt: 'Hvorfor avsluttes saken? For eksempel: «Eleven opplever nå skolemiljøet som trygt og godt (evaluering 12.10.).»',
    reasonRequired: 'Skriv en begrunnelse. Den er en del av dokumentasjonen av aktivitetsplikten.',
    assignTitle: (saksnr: string) => `Ansvarlig for sak ${saksnr}`,
    assignPrompt: 'E-postadressen til den som har ansvaret for å følge opp saken:',
    badEmail: (text: string) => `«${text}» er ikke en gyldig e-postadresse.`,
    alreadyResponsible: (saksnr: string, email: string) => `${email} er allerede ansvarlig for sak ${saksnr}.`,
    assigned: (saksnr: string, email: string) => `${email} er nå ansvarlig for sak ${saksnr}. Endringen er logget.`,
    sidebarTitle: (saksnr: string) => `Sak ${saksnr}`,
  },
  dialogs: {
    cancelled: 'Avbrutt. Ingenting ble endret.',
    formLinkTitle: 'Meldeskjema',
    formLinkBody: (url: string) =>
      `Del denne lenken med alle ansatte. Skjemaet er for bekymringer om en elevs skolemiljø:\n\n${url}`,
  },
} as const;

type Widen<T> = T extends (...args: infer A) => string
  ? (...args: A) => string
  : T extends string
    ? string
    : { [K in keyof T]: Widen<T[K]> };

export type Messages = Widen<typeof nb>;
