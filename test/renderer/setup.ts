import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initI18n } from '../../renderer/src/i18n/index';

// jsdom has no CSS object; the design system's popover polyfill calls CSS.escape when it loads.
if (typeof globalThis.CSS === 'undefined') {
  const escape = (value: string) => value.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`);
  Object.defineProperty(globalThis, 'CSS', { value: { escape, supports: () => false }, configurable: true });
}

// Every renderer test sees the bokmål texts, as a new user of Samordna does.
await initI18n('nb');

afterEach(cleanup);
