import type { Messages } from './nb';

/** Nynorsk. Same keys as nb.ts. */
export const nn: Messages = {
  wheel: {
    selectActivity:
      'Merk rada til aktiviteten i arket «Årshjul» først, og vel så «Merk aktivitet som gjord» igjen.',
    notActivityRow: (row: number) =>
      `Rad ${row} i «Årshjul» er ikkje ein aktivitet. Merk rada til aktiviteten som er gjord, og prøv igjen.`,
    badRecurrence: (row: number, problem: string) =>
      `Rad ${row}: ${problem}\n\nRett kolonnen «Gjentakelse» og prøv igjen. Ingenting vart endra.`,
    markedOne: (activity: string, today: string, next: string) =>
      `«${activity}» er merkt som gjord ${today}.\nNeste gong: ${next}.`,
    markedLast: (activity: string, today: string) =>
      `«${activity}» er merkt som gjord ${today}. Det er ingen fleire datoar for denne aktiviteten.`,
    markedMany: (n: number, today: string) =>
      `${n} aktivitetar er merkte som gjorde ${today}. «Neste» er flytt til neste gong for kvar av dei.`,
    alreadyDone: (today: string) =>
      `Aktiviteten var alt merkt som gjord i dag (${today}). Ingenting vart endra.`,
    logEvent: 'Årshjul: aktivitet gjord',
    logDetails: (row: number, activity: string, next: string) => `Rad ${row}: ${activity} Neste: ${next}.`,
    noNext: 'ingen fleire',
    statusHelp:
      'Status blir rekna ut av Skolemiljø kvar morgon frå «Neste» og «Sist gjort». Merk ein aktivitet som gjord med Skolemiljø → Årshjul og tiltaksplan → Merk aktivitet som gjord.',
    nivaHelp:
      'Vel Universelt (alle elevar), Selektert (elevar i risiko) eller Indikert (elevar med vanskar).',
    defaultsWheel: (n: number) =>
      `La inn eit forslag til årshjul med ${n} aktivitetar i «Årshjul». Rediger, legg til eller slett rader så det passar skolen.`,
    defaultsTiltaksplan: (n: number) =>
      `La inn eit forslag til tiltaksplan for psykisk helse med ${n} tiltak i «Tiltaksplan». Tilpass han til skolen.`,
    colorsSet: (sheet: string) => `Sette opp fargane i «${sheet}».`,
    listSet: (sheet: string, column: string) => `La til nedtrekksliste i kolonnen «${column}» i «${sheet}».`,
    confirmFormTitle: 'Stadfesting: eg har lese planen for eit trygt og godt skolemiljø',
    confirmFormDescription:
      'Alle som arbeider på skolen, skal kvart skoleår stadfeste at dei har lese planen til skolen for eit trygt og godt skolemiljø og kjenner aktivitetsplikta i opplæringslova kapittel 12. Kvitteringa blir registrert med e-postadressa du er logga inn med.',
    confirmQuestion: 'Har du lese planen, og kjenner du plikta di til å melde frå?',
    confirmChoice:
      'Ja: eg har lese planen til skolen for eit trygt og godt skolemiljø, og eg kjenner plikta mi til å følgje med, gripe inn og melde frå til rektor (opplæringslova §§ 12-4 og 12-5).',
    confirmThanks: 'Takk! Kvitteringa di er registrert for dette skoleåret.',
    confirmSheetName: 'Kvitteringssvar',
    confirmProtection: 'Svar frå kvitteringsskjemaet: det opphavlege svaret. Skal ikkje endrast.',
    confirmFormCreated:
      'Laga kvitteringsskjemaet for tilsette og kopla det til reknearket. Lenkja står i «Innstillinger».',
    confirmQuestionAdded: 'La til spørsmålet i kvitteringsskjemaet igjen.',
    confirmUrlWritten: 'Skreiv lenkja til kvitteringsskjemaet i «Innstillinger».',
  },
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
