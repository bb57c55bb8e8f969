import type { Messages } from './nb';

/** Nynorsk. Same keys as nb.ts. */
export const nn: Messages = {
  menu: {
    title: 'Skolemiljø',
    setUp: 'Set opp / reparer',
    showCase: 'Vis saka',
    changeStatus: 'Endre status …',
    assign: 'Set ansvarleg …',
    closeCase: 'Avslutt saka …',
    newMeasure: 'Nytt tiltak …',
    documents: 'Dokument',
    makePlan: 'Lag aktivitetsplan',
    makeEvaluation: 'Lag evaluering',
    makeDocumentation: 'Lag dokumentasjon',
    makeSkoleeierNotice: 'Lag melding til skoleeigar',
    wheel: 'Årshjul og tiltaksplan',
    markWheelDone: 'Merk aktivitet som gjord',
    makeTiltaksplanEvaluation: 'Lag evaluering av tiltaksplan',
    formLink: 'Vis lenkje til meldeskjema',
    runDaily: 'Køyr daglege oppgåver no',
    help: 'Hjelp',
  },
  setUp: {
    done: 'Skolemiljø er sett opp.',
    repaired: (n: number) => `Skolemiljø er sett opp. ${n} ting vart lagde til eller reparerte.`,
    nothingToDo: 'Alt var alt på plass. Ingenting vart endra.',
    formTitle: 'Meld frå om skolemiljøet til ein elev',
    formDescription:
      'Alle som arbeider på skolen, skal melde frå til rektor om dei får mistanke om eller kjennskap til at ein elev ikkje har eit trygt og godt skolemiljø (opplæringslova § 12-4). Terskelen er låg: meld heller éin gong for mykje. Meldinga går berre til leiinga ved skolen.',
    formConfirmation: 'Takk. Meldinga er send til rektor, som følgjer henne opp.',
    rawResponsesProtection: 'Skjemasvar: det opphavlege svaret. Skal ikkje endrast.',
    registerProtection: 'Saksregisteret: berre leiinga kan endre.',
    logProtection: 'Loggen blir skriven av Skolemiljø. Endra han ikkje for hand.',
  },
  errors: {
    selectCaseRow: 'Merk ei rad med ei sak i arket «Saker» først.',
    unknownCase: (saksnr: string) => `Fann ikkje saka ${saksnr}.`,
    busy: 'Skolemiljø er oppteken med ei anna oppgåve. Prøv igjen om litt.',
    notSetUp: 'Skolemiljø er ikkje sett opp enno. Vel «Set opp / reparer» i menyen.',
    generic: (message: string) => `Noko gjekk gale: ${message}`,
  },
  cases: {
    unknownStatus: (saksnr: string, status: string) =>
      `Sak ${saksnr} har ein status Skolemiljø ikkje kjenner («${status}»). Vel ein status frå lista i kolonnen «Status».`,
    unchanged: (saksnr: string, status: string) => `Sak ${saksnr} har alt status «${status}».`,
    statusChanged: (saksnr: string, status: string) => `Sak ${saksnr} har no status «${status}». Endringa er logga.`,
    changeStatusTitle: (saksnr: string) => `Endre status for sak ${saksnr}`,
    changeStatusPrompt: (status: string, options: string) => `Noverande status: ${status}.\n\nSkriv ny status: ${options}`,
    notAnOption: (text: string, options: string) => `«${text}» er ikkje eitt av vala. Vel ein av: ${options}.`,
    closedCase: (saksnr: string) => `Sak ${saksnr} er avslutta. Vel «Gjenopne» om ho skal følgjast opp igjen.`,
    closeTitle: (saksnr: string) => `Avslutt sak ${saksnr}`,
    closePrompt: 'Kvifor blir saka avslutta? Til dømes: «Eleven opplever no skolemiljøet som trygt og godt (evaluering 12.10.).»',
    reasonRequired: 'Skriv ei grunngiving. Ho er ein del av dokumentasjonen av aktivitetsplikta.',
    assignTitle: (saksnr: string) => `Ansvarleg for sak ${saksnr}`,
    assignPrompt: 'E-postadressa til den som har ansvaret for å følgje opp saka:',
    badEmail: (text: string) => `«${text}» er ikkje ei gyldig e-postadresse.`,
    alreadyResponsible: (saksnr: string, email: string) => `${email} er alt ansvarleg for sak ${saksnr}.`,
    assigned: (saksnr: string, email: string) => `${email} er no ansvarleg for sak ${saksnr}. Endringa er logga.`,
    sidebarTitle: (saksnr: string) => `Sak ${saksnr}`,
  },
  dialogs: {
    cancelled: 'Avbrote. Ingenting vart endra.',
    formLinkTitle: 'Meldeskjema',
    formLinkBody: (url: string) =>
      `Del denne lenkja med alle tilsette. Skjemaet er for uro for skolemiljøet til ein elev:\n\n${url}`,
  },
};
