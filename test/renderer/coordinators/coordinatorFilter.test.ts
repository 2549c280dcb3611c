import { describe, expect, it } from 'vitest';

import {
  filterCoordinators,
  norwegian,
  parseActiveFilter,
  parseTrainingFilter,
} from '@renderer/features/coordinators/filter';
import type { Coordinator } from '@shared/api/coordinators';

let nextId = 1;
function coordinator(fields: Partial<Coordinator>): Coordinator {
  return {
    id: nextId++,
    name: 'Ola Nordmann',
    serviceUnitId: 1,
    serviceUnitName: 'Helsestasjonen',
    position: 'Helsesykepleier',
    phone: '',
    email: '',
    capacity: null,
    active: true,
    createdAt: '2026-01-05T08:00:00.000Z',
    updatedAt: '2026-01-05T08:00:00.000Z',
    caseload: 0,
    training: { state: 'never', validUntil: null },
    ...fields,
  };
}

const kari = coordinator({
  name: 'Kari Nordmann',
  serviceUnitName: 'PPT',
  position: 'Spesialpedagog',
  phone: '912 34 567',
  email: 'kari.nordmann@kommune.no',
});
const per = coordinator({
  name: 'Per Ås',
  serviceUnitName: 'Helsestasjonen',
  position: 'Helsesykepleier',
  phone: '+47 41 22 33 44',
  email: 'per.aas@kommune.no',
});
const sigrid = coordinator({
  name: 'Sigrid Bø',
  serviceUnitName: 'Nordbyen skole',
  position: 'Sosiallærer',
  email: 'sigrid.bo@kommune.no',
  active: false,
});
const everyone = [kari, per, sigrid];

const names = (list: Coordinator[]) => list.map((c) => c.name);

describe('searching coordinators', () => {
  it('finds a coordinator by part of the name, whatever the case', () => {
    expect(names(filterCoordinators(everyone, 'nordM', 'alle'))).toEqual(['Kari Nordmann']);
  });

  it('finds a coordinator by the name of the service unit', () => {
    expect(names(filterCoordinators(everyone, 'ppt', 'alle'))).toEqual(['Kari Nordmann']);
  });

  it('finds a coordinator by position', () => {
    expect(names(filterCoordinators(everyone, 'helsesykepleier', 'alle'))).toEqual(['Per Ås']);
  });

  it('finds a coordinator by phone number typed without spaces', () => {
    expect(names(filterCoordinators(everyone, '91234567', 'alle'))).toEqual(['Kari Nordmann']);
  });

  it('finds a coordinator by phone number typed with spaces', () => {
    expect(names(filterCoordinators(everyone, '41 22 33 44', 'alle'))).toEqual(['Per Ås']);
  });

  it('finds a coordinator by e-mail address', () => {
    expect(names(filterCoordinators(everyone, 'sigrid.bo@kommune', 'alle'))).toEqual(['Sigrid Bø']);
  });

  it('treats æ, ø and å as letters of their own', () => {
    expect(names(filterCoordinators(everyone, 'ås', 'alle'))).toEqual(['Per Ås']);
    expect(names(filterCoordinators(everyone, 'bø', 'alle'))).toEqual(['Sigrid Bø']);
  });

  it('requires every word of the search to match, in any field', () => {
    expect(names(filterCoordinators(everyone, 'kari ppt', 'alle'))).toEqual(['Kari Nordmann']);
    expect(names(filterCoordinators(everyone, 'kari helsestasjonen', 'alle'))).toEqual([]);
  });

  it('shows everyone for an empty or blank search', () => {
    expect(filterCoordinators(everyone, '', 'alle')).toHaveLength(3);
    expect(filterCoordinators(everyone, '   ', 'alle')).toHaveLength(3);
  });
});

describe('showing active and inactive coordinators', () => {
  it('shows only the active ones when asked for active', () => {
    expect(names(filterCoordinators(everyone, '', 'aktive'))).toEqual(['Kari Nordmann', 'Per Ås']);
  });

  it('shows only the inactive ones when asked for inactive', () => {
    expect(names(filterCoordinators(everyone, '', 'inaktive'))).toEqual(['Sigrid Bø']);
  });

  it('shows all of them when asked for all', () => {
    expect(names(filterCoordinators(everyone, '', 'alle'))).toEqual(['Kari Nordmann', 'Per Ås', 'Sigrid Bø']);
  });

  it('combines the search with the filter', () => {
    expect(filterCoordinators(everyone, 'sigrid', 'aktive')).toEqual([]);
  });

  it('reads the filter from the address, falling back to active', () => {
    expect(parseActiveFilter('inaktive')).toBe('inaktive');
    expect(parseActiveFilter('alle')).toBe('alle');
    expect(parseActiveFilter('aktive')).toBe('aktive');
    expect(parseActiveFilter(null)).toBe('aktive');
    expect(parseActiveFilter('tull')).toBe('aktive');
  });
});

describe('filtering on training status', () => {
  const trained = coordinator({
    name: 'Trygve Opplært',
    training: { state: 'trained', validUntil: '2028-01-01' },
  });
  const expiring = coordinator({
    name: 'Eva Snart',
    training: { state: 'expiresSoon', validUntil: '2026-12-01' },
  });
  const expired = coordinator({
    name: 'Ulf Utløpt',
    training: { state: 'expired', validUntil: '2025-06-30' },
  });
  const never = coordinator({ name: 'Ine Ingen', training: { state: 'never', validUntil: null } });
  const pool = [trained, expiring, expired, never];

  it('shows everyone when no training status is chosen', () => {
    expect(filterCoordinators(pool, '', 'alle')).toHaveLength(4);
    expect(filterCoordinators(pool, '', 'alle', 'alle')).toHaveLength(4);
  });

  it('shows only the coordinators with the chosen status', () => {
    expect(names(filterCoordinators(pool, '', 'alle', 'opplaert'))).toEqual(['Trygve Opplært']);
    expect(names(filterCoordinators(pool, '', 'alle', 'gaar-ut'))).toEqual(['Eva Snart']);
    expect(names(filterCoordinators(pool, '', 'alle', 'utlopt'))).toEqual(['Ulf Utløpt']);
    expect(names(filterCoordinators(pool, '', 'alle', 'ikke-opplaert'))).toEqual(['Ine Ingen']);
  });

  it('finds everyone without valid training: expired or never trained', () => {
    expect(names(filterCoordinators(pool, '', 'alle', 'uten-gyldig'))).toEqual(['Ulf Utløpt', 'Ine Ingen']);
  });

  it('combines the training status with the search and the active filter', () => {
    const inactiveNever = coordinator({ name: 'Ine Borte', active: false });
    expect(names(filterCoordinators([...pool, inactiveNever], 'ine', 'aktive', 'ikke-opplaert'))).toEqual([
      'Ine Ingen',
    ]);
  });

  it('reads the training filter from the address, falling back to all', () => {
    expect(parseTrainingFilter('uten-gyldig')).toBe('uten-gyldig');
    expect(parseTrainingFilter('gaar-ut')).toBe('gaar-ut');
    expect(parseTrainingFilter(null)).toBe('alle');
    expect(parseTrainingFilter('tull')).toBe('alle');
    expect(parseTrainingFilter('toString')).toBe('alle');
  });
});

describe('Norwegian sorting', () => {
  it('puts Ærlig, Øverland and Åsheim after Zahl, in that order', () => {
    const sorted = ['Åsheim', 'Zahl', 'Øverland', 'Aune', 'Ærlig'].sort(norwegian.compare);
    expect(sorted).toEqual(['Aune', 'Zahl', 'Ærlig', 'Øverland', 'Åsheim']);
  });

  it('ignores case and sorts numbers by value', () => {
    expect(['skole 10', 'Skole 2', 'skole 1'].sort(norwegian.compare)).toEqual([
      'skole 1',
      'Skole 2',
      'skole 10',
    ]);
  });
});
