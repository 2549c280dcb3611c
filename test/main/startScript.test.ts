import path from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  locateElectronBinary,
  MISSING_ELECTRON_MESSAGE,
  nextStartStep,
} from '../../scripts/electronBinary.mjs';

const electronDir = path.join('/repo', 'node_modules', 'electron');
const binary = path.join(electronDir, 'dist', 'electron');

function probe(files: Record<string, string>) {
  return {
    readText: (file: string) => files[file] ?? null,
    exists: (file: string) => file in files,
  };
}

describe('finding the Electron binary for npm start', () => {
  it('uses the path named in path.txt when the binary is there', () => {
    const fs = probe({ [path.join(electronDir, 'path.txt')]: 'electron\n', [binary]: '' });
    expect(locateElectronBinary(electronDir, fs)).toBe(binary);
  });

  it('finds nothing when path.txt is missing, empty, or names a missing binary', () => {
    expect(locateElectronBinary(electronDir, probe({}))).toBeNull();
    expect(
      locateElectronBinary(electronDir, probe({ [path.join(electronDir, 'path.txt')]: '  ' })),
    ).toBeNull();
    expect(
      locateElectronBinary(electronDir, probe({ [path.join(electronDir, 'path.txt')]: 'electron' })),
    ).toBeNull();
  });
});

describe('what npm start does next', () => {
  it('launches a binary that is present', () => {
    expect(nextStartStep({ binary, installTried: false })).toEqual({ action: 'launch', binary });
  });

  it('tries the Electron installer once when the binary is missing', () => {
    expect(nextStartStep({ binary: null, installTried: false })).toEqual({ action: 'install' });
  });

  it('gives up with one Norwegian line pointing to the demo after a failed install', () => {
    const step = nextStartStep({ binary: null, installTried: true });
    expect(step).toEqual({ action: 'refuse', message: MISSING_ELECTRON_MESSAGE });
    expect(MISSING_ELECTRON_MESSAGE).toBe(
      'Samordna kan ikke startes her: Electron-programfilen mangler og kan ikke lastes ned på denne maskinen. ' +
        'Bruk «npm run demo» for å kjøre Samordna i nettleseren.',
    );
    expect(MISSING_ELECTRON_MESSAGE).not.toContain('\n');
  });
});
