import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const page = (path: string) => fileURLToPath(new URL(`./web/${path}`, import.meta.url));

/**
 * The Preact front end: small public pages served by the worker from dist/web.
 * No inline script or style ends up in the HTML (the worker sends a strict CSP).
 */
export default defineConfig({
  root: 'web',
  publicDir: 'public',
  // JSX through oxc's automatic runtime: no Babel, no preset.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    assetsDir: 'assets',
    // Every browser Pouls supports has <link rel=modulepreload>: no polyfill in the bundle.
    modulePreload: { polyfill: false },
    // Never inline assets as data: URLs into CSS or JS; small files stay cacheable and CSP-friendly.
    assetsInlineLimit: 0,
    rolldownOptions: {
      // Module-level schema constants the front end never uses (spreads of valibot objects, `say()` messages) are dropped.
      treeshake: { propertyReadSideEffects: false, manualPureFunctions: ['say'] },
      input: {
        home: page('index.html'),
        respond: page('respond/index.html'),
        results: page('results/index.html'),
        live: page('live/index.html'),
        ideas: page('ideas/index.html'),
        display: page('ideas/display/index.html'),
      },
      // One chunk for what the pages share (Preact, the frame, the public API calls) rather than one per
      // combination of pages: fewer requests, and gzip sees the shared code together. The hono client
      // (web/shared/api/client.ts) is left out: only the results page uses it, and the respondent's page
      // would otherwise download it for nothing. web/shared/live/ (the live connection and figures) stays out
      // too: only the live page and the coordinators' app use it. The ranking's rows (web/shared/ui/RankedItem.tsx,
      // MoveButtons.tsx, icons.tsx) join the shared chunk: the respondent's and live pages both draw them, and a chunk of
      // their own would cost the respondent's page a request and more bytes than the idea box pays for carrying them.
      output: {
        codeSplitting: {
          groups: [{ name: 'shared', test: /\/(web\/shared\/(?!api\/client\.ts|live\/)|schema\/localize|node_modules\/preact\/)/ }],
        },
      },
    },
  },
});
