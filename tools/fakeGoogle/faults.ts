// Fault injection: seeded random 429s, 500s and time-outs per route, and scripted faults for a test.
export type FaultKind = '429' | '500' | 'timeout' | 'commit-500' | 'commit-timeout';

export interface FaultRates {
  /** Refused before anything happens. */
  rate429?: number;
  rate500?: number;
  timeout?: number;
  /** Done, then answered with 500 or never answered: the ambiguous outcomes. */
  commit500?: number;
  commitTimeout?: number;
}

export interface FaultConfig {
  seed: number;
  rates: FaultRates;
  byRoute?: Record<string, FaultRates>;
}

/** Mulberry32: small, seeded, good enough to spread faults. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Faults {
  private random: () => number;
  private scripted: { route: string; kinds: FaultKind[] }[] = [];
  readonly injected = new Map<string, number>();

  constructor(private config: FaultConfig = { seed: 1, rates: {} }) {
    this.random = prng(config.seed);
  }

  configure(config: FaultConfig): void {
    this.config = config;
    this.random = prng(config.seed);
  }

  /** The next requests to `route` fail in this order. */
  script(route: string, ...kinds: FaultKind[]): void {
    this.scripted.push({ route, kinds: [...kinds] });
  }

  next(route: string): FaultKind | null {
    const s = this.scripted.find((x) => x.route === route && x.kinds.length > 0);
    let kind: FaultKind | null = s ? s.kinds.shift()! : null;
    if (!kind) {
      const r = { ...this.config.rates, ...(this.config.byRoute?.[route] ?? {}) };
      const x = this.random();
      let edge = 0;
      for (const [k, p] of [
        ['429', r.rate429],
        ['500', r.rate500],
        ['timeout', r.timeout],
        ['commit-500', r.commit500],
        ['commit-timeout', r.commitTimeout],
      ] as [FaultKind, number | undefined][]) {
        edge += p ?? 0;
        if (x < edge) {
          kind = k;
          break;
        }
      }
    }
    if (kind) this.injected.set(kind, (this.injected.get(kind) ?? 0) + 1);
    return kind;
  }

  roll(): number {
    return this.random();
  }
}
