import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Whether the built renderer (out/renderer) was built from the sources as they are, so that
 * `npm run demo` builds only when something changed. After a build the demo writes a stamp into
 * the output folder: a hash of everything the build reads. A build by anything else (the tests,
 * `npm run build`) empties the folder and so removes the stamp, and the next start builds again.
 * The stamp's name has no extension, so the host serves index.html for it, never the file.
 */

/** What the renderer build reads besides node_modules (which package-lock.json stands for). */
const INPUTS = [
  'renderer',
  'shared',
  'package.json',
  'package-lock.json',
  'tsconfig.base.json',
  'tsconfig.web.json',
];
export const STAMP_FILE = '.demo-build-stamp';

/** The files in a folder and its subfolders, relative to the root. */
function filesUnder(root: string, folder: string): string[] {
  return readdirSync(path.join(root, folder), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .filter((f) => !f.split(path.sep).includes('node_modules'));
}

/** A hash of the renderer's inputs: every file's path and contents, in a fixed order. */
export function rendererInputsHash(root: string): string {
  const files: string[] = [];
  for (const input of INPUTS) {
    const full = path.join(root, input);
    if (!existsSync(full)) continue;
    if (statSync(full).isDirectory()) files.push(...filesUnder(root, input));
    else files.push(input);
  }
  files.sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file.split(path.sep).join('/'));
    hash.update('\0');
    hash.update(readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** True when out/renderer holds a build of exactly these inputs (by the stamp written after it). */
export function isRendererCurrent(outDir: string, inputsHash: string): boolean {
  const stamp = path.join(outDir, STAMP_FILE);
  if (!existsSync(path.join(outDir, 'index.html')) || !existsSync(stamp)) return false;
  return readFileSync(stamp, 'utf8').trim() === inputsHash;
}

export function writeRendererStamp(outDir: string, inputsHash: string): void {
  writeFileSync(path.join(outDir, STAMP_FILE), `${inputsHash}\n`);
}
