// `npm start`: build main, preload and renderer, then launch Electron. Where the Electron binary
// is missing and cannot be fetched (these build machines), say so in one line and exit 1.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { locateElectronBinary, nextStartStep } from './electronBinary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const node = process.execPath;

function run(args, options = {}) {
  return spawnSync(node, args, { cwd: root, stdio: 'inherit', ...options });
}

function build() {
  const steps = [
    [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '-c', 'renderer/vite.config.ts'],
  ];
  for (const step of steps) {
    const result = run(step);
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

const fileProbe = {
  readText(file) {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return null;
    }
  },
  exists: existsSync,
};

function main() {
  build();
  let installTried = false;
  for (;;) {
    const step = nextStartStep({ binary: locateElectronBinary(electronDir, fileProbe), installTried });
    if (step.action === 'launch') {
      // An inherited ELECTRON_RUN_AS_NODE (set by some editors' terminals) would start plain Node.
      const env = { ...process.env };
      delete env.ELECTRON_RUN_AS_NODE;
      const result = spawnSync(step.binary, ['.'], { cwd: root, stdio: 'inherit', env });
      process.exit(result.status ?? 1);
    }
    if (step.action === 'refuse') {
      console.error(step.message);
      process.exit(1);
    }
    // The installer's own output (a download error with stack) is captured, not shown.
    run([path.join(electronDir, 'install.js')], { stdio: 'pipe', timeout: 120_000 });
    installTried = true;
  }
}

main();
