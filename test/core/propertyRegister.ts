import path from 'node:path';

import { openDatabase, type Db } from '@core/storage/database';
import { readKeyFile } from '@core/storage/keyFile';
import { unwrapKey } from '@core/storage/keySlots';

import { ADMIN, addServiceUnit, setUpCore, type TestCore } from './harness';

/**
 * The register a property test of stored derived state runs its random changes on: set up on the
 * clock given (moved by the test; the register must not lock for idleness while days pass by
 * years), with a service unit and two coordinators, and a second connection that reads the stored
 * rows as they are, beside core's own. The caller closes `raw`.
 */
export async function propertyRegister(clock: () => Date): Promise<{
  core: TestCore;
  raw: Db;
  serviceUnit: number;
  coordinators: number[];
}> {
  const { core } = await setUpCore({ now: clock, allowSyntheticIds: true, idleTimeoutMsOverride: 2 ** 40 });
  const serviceUnit = (await addServiceUnit(core, 'PPT')).id;
  const coordinators: number[] = [];
  for (const name of ['Kari Lie', 'Ola Berg'])
    coordinators.push((await core.ok('coordinators.create', { name, serviceUnitId: serviceUnit })).id);
  const keyFile = readKeyFile(path.join(core.dataDir, 'samordna.keys'))!;
  const slot = keyFile.slots.find((s) => s.kind === 'user')!;
  const raw = openDatabase(
    path.join(core.dataDir, 'samordna.db'),
    (await unwrapKey(slot, ADMIN.password, keyFile.registerId))!,
  );
  return { core, raw, serviceUnit, coordinators };
}
