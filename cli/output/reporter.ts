// Everything the tool says goes through here: Norwegian text, redacted, with a progress bar on a terminal.
import cliProgress from 'cli-progress';
import { redact } from './redact';

export interface Progress {
  tick(): void;
  stop(): void;
}

export interface Reporter {
  /** Results, to stdout. */
  info(message: string): void;
  /** Problems and notices, to stderr. */
  warn(message: string): void;
  progress(total: number, label: string): Progress;
}

export class ConsoleReporter implements Reporter {
  private bar: cliProgress.SingleBar | null = null;

  constructor(private readonly showProgress: boolean) {}

  info(message: string): void {
    this.withBarPaused(() => process.stdout.write(`${redact(message)}\n`));
  }

  warn(message: string): void {
    this.withBarPaused(() => process.stderr.write(`${redact(message)}\n`));
  }

  progress(total: number, label: string): Progress {
    if (!this.showProgress || total === 0) return { tick() {}, stop() {} };
    const bar = new cliProgress.SingleBar(
      {
        format: `${label} [{bar}] {value}/{total} skoler · {duration_formatted}`,
        stream: process.stderr,
        hideCursor: true,
        clearOnComplete: false,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0);
    this.bar = bar;
    return {
      tick: () => bar.increment(),
      stop: () => {
        bar.stop();
        this.bar = null;
      },
    };
  }

  private withBarPaused(write: () => void): void {
    // A line printed under a live bar would be overwritten: clear the bar's line, print, redraw.
    if (this.bar) {
      process.stderr.write('\r\x1b[K');
      write();
      this.bar.render();
    } else write();
  }
}

/** Collects output (tests, the bench). */
export class MemoryReporter implements Reporter {
  readonly lines: string[] = [];
  readonly warnings: string[] = [];
  ticks = 0;

  info(message: string): void {
    this.lines.push(redact(message));
  }

  warn(message: string): void {
    this.warnings.push(redact(message));
  }

  progress(): Progress {
    return {
      tick: () => {
        this.ticks++;
      },
      stop() {},
    };
  }
}
