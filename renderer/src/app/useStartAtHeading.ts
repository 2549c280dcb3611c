import { useEffect, useLayoutEffect, useRef } from 'react';

/** How long the shell waits for a page still loading to show its heading. */
const HEADING_WAIT_MS = 10_000;

/**
 * Every new page (a new path; a filter changed in the query is not one) opens at its top with its
 * h1 focused, so a screen reader announces it and Tab starts there, not halfway down the page
 * before. A page that moves the focus itself as it opens (a section asked for by `?vis=`) keeps it.
 */
export function useStartAtHeading(path: string, mainId = 'main'): void {
  const focusedBefore = useRef<Element | null>(null);

  // Before paint, so the new page is never drawn at the old one's scroll position.
  useLayoutEffect(() => {
    focusedBefore.current = document.activeElement;
    (document.scrollingElement ?? document.documentElement).scrollTop = 0;
    const main = document.getElementById(mainId);
    if (main) main.scrollTop = 0;
  }, [path, mainId]);

  // The page's own effects have run by now (a child's run before its parent's): if one of them
  // moved the focus into the page, it stays there.
  useEffect(() => {
    const main = document.getElementById(mainId);
    if (!main) return;
    const active = document.activeElement;
    if (active !== focusedBefore.current && active !== main && main.contains(active)) return;
    if (focusHeading(main)) return;

    // Still loading: the content holds the focus until its heading comes, unless someone moves it.
    main.focus({ preventScroll: true });
    const observer = new MutationObserver(() => {
      if (document.activeElement !== main || focusHeading(main)) stop();
    });
    const timer = window.setTimeout(() => stop(), HEADING_WAIT_MS);
    const stop = () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
    observer.observe(main, { childList: true, subtree: true });
    return stop;
  }, [path, mainId]);
}

/**
 * Focuses the page's h1, made focusable by script only (Tab never stops on it). While a new area's
 * chunk loads, React keeps the old page in the document, hidden: its h1 is no candidate, and a
 * heading that did not take the focus is no success, so the caller waits for the real one.
 */
function focusHeading(main: HTMLElement): boolean {
  const heading = [...main.querySelectorAll('h1')].find(shown);
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
  return document.activeElement === heading;
}

/** Drawn on screen; where the browser cannot say (jsdom), not inside anything hidden by style. */
function shown(element: HTMLElement): boolean {
  if (typeof element.checkVisibility === 'function') return element.checkVisibility();
  return !element.closest('[hidden], [style*="display: none"], [style*="display:none"]');
}
