import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

import { columnIds } from '@renderer/features/cases/columns';
import { casesApi, deadlineFilters, type AgendaRow, type CaseListRow } from '@shared/api/cases';
import { personsApi } from '@shared/api/persons';
import {
  applicants,
  caseChannels,
  caseStatuses,
  defaultCaseRules,
  legalReferenceKeys,
  relationKinds,
  rights,
} from '@shared/domain/case';

const languages = ['nb', 'nn', 'en'] as const;

const officeDeadlineKinds = ['interimReply', 'age18'] as const;
const awaitingKinds = ['assessment', 'decision'] as const;
// Compile-time guards: a new kind in the contract must be added to the lists above.
const allOfficeKinds: Exclude<
  CaseListRow['officeDeadlineKind'],
  null
> extends (typeof officeDeadlineKinds)[number]
  ? true
  : false = true;
const allAwaitingKinds: AgendaRow['awaiting'] extends (typeof awaitingKinds)[number] ? true : false = true;

/** Every key the case screens build from a value (`enums.caseStatus.${status}`), over the whole union. */
const builtKeys = [
  ...caseStatuses.map((s) => `enums.caseStatus.${s}`),
  ...rights.flatMap((r) => [`enums.right.${r}`, `enums.rightShort.${r}`]),
  ...caseChannels.map((c) => `enums.channelOption.${c}`),
  ...applicants.map((a) => `enums.applicantOption.${a}`),
  ...relationKinds.map((k) => `enums.relation.${k}`),
  ...deadlineFilters.map((d) => `cases.deadlineFilter.${d}`),
  ...officeDeadlineKinds.map((k) => `cases.deadlineKind.${k}`),
  ...awaitingKinds.map((k) => `enums.stepKind.${k}`),
  ...columnIds.map((id) => `cases.col.${id}`),
  ...Object.keys(defaultCaseRules)
    .filter((k) => k !== 'legalReferences')
    .flatMap((k) => [`cases.rules.${k}`, `cases.rules.${k}Help`]),
  ...legalReferenceKeys.map((k) => `cases.rules.legalReference.${k}`),
];

/** A text of the language itself: a key missing in nynorsk must not pass by falling back to bokmål. */
const own = (language: string, key: string): unknown => i18next.getResource(language, 'translation', key);

/** The case screens' sources (not the case page, which has its own texts under `case.`). */
const sources = import.meta.glob<string>(
  [
    '../../../renderer/src/features/cases/*.{ts,tsx}',
    '../../../renderer/src/features/settings/CaseRulesSettings.tsx',
  ],
  { query: '?raw', import: 'default', eager: true },
);
const channelNames = new Set([...Object.keys(casesApi), ...Object.keys(personsApi)]);

describe('the texts of the case list, registration and protocol', () => {
  it('cover every kind in the contract (checked when compiled)', () => {
    expect([allOfficeKinds, allAwaitingKinds]).toEqual([true, true]);
  });

  it.each(languages)('have a text in %s for every status a case can have', (language) => {
    const t = i18next.getFixedT(language);
    const texts = caseStatuses.map((s) => t(`enums.caseStatus.${s}`));
    expect(caseStatuses.filter((s) => typeof own(language, `enums.caseStatus.${s}`) !== 'string')).toEqual(
      [],
    );
    expect(new Set(texts).size).toBe(caseStatuses.length);
  });

  it.each(languages)('have a text in %s for every key built from a value', (language) => {
    expect(builtKeys.filter((key) => typeof own(language, key) !== 'string')).toEqual([]);
  });

  it.each(languages)('count in %s with a singular and a plural form', (language) => {
    const t = i18next.getFixedT(language);
    for (const key of ['cases.count', 'cases.protocol.count']) {
      expect(typeof own(language, `${key}_one`)).toBe('string');
      expect(typeof own(language, `${key}_other`)).toBe('string');
    }
    const text = (key: string) => String(own(language, key));
    const numbers = { first: '1', last: '1', total: '1', all: '3' };
    expect(t('cases.count', { count: 1, ...numbers })).toBe(text('cases.count_one').replace('{{all}}', '3'));
    expect(t('cases.protocol.count', { count: 1 })).toBe(text('cases.protocol.count_one'));
    expect(t('cases.protocol.count', { count: 2 })).toBe(
      text('cases.protocol.count_other').replace('{{count}}', '2'),
    );
  });

  it('have a text in every language for each key written out in the case screens and forms', () => {
    const keys = new Set(
      Object.values(sources).flatMap((source) =>
        [...source.matchAll(/'((?:cases|validation|app)\.[a-zA-Z0-9_.]+)'/g)].map((m) => m[1]!),
      ),
    );
    const texts = [...keys].filter((key) => !channelNames.has(key));
    expect(texts.length).toBeGreaterThan(100);
    const missing = languages.flatMap((language) =>
      texts
        .filter((key) => ![key, `${key}_one`].some((k) => typeof own(language, k) === 'string'))
        .map((key) => `${language}: ${key}`),
    );
    expect(missing).toEqual([]);
  });
});
