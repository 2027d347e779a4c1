import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import publicPages from './vite.config.ts';

/**
 * The coordinators' app (web/app), built on its own after the public pages: a separate module
 * graph, so nothing it uses can grow the chunks a respondent downloads.
 */
export default defineConfig({
  ...publicPages,
  build: {
    ...publicPages.build,
    emptyOutDir: false,
    rolldownOptions: {
      ...publicPages.build?.rolldownOptions,
      input: { app: fileURLToPath(new URL('./web/app/index.html', import.meta.url)) },
      output: {},
    },
  },
});
