import { describe, expect, it } from 'vitest';

import type { CaseRecord, Person } from '@shared/domain/case';
import { defaultCaseRules as rules } from '@shared/domain/case';
import { caseSummary, type CaseSummary } from '@shared/domain/deriveCase';

import {
  appeal,
  caseOf,
  closing,
  decidedCase,
  decision,
  mapping,
  person,
  reopening,
  transition,
} from './caseFactory';

describe('the case summary that core stores for lists', () => {
  const twoRights = caseOf(
    '2027-02-01',
    (() => {
      const plan = decision('individuellPlan', '2027-02-10', 'granted', '2027-02-11');
      const coordinator = decision('koordinator', '2027-02-20', 'refused', '2027-02-22');
      return [mapping('2027-02-01'), plan, coordinator, appeal(coordinator, '2027-03-01')];
    })(),
    ['individuellPlan', 'koordinator'],
  );

  it.each<{ name: string; record: CaseRecord; person?: Person; summary: CaseSummary }>([
    {
      name: 'a new case owes the interim reply by Friday 26 February 2027',
      record: caseOf('2027-01-31'),
      summary: {
        status: 'received',
        officeDeadline: '2027-02-26',
        officeDeadlineKind: 'interimReply',
        appealDeadline: null,
        decidedDate: null,
        closedDate: null,
        rightsGranted: [],
        decisions: [],
        appealStages: [],
      },
    },
    {
      name: 'a decided barnekoordinator case owes the transition at 18 and has an appeal deadline',
      record: decidedCase('2027-01-31', '2027-02-20', {
        notified: '2027-02-22',
        rights: ['barnekoordinator', 'individuellPlan'],
      }),
      summary: {
        status: 'decided',
        officeDeadline: '2033-05-10',
        officeDeadlineKind: 'age18',
        appealDeadline: '2027-03-22',
        decidedDate: '2027-02-20',
        closedDate: null,
        rightsGranted: ['individuellPlan', 'barnekoordinator'],
        decisions: [
          { right: 'individuellPlan', outcome: 'granted' },
          { right: 'barnekoordinator', outcome: 'granted' },
        ],
        appealStages: [],
      },
    },
    {
      name: 'an appealed decision no longer gives the appeal deadline; the other one does',
      record: twoRights,
      summary: {
        status: 'appealed',
        officeDeadline: null,
        officeDeadlineKind: null,
        appealDeadline: '2027-03-11',
        decidedDate: '2027-02-20',
        closedDate: null,
        rightsGranted: ['individuellPlan'],
        // One right granted, the other refused and appealed: the municipality must re-assess.
        decisions: [
          { right: 'individuellPlan', outcome: 'granted' },
          { right: 'koordinator', outcome: 'refused' },
        ],
        appealStages: ['atMunicipality'],
      },
    },
    {
      name: 'the 18th birthday on 30 September 2027 comes before the interim reply due 1 October',
      record: caseOf(
        '2027-09-01',
        [mapping('2027-09-01', true), decision('barnekoordinator', '2027-09-10')],
        ['barnekoordinator', 'individuellPlan'],
      ),
      person: person('2009-09-30'),
      summary: {
        status: 'inProgress',
        officeDeadline: '2027-09-30',
        officeDeadlineKind: 'age18',
        appealDeadline: '2027-10-08',
        decidedDate: null,
        closedDate: null,
        rightsGranted: ['barnekoordinator'],
        decisions: [{ right: 'barnekoordinator', outcome: 'granted' }],
        appealStages: [],
      },
    },
    {
      name: 'an extension to 30 June 2028 is the next date the office owes',
      record: decidedCase('2027-01-05', '2027-01-25', {
        after: () => [transition('2027-09-20', 'extended', '2028-06-30')],
      }),
      person: person('2009-09-30'),
      summary: {
        status: 'decided',
        officeDeadline: '2028-06-30',
        officeDeadlineKind: 'age18',
        appealDeadline: '2027-02-22',
        decidedDate: '2027-01-25',
        closedDate: null,
        rightsGranted: ['barnekoordinator'],
        decisions: [{ right: 'barnekoordinator', outcome: 'granted' }],
        appealStages: [],
      },
    },
    {
      name: 'a closed case owes nothing and knows its closing date',
      record: decidedCase('2027-03-01', '2027-03-20', { after: () => [closing('2027-05-01')] }),
      summary: {
        status: 'closed',
        officeDeadline: null,
        officeDeadlineKind: null,
        appealDeadline: '2027-04-19',
        decidedDate: '2027-03-20',
        closedDate: '2027-05-01',
        rightsGranted: ['barnekoordinator'],
        decisions: [{ right: 'barnekoordinator', outcome: 'granted' }],
        appealStages: [],
      },
    },
    {
      name: 'a reopened case has no closing date',
      record: decidedCase('2027-03-01', '2027-03-20', {
        outcome: 'refused',
        after: () => [closing('2027-05-01'), reopening('2027-05-10')],
      }),
      summary: {
        status: 'decided',
        officeDeadline: null,
        officeDeadlineKind: null,
        appealDeadline: '2027-04-19',
        decidedDate: '2027-03-20',
        closedDate: null,
        rightsGranted: [],
        decisions: [{ right: 'barnekoordinator', outcome: 'refused' }],
        appealStages: [],
      },
    },
  ])('$name', ({ record, person: who, summary }) => {
    expect(caseSummary(record, who ?? person(), rules)).toEqual(summary);
  });
});
