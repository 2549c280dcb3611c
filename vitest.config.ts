import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

import { aliases } from './aliases.config.ts';

// Node-side tests (core, main with Electron mocked, shared rules) and renderer component tests
// (jsdom) in one run; the JSON report feeds the summary line of .ci/run.
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: '.reports/vitest.json' }]],
    projects: [
      {
        resolve: { alias: aliases },
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'test/core/**/*.test.ts',
            'test/main/**/*.test.ts',
            'test/host/**/*.test.ts',
            'test/shared/**/*.test.ts',
          ],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        resolve: { alias: aliases },
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.tsx', 'test/renderer/**/*.test.ts'],
          setupFiles: ['test/renderer/setup.ts'],
          // A ceiling, not a timing: a form typed key by key can pass 5 s on a busy 2-core machine.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
