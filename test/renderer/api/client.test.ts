import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';

import { ApiError, call, setBridge } from '@renderer/api/client';
import type { SamordnaBridge } from '@shared/api/bridge';

const brokenBridge = {
  kind: 'electron',
  invoke: () => Promise.reject(new Error('the main process is gone')),
} as unknown as SamordnaBridge;

describe('call', () => {
  afterEach(async () => {
    setBridge(undefined);
    await i18next.changeLanguage('nb');
  });

  it('turns a broken bridge into an INTERNAL error telling that the connection was lost', async () => {
    setBridge(brokenBridge);
    const error = await call('session.status', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'INTERNAL', message: 'Forbindelsen til registeret ble brutt.' });
  });

  it('tells it in the language chosen', async () => {
    setBridge(brokenBridge);
    await i18next.changeLanguage('en');
    await expect(call('session.status', {})).rejects.toMatchObject({
      message: 'The connection to the register was lost.',
    });
  });
});
