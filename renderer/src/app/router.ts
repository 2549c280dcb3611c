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

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
