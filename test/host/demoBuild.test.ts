import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  isRendererCurrent,
  rendererInputsHash,
  STAMP_FILE,
  writeRendererStamp,
} from '../../electron/host/rendererBuild';
import { resolveStaticPath } from '../../electron/host/staticFiles';
import { tempDir } from '../core/harness';

/** A project folder with the renderer's inputs, and an output folder as a build leaves it. */
function project() {
  const root = tempDir();
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  write('renderer/index.html', '<!doctype html>');
  write('renderer/src/App.tsx', 'export const App = () => null;');
  write('shared/i18n/common.nb.json', '{"save":"Lagre"}');
  write('package-lock.json', '{}');
  write('electron/main/index.ts', '// not an input of the renderer');
  const out = path.join(root, 'out/renderer');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'index.html'), '<!doctype html><script src="./assets/app.js"></script>');
  return { root, out, write };
}

describe('the demo builds the renderer only when its sources changed', () => {
  it('knows a build of the same sources, and not one of changed sources, nor a build without its stamp', () => {
    const { root, out, write } = project();
    const built = rendererInputsHash(root);
    expect(isRendererCurrent(out, built), 'no stamp: built by something else').toBe(false);
    writeRendererStamp(out, built);
    expect(isRendererCurrent(out, rendererInputsHash(root))).toBe(true);

    // Touching a file without changing it does not call for a build; a change of content does.
    const now = new Date();
    utimesSync(path.join(root, 'renderer/src/App.tsx'), now, now);
    expect(isRendererCurrent(out, rendererInputsHash(root))).toBe(true);
    write('shared/i18n/common.nb.json', '{"save":"Lagr"}');
    expect(isRendererCurrent(out, rendererInputsHash(root))).toBe(false);
    write('shared/i18n/common.nb.json', '{"save":"Lagre"}');
    expect(isRendererCurrent(out, rendererInputsHash(root))).toBe(true);

    // A new file, a renamed one, or new packages call for a build; main's sources do not.
    write('renderer/src/New.tsx', '');
    expect(isRendererCurrent(out, rendererInputsHash(root))).toBe(false);
    rmSync(path.join(root, 'renderer/src/New.tsx'));
    write('package-lock.json', '{"lockfileVersion":3}');
    expect(isRendererCurrent(out, rendererInputsHash(root))).toBe(false);
    write('package-lock.json', '{}');
    write('electron/main/index.ts', '// changed');
    expect(isRendererCurrent(out, rendererInputsHash(root))).toBe(true);

    // A build that emptied the folder (the tests' own) leaves no index.html or no stamp.
    rmSync(path.join(out, 'index.html'));
    expect(isRendererCurrent(out, rendererInputsHash(root))).toBe(false);
  });

  it('never serves the stamp: the host answers its name with the page', () => {
    const { out } = project();
    expect(resolveStaticPath(out, `/${STAMP_FILE}`)).toBe(path.join(out, 'index.html'));
  });
});
