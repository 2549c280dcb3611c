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

/** Each translation file on its own (`cases.nb.json` -> its tree), to tell where a text lives. */
const textFiles = import.meta.glob<Tree>('../../../shared/i18n/*.json', { import: 'default', eager: true });

/** Every group of texts (an object of texts only) in a tree, with its path. */
function groups(tree: Tree, prefix = ''): [string, Record<string, string>][] {
  const values = Object.values(tree);
  const here: [string, Record<string, string>][] =
    prefix && values.every((v) => typeof v === 'string') ? [[prefix, tree as Record<string, string>]] : [];
  return [
    ...here,
    ...Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [] : groups(value, prefix ? `${prefix}.${key}` : key),
    ),
  ];
}

describe("the labels of the domain's values", () => {
  // Letters word a right or an outcome inside a sentence, and the report's tables name their rows
  // as the report (and its export) does: their own texts, not copies of the labels.
  const ownWording = /\/(letters|reportTables)\.\w+\.json$/;
  // A copy: the keys of an enum group and at least one of its texts word for word. Groups of the
  // same keys in other words (the forms' titles per step, the Logg's in-sentence words) are theirs.
  const isCopy = (group: Record<string, string>, labels: Record<string, string>) =>
    Object.keys(group).sort().join(',') === Object.keys(labels).sort().join(',') &&
    Object.entries(labels).some(([key, text]) => group[key] === text);

  it.each(['nb', 'nn', 'en'] as const)('live in %s only in the enums file', (language) => {
    const enumFile = Object.entries(textFiles).find(([file]) => file.endsWith(`/enums.${language}.json`));
    expect(enumFile).toBeDefined();
    const enumGroups = groups(enumFile![1]);
    expect(enumGroups.map(([path]) => path)).toContain('enums.caseStatus');
    const copies = Object.entries(textFiles)
      .filter(
        ([file]) => file.endsWith(`.${language}.json`) && !file.includes('/enums.') && !ownWording.test(file),
      )
      .flatMap(([file, tree]) =>
        groups(tree)
          .filter(([, group]) => enumGroups.some(([, labels]) => isCopy(group, labels)))
          .map(([path]) => `${file}: ${path}`),
      );
    expect(copies).toEqual([]);
  });
});
