import { describe, expect, it } from 'vitest';

import { parseHash } from '@renderer/app/router';
import { filterFromQuery, logHref, toAuditQuery } from '@renderer/features/audit/auditFilters';

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

  it('links a case by its id, whatever its number, and asks core by the id', () => {
    const f = { caseId: 17, caseNumber: 'SAK/2019/17' };
    const href = logHref(f);
    expect(href).toBe('#/logg?sakId=17&sak=SAK%2F2019%2F17');
    expect(filterFromQuery(parseHash(href).query)).toEqual(f);
    expect(toAuditQuery(f)).toMatchObject({ caseId: 17, caseNumber: undefined });
  });

  it('takes a typed case number of any shape a loaded register holds, trimmed', () => {
    for (const [raw, expected] of [
      ['SAK/2019/17', 'SAK/2019/17'],
      ['  2019 / 17 ', '2019 / 17'],
      ['17', '17'],
      ['ØRJE-2019-0017', 'ØRJE-2019-0017'],
    ]) {
      const f = filterFromQuery(parseHash(`#/logg?sak=${encodeURIComponent(raw!)}`).query);
      expect(f).toEqual({ caseNumber: expected });
      expect(toAuditQuery(f).caseNumber).toBe(expected);
    }
  });

  it('drops what a crafted address puts there instead of sending it on', () => {
    const q = parseHash(
      '#/logg?person=1%20OR%201&sakId=7%20OR%201&handling=drop_table&fra=1.3.2027&til=2027-13&bruker=' +
        'a'.repeat(65),
    ).query;
    expect(filterFromQuery(q)).toEqual({});
    for (const sak of ['%20%20', 'a'.repeat(101), 'x%00y', 'x%0Ay', 'x%1B'])
      expect(filterFromQuery(parseHash(`#/logg?sak=${sak}&sakId=0`).query)).toEqual({});
    // Quotes and markup are only characters of a number, compared as a value in core.
    expect(filterFromQuery(parseHash('#/logg?sak=x%27--').query)).toEqual({ caseNumber: "x'--" });
  });
});
