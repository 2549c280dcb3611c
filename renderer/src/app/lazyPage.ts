import { lazy, type ComponentType } from 'react';

/**
 * A page whose code is its own chunk, fetched the first time it is shown: the entry chunk keeps
 * only the login and the shell. `load` picks the named export (the project exports no defaults).
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}
