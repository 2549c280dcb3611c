import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { parseHash } from '@renderer/app/router';
import { PlansArea } from '@renderer/features/plans/PlansArea';

// The plan page is tested on its own; here only what the area hands it matters.
vi.mock('@renderer/features/plans/planPage/PlanPage', () => ({
  PlanPage: ({ caseId, segments }: { caseId: number; segments: string[] }) => (
    <p>{`plan ${caseId}: ${JSON.stringify(segments)}`}</p>
  ),
}));
vi.mock('@renderer/features/plans/PlansPage', () => ({
  PlansPage: ({ query }: { query: URLSearchParams }) => <p>{`list ${query.toString()}`}</p>,
}));

const show = (hash: string) => render(<PlansArea route={parseHash(hash)} />);

describe('the Individuelle planer area', () => {
  it('shows the list at #/planer, with the filter of the address', () => {
    show('#/planer?status=closed');
    expect(screen.getByText('list status=closed')).toBeTruthy();
  });

  it('shows the plan page of a case, with the segments after the case id', () => {
    show('#/planer/12');
    expect(screen.getByText('plan 12: []')).toBeTruthy();
  });

  it('hands the plan page the form it asks for', () => {
    show('#/planer/12/mal/3/tiltak/ny');
    expect(screen.getByText('plan 12: ["mal","3","tiltak","ny"]')).toBeTruthy();
  });

  it('shows the list for an address that names no case', () => {
    show('#/planer/abc');
    expect(screen.getByText('list')).toBeTruthy();
  });
});
