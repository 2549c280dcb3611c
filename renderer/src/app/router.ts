import { useSyncExternalStore } from 'react';

/** The part after `#`, split into path segments and query: `#/koordinatorer/3?q=kari`. */
export interface Route {
  segments: string[];
  query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?');
  return {
    segments: path.split('/').filter(Boolean).map(safeDecode),
    query: new URLSearchParams(query),
  };
}

/** A stray `%` typed into the address must not take the whole window down. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function hrefFor(segments: string[], query?: Record<string, string>): string {
  const path = segments.map(encodeURIComponent).join('/');
  const params = new URLSearchParams(Object.entries(query ?? {}).filter(([, v]) => v !== ''));
  const qs = params.toString();
  return `#/${path}${qs ? `?${qs}` : ''}`;
}

export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', href);
  else window.location.hash = href.slice(1);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** Sent by `replaceQuery`; no hashchange, so the shell, which goes by the path, is not told. */
const QUERY_REPLACED = 'samordna:queryreplaced';

/**
 * Rewrites the query of the page shown (not its path) for the page that reads it with
 * `useLiveHash`: a search field's keystroke then redraws that page and not the whole app.
 */
export function replaceQuery(href: string): void {
  window.history.replaceState(null, '', href);
  window.dispatchEvent(new Event(QUERY_REPLACED));
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function subscribeLive(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  window.addEventListener(QUERY_REPLACED, onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(QUERY_REPLACED, onChange);
  };
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}

/** The address, also as `replaceQuery` leaves it. */
export function useLiveHash(): string {
  return useSyncExternalStore(subscribeLive, () => window.location.hash);
}
