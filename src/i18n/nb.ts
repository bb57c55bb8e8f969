/** Everything a user reads, in bokmål. `nn.ts` must have the same keys (the type checks it). */
export const nb = {
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
