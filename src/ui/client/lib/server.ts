/**
 * google.script.run as promises, typed by the server's own functions: `server<Api>().fn(arg)` compiles
 * only when fn exists with that argument type. Failures (a thrown error, a lost connection) reject.
 */
// biome-ignore lint/suspicious/noExplicitAny: google.script.run is dynamic by nature.
type AnyFn = (...args: any[]) => unknown;

interface Runner {
  withSuccessHandler(fn: (result: unknown) => void): Runner;
  withFailureHandler(fn: (error: Error) => void): Runner;
  [name: string]: unknown;
}

declare const google: { script: { run: Runner; host: { close(): void } } };

export type Remote<A extends Record<string, AnyFn>> = {
  readonly [K in keyof A]: (...args: Parameters<A[K]>) => Promise<Awaited<ReturnType<A[K]>>>;
};

export function server<A extends Record<string, AnyFn>>(): Remote<A> {
  return new Proxy({} as Remote<A>, {
    get:
      (_, name) =>
      (...args: unknown[]) =>
        new Promise((resolve, reject) => {
          const runner = google.script.run.withSuccessHandler(resolve).withFailureHandler(reject);
          (runner[String(name)] as AnyFn)(...args);
        }),
  });
}

export function closeDialog(): void {
  google.script.host.close();
}
