/**
 * The one place the front end touches worker code: a type-only re-export, erased at build time.
 * The web program reads the worker's route types through it; workers-runtime.d.ts supplies the few
 * Workers-only names those sources mention, since the real ones cannot load beside the DOM lib.
 */
export type { AppType } from '../../../worker/index.ts';
