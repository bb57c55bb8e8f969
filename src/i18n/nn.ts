import type { Messages } from './nb';

/**
 * The common bokmål phrases the code writes into a log row's details (intake, status changes, measures,
 * evaluations), as a nynorsk document prints them. Free text the school typed is left as it is.
 */
const NN_DETAILS: readonly (readonly [RegExp, string])[] = [
  [/\bBegrunnelse: /g, 'Grunngjeving: '],
  [/^Meldt av ansatt \(/, 'Meldt av tilsett ('],
  [/^Meldt av foresatt \(/, 'Meldt av føresett ('],
  [/^Meldt av annen \(/, 'Meldt av annan ('],
  [/^Meldt av ukjent rolle \(/, 'Meldt av ukjend rolle ('],
  [/ Kanal: ([^,]*), mottatt av /, ' Kanal: $1, motteke av '],
  [/ § 12-5: en ansatt er involvert\./, ' § 12-5: ein tilsett er involvert.'],
  [/ Må kompletteres \((\d+)\)\./, ' Må kompletterast ($1).'],
  [
    /^Den som meldte, skrev at noen grep inn: se «Har noen grepet inn» i saken\.$/,
    'Den som melde frå, skreiv at nokon greip inn: sjå «Har noen grepet inn» i saka.',
  ],
  [/\bHvem: /, 'Kven: '],
  [/\bEvalueres: /, 'Evaluerast: '],
  [
    /^(\d+) tiltak vurdert: (\d+) videreføres, (\d+) endres, (\d+) avsluttes\. (\d+) nye tiltak\./,
    '$1 tiltak vurderte: $2 blir vidareførte, $3 blir endra, $4 blir avslutta. $5 nye tiltak.',
  ],
  [/(^|→ )Undersøkes\b/g, '$1Undersøkjast'],
  [/(^|→ )Evalueres\b/g, '$1Evaluerast'],
  [/(^|→ )Avsluttet\b/g, '$1Avslutta'],
];

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
    statsforvalter: 'Registrer Statsforvaltaren …',
    settings: 'Innstillingar …',
    anonymisedReport: 'Lag anonymisert rapport …',
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
  labels: {
    caseStatus: {
      Meldt: 'Meldt',
      Undersøkes: 'Undersøkjast',
      Aktivitetsplan: 'Aktivitetsplan',
      Evalueres: 'Evaluerast',
      Avsluttet: 'Avslutta',
    },
    measureStatus: { Planlagt: 'Planlagt', Pågår: 'Pågår', Endret: 'Endra', Avsluttet: 'Avslutta' },
    events: {
      'Melding mottatt': 'Melding motteken',
      'Rektor fikk melding': 'Rektor fekk melding',
      'Grepet inn (fra meldingen)': 'Gripe inn (frå meldinga)',
      'Status endret': 'Status endra',
      'Saken avsluttet': 'Saka avslutta',
      'Saken gjenåpnet': 'Saka opna att',
      'Ansvarlig satt': 'Ansvarleg sett',
      'Tiltak lagt til': 'Tiltak lagt til',
      'Tiltak vurdert': 'Tiltak vurderte',
      'Aktivitetsplan laget': 'Aktivitetsplan laga',
      'Evaluering laget': 'Evaluering laga',
      'Dokumentasjon laget': 'Dokumentasjon laga',
      'Melding til skoleeier laget': 'Melding til skoleeigar laga',
      'Evaluering av tiltaksplan laget': 'Evaluering av tiltaksplan laga',
      'Skoleeier varslet': 'Skoleeigar varsla',
      'Daglig oversikt sendt': 'Dagleg oversikt sendt',
      'E-post i kø': 'E-post i kø',
      'Drift overtatt': 'Drifta overteken',
      'Driften må overtas': 'Drifta må takast over',
    },
    details: (details: string) => NN_DETAILS.reduce((d, [from, to]) => d.replace(from, to), details),
  },
  lifecycle: {
    reopenOnlyTo: (to: string) =>
      `Ei avslutta sak kan berre opnast att til «Undersøkjast», ikkje til «${to}».`,
    reopenFirst: 'Saka er avslutta. Ho må opnast att med eit eige val før ho kan undersøkjast på nytt.',
    next: (from: string, expected: string) =>
      `Frå «${from}» kan saka gå vidare til ${expected} eller «Avslutta».`,
    or: ' eller ',
    backToMeldt: (next: string) => `Ei sak kan ikkje setjast tilbake til «Meldt». ${next}`,
    skip: (from: string, to: string, next: string) =>
      `Saka kan ikkje hoppe over eit steg frå «${from}» til «${to}». ${next}`,
    back: (from: string, to: string, next: string) =>
      `Saka kan ikkje gå tilbake frå «${from}» til «${to}». ${next}`,
    noPlan:
      'Ei sak får status «Aktivitetsplan» når planen er skriven: bruk «Lag aktivitetsplan …». Tiltak krev ein skriftleg plan (opplæringslova § 12-4).',
    noReason:
      'Ei sak blir avslutta med ei grunngjeving: bruk «Avslutt saka …» eller evalueringa. Grunngjevinga er ein del av dokumentasjonen.',
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
      'Dette skjer med kvar sak:\n1. Ei ny «Dokumentasjon av aktivitetsplikta» blir laga, så arkivet får heile kronologien.\n2. Dokumentasjonen, planane og evalueringane blir lagra som PDF i «Arkiv». Berre leiinga har tilgang til mappa.\n3. Så blir personopplysningane sletta:\n• i «Saker»: namnet og klassen til eleven, kva som hende, når og kvar, kven som melde og hadde ansvaret, og grunngjevinga for å avslutte. Saksnummer, datoar, kategori og status blir ståande, så statistikken stemmer.\n• i «Tiltak»: tiltaka i saka.\n• i «Logg»: kven og detaljar i radene til saka. Tid og hending blir ståande.\n• svaret i meldeskjemaet og rada i skjemasvar-arket.\n• saksmappa i Disk. Ho blir lagd i papirkorga, som blir tømd etter 30 dagar.',
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
  statsforvalter: {
    title: (saksnr: string) => `Statsforvaltaren: sak ${saksnr}`,
    intro:
      'Eleven eller dei føresette kan melde saka til Statsforvaltaren (opplæringslova § 12-6), òg etter at ho er avslutta. Registrer det som skjer der: at saka er meldt, at skolen har sendt dokumentasjonen, og vedtaket. Det står i loggen, i «Saker» og i dokumentasjonen av aktivitetsplikta.',
    what: 'Kva har skjedd',
    whats: {
      meldt: 'Saka er meldt til Statsforvaltaren',
      dokumentasjon: 'Dokumentasjon sendt til Statsforvaltaren',
      vedtak: 'Vedtak motteke frå Statsforvaltaren',
    },
    when: 'Dato',
    whenHelp: 'Datoen saka vart meldt, dokumentasjonen vart sendt eller vedtaket vart gjort.',
    deadline: 'Frist for dokumentasjonen',
    deadlineHelp:
      'Fristen Statsforvaltaren har sett i brevet sitt for når skolen skal sende dokumentasjonen («Lag dokumentasjon»). Fyll ut når saka er meldt.',
    measures: 'Pålagde tiltak (eitt per linje)',
    measuresHelp:
      'Ved vedtak: tiltaka Statsforvaltaren har pålagt skolen. Kvart tiltak blir ei rad i «Tiltak», merkt «Pålagt av Statsforvalteren».',
    measuresDeadline: 'Frist for dei pålagde tiltaka',
    note: 'Notat',
    noteHelp:
      'Kort og sakleg, til dømes saksnummeret hos Statsforvaltaren. Skriv ikkje namn på andre elevar.',
    deadlineBefore: 'Fristen kan ikkje vere før datoen saka vart meldt.',
    deadlineOnlyMeldt:
      'Fristen for dokumentasjonen blir registrert saman med «Saka er meldt til Statsforvaltaren».',
    measuresOnlyVedtak: 'Pålagde tiltak blir registrerte med «Vedtak motteke frå Statsforvaltaren».',
    measuresDeadlineRequired: 'Skriv fristen Statsforvaltaren har sett for tiltaka.',
    measuresDeadlineOnlyVedtak: 'Fristen for tiltaka høyrer til pålagde tiltak i eit vedtak.',
    measuresDeadlineBefore: 'Fristen kan ikkje vere før vedtaket.',
    measureTooLong: (max: number) => `Kvart tiltak kan vere høgst ${max} teikn. Skriv eitt tiltak per linje.`,
    events: {
      meldt: 'Meldt til Statsforvaltaren',
      dokumentasjon: 'Dokumentasjon sendt til Statsforvaltaren',
      vedtak: 'Vedtak frå Statsforvaltaren',
    },
    on: (d: string) => `Dato: ${d}.`,
    deadlineLine: (d: string) => `Frist for dokumentasjonen: ${d}.`,
    measuresLine: (n: number, d: string) => `Pålagde tiltak: ${n}, frist ${d}.`,
    noteLine: (note: string) => `Notat: ${note}`,
    done: {
      meldt: (saksnr: string, due: string) =>
        `Det er registrert at sak ${saksnr} er meldt til Statsforvaltaren.${due ? ` Dokumentasjonen skal sendast seinast ${due}: bruk «Lag dokumentasjon».` : ''}`,
      dokumentasjon: (saksnr: string) =>
        `Det er registrert at dokumentasjonen i sak ${saksnr} er sendt til Statsforvaltaren.`,
      vedtak: (saksnr: string, n: number) =>
        `Vedtaket i sak ${saksnr} er registrert${n > 0 ? `, med ${n} pålagde tiltak i «Tiltak»` : ''}.`,
    },
    imposed: 'pålagt av Statsforvaltaren',
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
      statsforvalter: 'Dokumentasjon til Statsforvaltaren',
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
      statsforvalterMeldt: 'Meldt til Statsforvaltaren',
      dokumentasjonSendt: 'Dokumentasjon sendt Statsforvaltaren',
      statsforvalterVedtak: 'Vedtak frå Statsforvaltaren',
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
      statsforvalter: 'Registrer Statsforvaltaren …',
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
      `Gjeld meldinga nokon i leiinga ved skolen, skal ho ikkje gå til skolen. Meld direkte til skoleeigar (opplæringslova § 12-5): ${channel}\n\nSkriv ikkje meir her, og lukk skjemaet utan å sende det. Ingenting om eleven eller det som har skjedd, blir sendt til skolen.`,
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
      statsforvalter: 'sende dokumentasjon til Statsforvaltaren',
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
    updatedNote: 'Blir skrive av Skolemiljø kvar natt. Endringar i arket blir overskrivne.',
    schoolYear: 'Skoleår',
    schoolYearNote: '1. august–31. juli',
    open: 'Opne saker',
    overdue: 'Frist passert',
    serious: 'Opne saker etter § 12-5 (tilsett involvert)',
    reportedYear: 'Meldt dette skoleåret',
    closedYear: 'Avslutta dette skoleåret',
    medianToPlan: 'Median dagar frå melding til aktivitetsplan',
    medianNote: 'Kalenderdagar, saker melde dette skoleåret som har fått plan.',
    deadlineMet: (step: string) => `Frist halden: ${step.toLowerCase()}`,
    ofTotal: (met: number, total: number) => `${met} av ${total}`,
    none: '–',
    redirected: 'Meldingar om leiinga sende til skoleeigar',
    redirectedNote:
      'Berre talet, dette skoleåret. Meldingane går rett til skoleeigar, aldri til skolen (§ 12-5).',
    byMonthTitle: (year: string) => `Meldt per månad, skoleåret ${year}`,
    month: 'Månad',
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
    byCategoryTitle: (year: string) => `Kva sakene gjeld, skoleåret ${year}`,
    byCategoryNote: 'Ei sak kan gjelde fleire kategoriar.',
    category: 'Kategori',
    categories: {
      Mobbing: 'Mobbing',
      'Krenkelser (rasisme, seksuell trakassering, hatefulle ytringer)': 'Krenkingar',
      Vold: 'Vald',
      Utestenging: 'Utestenging',
      'Digital mobbing': 'Digital mobbing',
      'Fravær eller skolevegring': 'Fråvær eller skolevegring',
      'Psykisk helse og trivsel': 'Psykisk helse og trivsel',
      Annet: 'Anna',
    },
    byStatusTitle: (year: string) => `Status no for sakene melde skoleåret ${year}`,
    status: 'Status',
    deadlinesTitle: (year: string) => `Fristar haldne, skoleåret ${year}`,
    deadlinesNote: 'Ikkje halden: gjort etter fristen, eller ikkje gjort og fristen er passert.',
    step: 'Frist',
    met: 'Halden',
    missed: 'Ikkje halden',
    steps: { investigation: 'Starte undersøkinga', plan: 'Aktivitetsplan på plass' },
    ageTitle: 'Opne saker etter dagar sidan melding',
    ageNote: 'Alle opne saker, same kva skoleår.',
    age: 'Dagar sidan melding',
    openCases: 'Opne saker',
    ages: {
      '0_7': '0–7 dagar',
      '8_30': '8–30 dagar',
      '31_90': '31–90 dagar',
      '91_180': '91–180 dagar',
      over_180: 'over 180 dagar',
    },
    chartByMonth: 'Saker per månad',
    chartByCategory: 'Saker per kategori',
    chartByStatus: 'Status no',
    chartDeadlines: 'Fristar haldne',
    chartAge: 'Opne saker etter alder',
    reportSheetFailed:
      'Rapportarket til skoleeigar kunne ikkje skrivast: det finst ikkje, eller er ikkje delt med den som driv Skolemiljø. Sjekk «Rapportark (id)» i «Innstillinger», eller be skoleeigar dele rapportarket.',
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
    studentNotHeard:
      'Skriv skildringa til eleven sjølv, eller kvifor eleven ikkje er høyrd. Eleven har rett til å bli høyrd (opplæringslova § 10-1).',
    bestInterestsRequired:
      'Skriv vurderinga skolen gjer av kva som er best for eleven. Det skal vere eit grunnleggjande omsyn (opplæringslova § 10-2).',
    notHeardBecause: (why: string) => `Eleven er ikkje høyrd fordi: ${why}`,
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
    documentationTitle: (saksnr: string) => `Dokumentasjon av aktivitetsplikta, sak ${saksnr}`,
    documentationNamesIntro:
      'Meldinga, loggen eller tiltaka ser ut til å nemne andre elevar. Dokumentasjonen kan bli send til Statsforvaltaren og til føresette: andre elevar bør ikkje bli namngitt.',
    documentationNamesChoice: 'Kva skal Skolemiljø gjere med namna?',
    documentationReplace: 'Byt dei ut med forslaga («elev A» …)',
    documentationKeep: 'Hald på namna med vilje (valet blir logga)',
    skoleeierTitle: (saksnr: string) => `Melding til skoleeigar, sak ${saksnr}`,
    skoleeierNotSerious:
      'Saka gjeld ikkje ein tilsett. Rektor melder frå til skoleeigaren i alvorlege saker, til dømes når fleire elevar krenkjer éin elev, ved digital mobbing på tvers av skolar, eller når skolen over tid ikkje har løyst saka.\n\nVil du lage ei melding til skoleeigaren?',
    skoleeierWhat:
      'Kort om kva som har skjedd. Ikkje skriv namn: meldinga viser til saka berre med saksnummer.',
    skoleeierDone: 'Kva har skolen gjort så langt?',
    skoleeierNext: 'Kva gjer skolen vidare? (kan stå tomt)',
    required: 'Feltet må fyllast ut. Ingenting vart laga.',
    openDocument: 'Opne dokumentet',
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
      problem: 'Kva problem skal tiltaka løyse?',
      elevensBeskrivelse: 'Eleven si eiga skildring av situasjonen',
      undersokelse: 'Kva undersøkinga viste: kven som er høyrd, og korleis (valfritt)',
      ikkeHort: 'Er eleven ikkje høyrd? Skriv kvifor (berre når skildringa til eleven er tom)',
      elevensOnsker: 'Kva eleven sjølv ønskjer',
      foresattesSyn: 'Synet til dei føresette',
      barnetsBeste: 'Vurderinga skolen gjer av kva som er best for eleven',
      gjennomforing: 'Når tiltaka blir gjennomførte (valfritt, i tillegg til datoane i tabellen)',
      merknader: 'Andre opplysningar (valfritt)',
      evalueringsdato: 'Når skal tiltaka evaluerast første gong?',
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
  people: {
    seeded: (n: number) =>
      `Fylte inn ${n} i «Personale»: skriv namn og rolle for alle som får oppgåver i saker.`,
    unnamed: (emails: string) =>
      `Dokument som blir sende heim, nemner folk med namn og rolle, ikkje e-postadresse. Skriv namn og rolle for ${emails} i arket «Personale», og prøv igjen.`,
    notShared:
      'Saka gjeld ein som arbeider på skolen (§ 12-5): dokumentet er ikkje delt med nokon. Del det sjølv med dei som treng det.',
    suggestionsHelp: 'Vel frå «Personale», eller skriv ei e-postadresse.',
  },
  measures: {
    levelLabel: 'Nivå',
    levels: {
      individ: 'Individ (eleven)',
      gruppe: 'Gruppe (klassen eller gruppa)',
      system: 'System (heile skolen)',
    },
    whoLabel: 'Kven gjennomfører tiltaket',
    whoHelp:
      'Vel frå «Personale», eller skriv ei e-postadresse. Personen får lesetilgang til planen og evalueringa, ikkje til resten av saka.',
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
  anonymisedReport: {
    title: 'Anonymisert rapport',
    intro:
      'Ein rapport til driftsstyret, SU/SMU og kommunen. Han blir laga som eit nytt rekneark i Disken din, med tala per skoleår. Han har ingen namn, klassar, fritekst eller datoar (berre månader). Eit tal frå 1 til 4 står som «<5», og eit tal som ville avslørt det, står som «skjult».',
    yearsLabel: 'Kva skoleår?',
    yearsCurrent: (year: string) => `Dette skoleåret (${year})`,
    yearsAll: 'Dette og tidlegare skoleår i registeret (høgst fem)',
    submit: 'Lag rapporten',
    working: 'Lagar rapporten … Vent litt, og ikkje lukk vindauget.',
    done: 'Rapporten er laga. Han har berre anonymiserte tal og kan delast med driftsstyret og kommunen.',
    open: 'Opne rapporten',
    fileName: (school: string, month: string) => `Skolemiljø – anonymisert rapport – ${school} – ${month}`,
    sheetName: 'Rapport',
    heading: 'Skolemiljø: anonymisert rapport',
    school: (name: string) => `Skole: ${name}`,
    asOf: (month: string) => `Tala gjeld per ${month}.`,
    about:
      '«<5» tyder 1–4 saker. «skjult» tyder at talet er skjult for at eit lite tal ikkje skal kunne reknast ut av dei andre. Ingen namn, klassar, fritekst eller datoar, berre månader.',
    source: 'Laga av Skolemiljø frå saksregisteret til skolen.',
    figure: 'Tal',
    yearColumn: (year: string) => `Skoleåret ${year}`,
    sections: {
      reported: 'Saker',
      month: 'Meldt per månad',
      status: 'Status no',
      category: 'Kva sakene gjeld (ei sak kan gjelde fleire)',
      deadlines: 'Fristar',
      open: 'Opne saker',
    },
    labels: {
      saker: 'Saker melde i skoleåret',
      paragraf_12_5: '§ 12-5: ein tilsett har krenkt ein elev (berre talet)',
      frist_undersokelse_innen: 'Starte undersøkinga: frist halden',
      frist_undersokelse_etter: 'Starte undersøkinga: frist ikkje halden',
      frist_undersokelse_andel: 'Starte undersøkinga: prosent haldne',
      frist_plan_innen: 'Aktivitetsplan på plass: frist halden',
      frist_plan_etter: 'Aktivitetsplan på plass: frist ikkje halden',
      frist_plan_andel: 'Aktivitetsplan på plass: prosent haldne',
      median_dager_til_plan: 'Median dagar frå melding til aktivitetsplan',
      aapne: 'Opne saker (ved slutten av skoleåret, eller no)',
    } as Record<string, string>,
    monthLabel: (month: string) => `Meldt i ${month}`,
    statusLabel: (status: string) => `Status no: ${status}`,
    ageLabel: (band: string) => `Opne, ${band} sidan melding`,
    logEvent: 'Anonymisert rapport laga',
    logDetails: (years: string) => `Skoleår: ${years}. Berre anonymiserte tal.`,
  },
  settingsDialog: {
    title: 'Innstillingar',
    intro:
      'Blir lagra i arket «Innstillinger». Etterpå rettar Skolemiljø meldeskjemaet, tilgangane og fristane etter dei nye innstillingane.',
    school: 'Skolen',
    schoolName: 'Namnet på skolen',
    schoolNameHelp: 'Blir brukt i dokumenta.',
    rektorEmail: 'E-postadressa til rektor',
    rektorEmailHelp: 'Får varsel om nye saker og den daglege oversikta.',
    rektorName: 'Namnet på rektor',
    rektorNameHelp: 'Står der rektor skriv under i dokumenta.',
    leadership: 'Leiinga (e-post)',
    leadershipHelp: 'Éi adresse per linje. Berre leiinga kan endre sakene.',
    skoleeier: 'Skoleeigar',
    skoleeierEmail: 'E-postadressa til skoleeigar',
    skoleeierEmailHelp:
      'Der rektor melder frå om alvorlege saker og om ein tilsett som kan ha krenkt ein elev (§ 12-4 og § 12-5).',
    skoleeierChannel: 'Skoleeigar (kanal for meldingar om leiinga)',
    skoleeierChannelHelp:
      'Korleis dei tilsette når skoleeigar direkte når ei melding gjeld nokon i leiinga (§ 12-5): ei lenkje til skjemaet til skoleeigar, eit telefonnummer eller ei adresse. Meldeskjemaet viser dette.',
    language: 'Språk',
    languageHelp: 'Menyar, meldeskjema og dokument.',
    bokmal: 'Bokmål',
    nynorsk: 'Nynorsk',
    year: 'Skoleåret',
    schoolStart: 'Skolestart',
    schoolStartHelp: 'Første skoledag dette skoleåret.',
    holidays: 'Feriar og fridagar ved skolen',
    holidaysHelp:
      'Éin per linje: 12.10.2026 eller Haustferie: 05.10.2026–09.10.2026. Offentlege heilagdagar er med av seg sjølv.',
    deadlines: 'Fristar (skoledagar)',
    investigationSchoolDays: 'Starte undersøkinga',
    investigationSchoolDaysHelp: '§ 12-4: «snarast». Skoledagar etter at rektor fekk vite om saka.',
    investigationSchoolDaysSerious: 'Starte undersøkinga når ein tilsett er involvert',
    investigationSchoolDaysSeriousHelp: '§ 12-5: «straks». 0 tyder same dag.',
    planSchoolDays: 'Aktivitetsplan på plass',
    planSchoolDaysHelp: 'Skoledagar etter at rektor fekk vite om saka.',
    soonSchoolDays: 'Varsle før frist',
    soonSchoolDaysHelp: 'Fristar så nære blir gule.',
    firstEvaluationWeeks: 'Første evaluering (veker etter planen)',
    firstEvaluationWeeksHelp: 'Kan setjast i kvar plan.',
    retention: 'Oppbevaring',
    retentionMonths: 'Oppbevaring etter avslutta sak (månader)',
    retentionMonthsHelp:
      'Avslutta saker eldre enn dette blir nemnde i den daglege e-posten, så rektor kan arkivere og slette dei.',
    whole: (label: string, min: number, max: number, text: string) =>
      `«${label}» må vere eit heilt tal frå ${min} til ${max}, ikkje «${text}».`,
    email: (label: string, text: string) => `«${label}»: «${text}» er ikkje ei gyldig e-postadresse.`,
    emailInList: (label: string, text: string) =>
      `«${label}»: «${text}» er ikkje ei gyldig e-postadresse. Skriv éi adresse per linje.`,
    missing: (label: string) =>
      `«${label}» må fyllast ut: meldingar om nokon i leiinga skal gå direkte til skoleeigar (§ 12-5).`,
    date: (label: string, text: string) => `«${label}»: «${text}» er ikkje ein dato.`,
    holidaysProblem: (entry: string, _detail: string) =>
      `Feriar og fridagar: «${entry}» er ikkje ein dato eller ein periode vi forstår. Skriv til dømes 12.10.2026 eller Haustferie: 05.10.2026–09.10.2026.`,
    notAllowed:
      'Du kan ikkje endre innstillingane: arket «Innstillinger» er verna, og berre rektor og leiinga kan endre det.',
    unchanged: 'Ingenting var endra.',
    saved: (labels: string) => `Lagra: ${labels}.`,
    repaired: (n: number) =>
      n === 1 ? 'Éin ting i oppsettet vart retta.' : `${n} ting i oppsettet vart retta.`,
    recomputed: (n: number) =>
      n === 1 ? 'Fristane i éi open sak er rekna om.' : `Fristane i ${n} opne saker er rekna om.`,
    logEvent: 'Innstillingar endra',
  },
};
