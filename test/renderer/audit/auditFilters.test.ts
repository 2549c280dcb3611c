import { describe, expect, it } from 'vitest';
import { parseHash } from '../../../renderer/src/app/router';
import { filterFromQuery, logHref } from '../../../renderer/src/features/audit/auditFilters';

describe('the log’s filters in the address', () => {
  it('round-trips every filter through a link', () => {
    const f = {
      personId: 12,
      caseNumber: '2027-0042',
      username: 'siv',
      action: 'read' as const,
      from: '2027-03-01',
      to: '2027-03-31',
    };
    const href = logHref(f);
    expect(href).toBe(
      '#/logg?person=12&sak=2027-0042&bruker=siv&handling=read&fra=2027-03-01&til=2027-03-31',
    );
    expect(filterFromQuery(parseHash(href).query)).toEqual(f);
    expect(logHref({})).toBe('#/logg');
  });

  it('drops what a crafted address puts there instead of sending it on', () => {
    const q = parseHash(
      '#/logg?person=1%20OR%201&sak=x%27--&handling=drop_table&fra=1.3.2027&til=2027-13&bruker=' +
        'a'.repeat(65),
    ).query;
    expect(filterFromQuery(q)).toEqual({});
  });
});
