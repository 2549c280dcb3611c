import { describe, expect, it } from 'vitest';

import {
  suggestChannel,
  suggestOutcome,
  suggestPlanStatus,
  suggestPoolMatch,
  suggestRights,
  suggestYesNo,
} from '@shared/domain/importSuggestions';

describe('suggested register values', () => {
  it.each([
    ['K', ['koordinator']],
    ['Koordinator', ['koordinator']],
    ['BK', ['barnekoordinator']],
    ['Barnekoordinator', ['barnekoordinator']],
    ['IP', ['individuellPlan']],
    ['Individuell plan', ['individuellPlan']],
    ['Indiv. plan', ['individuellPlan']],
    ['begge', ['individuellPlan', 'koordinator']],
    ['K + IP', ['individuellPlan', 'koordinator']],
    ['ip/k', ['individuellPlan', 'koordinator']],
    ['Koordinator og individuell plan', ['individuellPlan', 'koordinator']],
    ['BK, IP', ['individuellPlan', 'barnekoordinator']],
    ['Søkt om IP', ['individuellPlan']],
    ['alle', ['individuellPlan', 'koordinator', 'barnekoordinator']],
  ])('reads the rights in «%s»', (raw, expected) => {
    expect(suggestRights(raw)).toEqual(expected);
  });

  it('names no rights for words it does not know', () => {
    for (const raw of ['', 'Ja', 'Avlastning', 'K + avlastning', '__proto__', 'constructor']) {
      expect(suggestRights(raw)).toBeNull();
    }
  });

  it.each([
    ['Innvilget', 'granted'],
    ['innv.', 'granted'],
    ['innvilga', 'granted'],
    ['Ja', 'granted'],
    ['x', 'granted'],
    ['OK', 'granted'],
    ['✓', 'granted'],
    ['Innvilget 12.03.2024', 'granted'],
    ['Avslag', 'refused'],
    ['avslått', 'refused'],
    ['Nei', 'refused'],
    ['Ikkje innvilga', 'refused'],
    ['Delvis innvilget', 'partlyGranted'],
    ['Trukket', 'withdrawn'],
    ['Søknad trukket', 'withdrawn'],
    ['Avvist', 'dismissed'],
    ['Ikke realitetsbehandlet', 'dismissed'],
  ])('reads the outcome «%s» as %s', (raw, outcome) => {
    expect(suggestOutcome(raw)).toBe(outcome);
  });

  it.each([
    ['Elektronisk skjema', 'electronicForm'],
    ['Digitalt', 'electronicForm'],
    ['Papir', 'paper'],
    ['Brev', 'paper'],
    ['Muntlig', 'oral'],
    ['Munnleg', 'oral'],
    ['Telefon', 'oral'],
    ['Melding fra tjeneste', 'serviceReport'],
    ['Melding frå tenesta', 'serviceReport'],
    ['Egen', 'ownInitiative'],
    ['Eget initiativ', 'ownInitiative'],
    ['Mottatt via brev', 'paper'],
  ])('reads the channel «%s» as %s', (raw, channel) => {
    expect(suggestChannel(raw)).toBe(channel);
  });

  it.each([
    ['Ikke ønsket', 'notWanted'],
    ['ikkje ønskt', 'notWanted'],
    ['Ikke startet', 'notStarted'],
    ['Under arbeid', 'inProgress'],
    ['Utarbeides', 'inProgress'],
    ['Aktiv', 'active'],
    ['I bruk', 'active'],
    ['Avsluttet', 'closed'],
    ['Avslutta', 'closed'],
    ['IP aktiv', 'active'],
  ])('reads the plan status «%s» as %s', (raw, status) => {
    expect(suggestPlanStatus(raw)).toBe(status);
  });

  it('reads yes and no', () => {
    for (const raw of ['Ja', 'J', 'x', 'X', '✓', '1', ' ja ']) expect(suggestYesNo(raw)).toBe(true);
    for (const raw of ['Nei', 'N', '0', '-']) expect(suggestYesNo(raw)).toBe(false);
    for (const raw of ['', 'kanskje', '__proto__']) expect(suggestYesNo(raw)).toBeNull();
  });

  it('suggests nothing it does not know', () => {
    for (const raw of ['', 'kanskje', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(suggestOutcome(raw)).toBeNull();
      expect(suggestChannel(raw)).toBeNull();
      expect(suggestPlanStatus(raw)).toBeNull();
    }
  });

  it('finds a coordinator, a unit or a course by name, however it is written', () => {
    const names = [
      { id: 1, name: 'Kari Nordmann' },
      { id: 2, name: 'Anne-Lise Østby' },
      { id: 3, name: 'Helsestasjonen' },
      { id: 4, name: 'Per Hansen' },
      { id: 5, name: 'Per  Hansen' },
    ];
    expect(suggestPoolMatch('kari nordmann', names)).toBe(1);
    expect(suggestPoolMatch('Nordmann, Kari', names)).toBe(1);
    expect(suggestPoolMatch('Nordmann Kari', names)).toBe(1);
    expect(suggestPoolMatch('  KARI   NORDMANN ', names)).toBe(1);
    expect(suggestPoolMatch('Anne Lise Ostby', names)).toBe(2);
    expect(suggestPoolMatch('annelise østby', names)).toBe(2);
    expect(suggestPoolMatch('HELSESTASJONEN', names)).toBe(3);
    expect(suggestPoolMatch('Per Hansen', names)).toBeNull();
    expect(suggestPoolMatch('Ola Nordmann', names)).toBeNull();
    expect(suggestPoolMatch('', names)).toBeNull();
    expect(suggestPoolMatch('__proto__', names)).toBeNull();
    expect(suggestPoolMatch('Kari Nordmann', [])).toBeNull();
  });
});
