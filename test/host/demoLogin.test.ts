import { execFile } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

import { createDemoRegister } from '@core/index';

import { DEMO_LOGIN_FILE, findDemoLogin, writeDemoLogin } from '../../electron/host/demoLogin';
import { setUpCore, tempDir, TEST_KDF } from '../core/harness';

const root = path.resolve(import.meta.dirname, '../..');

describe('the demo login kept beside a demo register', () => {
  it('is found again for the register it was written for, and the file says the data are synthetic', async () => {
    const dir = tempDir();
    expect(findDemoLogin(dir)).toEqual({ state: 'noRegister' });
    const login = await createDemoRegister(dir, { kdf: TEST_KDF, cases: 3, coordinators: 2 });
    expect(findDemoLogin(dir)).toEqual({ state: 'demoWithoutLogin' });
    writeDemoLogin(dir, login);
    expect(findDemoLogin(dir)).toEqual({ state: 'found', login });
    const text = readFileSync(path.join(dir, DEMO_LOGIN_FILE), 'utf8');
    expect(text).toMatch(/syntetiske data/);
    expect(text).toMatch(/synthetic data/);
    expect(text).toMatch(/never reads this file/);
    if (process.platform !== 'win32') expect(statSync(path.join(dir, DEMO_LOGIN_FILE)).mode & 0o077).toBe(0);
  });

  it('is never written for, nor read from, a register of real data', async () => {
    const { core } = await setUpCore();
    const dir = core.dataDir;
    core.close();
    expect(() => writeDemoLogin(dir, { username: 'kari.admin', password: 'x' })).toThrow();
    // Even a login file put there by hand is not shown: the key file says it is no demo.
    writeFileSync(path.join(dir, DEMO_LOGIN_FILE), 'username: kari.admin\npassword: secret\n');
    expect(findDemoLogin(dir)).toEqual({ state: 'notDemo' });
  });

  it('is not shown when the key file cannot be read', async () => {
    const dir = tempDir();
    writeDemoLogin(dir, await createDemoRegister(dir, { kdf: TEST_KDF, cases: 0, coordinators: 0 }));
    writeFileSync(path.join(dir, 'samordna.keys'), '{"format":"samordna-keys",');
    writeFileSync(path.join(dir, 'samordna.keys.copy'), '{"format":');
    expect(findDemoLogin(dir)).toEqual({ state: 'unreadable' });
  });

  it('is not shown for another demo register than its own', async () => {
    const first = tempDir();
    const second = tempDir();
    writeDemoLogin(first, await createDemoRegister(first, { kdf: TEST_KDF, cases: 0, coordinators: 0 }));
    await createDemoRegister(second, { kdf: TEST_KDF, cases: 0, coordinators: 0 });
    copyFileSync(path.join(first, DEMO_LOGIN_FILE), path.join(second, DEMO_LOGIN_FILE));
    expect(findDemoLogin(second)).toEqual({ state: 'demoWithoutLogin' });
  });

  it('is read by the demo command alone: neither the app nor core name the file', () => {
    const sources = (dir: string): string[] =>
      readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && /\.(ts|tsx|mjs|cjs|js)$/.test(e.name))
        .map((e) => path.join(e.parentPath, e.name));
    const readers = ['electron/core', 'electron/main', 'electron/preload', 'renderer', 'shared', 'scripts']
      .flatMap(sources)
      .filter((file) => /DEMO-LOGIN|host\/demoLogin/.test(readFileSync(file, 'utf8')));
    expect(readers).toEqual([]);
  });
});

const run = promisify(execFile);
const demo = (...args: string[]) =>
  run(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'electron/host/demo.ts', ...args],
    {
      cwd: root,
    },
  );

describe('npm run demo', () => {
  it('prints the demo login when it makes the register and again on every later start', async () => {
    const dir = tempDir();
    const first = await demo('--data-dir', dir, '--create-only', '--cases', '4', '--coordinators', '2');
    const password = /Passord:\s+(\S+)/.exec(first.stdout)?.[1];
    expect(password, first.stdout).toMatch(/^demo-/);
    const again = await demo('--data-dir', dir, '--create-only');
    expect(again.stdout).toContain(`Passord:    ${password}`);
    expect(again.stdout).toContain('Brukernavn: demo');
  }, 60_000);

  it('refuses to print a login for a register the demo did not make', async () => {
    const { core } = await setUpCore();
    core.close();
    const { stdout } = await demo('--data-dir', core.dataDir, '--create-only');
    expect(stdout).toContain('ble ikke laget av demoen');
    expect(stdout).not.toContain('Passord:');
  }, 60_000);
});
