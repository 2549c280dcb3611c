/**
 * `npm run demo`: a demo register with generated data, served with the real renderer and core
 * through the loopback host. `--data-dir DIR` keeps the register there (default: a new temp
 * folder); `--create-only` makes the register, prints the login and exits. The size of a new
 * register: `--cases N` (default 150), `--coordinators M` (default 40), `--audit-rows R` (rows of
 * audit history, default none), `--years Y` over which the cases were received (default 2) and
 * `--seed S` (the same seed gives the same register).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCore, createDemoRegister } from '../core';
import { startHost } from './server';

const root = path.resolve(import.meta.dirname, '../..');

async function main() {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      'create-only': { type: 'boolean', default: false },
      port: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      cases: { type: 'string' },
      coordinators: { type: 'string' },
      'audit-rows': { type: 'string' },
      years: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  const size = {
    cases: count(values.cases, 'cases', 150),
    coordinators: count(values.coordinators, 'coordinators', 40),
    auditRows: count(values['audit-rows'], 'audit-rows', 0),
    years: count(values.years, 'years', 2),
    seed: count(values.seed, 'seed', 2026),
  };
  if (size.years < 1) throw new Error('--years må være minst 1.');
  const dataDir = path.resolve(values['data-dir'] ?? mkdtempSync(path.join(tmpdir(), 'samordna-demo-')));
  if (existsSync(path.join(dataDir, 'samordna.keys'))) {
    console.log(`Bruker demoregisteret som finnes i ${dataDir}.`);
    console.log('Logg inn med passordet som ble skrevet ut da det ble laget.');
    if (['cases', 'coordinators', 'audit-rows', 'years', 'seed'].some((k) => k in values))
      console.log('Størrelsen du ga gjelder bare når et nytt register lages; denne gangen brukes den ikke.');
  } else {
    const login = await createDemoRegister(dataDir, size);
    console.log(`Demoregister laget i ${dataDir}`);
    console.log(`Brukernavn: ${login.username}`);
    console.log(`Passord:    ${login.password}`);
  }
  if (values['create-only']) return;

  if (!values['no-build']) buildRenderer();
  const host = await startHost({
    core: createCore({ dataDir }),
    rendererDir: path.join(root, 'out/renderer'),
    port: values.port ? Number(values.port) : 0,
  });
  console.log(`\nSamordna kjører på ${host.url}`);
  console.log('Stopp med Ctrl+C.');
  if (!values['no-open']) openChromium(host.url);
}

/** A whole number given on the command line, or the default; anything else stops the script. */
function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`--${name} må være et helt tall (0 eller mer), ikke «${value}».`);
  return n;
}

function buildRenderer() {
  console.log('Bygger brukergrensesnittet …');
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--logLevel', 'warn', '-c', 'renderer/vite.config.ts'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) {
    console.error('Byggingen av brukergrensesnittet feilet; se meldingene over.');
    process.exit(1);
  }
}

/** Opens the address in Debian's Chromium when there is one and a screen to show it on. */
function openChromium(url: string) {
  const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (!chromium || (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)) {
    console.log('Åpne adressen over i en nettleser.');
    return;
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'samordna-chromium-'));
  spawn(chromium, [`--user-data-dir=${profile}`, '--no-first-run', `--app=${url}`], {
    detached: true,
    stdio: 'ignore',
  }).unref();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
