import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import type { Core } from '@core/index';

import {
  createHostArchiveCopier,
  HOST_ARCHIVE_CHANNEL,
  isNetworkPath,
} from '../../electron/host/archiveCopy';
import { startHost, type RunningHost } from '../../electron/host/server';

const fakeCore = () =>
  ({
    dispatch: vi.fn<Core['dispatch']>(async () => ({ ok: true, data: null })),
    close: () => undefined,
    closeWhenIdle: async () => undefined,
  }) satisfies Core;

const address = () => ({ origin: 'http://127.0.0.1:1', token: 't' });

describe('the host’s archive copy (demo and end-to-end tests)', () => {
  it('refuses a request that is not a case id and a folder, without touching core', async () => {
    const core = fakeCore();
    const copy = createHostArchiveCopier({ core, address });
    for (const raw of [
      null,
      'x',
      { caseId: '1', folder: '/tmp' },
      { caseId: 0, folder: '/tmp' },
      { caseId: 1 },
    ])
      expect(await copy(raw)).toEqual({ status: 'failed', reason: 'failed' });
    expect(core.dispatch).not.toHaveBeenCalled();
  });

  it('wants a whole path typed: an empty or relative folder is "folder missing"', async () => {
    const core = fakeCore();
    const copy = createHostArchiveCopier({ core, address });
    expect(await copy({ caseId: 1, folder: '  ' })).toEqual({ status: 'failed', reason: 'folderMissing' });
    expect(await copy({ caseId: 1, folder: 'arkiv' })).toEqual({ status: 'failed', reason: 'folderMissing' });
    expect(core.dispatch).not.toHaveBeenCalled();
  });

  it('refuses a network share, as the desktop’s data folder does, before anything else', async () => {
    const core = fakeCore();
    const copy = createHostArchiveCopier({ core, address, chromiumPath: '/nonexistent/chromium' });
    for (const folder of [
      '\\\\server\\share\\arkiv',
      '//server/share/arkiv',
      '\\\\?\\UNC\\server\\share',
      ' //server/share',
    ])
      expect(await copy({ caseId: 1, folder }), folder).toEqual({
        status: 'failed',
        reason: 'folderOnNetwork',
      });
    expect(core.dispatch).not.toHaveBeenCalled();
  });

  it('takes a local path, and a drive in the long-path form, as local', () => {
    for (const folder of ['/tmp/arkiv', 'C:\\arkiv', '\\\\?\\C:\\arkiv', '/srv//share'])
      expect(isNetworkPath(folder), folder).toBe(false);
  });

  it('says so clearly when there is no Chromium to render with', async () => {
    const core = fakeCore();
    const copy = createHostArchiveCopier({ core, address, chromiumPath: '/nonexistent/chromium' });
    expect(await copy({ caseId: 1, folder: tmpdir() })).toEqual({
      status: 'failed',
      reason: 'chromiumMissing',
    });
    expect(core.dispatch).not.toHaveBeenCalled();
  });
});

describe('the host’s archive endpoint', () => {
  let host: RunningHost;
  const core = fakeCore();
  beforeAll(async () => {
    const rendererDir = mkdtempSync(path.join(tmpdir(), 'samordna-host-'));
    mkdirSync(path.join(rendererDir, 'assets'));
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Samordna</title>');
    host = await startHost({ core, rendererDir });
  });
  afterAll(() => host.close());

  const post = (body: unknown, token = host.token) =>
    fetch(`${host.origin}/api/${HOST_ARCHIVE_CHANNEL}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });

  it('wants the token, as core’s channels do', async () => {
    const response = await post({ caseId: 1, folder: '/tmp' }, 'wrong');
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'HOST_TOKEN_INVALID' } });
  });

  it('answers with the outcome itself, and never passes the call on to core as a channel', async () => {
    const response = await post({ caseId: 1, folder: 'relativ' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'failed', reason: 'folderMissing' });
    expect(core.dispatch).not.toHaveBeenCalled();
  });
});
