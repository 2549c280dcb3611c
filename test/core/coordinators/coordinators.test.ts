import { describe, expect, it } from 'vitest';

import { addServiceUnit, setUpCore } from '../harness';

describe('the coordinator pool', () => {
  it('creates, reads and edits a coordinator with their service unit', async () => {
    const { core } = await setUpCore();
    const unit = await addServiceUnit(core, 'PPT');
    const created = await core.ok('coordinators.create', {
      name: '  Åse Ærlig ',
      serviceUnitId: unit.id,
      position: 'PP-rådgiver',
      phone: '+47 912 34 567',
      email: 'ase@testvik.kommune.no',
      capacity: 6,
    });
    expect(created).toMatchObject({ name: 'Åse Ærlig', serviceUnitName: 'PPT', capacity: 6, active: true });
    const edited = await core.ok('coordinators.update', { ...created, capacity: null, active: false });
    expect(edited).toMatchObject({ capacity: null, active: false });
    expect(await core.ok('coordinators.list', {})).toEqual([edited]);
    expect((await core.ok('serviceUnits.list', {}))[0]!.coordinatorCount).toBe(0);
  });

  it('refuses an unknown service unit next to the field, and an unknown coordinator', async () => {
    const { core } = await setUpCore();
    expect(await core.fails('coordinators.create', { name: 'Ola', serviceUnitId: 404 })).toMatchObject({
      code: 'VALIDATION',
      fields: { serviceUnitId: 'validation.serviceUnitUnknown' },
    });
    expect((await core.fails('coordinators.get', { id: 404 })).code).toBe('NOT_FOUND');
    expect(await core.ok('coordinators.list', {})).toEqual([]);
  });

  it('refuses two service units with the same name, whatever the case', async () => {
    const { core } = await setUpCore();
    await addServiceUnit(core, 'Helsestasjonen');
    expect(await core.fails('serviceUnits.create', { name: 'helsestasjonen' })).toMatchObject({
      code: 'CONFLICT',
      fields: { name: 'validation.nameTaken' },
    });
  });
});
