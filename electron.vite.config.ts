import { fileURLToPath } from 'node:url';

import { defineConfig } from 'electron-vite';

import { aliases } from './aliases.config.ts';

const fromRoot = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Main and preload only: the renderer is one static bundle built by renderer/vite.config.ts into
// out/renderer, which main serves over app:// and electron/host serves over loopback HTTP.
// Both outputs are CommonJS (.cjs because package.json says "type": "module"): a sandboxed
// preload cannot load ESM, and main stays in the same format so one loader story applies.
export default defineConfig({
  main: {
    resolve: { alias: aliases },
    build: {
      outDir: fromRoot('./out/main'),
      // Bundle everything except the native SQLite module, so the package needs no other
      // node_modules at run time.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: fromRoot('./electron/main/index.ts') },
        external: ['better-sqlite3-multiple-ciphers'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs' },
      },
    },
  },
  preload: {
    resolve: { alias: aliases },
    build: {
      outDir: fromRoot('./out/preload'),
      // A sandboxed preload can require only 'electron': the contract (and zod) must be inlined.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: fromRoot('./electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
});
