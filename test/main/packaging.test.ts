import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Read as text: the settings that matter are few, and a YAML parser is not a project dependency.
const builderYml = readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8');
const viteConfig = readFileSync(new URL('../../electron.vite.config.ts', import.meta.url), 'utf8');

function listUnder(key: string): string[] {
  const block = new RegExp(`^${key}:\\n((?:\\s+(?:- |#).*\\n)+)`, 'm').exec(builderYml)?.[1] ?? '';
  return block
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .map((line) =>
      line
        .replace(/^\s+- /, '')
        .replace(/'/g, '')
        .trim(),
    )
    .filter(Boolean);
}

describe('the installer', () => {
  it('is Samordna with the app id no.samordna.app', () => {
    expect(builderYml).toMatch(/^appId: no\.samordna\.app$/m);
    expect(builderYml).toMatch(/^productName: Samordna$/m);
  });

  it('packs only the built app into an asar, never the host or the tests', () => {
    const files = listUnder('files');
    expect(files.filter((f) => !f.startsWith('!'))).toEqual(['out/**', 'package.json']);
    expect(files).toContain('!electron/**');
    expect(files).toContain('!test/**');
    expect(files).toContain('!**/node_modules/better-sqlite3-multiple-ciphers/{deps,src}/**');
    expect(builderYml).toMatch(/^asar: true$/m);
  });

  it('installs per user without admin rights, and also as an MSI', () => {
    expect(listUnder('  target')).toEqual(['nsis', 'msi']);
    const nsis = /^nsis:\n((?: {2}.*\n)+)/m.exec(builderYml)?.[1] ?? '';
    expect(nsis).toMatch(/oneClick: false/);
    expect(nsis).toMatch(/perMachine: false/);
    expect(nsis).toMatch(/allowToChangeInstallationDirectory: false/);
  });

  it('flips the fuses after packing', () => {
    expect(builderYml).toMatch(/^afterPack: \.\/build\/fuses\.cjs$/m);
  });
});

describe('the main and preload build', () => {
  it('emits CommonJS and keeps the native SQLite module outside the bundle', () => {
    expect(viteConfig.match(/format: 'cjs'/g)).toHaveLength(2);
    expect(viteConfig).toContain("external: ['better-sqlite3-multiple-ciphers']");
    expect(viteConfig).not.toMatch(/^\s+renderer:/m);
  });
});
