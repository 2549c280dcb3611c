import { nationalIdFor } from '@core/demo/syntheticIds';

import { ADMIN, addServiceUnit, setUpCore, type TestCore } from '../harness';

export const LISE = {
  username: 'lise',
  displayName: 'Lise Leder',
  role: 'leder' as const,
  password: 'lederpassord 2026 vinter',
};

/** A register with a few cases and coordinators, its administrator logged in. */
export async function registerWithData(cases = 3, options: Parameters<typeof setUpCore>[0] = {}) {
  const { core, recoveryCode } = await setUpCore({ allowSyntheticIds: true, ...options });
  const unit = await addServiceUnit(core, 'PPT');
  await core.ok('coordinators.create', { name: 'Kari Lie', serviceUnitId: unit.id });
  for (let i = 0; i < cases; i += 1) await addCase(core, i);
  return { core, recoveryCode };
}

export async function addCase(core: TestCore, i: number) {
  return core.ok('cases.create', {
    receivedDate: '2026-11-02',
    channel: 'oral',
    appliedBy: 'guardian',
    rightsRequested: ['barnekoordinator'],
    person: {
      name: `Barn ${i} Demoli`,
      nationalId: nationalIdFor(`2016-0${(i % 9) + 1}-1${i % 10}`, { synthetic: true }),
    },
  });
}

export async function caseCount(core: TestCore): Promise<number> {
  return (await core.ok('cases.list', {})).total;
}

export const login = (core: TestCore, username = ADMIN.username, password = ADMIN.password) =>
  core.ok('session.login', { username, password });
