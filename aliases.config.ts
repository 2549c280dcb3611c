import { fileURLToPath } from 'node:url';

const fromRoot = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * The import aliases of tsconfig.base.json `paths`, for the bundlers and the test runner (tsx and
 * Playwright read tsconfig.json themselves). An import that leaves its own root, or climbs three
 * folders, uses one of these instead of `../` (eslint.config.js enforces it).
 */
export const aliases = {
  '@shared': fromRoot('./shared'),
  '@core': fromRoot('./electron/core'),
  '@main': fromRoot('./electron/main'),
  '@renderer': fromRoot('./renderer/src'),
};
