import { describe, expect, it } from 'vitest';

import { nationalIdFor } from '@core/demo/syntheticIds';
import { casesApi } from '@shared/api/cases';

import { ADMIN } from '../harness';
import {
  application,
  expectNothingWritten,
  itRefusesEach,
  registerWithDecision,
  type Refusal,
} from './refusalKit';

// Each channel of the cases contract, with input it must refuse: the error code, and the field.
const refusals: Refusal[] = [
  [
    'cases.list',
    'a status that does not exist',
    () => ({ status: 'finished' }),
    'VALIDATION',
    { status: 'validation.invalid' },
  ],
  ['cases.list', 'a page size of a million', () => ({ limit: 1_000_000 }), 'VALIDATION'],
  ['cases.get', 'an id as text', () => ({ id: '1' }), 'VALIDATION'],
  ['cases.get', 'an unknown id', () => ({ id: 999 }), 'NOT_FOUND'],
  [
    'cases.create',
    'no right asked for',
    () => ({ ...application, rightsRequested: [] }),
    'VALIDATION',
    { rightsRequested: 'validation.rightRequired' },
  ],
  [
    'cases.create',
    'a received date in the future',
    () => ({ ...application, person: undefined, personId: 1, receivedDate: '2027-03-02' }),
    'VALIDATION',
    { receivedDate: 'validation.dateInFuture' },
  ],
  [
    'cases.create',
    '31 February',
    () => ({ ...application, receivedDate: '2027-02-31' }),
    'VALIDATION',
    { receivedDate: 'validation.dateInvalid' },
  ],
  [
    'cases.create',
    'neither a person nor a person id',
    () => ({ ...application, person: undefined }),
    'VALIDATION',
    { person: 'validation.personRequired' },
  ],
  [
    'cases.create',
    'an unknown person id',
    () => ({ ...application, person: undefined, personId: 999 }),
    'NOT_FOUND',
  ],
  [
    'cases.create',
    'a fødselsnummer with a wrong check digit',
    () => ({ ...application, person: { name: 'X', nationalId: '01901512346' } }),
    'VALIDATION',
    { 'person.nationalId': 'validation.nationalIdChecksum' },
  ],
  [
    'cases.create',
    'a child neither born nor expected',
    () => ({ ...application, person: { name: 'X' } }),
    'VALIDATION',
    { 'person.birthDate': 'validation.birthOrDueRequired' },
  ],
  [
    'cases.create',
    'a birth date in the future',
    () => ({ ...application, person: { name: 'X', birthDate: '2027-04-01' } }),
    'VALIDATION',
    { 'person.birthDate': 'validation.birthInFuture' },
  ],
  [
    'cases.create',
    'a birth date typed before 1900',
    () => ({ ...application, person: { name: 'X', birthDate: '1899-12-31' } }),
    'VALIDATION',
    { 'person.birthDate': 'validation.dateTooEarly' },
  ],
  [
    'cases.create',
    'a fødselsnummer of someone born in the 1800s',
    () => ({
      ...application,
      person: { name: 'X', nationalId: nationalIdFor('1890-05-01', { synthetic: true, start: 500 }) },
    }),
    'VALIDATION',
    { 'person.birthDate': 'validation.birthTooEarly' },
  ],
  [
    'cases.create',
    'a case received before the child was born',
    () => ({ ...application, person: { name: 'X', birthDate: '2027-02-15' } }),
    'VALIDATION',
    { receivedDate: 'validation.receivedBeforeBirth' },
  ],
  [
    'cases.create',
    'a case received long before the pregnancy could be known',
    () => ({ ...application, person: { name: 'X', dueDate: '2027-12-20' } }),
    'VALIDATION',
    { receivedDate: 'validation.receivedBeforePregnancy' },
  ],
  [
    'cases.create',
    'a case received more than ten years ago',
    () => ({ ...application, person: undefined, personId: 1, receivedDate: '2016-08-30' }),
    'VALIDATION',
    { receivedDate: 'validation.receivedTooLongAgo' },
  ],
  [
    'cases.create',
    'a received date in year 0',
    () => ({ ...application, person: undefined, personId: 1, receivedDate: '0000-01-01' }),
    'VALIDATION',
    { receivedDate: 'validation.dateTooEarly' },
  ],
  [
    'cases.create',
    'a service at an unknown service unit',
    () => ({ ...application, personId: 1, person: undefined, services: [{ serviceUnitId: 77 }] }),
    'VALIDATION',
    { 'services.0.serviceUnitId': 'validation.serviceUnitUnknown' },
  ],
  ['cases.update', 'an unknown case', () => ({ ...application, person: undefined, id: 999 }), 'NOT_FOUND'],
  [
    'cases.update',
    'a received date after the decision',
    ({ caseId }) => ({ ...application, person: undefined, id: caseId, receivedDate: '2027-02-20' }),
    'VALIDATION',
    { receivedDate: 'validation.receivedAfterSteps' },
  ],
  [
    'cases.update',
    'a received date decades back',
    ({ caseId }) => ({ ...application, person: undefined, id: caseId, receivedDate: '1997-02-01' }),
    'VALIDATION',
    { receivedDate: 'validation.receivedTooLongAgo' },
  ],
  [
    'cases.update',
    'taking away a right that has a decision',
    ({ caseId }) => ({ ...application, person: undefined, id: caseId, rightsRequested: ['koordinator'] }),
    'VALIDATION',
    { rightsRequested: 'validation.rightHasSteps' },
  ],
  [
    'cases.recordStep',
    'an unknown kind of step',
    ({ caseId }) => ({ caseId, step: { kind: 'party', date: '2027-02-02' } }),
    'VALIDATION',
  ],
  [
    'cases.recordStep',
    'an unknown case',
    () => ({ caseId: 999, step: { kind: 'mapping', date: '2027-02-02', form: 'office' } }),
    'NOT_FOUND',
  ],
  [
    'cases.recordStep',
    'a decision before the case was received',
    ({ caseId }) => ({
      caseId,
      step: { kind: 'decision', right: 'barnekoordinator', outcome: 'granted', decisionDate: '2027-01-15' },
    }),
    'VALIDATION',
    { 'step.decisionDate': 'validation.beforeReceived' },
  ],
  [
    'cases.recordStep',
    'a notification before the decision',
    ({ caseId }) => ({
      caseId,
      step: {
        kind: 'decision',
        right: 'barnekoordinator',
        outcome: 'granted',
        decisionDate: '2027-02-10',
        notifiedDate: '2027-02-09',
      },
    }),
    'VALIDATION',
    { 'step.notifiedDate': 'validation.notifiedBeforeDecision' },
  ],
  [
    'cases.recordStep',
    'a decision on a right not asked for',
    ({ caseId }) => ({
      caseId,
      step: { kind: 'decision', right: 'koordinator', outcome: 'granted', decisionDate: '2027-02-10' },
    }),
    'VALIDATION',
    { 'step.right': 'validation.rightNotRequested' },
  ],
  [
    'cases.recordStep',
    'a mapping in the future',
    ({ caseId }) => ({ caseId, step: { kind: 'mapping', date: '2027-03-05', form: 'office' } }),
    'VALIDATION',
    { 'step.date': 'validation.dateInFuture' },
  ],
  [
    'cases.recordStep',
    'an appeal before the decision was made known',
    ({ caseId, decisionId }) => ({
      caseId,
      step: { kind: 'appeal', decisionId, receivedDate: '2027-02-10' },
    }),
    'VALIDATION',
    { 'step.receivedDate': 'validation.appealBeforeNotified' },
  ],
  [
    'cases.recordStep',
    'an appeal on a decision of another case',
    ({ caseId }) => ({ caseId, step: { kind: 'appeal', decisionId: 999, receivedDate: '2027-02-20' } }),
    'VALIDATION',
    { 'step.decisionId': 'validation.decisionUnknown' },
  ],
  [
    'cases.recordStep',
    'a consent withdrawn before it was given',
    ({ caseId }) => ({
      caseId,
      step: {
        kind: 'consent',
        type: 'process',
        givenBy: 'guardian',
        date: '2027-02-10',
        withdrawnDate: '2027-02-05',
      },
    }),
    'VALIDATION',
    { 'step.withdrawnDate': 'validation.withdrawnBeforeDate' },
  ],
  [
    'cases.recordStep',
    'a correction of a step that is not there',
    ({ caseId }) => ({ caseId, step: { kind: 'mapping', id: 999, date: '2027-02-02', form: 'office' } }),
    'VALIDATION',
    { 'step.id': 'validation.stepUnknown' },
  ],
  [
    'cases.recordStep',
    'reopening a case that is not closed',
    ({ caseId }) => ({ caseId, step: { kind: 'reopening', date: '2027-02-20', reason: 'Ny informasjon' } }),
    'VALIDATION',
    { 'step.date': 'validation.notClosed' },
  ],
  [
    'cases.removeStep',
    'a step of no case',
    ({ caseId }) => ({ caseId, stepId: 999 }),
    'VALIDATION',
    { stepId: 'validation.stepUnknown' },
  ],
  ['cases.removeStep', 'an unknown case', () => ({ caseId: 999, stepId: 1 }), 'NOT_FOUND'],
  [
    'cases.protocol',
    'a period without an end',
    () => ({ from: '2027-01-01' }),
    'VALIDATION',
    { to: 'validation.dateInvalid' },
  ],
  [
    'cases.protocol',
    'a period in the year 9999',
    () => ({ from: '2027-01-01', to: '9999-12-31' }),
    'VALIDATION',
    { to: 'validation.dateTooLate' },
  ],
  ['cases.agenda', 'input that is not an object', () => 'agenda', 'VALIDATION'],
  ['cases.rules', 'input that is not an object', () => 7, 'VALIDATION'],
  [
    'cases.updateRules',
    'an extension age of 17',
    () => ({
      interimReplyMonths: 1,
      appealWeeksRights: 4,
      age18WarningMonths: 6,
      participationAge: 15,
      ownConsentAge: 16,
      barnekoordinatorMaxAge: 17,
      dueSoonDays: 7,
    }),
    'VALIDATION',
    { barnekoordinatorMaxAge: 'validation.maxAgeInvalid' },
  ],
];

describe('the cases contract refuses bad input with a typed error and writes nothing', () => {
  itRefusesEach('cases', casesApi, refusals);

  it('refuses anything but reopening on a closed case', async () => {
    const { core, caseId } = await registerWithDecision();
    await core.ok('cases.recordStep', {
      caseId,
      step: { kind: 'closing', date: '2027-02-25', reason: 'needEnded' },
    });
    const error = await core.fails('cases.recordStep', {
      caseId,
      step: { kind: 'mapping', date: '2027-02-26', form: 'office' },
    });
    expect(error.code).toBe('CASE_CLOSED');
    const reopened = await core.ok('cases.recordStep', {
      caseId,
      step: { kind: 'reopening', date: '2027-02-27', reason: 'Familien tok kontakt igjen' },
    });
    expect(reopened.overview.status).toBe('decided');
  });

  it('refuses extending a barnekoordinator past 18 when the settings allow no extension', async () => {
    const { core, caseId } = await registerWithDecision();
    const rules = await core.ok('cases.rules', {});
    await core.ok('cases.updateRules', { ...rules, barnekoordinatorMaxAge: 0 });
    await expectNothingWritten(core, async () => {
      const error = await core.fails('cases.recordStep', {
        caseId,
        step: { kind: 'transition', date: '2027-02-20', outcome: 'extended', extendedUntil: null },
      });
      expect(error.code).toBe('VALIDATION');
      expect(error.fields).toEqual({ 'step.outcome': 'validation.extensionNotAllowed' });
    });
  });

  it('refuses a leder every case channel, so no name or fødselsnummer reaches one', async () => {
    const { core } = await registerWithDecision();
    await core.ok('users.create', {
      username: 'lise',
      displayName: 'Lise Leder',
      role: 'leder',
      password: 'lederpassord 2026',
    });
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: 'lise', password: 'lederpassord 2026' });
    for (const channel of Object.keys(casesApi)) {
      const result = await core.dispatch(channel, { id: 1 });
      expect(result.ok ? 'ok' : result.error.code, channel).toBe('FORBIDDEN');
    }
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
  });
});
