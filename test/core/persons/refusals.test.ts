import { describe, expect, it } from 'vitest';

import { nationalIdFor } from '@core/demo/syntheticIds';
import { personsApi } from '@shared/api/persons';

import { itRefusesEach, registerWithDecision, type Refusal } from '../cases/refusalKit';
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
  itRefusesEach('persons', personsApi, refusals);

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
