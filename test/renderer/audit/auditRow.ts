import type { AuditRow } from '@shared/api/audit';

/** A person the log's rows name, with her case. */
export const emma = { id: 4, name: 'Emma Testrud', caseNumbers: ['2027-0001'] };

/** A row of the log as core gives it: Siv opened Emma's case, unless `over` says otherwise. */
export const auditRow = (over: Partial<AuditRow>): AuditRow => ({
  id: 1,
  at: '2027-03-02T08:00:00.000Z',
  userId: 2,
  username: 'siv',
  userDisplayName: 'Siv Saksbehandler',
  action: 'read',
  entity: 'case',
  entityId: '7',
  caseNumber: '2027-0001',
  persons: [emma],
  fields: ['person:4'],
  ...over,
});
