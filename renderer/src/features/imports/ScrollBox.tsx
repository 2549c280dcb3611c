import { Paragraph } from '@digdir/designsystemet-react';
import { useId, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A wide table scrolls in its own box, named as its table. While it is wider than the box, a line
 * above says so (a scrollbar alone is easy to miss, and Windows may hide it until hovered) and the
 * box takes the focus, so the arrow keys scroll it (WCAG 2.1.1, axe's scrollable-region-focusable).
 */
export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const overflows = useOverflow(box);

  return (
    <div className="import-scroll">
      {overflows && (
        <Paragraph data-size="sm" id={hintId} className="import-scroll-hint">
          {t('imports.scrollHint')}
        </Paragraph>
      )}
      <div
        ref={box}
        className="table-scroll"
        role="region"
        aria-label={label}
        aria-describedby={overflows ? hintId : undefined}
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a box that scrolls must be reachable by keyboard
        tabIndex={overflows ? 0 : undefined}
      >
        {children}
      </div>
    </div>
  );
}

/** Whether the box's content is wider than the box, measured again whenever either changes size. */
function useOverflow(box: RefObject<HTMLDivElement | null>): boolean {
  const [overflows, setOverflows] = useState(false);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    for (const child of element.children) observer.observe(child);
    return () => observer.disconnect();
  });
  return overflows;
}
