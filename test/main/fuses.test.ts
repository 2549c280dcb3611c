import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const requireCjs = createRequire(import.meta.url);
const fuses = requireCjs('../../build/fuses.cjs') as {
  afterPack: unknown;
  fuseSettings: Record<string, boolean>;
  fuseConfig(platform: string): Record<string, unknown>;
  electronExecutable(context: unknown): string;
};
const { FuseV1Options } = requireCjs('@electron/fuses') as { FuseV1Options: Record<string, number> };

describe('Electron fuses of a release build', () => {
  it('turn off Node-as-a-process, NODE_OPTIONS and --inspect', () => {
    expect(fuses.fuseSettings.RunAsNode).toBe(false);
    expect(fuses.fuseSettings.EnableNodeOptionsEnvironmentVariable).toBe(false);
    expect(fuses.fuseSettings.EnableNodeCliInspectArguments).toBe(false);
  });

  it('encrypt cookies and load the app only from an integrity-checked asar', () => {
    expect(fuses.fuseSettings.EnableCookieEncryption).toBe(true);
    expect(fuses.fuseSettings.EnableEmbeddedAsarIntegrityValidation).toBe(true);
    expect(fuses.fuseSettings.OnlyLoadAppFromAsar).toBe(true);
  });

  it('name only fuses that @electron/fuses knows', () => {
    for (const name of Object.keys(fuses.fuseSettings)) expect(FuseV1Options).toHaveProperty(name);
    const config = fuses.fuseConfig('win32');
    expect(config[FuseV1Options.RunAsNode!]).toBe(false);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar!]).toBe(true);
  });

  it('are flipped in Samordna.exe on Windows', () => {
    const context = {
      appOutDir: 'dist/win-unpacked',
      electronPlatformName: 'win32',
      packager: { appInfo: { productFilename: 'Samordna' }, executableName: 'samordna' },
    };
    expect(fuses.electronExecutable(context)).toBe(path.join('dist/win-unpacked', 'Samordna.exe'));
    expect(typeof fuses.afterPack).toBe('function');
  });
});
