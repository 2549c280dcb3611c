import { describe, expect, it } from 'vitest';

import { caseColumns, caseFieldKeys, fromColumns, toColumns } from '@core/cases/caseColumns';
import { migrations } from '@core/migrations/index';
import { migrate } from '@core/migrations/migrate';
import { createDatabase } from '@core/storage/database';
import { caseFields } from '@shared/api/cases';

import { tempDir } from '../harness';

describe('the table of case fields', () => {
  it('names every field of the contract, in its order', () => {
    expect(caseFieldKeys).toEqual(Object.keys(caseFields.shape));
  });

  it('gives each field a column of the latest schema', () => {
    const file = `${tempDir()}/samordna.db`;
    const db = createDatabase(file, Buffer.alloc(32, 1));
    migrate(db, file, migrations);
    const columns = (db.prepare('PRAGMA table_info(cases)').all() as { name: string }[]).map((c) => c.name);
    for (const key of caseFieldKeys) expect(columns).toContain(caseColumns[key].column);
    db.close();
  });

  it('reads back what it writes, lists as JSON text', () => {
    const fields = caseFields.parse({
      receivedDate: '2027-02-01',
      channel: 'paper',
      appliedBy: 'guardian',
      appliedByName: 'Kari Nordmann',
      rightsRequested: ['koordinator', 'individuellPlan'],
      needDescription: 'Cerebral parese.',
      services: [{ serviceUnitId: 3, provider: '', contact: 'Anne', status: 'needs' }],
    });
    const stored = toColumns(fields);
    expect(stored.rights_requested).toBe('["koordinator","individuellPlan"]');
    expect(fromColumns(stored)).toEqual(fields);
  });

  it('reads a row without its free texts and services as empty ones', () => {
    const {
      need_description: _n,
      applied_by_name: _a,
      services: _s,
      ...row
    } = toColumns(
      caseFields.parse({
        receivedDate: '2027-02-01',
        channel: 'oral',
        appliedBy: 'person',
        rightsRequested: ['koordinator'],
        needDescription: 'Slag',
      }),
    );
    expect(fromColumns(row)).toMatchObject({ appliedByName: '', needDescription: '', services: [] });
  });
});
