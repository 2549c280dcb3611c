import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

import { initI18n } from '@renderer/i18n/index';

// jsdom has no CSS object; the design system's popover polyfill calls CSS.escape when it loads.
if (typeof globalThis.CSS === 'undefined') {
  const escape = (value: string) => value.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`);
  Object.defineProperty(globalThis, 'CSS', { value: { escape, supports: () => false }, configurable: true });
}

// Every renderer test sees the bokmål texts, as a new user of Samordna does.
await initI18n('nb');

// findBy/waitFor wait up to 5 s, not 1 s: a loaded 2-core build machine can take longer than a
// second to render a page the first time, and a slow pass must not read as a failure. A real
// failure still fails, only later.
configure({ asyncUtilTimeout: 5_000 });

afterEach(cleanup);
