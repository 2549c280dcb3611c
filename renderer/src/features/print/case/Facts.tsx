import type { ReactNode } from 'react';

/** Label and value pairs, two columns on paper. Empty values are left out. */
export function Facts({ facts }: { facts: [string, ReactNode][] }) {
  const shown = facts.filter(([, value]) => value !== '' && value !== null && value !== undefined);
  return (
    <dl className="print-facts">
      {shown.map(([label, value]) => (
        <div key={label} className="print-fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
