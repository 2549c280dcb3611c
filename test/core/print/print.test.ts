import { describe, expect, it } from 'vitest';

import { nationalIdFor } from '@core/demo/syntheticIds';
import type { ChannelName } from '@shared/api';

import { ADMIN, type TestCore } from '../harness';
import { grant, planRegister } from '../plans/planRegister';

/** The print rows of the log, oldest first. */
async function printRows(core: TestCore) {
  const { rows } = await core.ok('audit.list', { action: 'print' });
  return rows.reverse();
}

async function personOf(core: TestCore, caseId: number) {
  return (await core.ok('cases.get', { id: caseId })).person.id;
}

async function logInAsLeder(core: TestCore) {
  await core.ok('users.create', {
    username: 'lise',
    displayName: 'Lise Leder',
    role: 'leder',
    password: 'lederpassord 2026',
  });
  await core.ok('session.logout', {});
  await core.ok('session.login', { username: 'lise', password: 'lederpassord 2026' });
}

describe('print.caseOverview', () => {
  it('gives the case page and the plan page in one read, logged as a print naming the person', async () => {
    const { core, ids } = await planRegister();
    const printed = await core.ok('print.caseOverview', { id: ids.d });
    expect(printed.case.person.name).toBe('Nora Demoli');
    expect(printed.case.overview.rights[0]).toMatchObject({
      right: 'individuellPlan',
      decision: { outcome: 'granted', decisionDate: '2027-02-01' },
    });
    expect(printed.plan.plan).toMatchObject({ wanted: true, periodStart: '2027-02-01' });
    expect(printed.plan.goals).toMatchObject([
      { text: 'Gå på skolen hver dag', measures: [{ text: 'Skyss', serviceUnitName: 'PPT' }] },
    ]);
    expect(printed.plan.overview?.status).toBeDefined();

    const rows = await printRows(core);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      username: ADMIN.username,
      action: 'print',
      entity: 'case',
      entityId: String(ids.d),
      fields: ['caseOverview', `person:${printed.case.person.id}`],
    });
  });

  it('prints a case without a plan with the plan left empty', async () => {
    const { core, ids } = await planRegister();
    const printed = await core.ok('print.caseOverview', { id: ids.b });
    expect(printed.plan).toMatchObject({ plan: null, goals: [], overview: null });
    expect(printed.case.coordination.history).toEqual([]);
  });

  it('shows the coordinator history of the case', async () => {
    const { core, ids } = await planRegister();
    const printed = await core.ok('print.caseOverview', { id: ids.a });
    expect(printed.case.coordination.history).toMatchObject([
      { coordinatorName: 'Kari Lie', role: 'barnekoordinator', startDate: '2027-02-01', endDate: null },
    ]);
  });

  it('answers NOT_FOUND for a case that does not exist, and logs no print', async () => {
    const { core } = await planRegister();
    expect((await core.fails('print.caseOverview', { id: 9999 })).code).toBe('NOT_FOUND');
    expect(await printRows(core)).toEqual([]);
  });
});

describe('print.deadlines', () => {
  it('lists the running deadlines of open cases, the most urgent first, and names only their persons', async () => {
    const { core, ids } = await planRegister();
    const printed = await core.ok('print.deadlines', {});
    expect(printed.today).toBe('2027-03-01');
    // Emma's interim reply is overdue; Nora's appeal deadline runs out today. Jonas's deadlines
    // are met or expired, Liv's case is closed.
    expect(printed.rows.map((r) => [r.caseId, r.kind, r.state])).toEqual([
      [ids.b, 'interimReply', 'overdue'],
      [ids.d, 'appeal', 'dueSoon'],
    ]);
    expect(printed.rows[0]).toMatchObject({
      personName: 'Emma Demoli',
      legalReference: 'forvaltningsloven § 11 a',
    });
    expect(printed.rows[0]!.daysLeft).toBeLessThan(0);
    expect(printed.rows[1]).toMatchObject({ right: 'individuellPlan', dueDate: '2027-03-01', daysLeft: 0 });

    const [row] = await printRows(core);
    expect(row).toMatchObject({ action: 'print', entity: 'case', entityId: null });
    expect(row!.fields).toEqual([
      'deadlines',
      `person:${await personOf(core, ids.b)}`,
      `person:${await personOf(core, ids.d)}`,
    ]);
  });

  it('lists the transition at 18 from the warning months before, not years ahead', async () => {
    const { core } = await planRegister();
    const soon = await core.ok('cases.create', {
      receivedDate: '2027-01-10',
      channel: 'oral',
      appliedBy: 'person',
      rightsRequested: ['barnekoordinator'],
      person: { name: 'Sofie Snart', nationalId: nationalIdFor('2009-06-15', { synthetic: true }) },
    });
    await grant(core, soon.record.id, 'barnekoordinator', '2027-01-20');
    const rows = (await core.ok('print.deadlines', {})).rows.filter((r) => r.kind === 'age18');
    // Jonas (born 2015) has a barnekoordinator too, but turns 18 in 2033.
    expect(rows).toMatchObject([
      { caseId: soon.record.id, personName: 'Sofie Snart', dueDate: '2027-06-15', right: 'barnekoordinator' },
    ]);
  });
});

describe('print.deadlines on a closed case', () => {
  it('keeps the appeal deadline of a refusal after the case is closed, and nothing else of it', async () => {
    const { core } = await planRegister();
    const refused = await core.ok('cases.create', {
      receivedDate: '2027-01-05',
      channel: 'oral',
      appliedBy: 'person',
      rightsRequested: ['koordinator'],
      person: { name: 'Per Avslag', nationalId: nationalIdFor('1980-04-02', { synthetic: true }) },
    });
    const id = refused.record.id;
    await core.ok('cases.recordStep', {
      caseId: id,
      step: {
        kind: 'decision',
        right: 'koordinator',
        outcome: 'refused',
        decisionDate: '2027-02-20',
        notifiedDate: '2027-02-22',
      },
    });
    await core.ok('cases.recordStep', {
      caseId: id,
      step: { kind: 'closing', date: '2027-02-25', reason: 'moved' },
    });
    const rows = (await core.ok('print.deadlines', {})).rows.filter((r) => r.caseId === id);
    expect(rows).toMatchObject([{ kind: 'appeal', right: 'koordinator', state: 'running' }]);
  });
});

describe('print.coordinators', () => {
  it('lists the active coordinators in Norwegian order with caseload and training, naming them in the log', async () => {
    const { core, ids } = await planRegister();
    const aase = await core.ok('coordinators.create', { name: 'Åse Ås', serviceUnitId: ids.ppt });
    const oystein = await core.ok('coordinators.create', { name: 'Øystein Øy', serviceUnitId: ids.health });
    const gone = await core.ok('coordinators.create', { name: 'Bente Borte', serviceUnitId: ids.ppt });
    await core.ok('coordinators.update', {
      name: 'Bente Borte',
      serviceUnitId: ids.ppt,
      active: false,
      id: gone.id,
    });

    const printed = await core.ok('print.coordinators', {});
    expect(printed.coordinators.map((c) => c.name)).toEqual(['Kari Lie', 'Øystein Øy', 'Åse Ås']);
    expect(printed.coordinators[0]).toMatchObject({
      serviceUnitName: 'PPT',
      caseload: 1,
      training: { state: 'never', validUntil: null },
    });
    const [row] = await printRows(core);
    expect(row).toMatchObject({ action: 'print', entity: 'coordinator', entityId: null });
    expect(row!.fields).toEqual([
      'coordinators',
      `coordinator:${ids.kari}`,
      `coordinator:${oystein.id}`,
      `coordinator:${aase.id}`,
    ]);
  });
});

describe('print.agenda', () => {
  it('gives the agenda of the Saker screen and names the persons of its cases in the print row', async () => {
    const { core, ids } = await planRegister();
    const printed = await core.ok('print.agenda', {});
    expect(printed.rows).toEqual(await core.ok('cases.agenda', {}));
    expect(printed.rows.map((r) => r.id)).toEqual([ids.b]);
    const rows = await printRows(core);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.fields).toEqual(['agenda', `person:${await personOf(core, ids.b)}`]);
  });
});

describe('print.protocol', () => {
  it('gives the rows of cases.protocol for the period and logs a print naming their persons', async () => {
    const { core, ids } = await planRegister();
    const period = { from: '2027-01-01', to: '2027-12-31' };
    const printed = await core.ok('print.protocol', period);
    const listed = await core.ok('cases.protocol', period);
    expect(printed.rows).toEqual(listed);
    expect(printed).toMatchObject({ ...period, today: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(printed.rows.length).toBeGreaterThan(0);
    const persons = [...new Set(printed.rows.map((r) => `person:${r.personId}`))];
    expect(persons).toContain(`person:${await personOf(core, ids.d)}`);
    const rows = await printRows(core);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'print', entity: 'case', entityId: null });
    expect(rows[0]!.fields).toEqual(['protocol', ...persons]);
  });

  it('prints an empty period, and a backwards one, with no person named', async () => {
    const { core } = await planRegister();
    expect((await core.ok('print.protocol', { from: '2020-01-01', to: '2020-12-31' })).rows).toEqual([]);
    expect((await core.ok('print.protocol', { from: '2027-12-31', to: '2027-01-01' })).rows).toEqual([]);
    const rows = await printRows(core);
    expect(rows.map((r) => r.fields)).toEqual([['protocol'], ['protocol']]);
  });

  it('refuses a period that is not two dates, and logs nothing', async () => {
    const { core } = await planRegister();
    for (const input of [
      {},
      { from: '2027-01-01' },
      { from: "2027-01-01' OR 1=1 --", to: '2027-12-31' },
      { from: '01.01.2027', to: '31.12.2027' },
    ])
      expect((await core.fails('print.protocol', input)).code).toBe('VALIDATION');
    expect(await printRows(core)).toEqual([]);
  });
});

describe('print access', () => {
  it('refuses a leder every print of personal data, before looking at the input, and logs none', async () => {
    const { core, ids } = await planRegister();
    await logInAsLeder(core);
    const calls: [ChannelName, unknown][] = [
      ['print.caseOverview', { id: ids.d }],
      ['print.caseOverview', { id: 'x' }],
      ['print.coordinators', {}],
      ['print.deadlines', {}],
      ['print.agenda', {}],
      ['print.protocol', { from: '2027-01-01', to: '2027-12-31' }],
      ['print.protocol', { from: 'x' }],
    ];
    const codes = [];
    for (const [channel, input] of calls) {
      const result = await core.dispatch(channel, input);
      codes.push(result.ok ? 'ok' : result.error.code);
    }
    expect(codes).toEqual(calls.map(() => 'FORBIDDEN'));
    await core.ok('session.logout', {});
    await core.ok('session.login', { username: ADMIN.username, password: ADMIN.password });
    expect(await printRows(core)).toEqual([]);
  });

  it('refuses a caller without a session', async () => {
    const { core, ids } = await planRegister();
    await core.ok('session.logout', {});
    expect((await core.fails('print.caseOverview', { id: ids.d })).code).toBe('UNAUTHENTICATED');
  });
});
