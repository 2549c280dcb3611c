import { describe, expect, it } from 'vitest';

import type { Dashboard } from '@shared/api/dashboards';

import { fixtureRegister, now } from './fixtureRegister';

const value = (d: Dashboard, group: string, figure: string) =>
  d.groups.find((g) => g.key === group)!.figures.find((f) => f.key === figure)!.value;

describe('dashboards kept between calls', () => {
  it('counts again after a change to a case, to the pool, and on a new day', async () => {
    let clock = now();
    const { core, cases, k } = await fixtureRegister(() => clock);
    const deadlines = () => core.ok('dashboards.get', { dashboard: 'deadlines' });
    expect(value(await deadlines(), 'interimReplies', 'overdue')).toBe(2);
    expect(await deadlines()).toEqual(await deadlines());

    // A reply sent (late) for I1: it is no longer owed.
    await core.ok('cases.recordStep', {
      caseId: cases.i1!,
      step: {
        kind: 'interimReply',
        sentDate: '2027-06-15',
        reason: 'Venter på vedtak',
        expectedDate: '2027-07-01',
      },
    });
    expect(value(await deadlines(), 'interimReplies', 'overdue')).toBe(1);

    // Dag completes the basic course: a change to no case, and the training figures follow.
    const training = () => core.ok('dashboards.get', { dashboard: 'training' });
    expect(value(await training(), 'status', 'never')).toBe(1);
    const { courses } = await core.ok('training.overview', {});
    const basic = courses.find((c) => c.name === 'Grunnopplæring for koordinatorer')!.id;
    await core.ok('training.recordCompletion', { coordinatorId: k.dag, courseId: basic, date: '2027-06-14' });
    expect(value(await training(), 'status', 'never')).toBe(0);
    expect(value(await training(), 'untrainedWithCases', 'cases')).toBe(2);

    // Four days on: I3's reply (due 18.06) is overdue too, with nothing recorded.
    clock = new Date('2027-06-19T10:00:00');
    const later = await deadlines();
    expect(later.today).toBe('2027-06-19');
    expect(value(later, 'interimReplies', 'overdue')).toBe(2);
    expect(value(later, 'interimReplies', 'dueSoon')).toBe(0);
  }, 60_000);
});
