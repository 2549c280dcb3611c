import { readFileSync } from 'node:fs';
import path from 'node:path';

import { strFromU8, unzipSync } from 'fflate';
import { expect, it } from 'vitest';

import { nationalIdFor } from '@core/demo/syntheticIds';

import { setUpCore, tempDir } from '../harness';

it('writes a text Excel would run as a formula with an apostrophe in the CSV files, and keeps it as text in the workbook', async () => {
  const { core } = await setUpCore({ now: () => new Date('2027-03-01T10:00:00'), allowSyntheticIds: true });
  await core.ok('cases.create', {
    receivedDate: '2027-01-04',
    channel: 'oral',
    appliedBy: 'guardian',
    rightsRequested: ['koordinator'],
    needDescription: '-trenger hjelp',
    person: {
      name: '=HYPERLINK("https://evil.example","Klikk")',
      nationalId: nationalIdFor('2015-08-30', { synthetic: true }),
      phone: '+47 12345678',
    },
  });
  const folder = tempDir();
  const { files } = await core.ok('registerExport.write', { folder });
  const zip = unzipSync(readFileSync(path.join(folder, files[1]!.fileName)));
  const csv = Object.values(zip)
    .map((bytes) => strFromU8(bytes))
    .join('\n');
  expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""Klikk"")"`);
  expect(csv).toContain(";'-trenger hjelp");
  // A phone number is not a formula: it stays as typed.
  expect(csv).toContain(';+47 12345678');
  expect(csv).not.toMatch(/(^|;)=HYPERLINK/m);
});
