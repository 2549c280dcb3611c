import { describe, expect, it } from 'vitest';

import { errorCodes } from '@shared/api/errors';
import { errorTexts, uiTexts } from '@shared/i18n/resources';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a translation file as `a.b.c` -> text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1]!).sort();
}

const ui = { nb: flatten(uiTexts.nb), nn: flatten(uiTexts.nn), en: flatten(uiTexts.en) };
const errors = { nb: flatten(errorTexts.nb), nn: flatten(errorTexts.nn), en: flatten(errorTexts.en) };

/** Source text of the contract and of the screens, read the way vite reads it. */
const contractSources = import.meta.glob<string>('../../../shared/api/*.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const domainSources = import.meta.glob<string>('../../../shared/domain/*.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const screenSources = import.meta.glob<string>('../../../renderer/src/**/*.tsx', {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe.each([
  ['the UI texts', ui],
  ['the error messages', errors],
])('%s', (_name, files) => {
  const bokmål = files.nb;

  it.each(['nn', 'en'] as const)('in %s have exactly the keys of bokmål', (language) => {
    expect([...files[language].keys()].sort()).toEqual([...bokmål.keys()].sort());
  });

  it.each(['nn', 'en'] as const)('in %s keep the {{placeholders}} of bokmål, key by key', (language) => {
    const differing = [...bokmål].filter(
      ([key, text]) =>
        placeholders(files[language].get(key) ?? '').join(',') !== placeholders(text).join(','),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it.each(['nb', 'nn', 'en'] as const)('in %s have no empty text', (language) => {
    const empty = [...files[language]].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });
});

describe('error codes', () => {
  it.each(['nb', 'nn', 'en'] as const)('every code core can send has a message in %s', (language) => {
    const missing = errorCodes.filter((code) => !errors[language].has(code));
    expect(missing).toEqual([]);
  });
});

describe('keys used in code', () => {
  it('finds the contract and the screens to scan', () => {
    expect(Object.keys(contractSources).length).toBeGreaterThan(0);
    expect(Object.keys(screenSources).length).toBeGreaterThan(0);
  });

  it('every validation message of the contract has a bokmål text', () => {
    const used = new Set(
      Object.values(contractSources).flatMap((source) =>
        [...source.matchAll(/'(validation\.[a-zA-Z]+)'/g)].map((m) => m[1]!),
      ),
    );
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((key) => !ui.nb.has(key))).toEqual([]);
  });

  it('every date rule of shared/domain has a bokmål message', () => {
    // checkStepDates and its kin: add('field', broken, 'key') -> validation.key
    const used = new Set(
      Object.values(domainSources).flatMap((source) =>
        [...source.matchAll(/\badd\(\s*'[^']+',[^;]*?'([a-zA-Z]+)'\s*,?\s*\)/gs)].map(
          (m) => `validation.${m[1]!}`,
        ),
      ),
    );
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((key) => !ui.nb.has(key))).toEqual([]);
  });

  it('every literal t(…) key of the screens has a bokmål text', () => {
    // i18n mounts the error messages under `errors.` next to the UI texts.
    const known = new Set([...ui.nb.keys(), ...[...errors.nb.keys()].map((code) => `errors.${code}`)]);
    // A key with plural forms exists as `key_one`, `key_other`: the code names it without suffix.
    for (const key of ui.nb.keys())
      if (/_(one|other)$/.test(key)) known.add(key.replace(/_(one|other)$/, ''));
    const missing = Object.entries(screenSources).flatMap(([file, source]) =>
      [...source.matchAll(/\bt\('([a-zA-Z0-9_.]+)'/g)]
        .map((m) => m[1]!)
        .filter((key) => !known.has(key))
        .map((key) => `${file}: ${key}`),
    );
    expect(missing).toEqual([]);
  });
});
