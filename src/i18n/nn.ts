import type { Messages } from './nb';

/** Labels the plan and the evaluation dialogs share. */
const DIALOG_COMMON_NN = {
  pdf: 'Lag òg ein PDF for arkivet og for å sende heim',
  cancel: 'Avbryt',
  close: 'Lukk',
  open: 'Opne dokumentet',
  working: 'Lagar dokumentet …',
  namesReplace: 'Byt ut med forslaga',
  namesKeep: 'Behald namna med vilje',
  namesBack: 'Tilbake og rett sjølv',
  instead: 'blir skrive som',
} as const;

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
      'Skolen har bestemt at alle som arbeider på skolen, kvart skoleår stadfestar at dei har lese planen til skolen for eit trygt og godt skolemiljø. Plikta til å følgje med, gripe inn og melde frå står i opplæringslova §§ 12-4 og 12-5. Kvitteringa blir registrert med e-postadressa du er logga inn med.',
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
  wheelDialog: {
    dialogTitle: (year: string) => `Årshjulet ${year}`,
    heading: 'Årshjul for eit trygt og godt skolemiljø',
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
    overdue: 'Forfallen',
    done: 'Gjort',
    planned: 'Planlagd',
    summer: 'Sommarferie',
    allYear: 'Heile skoleåret',
    allYearLegend: 'Heile skoleåret (ringane i midten)',
    svgTitle: (school: string, year: string) => `Årshjulet til ${school}, skoleåret ${year}`,
    svgDescription:
      'Tolv månader rundt ein sirkel, med august øvst og månadene med klokka. Kvar aktivitet er eit nummer i månadene han skjer: blå sirkel er planlagd, grå sirkel med hake er gjort, raud rute er forfallen. Aktivitetar som går heile skoleåret, er ringar i midten. Streken frå midten viser datoen i dag. Lista har dei same aktivitetane med namn og status.',
    listTitle: 'Aktivitetane månad for månad',
    undated: 'Utan dato dette skoleåret',
    noDateThisYear: 'ingen dato mellom 1. august og 31. juli',
    responsible: 'Ansvarleg',
    overdueSummary: (n: number) => (n === 1 ? '1 aktivitet er forfallen.' : `${n} aktivitetar er forfalne.`),
    empty: 'Årshjulet har ingen aktivitetar enno. Skriv dei inn i arket «Årshjul», så kjem dei med her.',
    noSheet: 'Arket «Årshjul» finst ikkje. Vel «Set opp / reparer» i Skolemiljø-menyen.',
    print: 'Skriv ut',
    close: 'Lukk',
    printed: (date: string) => `Skrive ut frå Skolemiljø ${date}`,
  },
  menu: {
    title: 'Skolemiljø',
    setUp: 'Set opp / reparer',
    myCases: 'Mine saker',
    showCase: 'Vis saka',
    changeStatus: 'Endre status …',
    assign: 'Set ansvarleg …',
    closeCase: 'Avslutt saka …',
    reopenCase: 'Gjenopne saka …',
    newMeasure: 'Nytt tiltak …',
    documents: 'Dokument',
    makePlan: 'Lag aktivitetsplan',
    makeEvaluation: 'Lag evaluering',
    makeDocumentation: 'Lag dokumentasjon',
    makeSkoleeierNotice: 'Lag melding til skoleeigar',
    wheel: 'Årshjul og tiltaksplan',
    markWheelDone: 'Merk aktivitet som gjord',
    showWheel: 'Vis årshjulet',
    makeTiltaksplanEvaluation: 'Lag evaluering av tiltaksplan',
    formLink: 'Vis lenkje til meldeskjema',
    runDaily: 'Køyr daglege oppgåver no',
    takeOver: 'Overta drifta …',
    checkSetUp: 'Sjekk oppsettet',
    registerConcern: 'Registrer melding …',
    registerEvent: 'Registrer hending …',
    skoleeierNotified: 'Skoleeigar er varsla …',
    help: 'Hjelp',
    checkLog: 'Kontroller loggen',
    archive: 'Arkiver og slett …',
  },
  setUp: {
    formNotShared: (owner: string) =>
      `Skjemaa til Skolemiljø er eigde av ${owner} og ikkje delte med deg, så du kan ikkje reparere dei. Be ${owner} køyre «Sett opp / reparer», eller vel «Overta drifta …».`,
    ownedBy: (owner: string) =>
      `Skolemiljø blir drifta av ${owner}: meldingar blir tekne inn og den daglege jobben blir køyrd som denne personen. Skal du ta over (til dømes som ny rektor), vel «Overta drifta …» i menyen.`,
    takeOverTitle: 'Overta drifta av Skolemiljø',
    takeOverConfirm: (owner: string) =>
      `Skolemiljø blir no drifta av ${owner || 'ingen'}. Tek du over, blir meldingar tekne inn og den daglege jobben køyrd som deg, e-post blir send frå deg, og du får skrive i dei verna arka. ${owner ? `Utløysarane til ${owner} fjernar seg sjølve neste gong dei køyrer.` : ''}\n\nVil du ta over?`,
    tookOver: (from: string) =>
      `Du driftar no Skolemiljø for skolen${from ? ` (tok over etter ${from})` : ''}. Utløysarane er dine, og du kan skrive i dei verna arka.`,
    alreadyOwner: 'Du driftar allereie Skolemiljø for skolen. Ingenting vart endra.',
    folderNotShared: (url: string) =>
      `Du har ikkje tilgang til Skolemiljø-mappa i Disk (${url}). Be den som eig mappa, eller Google-administratoren til skolen, om å dele ho med deg som redigerar.`,
    ownerCannotWrite: (owner: string) =>
      `Skolemiljø blir drifta av ${owner}, som ikkje lenger kan skrive i dei verna arka. Nye meldingar og den daglege jobben vil feile. Rektor må velje «Overta drifta …» i Skolemiljø-menyen.`,
    ownerCannotWriteSubject: 'Skolemiljø: drifta må overtakast',
    done: 'Skolemiljø er sett opp.',
    repaired: (n: number) => `Skolemiljø er sett opp. ${n} ting vart lagde til eller reparerte.`,
    nothingToDo: 'Alt var på plass frå før. Ingenting vart endra.',
    formTitle: 'Meld frå om skolemiljøet til ein elev',
    formDescription:
      'Alle som arbeider på skolen, skal melde frå til rektor om dei får mistanke om eller kjennskap til at ein elev ikkje har eit trygt og godt skolemiljø (opplæringslova § 12-4). Terskelen er låg: meld heller éin gong for mykje. Meldinga går til rektor og leiinga ved skolen. Gjeld det nokon i leiinga, viser skjemaet deg korleis du melder direkte til skoleeigar (§ 12-5).',
    formConfirmation:
      'Takk. Ei melding om ein elev går til rektor, som følgjer henne opp. Gjaldt det nokon i leiinga ved skolen, er ingenting om eleven sendt til skolen: meld direkte til skoleeigar slik skjemaet viste.',
    rawResponsesProtection: 'Skjemasvar: det opphavlege svaret. Skal ikkje endrast.',
    registerProtection: 'Saksregisteret: berre leiinga kan endre.',
    logProtection:
      'Loggen blir skriven av Skolemiljø. Berre leiinga kan endre han, og kvar endring for hand blir funnen: Skolemiljø → Kontroller loggen.',
  },
  log: {
    unknownUser: 'ukjend brukar (utanfor domenet til skolen)',
    mailQueued: (n: number) =>
      `${n} varsel ventar: dagens e-postkvote er brukt opp. Dei blir sende ved neste køyring.`,
  },
  logCheck: {
    title: 'Kontroller loggen',
    edited: (row: number, seq: number) =>
      `rad ${row} er endra etter at Skolemiljø skreiv rada (nr. ${seq} i kjeda)`,
    removed: (row: number, from: number, to: number) =>
      from === to
        ? `ei rad er fjerna rett over rad ${row} (nr. ${from} i kjeda)`
        : `${to - from + 1} rader er fjerna rett over rad ${row} (nr. ${from}–${to} i kjeda)`,
    inserted: (row: number) => `rad ${row} er lagd inn for hand: Skolemiljø skreiv ikkje rada`,
    removedAtEnd: (after: number, from: number, to: number) =>
      from === to
        ? `den siste rada er fjerna (nr. ${from} i kjeda, etter rad ${after})`
        : `dei ${to - from + 1} siste radene er fjerna (nr. ${from}–${to} i kjeda, etter rad ${after})`,
    aboveChain: (first: number, found: number, expected: number) =>
      `over kjeda (før rad ${first}) er det ${found} rader, men det var ${expected} då kjeda starta: rader er lagde inn eller fjerna der`,
    intact: (chained: number, legacy: number) =>
      `Loggen er heil: ingen rader er endra, fjerna eller lagde inn for hand.\n\nSkolemiljø kontrollerte ${chained} rader.${legacy > 0 ? ` ${legacy} eldre rader frå før kontrollen vart innført, er ikkje med.` : ''}`,
    broken: (first: string, others: readonly string[], more: number) =>
      `Loggen er endra for hand.\n\nFørste brot: ${first}.${others.length > 0 ? `\n\nAndre funn:\n${others.map((o) => `• ${o}`).join('\n')}${more > 0 ? `\n• og ${more} til` : ''}` : ''}\n\nFil → Versjonslogg → Sjå versjonslogg viser kven som endra arket, og kva som stod der. Hent fram att rada slik ho var, og kontroller loggen på nytt. Funnet er skrive i loggen.`,
    digest: (first: string, more: number) =>
      `Loggen er endra for hand: ${first}${more > 0 ? ` (og ${more} funn til)` : ''}. Vel Skolemiljø → Kontroller loggen.`,
    event: 'Loggen kontrollert',
    eventOk: (chained: number) => `Kjeda er heil (${chained} rader).`,
    eventBroken: (first: string, count: number) => `Brot i kjeda (${count}). Første: ${first}.`,
  },
  archive: {
    title: 'Arkiver og slett personopplysningar',
    submit: 'Arkiver og slett',
    intro: (months: number) =>
      `Ei sak som har vore avslutta i ${months} månader (sjå «Innstillinger»), skal ikkje liggje i reknearket lenger. Skolemiljø lagrar først dokumentasjonen som PDF i mappa «Arkiv», og slettar så personopplysningane i saka alle stader dei ligg.`,
    scope: 'Kva saker?',
    scopeOne: (saksnr: string) => `Berre sak ${saksnr}, som du har merkt`,
    scopeAll: (n: number, list: string) =>
      n === 1 ? `Saka som er klar: ${list}` : `Alle ${n} saker som er klare: ${list}`,
    steps:
      'Dette skjer med kvar sak:\n1. Ei ny «Dokumentasjon av aktivitetsplikta» blir laga, så arkivet får heile kronologien.\n2. Dokumentasjonen, planane og evalueringane blir lagra som PDF i «Arkiv». Berre leiinga har tilgang til mappa.\n3. Så blir personopplysningane sletta:\n• i «Saker»: namnet og klassen til eleven, kva som hende, når og kvar, kven som melde og hadde ansvaret, og grunngivinga for å avslutte. Saksnummer, datoar, kategori og status blir ståande, så statistikken stemmer.\n• i «Tiltak»: tiltaka i saka.\n• i «Logg»: kven og detaljar i radene til saka. Tid og hending blir ståande.\n• svaret i meldeskjemaet og rada i skjemasvar-arket.\n• saksmappa i Disk. Ho blir lagd i papirkorga, som blir tømd etter 30 dagar.',
    deletes: 'Dette blir sletta',
    caseLine: (saksnr: string, measures: number, logRows: number, response: boolean, folder: boolean) =>
      `Sak ${saksnr}: ${measures} tiltak, ${logRows} loggrader${response ? ', svaret i meldeskjemaet' : ''}${folder ? ', saksmappa' : ''}.`,
    resumes: (saksnr: string) => `Sak ${saksnr}: arkiveringa vart avbroten, og held fram der ho stoppa.`,
    notYet: (saksnr: string, date: string) => `Sak ${saksnr}, som du har merkt, kan arkiverast frå ${date}.`,
    confirmLabel: 'Stadfest',
    confirm:
      'Eg forstår at personopplysningane blir sletta frå reknearket, meldeskjemaet og Disk, og at dei etterpå berre finst i «Arkiv».',
    confirmRequired: 'Kryss av for at du har lese kva som blir sletta.',
    noneDue: (months: number) =>
      `Ingen saker er klare for arkivering. Ei sak blir arkivert når ho har vore avslutta i ${months} månader (sjå «Innstillinger»).`,
    notDue: (saksnr: string) => `Sak ${saksnr} er ikkje klar for arkivering. Ingenting vart sletta.`,
    logBroken: (first: string) =>
      `Loggen er endra for hand: ${first}. Arkiveringa ventar til loggen er heil att (Skolemiljø → Kontroller loggen). Ingenting vart sletta.`,
    notSafe: (saksnr: string) =>
      `Dokumentasjonen av sak ${saksnr} kom ikkje fram til «Arkiv». Ingenting i saka vart sletta. Prøv igjen.`,
    done: (list: string) =>
      `Arkivert: ${list}. Dokumentasjonen ligg som PDF i «Arkiv», og personopplysningane er sletta.`,
    remaining: (n: number) =>
      `${n} ${n === 1 ? 'sak står att' : 'saker står att'}: vel «Arkiver og slett …» igjen for å halde fram.`,
    responseNotFound: (saksnr: string) =>
      `Sak ${saksnr}: rada i skjemasvar-arket vart ikkje funnen (sletta for hand?). Sjå etter henne, og slett henne om ho finst.`,
    archivedCase: (saksnr: string) =>
      `Sak ${saksnr} er arkivert: personopplysningane er sletta, og dokumentasjonen ligg som PDF i «Arkiv».`,
    folderOwner: (saksnr: string, owner: string) =>
      `Sak ${saksnr}: saksmappa i Disk er eigd av ${owner}, og berre eigaren kan leggje henne i papirkorga. Alt anna er gjort bortsett frå rada i «Saker». Be ${owner} velje «Arkiver og slett …», eller leggje mappa i papirkorga, og vel så «Arkiver og slett …» igjen.`,
    openArchive: 'Opne «Arkiv»',
    marker: (date: string) =>
      `Arkivert ${date}. Personopplysningane er sletta; dokumentasjonen ligg i «Arkiv».`,
    redacted: 'Personopplysningar sletta ved arkivering.',
    logEvent: 'Arkivert og sletta',
    logDetails: (files: number, measures: number, logRows: number, response: boolean, folder: boolean) =>
      `${files} dokument lagra som PDF i «Arkiv». Sletta: personopplysningane i «Saker», ${measures} tiltak, kven og detaljar i ${logRows} loggrader${response ? ', svaret i meldeskjemaet og skjemasvar-arket' : ''}${folder ? ', saksmappa' : ''}. Kjeda i loggen er rekna ut på nytt etter slettinga.`,
  },
  check: {
    title: 'Sjekk oppsettet',
    allGood: 'Alt er i orden. Skolemiljø er klar til bruk.',
    someBad: (n: number) => `${n} ting må ordnast. Sjå ✘ nedanfor: kvar linje seier kva du gjer.`,
    authorized: 'Løyva er gitt.',
    notAuthorized: 'Løyva er ikkje gitt. Vel «Sett opp / reparer» og godta løyva.',
    noOwner: 'Ingen driftar Skolemiljø enno. Vel «Sett opp / reparer».',
    ownedByOther: (owner: string) =>
      `Skolemiljø blir drifta av ${owner} (meldingar og den daglege jobben blir køyrde som denne personen). Berre ${owner} kan sjå utløysarane; skal du ta over, vel «Overta drifta …».`,
    triggersOk: (me: string) =>
      `Utløysarane for meldingar, kvitteringar og den daglege jobben finst og er dine (${me}).`,
    triggersMissing: (list: string) => `Utløysar manglar: ${list}. Vel «Sett opp / reparer».`,
    triggerForm: 'meldeskjemaet',
    triggerConfirmations: 'kvitteringsskjemaet',
    triggerDaily: 'den daglege jobben',
    sheetMissing: (name: string) => `Arket «${name}» manglar. Vel «Sett opp / reparer».`,
    notProtected: (name: string) => `«${name}» er ikkje verna. Vel «Sett opp / reparer».`,
    protectedOk: (name: string) => `«${name}» er verna, og den som driftar Skolemiljø, kan skrive i det.`,
    ownerCannotWrite: (name: string, owner: string) =>
      `${owner} driftar Skolemiljø, men kan ikkje skrive i «${name}». Vel «Overta drifta …» (ny rektor), eller set ${owner} i «Ledelsen (e-post)» og vel «Sett opp / reparer».`,
    timeZoneOk: 'Reknearket bruker norsk tid (Europe/Oslo).',
    timeZoneWrong: (zone: string) =>
      `Reknearket bruker tidssona ${zone}, ikkje norsk tid: datoar kan visast éin dag feil. Vel «Sett opp / reparer» (eller Fil → Innstillingar → Tidssone: Oslo).`,
    localeOk: (locale: string) => `Reknearket bruker norske innstillingar (${locale}).`,
    localeWrong: (locale: string) =>
      `Reknearket bruker lokaliteten ${locale}, ikkje Noreg: datoar og tal blir tolka annleis. Vel «Sett opp / reparer» (eller Fil → Innstillingar → Lokalitet: Noreg).`,
    formMissing: 'Meldeskjemaet finst ikkje. Vel «Sett opp / reparer».',
    formLinked: 'Meldeskjemaet er kopla til reknearket.',
    formNotLinked: 'Meldeskjemaet er ikkje kopla til dette reknearket. Vel «Sett opp / reparer».',
    formAccepting: 'Meldeskjemaet tek imot meldingar.',
    formClosed: 'Meldeskjemaet tek ikkje imot meldingar. Opne skjemaet og slå på «Godtek svar».',
    folderOk: 'Du når Skolemiljø-mappa i Disk.',
    folderMissing: 'Skolemiljø-mappa i Disk finst ikkje. Vel «Sett opp / reparer».',
    folderNoAccess: (url: string) =>
      `Du når ikkje Skolemiljø-mappa i Disk (${url}). Stå i «Ledelsen (e-post)», og be den som driftar Skolemiljø, velje «Sett opp / reparer».`,
    mailQuota: (n: number) => `Du kan sende ${n} e-postar til i dag.`,
    mailQuotaLow: (n: number) =>
      `Berre ${n} e-postar att i dag. Varsel som ikkje kan sendast, ventar og blir sende i morgon.`,
    channelLabel: 'Skoleeier (kanal for meldinger om ledelsen)',
    channelOk: 'Meldingar om nokon i leiinga går direkte til skoleeigar (kanalen står i Innstillingar).',
    channelMissing:
      'Skriv i «Skoleeier (kanal for meldinger om ledelsen)» korleis dei tilsette når skoleeigar: ei lenkje, eit telefonnummer eller ei adresse (§ 12-5).',
  },
  concern: {
    title: 'Registrer ei melding',
    intro:
      'For ei uro ein elev, ein forelder eller andre tok opp på telefon, i eit møte, på e-post eller i brev. Ho blir ei sak med dei same fristane som meldeskjemaet.',
    leadership: 'Gjeld det nokon i leiinga ved skolen?',
    leadershipInfo: (channel: string) =>
      `Gjeld det nokon i leiinga ved skolen, skal meldinga ikkje registrerast her. Den som melder, skal gå direkte til skoleeigar (opplæringslova § 12-5): ${channel}`,
    noChannel: 'kanalen til skoleeigar manglar i Innstillingar.',
    role: 'Kven tok opp uroa',
    roleName: (r: string) =>
      ({ Ansatt: 'Tilsett', Foresatt: 'Føresett', Elev: 'Elev', Annen: 'Annan' })[r] ?? r,
    reporter: 'Namn og kontakt til den som tok ho opp',
    reporterHelp: 'Til dømes «Kari Nordmann (mor), 900 00 000». Står i saka som «Meldt av».',
    kanal: 'Korleis',
    channelName: (k: string) => ({ Møte: 'Møte', Annet: 'Anna' })[k] ?? k,
    raised: 'Datoen ho vart teken opp med rektor',
    raisedHelp:
      'Fristane og datoen familien kan gå til Statsforvaltaren, blir rekna frå denne dagen (§ 12-6).',
    raisedFuture: 'Datoen kan ikkje vere fram i tid.',
    whatHelp: 'Skildre kort kva som vart sagt. Skriv ikkje namn på andre elevar: skriv «elev A».',
    answer: (v: string) => ({ Nei: 'Nei', Ja: 'Ja', 'Vet ikke': 'Veit ikkje' })[v] ?? v,
    registered: (saksnr: string, due: string) =>
      `Meldinga er registrert som sak ${saksnr}. Undersøkinga skal starte seinast ${due}.`,
    openCase: (saksnr: string) => `Opne sak ${saksnr} i «Saker»`,
  },
  events: {
    title: (saksnr: string) => `Registrer hending i sak ${saksnr}`,
    intro:
      'Det skolen gjorde i saka: samtalar, observasjonar, at nokon greip inn, kontakt med føresette og hjelpetenester. Det står i loggen og i dokumentasjonen av aktivitetsplikta.',
    what: 'Kva vart gjort',
    actions: {
      'samtale-elev': 'Samtale med eleven',
      'samtale-andre': 'Samtale med andre elevar',
      'samtale-pakalt': 'Samtale med den det er klaga på',
      'samtale-foresatte': 'Samtale med føresette',
      'foresatte-informert': 'Føresette informerte',
      observasjon: 'Observasjon',
      'grep-inn': 'Greip inn',
      hjelpetjeneste: 'Kontakt med PPT, helsesjukepleiar eller BUP',
      mote: 'Møte om saka',
      annet: 'Anna',
    },
    subDuty: 'Delplikt',
    subDutyHelp: 'Kva del av aktivitetsplikta (opplæringslova § 12-4) hendinga høyrer til.',
    subDuties: {
      'følge med': 'Følgje med',
      'gripe inn': 'Gripe inn',
      melde: 'Melde frå',
      undersøke: 'Undersøkje',
      tiltak: 'Setje inn tiltak',
      evaluering: 'Evaluere tiltak',
    },
    when: 'Dato',
    who: 'Kven gjorde det (namn og rolle)',
    heard: 'Vart eleven høyrd av ein vaksen eleven har tillit til?',
    heardHelp: 'Gjeld samtalar med eleven. Den eigne opplevinga til eleven er utgangspunktet (§ 10-1).',
    heardAnswer: (v: string) => ({ Ja: 'Ja', Nei: 'Nei', 'Ikke relevant': 'Ikkje relevant' })[v] ?? v,
    note: 'Notat',
    noteHelp: 'Kort og sakleg. Skriv ikkje namn på andre elevar: skriv «elev A».',
    future: 'Datoen kan ikkje vere fram i tid.',
    on: (d: string) => `Dato: ${d}.`,
    by: (who: string) => `Utført av: ${who}.`,
    heardLine: (v: string) => `Høyrd av ein vaksen eleven har tillit til: ${v}.`,
    noteLine: (note: string) => `Notat: ${note}`,
    done: (saksnr: string) => `Hendinga er registrert i loggen for sak ${saksnr}.`,
  },
  skoleeierNotified: {
    title: (saksnr: string) => `Skoleeigar er varsla: sak ${saksnr}`,
    introMust:
      'Saka gjeld ein som arbeider på skolen (§ 12-5) eller er alvorleg: rektor skal melde frå til skoleeigar same dag. Registrer når og korleis det vart gjort.',
    introMay: 'Registrer når og korleis rektor melde frå til skoleeigar.',
    when: 'Dato',
    how: 'Korleis',
    ways: ['E-post', 'Telefon', 'Brev', 'Møte', 'Skjemaet til skoleeigar'],
    to: 'Til kven hos skoleeigar',
    serious: 'Alvorleg sak',
    seriousHelp: 'Ja når rektor vurderer saka som alvorleg (§ 12-4). Saker etter § 12-5 blir alltid melde.',
    event: 'Skoleeigar varsla',
    details: (d: string, how: string, to: string) => `Dato: ${d}. Korleis: ${how}. Til: ${to}.`,
    done: (saksnr: string) => `Det er registrert at skoleeigar er varsla i sak ${saksnr}.`,
  },
  sidebar: {
    labels: {
      deadlines: 'Fristar',
      steps: 'Neste steg',
      caseInfo: 'Saka',
      chronology: 'Det skolen har gjort',
      measures: 'Tiltak',
      documents: 'Dokument',
      noMeasures: 'Ingen tiltak enno.',
      noDocuments: 'Ingen dokument enno.',
      refresh: 'Oppdater',
      loading: 'Hentar …',
      back: '← Alle saker',
      myCases: 'Mine saker',
      allOpen: 'Opne saker',
      none: 'Ingen opne saker.',
      incomplete: 'Må kompletterast',
    },
    state: { overdue: 'passert', soon: 'snart', done: 'gjort', none: '' },
    steps: {
      investigation: 'Start undersøkinga',
      plan: 'Aktivitetsplan',
      evaluation: 'Neste evaluering',
      skoleeier: 'Melde frå til skoleeigar',
    },
    fields: {
      student: 'Elev',
      className: 'Klasse',
      category: 'Kategori',
      reportedBy: 'Meldt av',
      channel: 'Kanal',
      known: 'Rektor kjende til',
      responsible: 'Ansvarleg',
      statsforvalter: 'Statsforvaltaren frå',
      what: 'Kva har skjedd',
      when: 'Når',
      where: 'Kvar',
      intervened: 'Har nokon gripe inn',
      studentSaid: 'Eleven har sagt frå',
    },
    actions: {
      investigate: 'Start undersøkinga',
      event: 'Registrer hending …',
      measure: 'Nytt tiltak …',
      plan: 'Lag aktivitetsplan …',
      evaluate: 'Evaluer planen …',
      skoleeier: 'Skoleeigar er varsla …',
      assign: 'Set ansvarleg …',
      close: 'Avslutt saka …',
      reopen: 'Gjenopne saka …',
      documentation: 'Lag dokumentasjon',
    },
    evaluated: (d: string) => `blir evaluert ${d}`,
    nextDeadline: (step: string, d: string) => `${step} ${d}`,
  },
  form: {
    translated: (q: string) => `Skreiv spørsmålet «${q}» på nynorsk.`,
    skoleeierPage: 'Meld direkte til skoleeigar',
    studentPage: 'Om eleven og det som har skjedd',
    skoleeierHelp: (channel: string) =>
      `Gjeld meldinga nokon i leiinga ved skolen, skal ho ikkje gå til skolen. Meld direkte til skoleeigar (opplæringslova § 12-5): ${channel}\n\nSkriv ikkje meir her. Ingenting om eleven eller det som har skjedd, blir sendt til skolen.`,
    noChannel: 'kontakt kommunen (skoleeigar) direkte.',
    questionsAdded: (list: string) => `La til spørsmåla ${list} i meldeskjemaet att.`,
    leadershipRouteAdded: 'Meldeskjemaet sender no meldingar om leiinga direkte til skoleeigar.',
    channelWritten: 'Skreiv kanalen til skoleeigar i meldeskjemaet.',
  },
  errors: {
    selectCaseRow: 'Merk ei rad med ei sak i arket «Saker» først.',
    unknownCase: (saksnr: string) => `Fann ikkje saka ${saksnr}.`,
    busy: 'Skolemiljø er oppteken med ei anna oppgåve. Prøv igjen om litt.',
    notSetUp: 'Skolemiljø er ikkje sett opp enno. Vel «Set opp / reparer» i menyen.',
    generic: (message: string) => `Noko gjekk gale: ${message}`,
  },
  cases: {
    statusIntro: (status: string) =>
      `No: «${status}». Saka går eitt steg om gongen, slik aktivitetsplikta er bygd opp. Datoen som dokumenterer steget, blir fylt ut, og endringa blir logga.`,
    newStatus: 'Ny status',
    planThroughDialog:
      'Status «Aktivitetsplan» får saka når planen er skriven: bruk «Lag aktivitetsplan» under Dokument.',
    reasonLabel: 'Grunngjeving',
    reasonHelp: 'Må fyllast ut når saka blir avslutta. Står i loggen og i dokumentasjonen.',
    closeIntro:
      'Saka blir avslutta når eleven har det trygt og godt, eller av ein annan grunn som blir dokumentert (til dømes at eleven har bytt skole).',
    assignPick: 'Ansvarleg',
    assignOther: 'Annan (skriv e-postadressa under)',
    assignHelp: 'Den ansvarlege får redigeringstilgang til saksmappa og påminningar om fristane.',
    unknownStatus: (saksnr: string, status: string) =>
      `Sak ${saksnr} har ein status Skolemiljø ikkje kjenner («${status}»). Vel ein status frå lista i kolonnen «Status».`,
    unchanged: (saksnr: string, status: string) => `Sak ${saksnr} har alt status «${status}».`,
    statusChanged: (saksnr: string, status: string) =>
      `Sak ${saksnr} har no status «${status}». Endringa er logga.`,
    changeStatusTitle: (saksnr: string) => `Endre status for sak ${saksnr}`,
    changeStatusPrompt: (status: string, options: string) =>
      `Noverande status: ${status}.\n\nSkriv ny status: ${options}`,
    notAnOption: (text: string, options: string) =>
      `«${text}» er ikkje eitt av vala. Vel ein av: ${options}.`,
    closedCase: (saksnr: string) =>
      `Sak ${saksnr} er avslutta. Vel «Gjenopne saka …» i menyen om ho skal følgjast opp igjen.`,
    closeTitle: (saksnr: string) => `Avslutt sak ${saksnr}`,
    closePrompt:
      'Kvifor blir saka avslutta? Til dømes: «Eleven opplever no skolemiljøet som trygt og godt (evaluering 12.10.).»',
    reopenTitle: (saksnr: string) => `Gjenopne sak ${saksnr}`,
    reopenPrompt:
      'Kvifor blir saka gjenopna? Til dømes: «Eleven seier at det har byrja igjen.» Saka får status «Undersøkes».',
    notClosed: (saksnr: string) => `Sak ${saksnr} er ikkje avslutta.`,
    reasonTooLong: (max: number) =>
      `Grunngjevinga kan vere høgst ${max} teikn. Skriv det lengre i saksmappa.`,
    reasonRequired: 'Skriv ei grunngjeving. Ho er ein del av dokumentasjonen av aktivitetsplikta.',
    assignTitle: (saksnr: string) => `Ansvarleg for sak ${saksnr}`,
    assignPrompt: 'E-postadressa til den som har ansvaret for å følgje opp saka:',
    badEmail: (text: string) => `«${text}» er ikkje ei gyldig e-postadresse.`,
    alreadyResponsible: (saksnr: string, email: string) => `${email} er alt ansvarleg for sak ${saksnr}.`,
    assigned: (saksnr: string, email: string) =>
      `${email} er no ansvarleg for sak ${saksnr}. Endringa er logga.`,
    sidebarTitle: (saksnr: string) => `Sak ${saksnr}`,
  },
  daily: {
    steps: {
      undersøkelse: 'start undersøkinga',
      aktivitetsplan: 'aktivitetsplan',
      evaluering: 'evaluering',
      skoleeier: 'melde frå til skoleeigar',
    },
    ranNow: (mails: number) =>
      `Dei daglege oppgåvene er køyrde. ${mails} e-post${mails === 1 ? '' : 'ar'} laga.`,
    incomplete: (numbers: string[]) =>
      `Må kompletterast (${numbers.length}): ${numbers.slice(0, 20).join(', ')}${numbers.length > 20 ? ' …' : ''}. Rett opp rada og tøm «Må kompletteres».`,
    pastRetention: (count: number, months: number, list: string) =>
      `${count} avslutta saker er eldre enn oppbevaringstida (${months} månader): ${list}. Vel Skolemiljø → Arkiver og slett … for å lagre dokumentasjonen i «Arkiv» og slette personopplysningane.`,
    andMore: (n: number) => ` og ${n} til`,
    unresolvedErrors: (open: number, all: number) =>
      `${open} melding(ar) i «Meldingsfeil» er ikkje løyste enno (${all} i alt).`,
    lateIntake: (n: number) =>
      `${n} melding(ar) vart tekne inn av den daglege jobben i staden for med ein gong.`,
  },
  overview: {
    updated: 'Oppdatert',
    updatedNote: 'Blir oppdatert kvar natt av Skolemiljø.',
    open: 'Opne saker',
    overdue: 'Frist passert',
    serious: 'Opne saker etter § 12-5 (tilsett involvert)',
    status: (s: string) => `Status: ${s}`,
    reported: (year: string) => `Meldt skoleåret ${year}`,
    closed: (year: string) => `Avslutta skoleåret ${year}`,
    medianToPlan: 'Median dagar frå melding til aktivitetsplan',
    medianNote: 'Kalenderdagar, alle saker med plan.',
    category: (year: string, c: string) => `Kategori ${year}: ${c}`,
  },
  help: {
    reportTitle: 'Når nokon melder frå',
    shareLink: 'Alle tilsette melder i meldeskjemaet. Del lenkja:',
    notSetUp: 'Vel «Set opp / reparer» først.',
    becomesCase: 'Meldinga blir ei sak i «Saker», og rektor får ein e-post utan personopplysningar.',
    workCase: 'Merk saka og bruk menyen: Endre status, Set ansvarleg, Nytt tiltak, Dokument, Avslutt saka.',
    deadlinesTitle: 'Fristar og fargar',
    deadlines: 'Fristane blir rekna i skoledagar (utan heilagdagar og feriane til skolen i «Innstillinger»).',
    red: 'Raud',
    redText: 'fristen er passert.',
    amber: 'Gul',
    amberText: 'fristen er nær.',
    grey: 'Grå',
    greyText: 'saka er avslutta. Rektor får éi oversikt på e-post kvar morgon.',
    planTitle: 'Aktivitetsplanen',
    plan: 'Legg inn tiltaka med «Nytt tiltak», og vel så «Dokument → Lag aktivitetsplan». Planen får dei fem punkta i lova, tiltaka som tabell og hamnar i saksmappa i Disk. Skriv aldri namn på andre elevar: skriv «utøvande elev» eller «elev A».',
    wheelTitle: 'Årshjul og tiltaksplan',
    wheel:
      'Merk ein aktivitet i «Årshjul» som gjord når han er gjennomført. Dei ansvarlege får påminning veka før. Vel «Vis årshjulet» for å sjå året som eit hjul og skrive det ut.',
  },
  dialogs: {
    lang: 'nn' as 'nb' | 'nn',
    save: 'Lagre',
    cancel: 'Avbryt',
    close: 'Lukk',
    working: 'Lagrar … Vent litt, og ikkje lukk vindauget.',
    required: 'må fyllast ut',
    fieldRequired: 'Dette feltet må fyllast ut.',
    badDate: (v: string) => `«${v}» er ikkje ein dato.`,
    pickOne: 'Vel eitt av vala.',
    cancelled: 'Avbrote. Ingenting vart endra.',
    formLinkTitle: 'Meldeskjema',
    formLinkBody: (url: string) =>
      `Del denne lenkja med alle tilsette. Skjemaet er for å melde frå om uro for skolemiljøet til ein elev:\n\n${url}`,
  },
  documents: {
    notSetUp:
      'Mappene og malane i Disk er ikkje sette opp enno. Vel «Set opp / reparer» i Skolemiljø-menyen.',
    noTemplate: (name: string) =>
      `Fann ikkje malen «${name}» i mappa «Maler». Vel «Set opp / reparer» i menyen, så blir han laga på nytt. Ingen dokument vart laga.`,
    templateProblems: (name: string, problems: string) =>
      `Malen «${name}» kan ikkje brukast slik han er no:\n\n${problems}\n\nRett malen i Google Dokument og prøv igjen. Ingen dokument vart laga.`,
    unreadableTemplate: (name: string) =>
      `Skolemiljø klarer ikkje å lese korleis malen «${name}» er bygd opp (eit avsnitt med linjeskift?). Ingen dokument vart laga.`,
    cellParagraphs: (name: string) =>
      `Tabellen med gjentekne rader i malen «${name}» har ei celle med fleire avsnitt. La kvar celle i den tabellen ha berre eitt avsnitt. Ingen dokument vart laga.`,
    nestedTable: (name: string) =>
      `Tabellen med gjentekne rader i malen «${name}» står inni ein annan tabell. Flytt han ut. Ingen dokument vart laga.`,
    notInvestigated: (saksnr: string) =>
      `Sak ${saksnr} er ikkje undersøkt enno. Set status «Undersøkes» først: tiltak byggjer på undersøkinga.`,
    closedCase: (saksnr: string) =>
      `Sak ${saksnr} er avslutta. Opne saka att dersom eleven igjen ikkje har det trygt og godt.`,
    noMeasures: (saksnr: string) =>
      `Sak ${saksnr} har ingen tiltak enno. Legg inn tiltaka med «Nytt tiltak …» i menyen først.`,
    noPlanYet: (saksnr: string) =>
      `Sak ${saksnr} har ingen aktivitetsplan å evaluere. Lag aktivitetsplanen først.`,
    planDialogTitle: (saksnr: string) => `Aktivitetsplan for sak ${saksnr}`,
    evaluationDialogTitle: (saksnr: string) => `Evaluering av aktivitetsplan, sak ${saksnr}`,
    invalidRequest: 'Skjemaet kom ikkje fram som det skulle. Lukk vindauget og prøv igjen.',
    measuresChanged:
      'Tiltaka i arket «Tiltak» er endra medan vindauget var ope. Lukk vindauget og opne det på nytt.',
    problemRequired: 'Skriv kva problem tiltaka skal løyse. Det er første punktet i planen (§ 12-4).',
    experienceRequired:
      'Skriv korleis eleven sjølv opplever situasjonen no. Det er det som avgjer om skolemiljøet er trygt og godt.',
    badDate: (text: string) => `«${text}» er ikkje ein dato. Skriv datoen som dd.mm.åååå.`,
    pastDate: (date: string) => `Evalueringsdatoen ${date} har alt vore. Vel ein dato fram i tid.`,
    namesFound:
      'Teksten ser ut til å nemne andre elevar. Andre elevar skal ikkje nemnast med namn i dokument som blir sende heim: skriv «utøvande elev» eller «elev A».',
    namesAlertTitle: 'Andre elevar nemnde?',
    namesAlert: (list: string) =>
      `Teksten som skal inn i dokumentet, ser ut til å nemne andre elevar:\n\n${list}\n\nVil du byte ut namna med forslaga?\nJa: byt ut namna. Nei: behald dei (valet blir logga).`,
    made: (title: string, url: string) => `«${title}» er laga i saksmappa:\n${url}`,
    madeWithPdf: (title: string, url: string) =>
      `«${title}» er laga i saksmappa, med ein PDF ved sida av for arkivet og for å sende heim:\n${url}`,
    alreadyMade: (title: string, url: string) =>
      `«${title}» vart nett laga, så Skolemiljø laga ikkje eitt til:\n${url}\n\nVil du ha ein ny versjon, vent eitt minutt og prøv igjen.`,
    planDone: (saksnr: string, next: string) =>
      `Saka ${saksnr} har status «Aktivitetsplan», og neste evaluering er ${next}.`,
    evaluationClosed: (saksnr: string) =>
      `Saka ${saksnr} er avslutta fordi eleven opplever skolemiljøet som trygt og godt.`,
    evaluationNext: (saksnr: string, next: string) => `Neste evaluering av sak ${saksnr} er ${next}.`,
    closeNeedsReason:
      'Problemet er ikkje løyst, men saka skal avsluttast: skriv grunngjevinga (til dømes at eleven har bytt skole). Ho står i dokumentasjonen.',
    closedReasonOther: (date: string, reason: string) => `Evaluering ${date}: ${reason}`,
    closedReason: (date: string) => `Evaluering ${date}: eleven opplever skolemiljøet som trygt og godt.`,
    skoleeierTitle: (saksnr: string) => `Melding til skoleeigar, sak ${saksnr}`,
    skoleeierNotSerious:
      'Saka gjeld ikkje ein tilsett. Rektor melder frå til skoleeigaren i alvorlege saker, til dømes når fleire elevar krenkjer éin elev, ved digital mobbing på tvers av skolar, eller når skolen over tid ikkje har løyst saka.\n\nVil du lage ei melding til skoleeigaren?',
    skoleeierWhat:
      'Kort om kva som har skjedd. Ikkje skriv namn: meldinga viser til saka berre med saksnummer.',
    skoleeierDone: 'Kva har skolen gjort så langt?',
    skoleeierNext: 'Kva gjer skolen vidare? (kan stå tomt)',
    required: 'Feltet må fyllast ut. Ingenting vart laga.',
    tiltaksplanTitle: (year: string) => `Evaluering av tiltaksplan ${year}`,
    tiltaksplanParticipants: 'Kven var med på evalueringa? (kan stå tomt)',
    tiltaksplanSummary: 'Samla vurdering av året (kan stå tomt, og kan skrivast i dokumentet etterpå)',
    tiltaksplanEmpty:
      'Arket «Tiltaksplan» har ingen tiltak. Fyll inn tiltaksplanen, og fyll inn «Evaluering» og «Videre arbeid» før du lagar evalueringa.',
    tiltaksplanMissingLevel: (rows: string) =>
      `Radene ${rows} i «Tiltaksplan» har ikkje nivå (Universelt, Selektert eller Indikert) og kom ikkje med.`,
    setUpRoot: (name: string) => `Laga mappa «${name}» i Disk for malar og saksmapper.`,
    setUpFolder: (name: string) => `Laga mappa «${name}».`,
    setUpTemplate: (name: string) => `Laga malen «${name}» i mappa «Maler».`,
    setUpShared: (n: number) => `Delte Skolemiljø-mappa med rektor og leiinga (${n}).`,
    dialogColumns: {
      colTiltak: 'Tiltak',
      colNiva: 'Nivå',
      colHvem: 'Kven',
      colPeriode: 'Frå–til',
      colEvalueres: 'Blir evaluert',
      colVurdering: 'Vidare',
    },
    planDialog: {
      intro:
        'Planen byggjer på tiltaka i arket «Tiltak». Andre elevar skal ikkje nemnast med namn: skriv «utøvande elev» eller «elev A».',
      measures: 'Tiltak som kjem med i planen',
      problem: '1. Kva problem skal tiltaka løyse?',
      elevensBeskrivelse: 'Eleven si eiga skildring av situasjonen',
      elevensOnsker: 'Kva eleven sjølv ønskjer',
      foresattesSyn: 'Synet til dei føresette',
      barnetsBeste: 'Vurderinga skolen gjer av kva som er best for eleven',
      gjennomforing: 'Når tiltaka blir gjennomførte (valfritt, i tillegg til datoane i tabellen)',
      merknader: 'Andre opplysningar (valfritt)',
      evalueringsdato: '5. Når skal tiltaka evaluerast første gong?',
      ...DIALOG_COMMON_NN,
      submit: 'Lag aktivitetsplan',
    },
    evaluationDialog: {
      intro:
        'Evalueringa blir gjord saman med eleven og dei føresette. Det er eleven si eiga oppleving som avgjer om skolemiljøet er trygt og godt.',
      date: 'Dato for evalueringa',
      deltakere: 'Kven var med?',
      elevensOpplevelse: 'Korleis eleven sjølv opplever situasjonen no',
      foresattesSyn: 'Synet til dei føresette (valfritt)',
      measures: 'Vurdering av kvart tiltak',
      verdictVidereføre: 'Vidareførast',
      verdictEndre: 'Endrast',
      verdictAvslutte: 'Avsluttast',
      kommentar: 'Kommentar',
      newMeasures: 'Nye tiltak',
      addMeasure: 'Legg til nytt tiltak',
      tiltak: 'Tiltak',
      niva: 'Nivå',
      levelIndivid: 'Individ',
      levelGruppe: 'Gruppe',
      levelSystem: 'System',
      hvem: 'Kven (e-post)',
      problemetLost: 'Er problemet løyst?',
      solvedJa: 'Ja',
      solvedNei: 'Nei',
      solvedDelvis: 'Delvis',
      begrunnelse: 'Grunngjeving',
      konklusjon: 'Vidare arbeid',
      conclusionAvslutte: 'Eleven har det trygt og godt: saka blir avslutta',
      conclusionVidereføre: 'Planen blir vidareført med endringane over',
      conclusionNyPlan: 'Det blir laga ein ny aktivitetsplan',
      nesteEvaluering: 'Neste evaluering',
      eksternHjelp: 'Behov for hjelp utanfrå',
      servicePpt: 'PPT',
      serviceBup: 'BUP',
      serviceBarnevern: 'Barnevernstenesta',
      serviceHelsesykepleier: 'Helsesjukepleiar',
      eksternHjelpKommentar: 'Kommentar til hjelp utanfrå',
      oppfolging: 'Oppfølging etter at planen er avslutta',
      ...DIALOG_COMMON_NN,
      submit: 'Lag evaluering',
    },
  },
  measures: {
    levelLabel: 'Nivå',
    levels: {
      individ: 'Individ (eleven)',
      gruppe: 'Gruppe (klassen eller gruppa)',
      system: 'System (heile skolen)',
    },
    whoLabel: 'Kven gjennomfører tiltaket',
    whoHelp: (people: string) =>
      `Namn eller e-post. Med e-post får personen lesetilgang til plan og evaluering i saksmappa.${people ? ` Leiinga: ${people}.` : ''}`,
    fromLabel: 'Frå',
    toLabel: 'Til',
    toHelp: 'Tomt: inntil vidare.',
    toBeforeFrom: '«Til» kan ikkje vere før «Frå».',
    evaluationLabel: 'Blir evaluert',
    tooLong: (max: number) => `Skildre tiltaket med høgst ${max} teikn.`,
    title: (saksnr: string) => `Nytt tiltak for sak ${saksnr}`,
    askWhat: 'Kva er tiltaket? Skildre det konkret. Ikkje skriv namn på andre elevar.',
    askLevel: 'Nivå: individ, gruppe eller system?',
    askWho: 'Kven gjennomfører tiltaket? Skriv e-postadressa, så får personen lesetilgang til saksmappa.',
    askPeriod: 'Når? Frå–til, til dømes 21.09.2026–16.10.2026. Tomt: frå i dag.',
    askEvaluation: (fallback: string) => `Når skal tiltaket evaluerast (dd.mm.åååå)? Tomt: ${fallback}.`,
    required: 'Skriv kva tiltaket er. Ingenting vart lagt til.',
    badLevel: (text: string) => `«${text}» er ikkje eit nivå. Skriv individ, gruppe eller system.`,
    badPeriod: (text: string) =>
      `«${text}» er ikkje ein periode. Skriv til dømes 21.09.2026–16.10.2026. Ingenting vart lagt til.`,
    badDate: (text: string) => `«${text}» er ikkje ein dato. Skriv dd.mm.åååå. Ingenting vart lagt til.`,
    closedCase: (saksnr: string) => `Sak ${saksnr} er avslutta. Tiltak blir lagde til opne saker.`,
    added: (saksnr: string, date: string) =>
      `Tiltaket er lagt til sak ${saksnr} i arket «Tiltak» og blir evaluert ${date}. Det kjem med i neste aktivitetsplan.`,
    levelHelp: 'Vel individ (eleven), gruppe (klassen eller gruppa) eller system (heile skolen).',
    statusHelp: 'Planlagt, Pågår, Endret eller Avsluttet. Evalueringa oppdaterer statusen.',
    dateHelp: 'Skriv ein dato (dd.mm.åååå).',
    validationSet: 'Sette opp nedtrekkslister og datokontroll i «Tiltak».',
  },
};
