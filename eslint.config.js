import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Layer rules of docs/architecture.md, enforced here rather than by review.
const noElectron = { name: 'electron', message: 'core and shared run in plain Node: never import electron.' };
// An import that leaves its root (shared, electron/core, electron/main, renderer/src) or climbs
// three folders names the root by its alias (tsconfig.base.json, aliases.config.ts).
const aliasMessage = 'use the alias (@shared/, @core/, @main/, @renderer/) instead of climbing folders.';
const climbing = { group: ['../../../*', '!../../../package.json'], message: aliasMessage };
const leavingRoot = {
  group: ['../**/shared/**', '../**/electron/**', '../**/renderer/**'],
  message: aliasMessage,
};
// A feature shares with another through repos, the domain or a named read model, never through
// the other's service (issue 18): core's files import no `<feature>/<name>Service` but app.ts's own.
const otherService = {
  group: ['../*/*Service', '@core/*/*Service'],
  message:
    "a feature's service is not imported by another feature: share through a repo, the domain or a named read model.",
};
const layer = (patterns, paths = []) => ({
  'no-restricted-imports': ['error', { paths, patterns: [...patterns, climbing, leavingRoot] }],
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
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
      'import-x/internal-regex': '^@(shared|core|main|renderer)/',
      // TypeScript files are read for what they import (no-cycle follows them).
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
    },
    rules: {
      'no-restricted-imports': ['error', { patterns: [climbing] }],
      // No import circles (issue 18); `import type` is not followed here, test/shared/importCycles.test.ts follows it.
      'import-x/no-cycle': 'error',
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', ['parent', 'sibling', 'index']],
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
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
        otherService,
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
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: layer([]),
  },
  {
    files: ['test/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
