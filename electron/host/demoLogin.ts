import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import type { DemoLogin } from '@core/index';
import { readKeyFile } from '@core/storage/keyFile';

/**
 * The demo's login, kept beside a demo register so that `npm run demo -- --data-dir DIR` shows
 * it on every start. Only because a demo register holds nothing but generated, synthetic data is
 * its password written down: only the demo command writes this file and only it reads it (the
 * desktop app and core never do), and it is shown only for a register whose key file says it is
 * a demo, and whose id the file names. A register of real data never gets one.
 */
export const DEMO_LOGIN_FILE = 'DEMO-LOGIN.txt';

const KEYS_FILE = 'samordna.keys';

export type DemoLoginLookup =
  /** No register in the folder yet. */
  | { state: 'noRegister' }
  /** A register not made by the demo: no login to show. */
  | { state: 'notDemo' }
  /** A key file that cannot be read: the app says what is wrong; no login is shown. */
  | { state: 'unreadable' }
  /** A demo register without its login file (made by an older demo, or the file was removed). */
  | { state: 'demoWithoutLogin' }
  | { state: 'found'; login: DemoLogin };

/** Writes the login of a demo register just made in `dataDir`; refuses a register of real data. */
export function writeDemoLogin(dataDir: string, login: DemoLogin): void {
  const keyFile = readKeyFile(path.join(dataDir, KEYS_FILE));
  if (!keyFile?.demo) throw new Error('Innloggingen skrives bare for et demoregister.');
  const text = [
    'Samordna: DEMOREGISTER med genererte, syntetiske data. Ingen ekte personer er med.',
    'Samordna: DEMO register of generated, synthetic data. No real person is in it.',
    '',
    'Laget av `npm run demo`, som viser innloggingen under på hver start av registeret.',
    'Selve Samordna-appen leser aldri denne filen. Legg aldri ekte opplysninger i dette registeret.',
    'Made by `npm run demo`, which shows the login below on every start of this register.',
    'The Samordna app itself never reads this file. Never put real data in this register.',
    '',
    `register: ${keyFile.registerId}`,
    `username: ${login.username}`,
    `password: ${login.password}`,
    '',
  ].join('\n');
  writeFileSync(path.join(dataDir, DEMO_LOGIN_FILE), text, { mode: 0o600 });
}

/** What the demo can say about the login of the register in `dataDir`. */
export function findDemoLogin(dataDir: string): DemoLoginLookup {
  let keyFile;
  try {
    keyFile = readKeyFile(path.join(dataDir, KEYS_FILE));
  } catch {
    return { state: 'unreadable' };
  }
  if (keyFile === null) return { state: 'noRegister' };
  if (!keyFile.demo) return { state: 'notDemo' };
  const file = path.join(dataDir, DEMO_LOGIN_FILE);
  if (!existsSync(file)) return { state: 'demoWithoutLogin' };
  const fields = new Map(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => /^(register|username|password): (.+)$/.exec(line.trim()))
      .filter((m) => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  );
  const username = fields.get('username');
  const password = fields.get('password');
  // A login file copied from another demo register does not open this one: not shown.
  if (fields.get('register') !== keyFile.registerId || !username || !password)
    return { state: 'demoWithoutLogin' };
  return { state: 'found', login: { username, password } };
}
