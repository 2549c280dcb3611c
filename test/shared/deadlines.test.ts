import { describe, expect, it } from 'vitest';

import type { CaseRecord } from '@shared/domain/case';
import { defaultCaseRules as rules } from '@shared/domain/case';
import {
  appealDeadline,
  appealWithinDeadline,
  interimReplyOutcome,
  type InterimReplyOutcome,
} from '@shared/domain/deadlines';

import { caseOf, closing, decidedCase, decision, interimReply, mapping } from './caseFactory';

describe('how the interim reply went, for reports', () => {
  it.each<[string, CaseRecord, InterimReplyOutcome]>([
    [
      'sent on the due date, 26 February 2027',
      caseOf('2027-01-31', [interimReply('2027-02-26')]),
      'sentInTime',
    ],
    [
      'sent on 1 March 2027, after the due date',
      caseOf('2027-01-31', [interimReply('2027-03-01')]),
      'sentLate',
    ],
    ['not needed when decided on the due date', decidedCase('2027-01-31', '2027-02-26'), 'notNeeded'],
    [
      'not needed when closed before the due date',
      caseOf('2027-01-31', [closing('2027-02-15')]),
      'notNeeded',
    ],
    ['missed when decided after the due date without one', decidedCase('2027-01-31', '2027-03-01'), 'missed'],
    [
      'missed when closed after the due date without one',
      caseOf('2027-01-31', [closing('2027-03-01')]),
      'missed',
    ],
    ['pending while nothing settles it', caseOf('2027-01-31', [mapping('2027-02-02')]), 'pending'],
    [
      'pending while one of two rights is decided',
      caseOf(
        '2027-01-31',
        [decision('barnekoordinator', '2027-02-20')],
        ['barnekoordinator', 'individuellPlan'],
      ),
      'pending',
    ],
  ])('%s', (_name, record, outcome) => {
    expect(interimReplyOutcome(record, rules)).toBe(outcome);
  });
});

describe('the appeal deadline of a decision', () => {
  it.each([
    [
      '4 weeks from Monday 1 March 2027 end on Easter Monday, so Tuesday 30 March',
      '2027-03-01',
      rules,
      '2027-03-30',
    ],
    [
      '4 weeks from Friday 26 February 2027 end on Good Friday, so Tuesday 30 March',
      '2027-02-26',
      rules,
      '2027-03-30',
    ],
    [
      '4 weeks from Thursday 16 March 2028 end on Maundy Thursday, so Tuesday 18 April',
      '2028-03-16',
      rules,
      '2028-04-18',
    ],
    [
      '6 weeks when the settings say so end on Monday 12 April 2027',
      '2027-03-01',
      { ...rules, appealWeeksRights: 6 },
      '2027-04-12',
    ],
  ] as const)('%s', (_name, notified, settings, dueDate) => {
    expect(appealDeadline(notified, settings)).toEqual({
      dueDate,
      legalReference: 'pasient- og brukerrettighetsloven § 7-5',
    });
  });

  it('names the legal reference the settings give, whatever the municipality wrote', () => {
    const own = {
      ...rules,
      legalReferences: { ...rules.legalReferences, appealRight: 'pasient- og brukarrettslova § 7-5' },
    };
    expect(appealDeadline('2027-03-01', own).legalReference).toBe('pasient- og brukarrettslova § 7-5');
  });

  const notified = decision('barnekoordinator', '2027-03-01');
  it.each([
    ['received on the deadline, Tuesday 30 March 2027', true, notified, '2027-03-30'],
    ['received on Easter Monday, before the deadline', true, notified, '2027-03-29'],
    ['received on Wednesday 31 March 2027, a day late', false, notified, '2027-03-31'],
    [
      'received before the family was notified',
      true,
      decision('barnekoordinator', '2027-03-01', 'refused', null),
      '2027-12-01',
    ],
  ])('an appeal %s is within the deadline: %s', (_name, within, on, receivedDate) => {
    expect(appealWithinDeadline({ receivedDate }, on, rules)).toBe(within);
  });
});
