import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Emulator } from '../../tools/emulator/emulator';

/** CI installs Debian's Chromium (.ci/run); a developer machine without it skips the browser tests. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const chromiumAvailable = existsSync(CHROMIUM);
if (!chromiumAvailable && process.env['CI']) throw new Error(`Chromium is required in CI (${CHROMIUM})`);

const AXE = resolve('node_modules/axe-core/axe.min.js');

/**
 * Opens HTML the product showed (a dialog or the sidebar) in a real browser, with `google.script.run`
 * bridged to the emulator (and its rule that no Date may cross): a click in the page runs the built
 * bundle. `google.script.host.close()` marks the page closed (`window.__closed`, see `wasClosed`). A real file navigation, so the bridge is
 * in place before the page's own script runs.
 */
export async function openShown(
  browser: Browser,
  emu: Emulator,
  name: string,
  viewport = { width: 640, height: 900 },
  html = emu.sheets.ui.shown.at(-1)!.html,
): Promise<Page> {
  // A Norwegian school's browser: its language and Oslo time (Debian's headless Chromium still draws
  // date pickers as mm/dd/yyyy: it has no Norwegian locale for them).
  const page = await browser.newPage({ viewport, locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  await page.exposeFunction('__callServer', (fn: string, args: unknown[]) => {
    try {
      return { ok: true, value: emu.callFromClient(fn, ...args) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  });
  await page.addInitScript(() => {
    type Handler = (value: unknown) => void;
    type Call = (n: string, a: unknown[]) => Promise<{ ok: boolean; value?: unknown; message?: string }>;
    const runner = (ok: Handler, fail: Handler): unknown =>
      new Proxy(
        {},
        {
          get(_t, prop: string) {
            if (prop === 'withSuccessHandler') return (f: Handler) => runner(f, fail);
            if (prop === 'withFailureHandler') return (f: Handler) => runner(ok, f);
            return (...args: unknown[]) => {
              const call = (window as unknown as { __callServer: Call }).__callServer;
              void call(prop, args).then((r) => (r.ok ? ok(r.value) : fail(new Error(r.message))));
            };
          },
        },
      );
    (window as unknown as { google: unknown }).google = {
      script: {
        run: runner(
          () => {},
          () => {},
        ),
        host: { close: () => ((window as unknown as { __closed: boolean }).__closed = true) },
      },
    };
  });
  mkdirSync('out/screenshots', { recursive: true });
  const file = resolve(`out/screenshots/${name}.html`);
  writeFileSync(file, html);
  await page.goto(`file://${file}`);
  return page;
}

export interface Violation {
  id: string;
  impact: string;
  nodes: string[];
}

/** axe-core's critical and serious findings on the page (WCAG 2.1 AA and best practice). */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    interface AxeViolation {
      id: string;
      impact: string | null;
      nodes: { target: string[] }[];
    }
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run();
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return result.filter((v) => v.impact === 'critical' || v.impact === 'serious');
}

/** Whether the page called `google.script.host.close()` (a dialog's «Lukk» or «Avbryt»). */
export function wasClosed(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __closed?: boolean }).__closed === true);
}

/**
 * `npm run screenshots` sets SCREENSHOTS=docs: the browser tests then also write the README's pictures
 * under docs/screenshots/. A plain `npm test` (and CI) writes only under out/, so the tree stays clean.
 */
export const DOCS_SCREENSHOTS = process.env['SCREENSHOTS'] === 'docs';

/** A screenshot under out/screenshots/ (and, with `docs`, under docs/screenshots/ for the README). */
export async function shoot(page: Page, name: string, docs = DOCS_SCREENSHOTS): Promise<void> {
  mkdirSync('out/screenshots', { recursive: true });
  await page.screenshot({ path: `out/screenshots/${name}.png`, fullPage: true });
  if (docs) {
    mkdirSync('docs/screenshots', { recursive: true });
    await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
  }
}

export type { Browser, Page };
