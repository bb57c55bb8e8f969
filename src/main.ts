/**
 * The global entry points of the Apps Script project: triggers, menu items and google.script.run targets.
 * The build turns every export of this module into a top-level function Apps Script can see, so this list
 * is the whole public surface. Each feature keeps its entry points in its own `entry.ts`.
 */
export * from './features/absence/entry';
export * from './features/archive/entry';
export * from './features/daily/entry';
export * from './features/dialogs/entry';
export * from './features/documents/entry';
export * from './features/intake/entry';
export * from './features/log/entry';
export * from './features/measures/entry';
export * from './features/menu/entry';
export * from './features/overview/entry';
export * from './features/register/entry';
export * from './features/settings/entry';
export * from './features/setup/entry';
export * from './features/wheel/entry';
