import type { ReactNode } from 'react';

/**
 * A wide table scrolls in its own box. A box with nothing focusable inside takes the focus itself,
 * so the arrow keys scroll it (WCAG 2.1.1, axe's scrollable-region-focusable), named as its table.
 */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scroll box must be reachable by keyboard
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
