import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Bundle tests load dist/Code.js; build it when vitest is run on its own (npm test builds first). */
export default async function setup(): Promise<void> {
  if (process.env['SKIP_BUILD'] === '1') return;
  const buildScript = resolve('tools/build/build.ts');
  if (!existsSync(buildScript)) return;
  const { build } = await import('../../tools/build/build');
  await build({ quiet: true });
}
