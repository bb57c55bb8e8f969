// `npx skolemiljo`: the municipality's command line. Parses arguments, signs in, runs one command.
import { Command, Option } from 'commander';
import { authClient } from './auth/authClient';
import { login } from './auth/login';
import { configDir, removeLogin } from './auth/tokenStore';
import { EXIT } from './commands/outcome';
import { provision } from './commands/provision';
import { report } from './commands/report';
import { skoleeierMeldinger } from './commands/skoleeierMeldinger';
import { status } from './commands/status';
import { update } from './commands/update';
import { type Context, osloToday } from './context';
import { createApis } from './google/apis';
import { safeMessage, UserError } from './google/errors';
import { RateLimiter } from './google/rateLimiter';
import { Caller, DEFAULT_POLICY } from './google/retry';
import { ConsoleReporter, type Reporter } from './output/reporter';

interface GlobalOptions {
  serviceAccount?: string;
  subject?: string;
  registry?: string;
  concurrency: string;
  sheetsPerMinute: string;
  retries: string;
  timeout: string;
  dryRun?: boolean;
  quiet?: boolean;
  apiRoot?: string;
}

const TITLES: Record<string, string> = {
  'Usage:': 'Bruk:',
  'Options:': 'Valg:',
  'Commands:': 'Kommandoer:',
  'Arguments:': 'Argumenter:',
  'Global Options:': 'Felles valg:',
};

/** Commander's help in Norwegian: section titles and «(standard: …)». Inherited by every subcommand. */
const norwegianHelp = {
  showGlobalOptions: true,
  styleTitle: (title: string) => TITLES[title] ?? title,
  subcommandTerm: (cmd: Command) =>
    [
      cmd.name(),
      cmd.options.length > 0 ? '[valg]' : '',
      ...cmd.registeredArguments.map((a) => (a.required ? `<${a.name()}>` : `[${a.name()}]`)),
    ]
      .filter(Boolean)
      .join(' '),
  optionDescription: (option: Option) =>
    option.defaultValue !== undefined
      ? `${option.description} (standard: ${String(option.defaultValue)})`
      : option.description,
};

function whole(value: string, name: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UserError(`${name} må være et helt tall, minst ${min}.`);
  return n;
}

let interrupted = false;

function makeContext(o: GlobalOptions, reporter: Reporter): Context {
  const perMinute = whole(o.sheetsPerMinute, '--sheets-per-minute', 0);
  const root = o.apiRoot?.replace(/\/?$/, '/');
  const auth = authClient({
    ...(o.serviceAccount ? { serviceAccount: o.serviceAccount } : {}),
    ...(o.subject ? { subject: o.subject } : {}),
    ...(root ? { tokenUrl: `${root}token` } : {}),
  });
  const limiters =
    perMinute > 0 ? { sheetsRead: new RateLimiter(perMinute), sheetsWrite: new RateLimiter(perMinute) } : {};
  return {
    apis: createApis(auth, {
      timeoutMs: whole(o.timeout, '--timeout', 1) * 1000,
      ...(root ? { rootUrl: root } : {}),
    }),
    caller: new Caller({ ...DEFAULT_POLICY, retries: whole(o.retries, '--retries', 0) }, limiters),
    reporter,
    dryRun: Boolean(o.dryRun),
    concurrency: whole(o.concurrency, '--concurrency', 1),
    today: () => osloToday(),
    stopped: () => interrupted,
    ...(o.registry ? { registryId: o.registry } : {}),
  };
}

/** Runs a command with a context; every error ends as a safe Norwegian message and an exit code. */
function action(run: (ctx: Context, cmd: Command) => Promise<number>) {
  return async (...args: unknown[]) => {
    const cmd = args[args.length - 1] as Command;
    const o = cmd.optsWithGlobals<GlobalOptions>();
    const reporter = new ConsoleReporter(!o.quiet && Boolean(process.stderr.isTTY));
    try {
      process.exitCode = await run(makeContext(o, reporter), cmd);
    } catch (error) {
      reporter.warn(safeMessage(error));
      process.exitCode = error instanceof UserError ? EXIT.userError : EXIT.someFailed;
    }
  };
}

export function buildProgram(): Command {
  const program = new Command('skolemiljo')
    .description(
      'Skoleeiers verktøy for Skolemiljø: setter opp skolenes regneark og skript, oppdaterer dem, lager ' +
        'kommunens rapport fra skolenes anonymiserte tall, og henter meldinger om skolenes ledelse (§ 12-5). ' +
        'Veiledning: docs/skoleeier.md',
    )
    .configureHelp(norwegianHelp)
    .usage('[valg] <kommando>')
    .helpOption('-h, --help', 'vis hjelp')
    .helpCommand('help [kommando]', 'vis hjelp for en kommando')
    .option(
      '--service-account <nøkkel.json>',
      'bruk en tjenestekonto med domenedelegering i stedet for din egen innlogging',
    )
    .option(
      '--subject <e-post>',
      'brukeren tjenestekontoen opptrer som, og som eier filene (krever --service-account)',
    )
    .option('--registry <id>', 'id til skoleoversikten (ellers finnes den i Disk)')
    .option('--concurrency <antall>', 'hvor mange skoler som behandles samtidig', '8')
    .option(
      '--sheets-per-minute <antall>',
      'høyst så mange Sheets-lesinger (og -skrivinger) per minutt; 0 = ingen grense',
      '60',
    )
    .option('--retries <antall>', 'nye forsøk ved 429, 5xx og tidsavbrudd (med økende ventetid)', '6')
    .option('--timeout <sekunder>', 'tidsavbrudd per forespørsel', '60')
    .option('--dry-run', 'vis hva som ville skjedd, uten å endre noe')
    .option('--quiet', 'ingen framdriftslinje')
    .addOption(new Option('--api-root <url>', 'en lokal etterligning av Googles API-er (tester)').hideHelp());

  program
    .command('login')
    .usage('[valg]')
    .description('logg inn med din Google-konto (nettleser); innloggingen lagres utenfor prosjektet')
    .requiredOption(
      '--client <klient.json>',
      'OAuth-klient av typen «Skrivebordsapp» fra Google Cloud Console',
    )
    .action(async (opts: { client: string }) => {
      const reporter = new ConsoleReporter(false);
      try {
        const path = await login({ clientFile: opts.client, reporter });
        reporter.info(`Innlogget. Innloggingen er lagret i ${path} (bare lesbar for deg).`);
      } catch (error) {
        reporter.warn(safeMessage(error));
        process.exitCode = EXIT.userError;
      }
    });

  program
    .command('logout')
    .usage('[valg]')
    .description('slett den lagrede innloggingen')
    .action(() => {
      const reporter = new ConsoleReporter(false);
      reporter.info(removeLogin(configDir()) ? 'Logget ut.' : 'Det fantes ingen lagret innlogging.');
    });

  program
    .command('provision')
    .summary('sett opp skolene i CSV-filen og skoleeiers skjema for meldinger om ledelsen')
    .description(
      'Setter opp alle skolene i CSV-filen: skoleark med bundet skript, Innstillinger, rapportark og deling med ' +
        'rektor, og (én gang) skoleeiers eget skjema for meldinger om skolens ledelse (§ 12-5). Kan kjøres igjen ' +
        'så ofte man vil: hopper over det som finnes, reparerer det som mangler, og fortsetter etter et avbrudd.',
    )
    .usage('[valg] <skoler.csv>')
    .argument(
      '<skoler.csv>',
      'kolonner: skole, rektor (e-post), kontakt (valgfri e-post hos skoleeier), id (valgfri)',
    )
    .option(
      '--script-id <nøkkel=id...>',
      'skript-ID en person har funnet i skolearket (Utvidelser → Apps Script), når opprettingen var uavklart',
    )
    .action(
      action((ctx, cmd) => provision(ctx, { csv: cmd.args[0]!, scriptIds: cmd.opts().scriptId ?? [] })),
    );

  program
    .command('update')
    .usage('[valg]')
    .description('last opp gjeldende dist/ til alle skolenes skript og registrer versjonen per skole')
    .option('--school <nøkkel...>', 'bare disse skolene')
    .option('--force', 'last opp også til skoler som allerede har denne versjonen')
    .action(
      action((ctx, cmd) => update(ctx, { only: cmd.opts().school ?? [], force: Boolean(cmd.opts().force) })),
    );

  program
    .command('report')
    .usage('[valg]')
    .description(
      'les skolenes rapportark (aldri skolenes saker) og skriv kommunens rapport med små tall skjult',
    )
    .option(
      '--school-year <år>',
      'skoleåret som starter dette året, f.eks. 2025 for 2025–2026 (standard: inneværende)',
    )
    .option('--share-with <e-post...>', 'gi disse lesetilgang til kommunerapporten')
    .action(
      action((ctx, cmd) => {
        const o = cmd.opts<{ schoolYear?: string; shareWith?: string[] }>();
        return report(ctx, {
          ...(o.schoolYear ? { schoolYear: whole(o.schoolYear, '--school-year', 2000) } : {}),
          shareWith: o.shareWith ?? [],
        });
      }),
    );

  program
    .command('status')
    .usage('[valg]')
    .description(
      'vis hvilke skoler som har kjørt «Sett opp / reparer» (fra rapportarkene) og oppdater skoleoversikten',
    )
    .action(action((ctx) => status(ctx)));

  program
    .command('skoleeier-meldinger')
    .usage('[valg]')
    .description(
      'kopier nye svar fra skoleeiers skjema (§ 12-5) til et regneark bare skoleeier har tilgang til',
    )
    .action(action((ctx) => skoleeierMeldinger(ctx)));

  program.addHelpText(
    'after',
    `
Eksempler:
  npx skolemiljo login --client klient.json
  npx skolemiljo provision skoler.csv --dry-run
  npx skolemiljo provision skoler.csv
  npx skolemiljo update
  npx skolemiljo report --share-with oppvekst@kommune.no
  npx skolemiljo --service-account nøkkel.json --subject skolemiljo@kommune.no status`,
  );
  return program;
}

export async function main(argv = process.argv): Promise<void> {
  process.on('SIGINT', () => {
    if (interrupted) process.exit(EXIT.interrupted);
    interrupted = true;
    process.stderr.write(
      '\nAvbryter etter skolene som er i gang (trykk Ctrl+C igjen for å stoppe straks)…\n',
    );
  });
  await buildProgram().parseAsync(argv);
}
