import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';

import {
  daysText,
  deadlineSentence,
  rightInText,
  warningSentence,
} from '@renderer/features/cases/casePage/texts';
import {
  applicants,
  caseChannels,
  caseStatuses,
  closingReasons,
  conditionResults,
  consentGivers,
  consentTypes,
  decisionOutcomes,
  governorOutcomes,
  mappingForms,
  reassessmentOutcomes,
  relationKinds,
  rightConditions,
  rights,
  stepKinds,
  transitionOutcomes,
  defaultLegalReferences,
  legalReferenceKeys,
  type Deadline,
  type DeadlineKind,
  type DeadlineState,
  type NextActionKind,
  type Warning,
  type WarningKind,
} from '@shared/domain/case';
import { uiTexts } from '@shared/i18n/resources';

const languages = ['nb', 'nn', 'en'] as const;

/**
 * One example of every warning core can send, with the params warnings.ts gives it. A
 * `Record` over the union: a new kind that is not added here is a compile error.
 */
const warningExamples: Record<WarningKind, Warning['params'][]> = {
  interimReplyOverdue: [{ dueDate: '2027-02-04' }],
  participationMissing: [{ age: 15 }],
  consentWithdrawn: [{ date: '2027-03-01', type: 'informationSharing' }],
  consentExpired: [{ validUntil: '2027-03-01', type: 'plan' }],
  age18Approaching: [{ date: '2027-06-01' }],
  age18Passed: [{ date: '2027-06-01' }, { extendedUntil: '2032-05-31' }],
  birthNotRegistered: [{ dueDate: '2027-01-20' }],
  appealAwaitingReassessment: [{ receivedDate: '2027-03-02', right: 'barnekoordinator' }],
  appealNotForwarded: [
    { reassessmentDate: '2027-03-10', right: 'koordinator' },
    { reassessmentDate: '', right: 'koordinator' },
  ],
  appealLate: [{ receivedDate: '2027-04-01', dueDate: '2027-03-11', right: 'individuellPlan' }],
  decisionNotNotified: [{ right: 'barnekoordinator' }],
  withoutCoordinator: [{ since: '2027-03-01', days: 20 }],
  coordinatorUntrained: [{ name: 'Kari Nordmann' }],
  coordinatorOverCapacity: [{ name: 'Kari Nordmann', caseload: 9, capacity: 8 }],
  familyNotInformed: [{ name: 'Kari Nordmann', date: '2027-03-01' }],
  frequentChanges: [{ count: 2, months: 12 }],
  // The individual plan (planOverview.ts), with the params it documents.
  revisionOverdue: [{ date: '2027-05-01' }],
  evaluationOverdue: [{ since: '2026-03-01', months: 12 }],
  fewMeetings: [
    { count: 0, minimum: 2 },
    { count: 1, minimum: 2 },
  ],
  measureOverdue: [
    { count: 1, date: '2027-02-15' },
    { count: 3, date: '2027-02-15' },
  ],
  planConsentMissing: [{ type: 'plan' }, { type: 'informationSharing' }],
  planConsentWithdrawn: [{ type: 'plan', date: '2027-03-01' }],
  planConsentExpired: [{ type: 'informationSharing', validUntil: '2027-03-01' }],
  planWithoutCoordinator: [{}],
};

const deadlineKinds: Record<DeadlineKind, string> = {
  interimReply: defaultLegalReferences.interimReply,
  appeal: defaultLegalReferences.appealRight,
  age18: defaultLegalReferences.age18,
};
const deadlineStates: Record<DeadlineState, number> = {
  met: 5,
  running: 20,
  dueSoon: 3,
  overdue: -4,
  expired: -4,
};

/** Days from today to a deadline, and how each language says it: days up to two weeks, then larger units. */
const relativeTexts: [number, Record<(typeof languages)[number], string>][] = [
  [0, { nb: 'i dag', nn: 'i dag', en: 'today' }],
  [1, { nb: 'i morgen', nn: 'i morgon', en: 'tomorrow' }],
  [2, { nb: 'om 2 dager', nn: 'om 2 dagar', en: 'in 2 days' }],
  [14, { nb: 'om 14 dager', nn: 'om 14 dagar', en: 'in 14 days' }],
  [15, { nb: 'om 2 uker', nn: 'om 2 veker', en: 'in 2 weeks' }],
  [59, { nb: 'om 8 uker', nn: 'om 8 veker', en: 'in 8 weeks' }],
  [60, { nb: 'om 2 måneder', nn: 'om 2 månader', en: 'in 2 months' }],
  [729, { nb: 'om 24 måneder', nn: 'om 24 månader', en: 'in 24 months' }],
  [3764, { nb: 'om 10 år', nn: 'om 10 år', en: 'in 10 years' }],
  [-1, { nb: '1 dag over fristen', nn: '1 dag over fristen', en: '1 day overdue' }],
  [-14, { nb: '14 dager over fristen', nn: '14 dagar over fristen', en: '14 days overdue' }],
  [-30, { nb: '4 uker over fristen', nn: '4 veker over fristen', en: '4 weeks overdue' }],
  [-91, { nb: '3 måneder over fristen', nn: '3 månader over fristen', en: '3 months overdue' }],
  [-800, { nb: '2 år over fristen', nn: '2 år over fristen', en: '2 years overdue' }],
];

const nextActions: Record<NextActionKind, true> = {
  registerBirth: true,
  reassessAppeal: true,
  forwardAppeal: true,
  recordGovernorOutcome: true,
  mapping: true,
  consent: true,
  interimReply: true,
  assess: true,
  decide: true,
  notify: true,
  transition: true,
  close: true,
  childParticipation: true,
  renewConsent: true,
  appointCoordinator: true,
  informFamily: true,
  trainCoordinator: true,
  reviewCaseload: true,
  startPlan: true,
  planConsent: true,
  revisePlan: true,
  evaluatePlan: true,
  planMeeting: true,
  followUpMeasures: true,
};

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const shown = (iso: string) => iso.split('-').reverse().join('.');

/** A text a user can read: no key, no placeholder left, no "undefined". */
function expectReadable(text: string) {
  expect(text).not.toMatch(/\bcase\.[a-zA-Z]/);
  expect(text).not.toContain('{{');
  expect(text).not.toContain('undefined');
  expect(text.trim()).not.toBe('');
}

/**
 * The texts of one language with no fallback to bokmål, so a key missing in nynorsk or English
 * shows up as the key itself rather than as the bokmål text.
 */
async function textsOnly(language: (typeof languages)[number]) {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: false,
    resources: { [language]: { translation: uiTexts[language] } },
    interpolation: { escapeValue: false },
  });
  return instance;
}

describe.each(languages)('case page texts in %s', (language) => {
  let t: TFunction;
  let exists: (key: string) => boolean;
  beforeAll(async () => {
    const instance = await textsOnly(language);
    t = instance.t;
    exists = (key) => instance.exists(key);
  });

  it.each(Object.entries(warningExamples))(
    'has a sentence for every %s warning, with its dates',
    (kind, examples) => {
      for (const params of examples) {
        const text = warningSentence(t, { kind: kind as WarningKind, params });
        expectReadable(text);
        for (const value of Object.values(params)) {
          if (typeof value === 'string' && isoDay.test(value)) expect(text).toContain(shown(value));
          if (typeof value === 'number') expect(text).toContain(String(value));
        }
        if (params.right !== undefined) expect(text).toContain(rightInText(t, params.right));
        if (params.type !== undefined) expect(text).toContain(t(`case.consentTypeInText.${params.type}`));
      }
    },
  );

  it.each(Object.entries(deadlineKinds))('has a sentence for the %s deadline in every state', (kind, law) => {
    for (const [state, daysLeft] of Object.entries(deadlineStates)) {
      const deadline: Deadline = {
        kind: kind as DeadlineKind,
        state: state as DeadlineState,
        dueDate: '2027-03-11',
        legalReference: law,
        daysLeft,
        ...(kind === 'interimReply' ? {} : { right: 'barnekoordinator' as const }),
      };
      const sentence = deadlineSentence(t, deadline);
      expectReadable(sentence);
      expect(sentence).toContain('11.03.2027');
      expect(sentence).toContain(law);
      if (kind === 'appeal') expect(sentence).toContain(rightInText(t, 'barnekoordinator'));
      expect(exists(`case.deadlineState.${state}`)).toBe(true);
      const days = daysText(t, deadline);
      if (state !== 'met' && state !== 'expired') expectReadable(days);
    }
  });

  it('says how far off a deadline is in days, weeks, months or years, with the right plural', () => {
    const base: Deadline = {
      kind: 'interimReply',
      state: 'running',
      dueDate: '2027-03-11',
      legalReference: '',
      daysLeft: 0,
    };
    for (const [daysLeft, texts] of relativeTexts) {
      const text = daysText(t, { ...base, state: daysLeft < 0 ? 'overdue' : 'running', daysLeft });
      expect(text, `${daysLeft} days`).toBe(texts[language]);
    }
  });

  it('names every next action, every step form and every status', () => {
    for (const kind of Object.keys(nextActions)) {
      expectReadable(
        t(`case.nextAction.${kind}`, {
          right: rightInText(t, 'koordinator'),
          name: 'Kari Nordmann',
          type: t('case.consentTypeInText.plan'),
        }),
      );
    }
    for (const kind of stepKinds) {
      for (const key of [
        `case.form.new.${kind}`,
        `case.form.edit.${kind}`,
        `enums.stepKind.${kind}`,
        `case.stepTitle.${kind}`,
      ]) {
        expect(exists(key), key).toBe(true);
        expectReadable(t(key, { right: rightInText(t, 'koordinator') }));
      }
    }
    for (const status of caseStatuses) expect(exists(`enums.caseStatus.${status}`)).toBe(true);
  });

  it('names every value of every choice the case page offers', () => {
    const built: [string, readonly string[]][] = [
      ['enums.right', rights],
      ['case.rightInText', rights],
      ['cases.rules.legalReference', legalReferenceKeys],
      ['enums.channel', caseChannels],
      ['enums.applicant', applicants],
      ['enums.relation', relationKinds],
      ['case.mappingForm', mappingForms],
      ['case.consentType', consentTypes],
      ['case.consentTypeInText', consentTypes],
      ['case.consentGiver', consentGivers],
      ['case.condition', [...new Set(Object.values(rightConditions).flat())]],
      ['case.conditionResult', conditionResults],
      ['enums.decisionOutcome', decisionOutcomes],
      ['case.reassessment', reassessmentOutcomes],
      ['case.governorOutcome', governorOutcomes],
      ['case.transitionOutcome', transitionOutcomes],
      ['case.help.transitionOutcome', transitionOutcomes],
      ['case.closingReason', closingReasons],
      ['case.serviceStatus', ['receives', 'needs']],
    ];
    const missing = built.flatMap(([prefix, values]) =>
      values.map((v) => `${prefix}.${v}`).filter((key) => !exists(key)),
    );
    expect(missing).toEqual([]);
  });
});

describe('the bokmål deadline sentence', () => {
  it('reads as the design asks: plain words, date and law', () => {
    const t = i18next.getFixedT('nb');
    const deadline: Deadline = {
      kind: 'interimReply',
      state: 'running',
      dueDate: '2027-03-24',
      legalReference: defaultLegalReferences.interimReply,
      daysLeft: 20,
    };
    expect(deadlineSentence(t, deadline)).toBe(
      'Foreløpig svar må sendes innen 24.03.2027 (forvaltningsloven § 11 a)',
    );
  });
});

describe('the bokmål plan warnings', () => {
  it('count meetings in the singular and plural, and name the consent', () => {
    const t = i18next.getFixedT('nb');
    expect(warningSentence(t, { kind: 'fewMeetings', params: { count: 1, minimum: 2 } })).toContain(
      'hatt 1 møte de siste 12 månedene',
    );
    expect(warningSentence(t, { kind: 'fewMeetings', params: { count: 0, minimum: 2 } })).toContain(
      'hatt 0 møter',
    );
    expect(
      warningSentence(t, { kind: 'planConsentWithdrawn', params: { type: 'plan', date: '2027-03-01' } }),
    ).toBe('Planen er i bruk, men samtykket til individuell plan ble trukket 01.03.2027.');
  });
});
