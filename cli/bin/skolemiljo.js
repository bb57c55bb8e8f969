#!/usr/bin/env node
// Launcher for `npx skolemiljo`: runs the TypeScript command line through tsx, no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../main.ts');
await main();
