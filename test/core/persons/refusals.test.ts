import { describe, expect, it } from 'vitest';

import { nationalIdFor } from '@core/demo/syntheticIds';
import type { ChannelName } from '@shared/api';
import { personsApi } from '@shared/api/persons';

import { expectNothingWritten, registerWithDecision, type Refusal } from '../cases/refusalKit';
import { ADMIN } from '../harness';

// Each channel of the persons contract, with input it must refuse: the error code, and the field.
const refusals: Refusal[] = [
  [
    'persons.findByNationalId',
    'ten digits',
    () => ({ nationalId: '0101201234' }),
    'VALIDATION',
    { nationalId: 'validation.nationalIdFormat' },
  ],
  ['persons.get', 'an unknown person', () => ({ id: 999 }), 'NOT_FOUND'],
  [
    'persons.update',
    'a synthetic number replaced by a wrong one',
    () => ({ id: 1, name: 'Jonas Demoli', nationalId: '30081512345' }),
    'VALIDATION',
    { nationalId: 'validation.nationalIdChecksum' },
  ],
  [
    'persons.update',
    'a birth after the case was received',
    () => ({ id: 1, name: 'Jonas Demoli', nationalId: nationalIdFor('2027-02-15', { synthetic: true }) }),
    'VALIDATION',
    { birthDate: 'validation.birthAfterReceived' },
  ],
  [
    'persons.update',
    'an unknown person',
    () => ({ id: 999, name: 'X', birthDate: '2015-01-01' }),
    'NOT_FOUND',
  ],
];

describe('the persons contract refuses bad input with a typed error and writes nothing', () => {
  it('has a refusal case for every channel of persons', () => {
    const covered = new Set(refusals.map(([channel]) => channel));
    expect(Object.keys(personsApi).filter((c) => !covered.has(c as ChannelName))).toEqual([]);
  });

  it.each(refusals)('%s refuses %s', async (channel, _what, input, code, fields) => {
    const { core, caseId, decisionId } = await registerWithDecision();
    await expectNothingWritten(core, async () => {
      const error = await core.fails(channel, input({ caseId, decisionId }));
      expect(error.code).toBe(code);
      if (fields) expect(error.fields).toEqual(fields);
      expect(error.message).not.toMatch(/at \w+ \(|Error:/);
    });
  });

  it('refuses a leder every person channel, so no name or fødselsnummer reaches one', async () => {
    const { core } = await registerWithDecision();
    await core.ok('users.create', {
      username: 'lise',
      displayName: 'Lise Leder',
      role: 'leder',
      password: 'lederpassord 2026',
    });
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: 'lise', password: 'lederpassord 2026' });
    for (const channel of Object.keys(personsApi)) {
      const result = await core.dispatch(channel, { id: 1 });
      expect(result.ok ? 'ok' : result.error.code, channel).toBe('FORBIDDEN');
    }
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
  });
});
