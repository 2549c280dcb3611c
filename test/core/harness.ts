import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, expect } from 'vitest';

import { createCore, type Core, type CoreOptions } from '@core/index';
import { openDatabase, type Db } from '@core/storage/database';
import { readKeyFile } from '@core/storage/keyFile';
import { unwrapKey } from '@core/storage/keySlots';
import type { ChannelName, Input, Output } from '@shared/api/index';

/** Low scrypt cost: the tests make many slots. The default cost has its own test. */
export const TEST_KDF = { N: 2 ** 14, r: 8, p: 1 };
export const ADMIN = {
  username: 'kari.admin',
  password: 'blåbærsyltetøy i kjelleren',
  displayName: 'Kari Nordmann',
};

const folders: string[] = [];
const cores: Core[] = [];
afterEach(() => {
  cores.splice(0).forEach((c) => c.close());
  folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true }));
});

export function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'samordna-core-'));
  folders.push(dir);
  return dir;
}

export interface TestCore extends Core {
  dataDir: string;
  /** Calls a channel and returns its data; fails the test on an error result. */
  ok<K extends ChannelName>(channel: K, input: Input<K>): Promise<Output<K>>;
  /** Calls a channel that must fail, and returns the error. */
  fails<K extends ChannelName>(
    channel: K,
    input: unknown,
  ): Promise<{ code: string; message: string; fields?: Record<string, string> }>;
}

export function newCore(options: Partial<CoreOptions> = {}): TestCore {
  const dataDir = options.dataDir ?? tempDir();
  const core = createCore({ kdf: TEST_KDF, ...options, dataDir });
  cores.push(core);
  return asTestCore(core, dataDir);
}

/** A core with `ok` and `fails`; whoever made it closes it. */
export function asTestCore(core: Core, dataDir: string): TestCore {
  return {
    ...core,
    dataDir,
    async ok(channel, input) {
      const result = await core.dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
      return result.data as never;
    },
    async fails(channel, input) {
      const result = await core.dispatch(channel, input);
      expect(result.ok, `${channel} should have failed`).toBe(false);
      return (result as { ok: false; error: { code: string; message: string } }).error;
    },
  };
}

/** A register set up by an administrator who is logged in; returns the recovery code too. */
export async function setUpCore(options: Partial<CoreOptions> = {}) {
  const core = newCore(options);
  const { recoveryCode } = await core.ok('session.setup', { municipality: 'Testvik kommune', ...ADMIN });
  return { core, recoveryCode };
}

export async function addServiceUnit(core: TestCore, name = 'Helsestasjonen') {
  return core.ok('serviceUnits.create', { name });
}

/**
 * sha256 of every file in the folder, by name: "nothing on disk changed" in one comparison. The
 * record of failed logins (samordna.logins) is left out: writing it is what a failed login does.
 */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && e.name !== 'samordna.logins')
      .map((e) => e.name)
      .sort()
      .map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(path.join(dir, f)))
          .digest('hex'),
      ]),
  );
}

/**
 * The register's database opened directly with the administrator's key, for what no channel
 * shows (rows left behind, stored columns). Closed again after `use`.
 */
export async function withRawDb<T>(dataDir: string, use: (db: Db) => T): Promise<T> {
  const keyFile = readKeyFile(path.join(dataDir, 'samordna.keys'))!;
  const adminSlot = keyFile.slots.find((s) => s.kind === 'user')!;
  const key = (await unwrapKey(adminSlot, ADMIN.password, keyFile.registerId))!;
  const db = openDatabase(path.join(dataDir, 'samordna.db'), key);
  try {
    return use(db);
  } finally {
    db.close();
  }
}
