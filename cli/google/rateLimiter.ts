// A token bucket that keeps a request family under its per-minute quota instead of collecting 429s.
export class RateLimiter {
  private tokens: number;
  private last: number;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {
    // Start with a small burst, not a full minute's worth: the quota is counted over a sliding minute.
    this.tokens = Math.min(perMinute, 10);
    this.last = now();
  }

  /** Resolves when a request may be sent. Calls are served in order. */
  take(): Promise<void> {
    const next = this.queue.then(() => this.wait());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async wait(): Promise<void> {
    for (;;) {
      const t = this.now();
      this.tokens = Math.min(this.perMinute, this.tokens + ((t - this.last) * this.perMinute) / 60_000);
      this.last = t;
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      await this.sleep(Math.ceil(((1 - this.tokens) * 60_000) / this.perMinute));
    }
  }
}
