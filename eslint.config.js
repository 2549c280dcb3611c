import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layer rules of docs/architecture.md, enforced here rather than by review.
const noElectron = { name: 'electron', message: 'core and shared run in plain Node: never import electron.' };
const layer = (patterns, paths = []) => ({
  'no-restricted-imports': ['error', { paths, patterns }],
});

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', '.reports/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: layer(
      [
        { group: ['node:*'], message: 'shared runs in the renderer too: no node modules.' },
        {
          group: ['**/electron/**', '**/renderer/**', 'react', 'react-dom'],
          message: 'shared imports nothing of the other layers.',
        },
      ],
      [
        noElectron,
        { name: 'fs', message: 'no node modules in shared' },
        { name: 'path', message: 'no node modules in shared' },
        { name: 'crypto', message: 'no node modules in shared' },
      ],
    ),
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: layer(
      [
        {
          group: ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**', '**/host/**'],
          message: 'core depends on nothing above it.',
        },
      ],
      [noElectron],
    ),
  },
  {
    files: ['electron/host/**/*.ts'],
    rules: layer(
      [
        {
          group: ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**'],
          message: 'the host mounts core, nothing else.',
        },
      ],
      [{ name: 'electron', message: 'the host runs in plain Node.' }],
    ),
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      ...layer(
        [
          { group: ['**/electron/**'], message: 'the renderer talks to main only through window.samordna.' },
          { group: ['node:*'], message: 'the renderer has no node.' },
        ],
        [{ name: 'electron', message: 'the renderer talks to main only through window.samordna.' }],
      ),
    },
  },
  {
    files: ['test/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
