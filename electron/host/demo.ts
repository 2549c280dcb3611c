/**
 * `npm run demo`: a demo register with generated data, served with the real renderer and core
 * through the loopback host. `--data-dir DIR` keeps the register there (default: a new temp
 * folder); `--create-only` makes the register, prints the login and exits. The size of a new
 * register: `--cases N` (default 150), `--coordinators M` (default 40), `--audit-rows R` (rows of
 * audit history, default none), `--years Y` over which the cases were received (default 2) and
 * `--seed S` (the same seed gives the same register). The login of a demo register is printed on
 * every start (demoLogin.ts). The renderer is built only when its sources changed since the
 * demo's last build (rendererBuild.ts); `--build` builds anyway, `--no-build` never.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { createCore, createDemoRegister, type DemoLogin } from '@core/index';

import { DEMO_LOGIN_FILE, findDemoLogin, writeDemoLogin } from './demoLogin';
import { isRendererCurrent, rendererInputsHash, writeRendererStamp } from './rendererBuild';
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
      build: { type: 'boolean', default: false },
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
  const found = findDemoLogin(dataDir);
  if (found.state === 'noRegister') {
    const login = await createDemoRegister(dataDir, size);
    writeDemoLogin(dataDir, login);
    console.log(`Demoregister laget i ${dataDir}`);
    printLogin(login);
  } else {
    console.log(`Bruker registeret som finnes i ${dataDir}.`);
    if (found.state === 'found') printLogin(found.login);
    else if (found.state === 'demoWithoutLogin')
      console.log(
        `Demoinnloggingen er ikke lagret her (${DEMO_LOGIN_FILE} mangler eller hører til et annet register). Logg inn med passordet som ble skrevet ut da registeret ble laget, eller lag et nytt med en annen --data-dir.`,
      );
    else if (found.state === 'unreadable')
      console.log(
        'Nøkkelfilen til registeret kan ikke leses, så demoen viser ingen innlogging. Åpne adressen for å se hva som er galt.',
      );
    else
      console.log(
        'Dette registeret ble ikke laget av demoen, så demoen viser ingen innlogging for det. Logg inn med ditt eget brukernavn og passord.',
      );
    if (['cases', 'coordinators', 'audit-rows', 'years', 'seed'].some((k) => k in values))
      console.log('Størrelsen du ga gjelder bare når et nytt register lages; denne gangen brukes den ikke.');
  }
  if (values['create-only']) return;

  const rendererDir = path.join(root, 'out/renderer');
  if (!values['no-build']) buildRenderer(rendererDir, values.build);
  const host = await startHost({
    core: createCore({ dataDir }),
    rendererDir,
    port: values.port ? Number(values.port) : 0,
  });
  console.log(`\nSamordna kjører på ${host.url}`);
  console.log('Stopp med Ctrl+C.');
  if (!values['no-open']) openChromium(host.url);
}

/** The login is synthetic, like everything in a demo register: shown on every start. */
function printLogin(login: DemoLogin) {
  console.log(`Brukernavn: ${login.username}`);
  console.log(`Passord:    ${login.password}`);
  console.log('(Syntetiske demodata; har du byttet passordet i demoen, gjelder det nye.)');
}

/** A whole number given on the command line, or the default; anything else stops the script. */
function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`--${name} må være et helt tall (0 eller mer), ikke «${value}».`);
  return n;
}

/** Builds the renderer unless the last build was of these very sources (or `force`). */
function buildRenderer(outDir: string, force: boolean) {
  const inputs = rendererInputsHash(root);
  if (!force && isRendererCurrent(outDir, inputs)) return;
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
  writeRendererStamp(outDir, inputs);
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
