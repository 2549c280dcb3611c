import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/*
 * The packaging configuration as electron-builder itself reads it: its loader, its JSON schema, the
 * NSIS defines and WiX manifest its targets generate, and the file matchers that decide what goes
 * into app.asar and what is unpacked beside it. `npm run dist` cannot run on our build machines
 * (no Electron binary, no toolsets), so this is how a wrong key or a wrong pattern is caught.
 * The internals used here are those of the pinned electron-builder 26; an upgrade that moves them
 * fails this test loudly rather than silently.
 */
const projectDir = fileURLToPath(new URL('../..', import.meta.url));
const requireCjs = createRequire(import.meta.url);
const abl = (name: string) => path.join(projectDir, 'node_modules/app-builder-lib/out', name);

// The index first: requiring a deep module of app-builder-lib first trips its circular imports.
requireCjs('app-builder-lib');

type Config = Record<string, unknown> & {
  files: { filter: string[] }[];
  nsis: Record<string, unknown>;
  msi: Record<string, unknown>;
  electronFuses: Record<string, boolean>;
};
type Stat = { isDirectory(): boolean; moduleFullFilePath?: string };
type Filter = (file: string, stat: Stat) => boolean;
interface Matcher {
  patterns: string[];
  createFilter(): Filter;
}

const { getConfig, validateConfiguration } = requireCjs(abl('util/config/config.js')) as {
  getConfig(projectDir: string, configPath: null, options: null): Promise<Config>;
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean }): Promise<void>;
};
const fileMatcher = requireCjs(abl('fileMatcher.js')) as {
  FileMatcher: new (from: string, to: string, expand: (s: string) => string, patterns: string[]) => Matcher;
  getMainFileMatchers(...args: unknown[]): Matcher[];
  getNodeModuleFileMatcher(...args: unknown[]): Matcher;
  getFileMatchers(...args: unknown[]): Matcher[] | null;
  excludedExts: string;
};
/** As appFileCopier's (unexported) getNodeModuleExcludedExts for Windows without includePdb. */
const nodeModuleExcludedExts = [
  '.o',
  '.obj',
  ...fileMatcher.excludedExts.split(',').map((ext) => `.${ext}`),
  '.pdb',
];
const { NodeModuleCopyHelper } = requireCjs(abl('util/NodeModuleCopyHelper.js')) as {
  NodeModuleCopyHelper: new (
    matcher: Matcher,
    info: unknown,
  ) => {
    metadata: Map<string, Stat>;
    collectNodeModules(
      dep: { dir: string; name: string },
      excludedExts: string[],
      destination: string,
    ): Promise<string[]>;
  };
};
const { NsisTarget } = requireCjs(abl('targets/nsis/NsisTarget.js')) as {
  NsisTarget: new (
    packager: unknown,
    outDir: string,
    name: string,
    helper: { refCount: number },
  ) => {
    options: Record<string, unknown>;
    configureDefines(oneClick: boolean, defines: Record<string, unknown>): Promise<unknown>;
  };
};
const MsiTarget = (
  requireCjs(abl('targets/MsiTarget.js')) as {
    default: new (
      packager: unknown,
      outDir: string,
    ) => {
      options: Record<string, unknown>;
      upgradeCode: string;
      writeManifest(appOutDir: string, arch: number, options: unknown): Promise<string>;
    };
  }
).default;
const { getEffectiveOptions } = requireCjs(abl('options/CommonWindowsInstallerConfiguration.js')) as {
  getEffectiveOptions(options: unknown, packager: unknown): unknown;
};
const { Platform } = requireCjs('app-builder-lib') as { Platform: { WINDOWS: unknown } };

const noMacros = (pattern: string) => pattern;
const debugLogger = { isEnabled: false };
const appOutDir = path.join(projectDir, 'dist', 'win-unpacked');
const appDestination = path.join(appOutDir, 'resources', 'app');
const sqliteDir = path.join(projectDir, 'node_modules', 'better-sqlite3-multiple-ciphers');

let config: Config;
let scratch: string;

/** What electron-builder's targets see of the Windows packager, for this configuration. */
function winPackager() {
  const appInfo = {
    id: config.appId,
    productName: 'Samordna',
    productFilename: 'Samordna',
    sanitizedProductName: 'Samordna',
    sanitizedName: 'samordna',
    companyName: null,
    description: 'Samordna',
    getVersionInWeirdWindowsForm: () => '0.1.0.0',
  };
  return {
    config,
    appInfo,
    platform: Platform.WINDOWS,
    platformSpecificBuildOptions: config.win,
    fileAssociations: [],
    compression: 'normal',
    expandMacro: noMacros,
    getResource: () => Promise.resolve(null),
    getIconPath: () => Promise.resolve(null),
    info: {
      config,
      appInfo,
      debugLogger,
      projectDir,
      buildResourcesDir: path.join(projectDir, 'build'),
      isPrepackedAppAsar: false,
      metadata: { dependencies: {} },
      cancellationToken: { cancelled: false },
      getWorkspaceRoot: () => Promise.resolve(projectDir),
    },
  };
}

const fileStat: Stat = { isDirectory: () => false };

beforeAll(async () => {
  config = await getConfig(projectDir, null, null);
  scratch = mkdtempSync(path.join(tmpdir(), 'samordna-packaging-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema, and a misspelt key would not', async () => {
    await expect(validateConfiguration(config, debugLogger)).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, asarUnpak: ['**/*.node'] }, debugLogger)).rejects.toThrow(
      /unknown property 'asarUnpak'/,
    );
    await expect(
      validateConfiguration({ ...config, nsis: { ...config.nsis, perMachin: false } }, debugLogger),
    ).rejects.toThrow(/configuration\.nsis/);
  });

  it('is Samordna with the app id no.samordna.app, for Windows as NSIS and MSI', () => {
    expect(config.appId).toBe('no.samordna.app');
    expect(config.productName).toBe('Samordna');
    expect(config.win).toEqual({ target: ['nsis', 'msi'] });
  });

  it('uses the prebuilt SQLite binary as it is: no rebuild, no macros in the file patterns', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.buildDependenciesFromSource).toBeUndefined();
    const patterns = [...config.files.flatMap((set) => set.filter), ...(config.asarUnpack as string[])];
    expect(patterns.filter((p) => p.includes('${'))).toEqual([]);
  });
});

describe('the per-user installer (NSIS)', () => {
  it('installs for the current user only and never asks for admin rights', async () => {
    const target = new NsisTarget(winPackager(), scratch, 'nsis', { refCount: 0 });
    const defines: Record<string, unknown> = {};
    await target.configureDefines(target.options.oneClick !== false, defines);
    // Without these the NSIS script requests the "user" execution level and has no per-machine
    // code at all (templates/nsis/installer.nsi and multiUser.nsh of app-builder-lib).
    expect(defines).toHaveProperty('ONE_CLICK');
    expect(defines).not.toHaveProperty('INSTALL_MODE_PER_ALL_USERS');
    expect(defines).not.toHaveProperty('INSTALL_MODE_PER_ALL_USERS_REQUIRED');
    expect(defines).not.toHaveProperty('MULTIUSER_INSTALLMODE_ALLOW_ELEVATION');
  });

  it('never deletes application data on uninstall', async () => {
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
    const target = new NsisTarget(winPackager(), scratch, 'nsis', { refCount: 0 });
    const defines: Record<string, unknown> = {};
    await target.configureDefines(true, defines);
    expect(defines).not.toHaveProperty('DELETE_APP_DATA_ON_UNINSTALL');
  });
});

describe('the MSI for IT', () => {
  let manifest: string;
  let msi: InstanceType<typeof MsiTarget>;

  beforeAll(async () => {
    const packager = winPackager();
    msi = new MsiTarget(packager, scratch);
    const unpacked = path.join(scratch, 'win-unpacked');
    mkdirSync(unpacked);
    writeFileSync(path.join(unpacked, 'Samordna.exe'), '');
    manifest = await msi.writeManifest(unpacked, 1, getEffectiveOptions(msi.options, packager));
  });

  it('installs per machine into Program Files, with no per-user choice', () => {
    expect(config.msi.perMachine).toBe(true);
    expect(manifest).toContain('<Property Id="ALLUSERS" Secure="yes" Value="1"/>');
    expect(manifest).toContain('<WixVariable Id="WixUISupportPerUser" Value="0"/>');
    expect(manifest).toMatch(
      /<Directory Id="ProgramFiles64Folder">\s*<Directory Id="APPLICATIONFOLDER" Name="Samordna"\/>/,
    );
  });

  it('keeps the upgrade code electron-builder derives from the app id, so a new MSI upgrades the old', () => {
    const derived = new MsiTarget(
      { ...winPackager(), config: { ...config, msi: { ...config.msi, upgradeCode: null } } },
      scratch,
    ).upgradeCode;
    expect(config.msi.upgradeCode).toBe(derived);
    expect(manifest).toContain(`UpgradeCode="${derived}"`);
    expect(manifest).toContain('<MajorUpgrade AllowSameVersionUpgrades="yes"');
  });
});

describe('what goes into the package', () => {
  function mainFilter(): Filter {
    const [matcher] = fileMatcher.getMainFileMatchers(
      projectDir,
      appDestination,
      noMacros,
      config.win,
      winPackager(),
      path.join(projectDir, 'dist'),
      false,
    );
    return matcher!.createFilter();
  }

  it('is the built app and package.json, never the host, the tests or any source', () => {
    const filter = mainFilter();
    const packed = (file: string) => filter(path.join(projectDir, file), fileStat);
    for (const built of [
      'out/main/index.cjs',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'package.json',
    ]) {
      expect(packed(built), built).toBe(true);
    }
    const tracked = execFileSync('git', ['ls-files'], { cwd: projectDir, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    expect(tracked.some((file) => file.startsWith('electron/host/'))).toBe(true);
    expect(tracked.filter((file) => file !== 'package.json' && packed(file))).toEqual([]);
  });

  async function sqliteModuleFiles() {
    const moduleMatcher = fileMatcher.getNodeModuleFileMatcher(
      projectDir,
      appDestination,
      noMacros,
      config.win,
      {
        config,
        debugLogger,
      },
    );
    const destination = path.join(appDestination, 'node_modules', 'better-sqlite3-multiple-ciphers');
    const matcher = new fileMatcher.FileMatcher(sqliteDir, destination, noMacros, moduleMatcher.patterns);
    const copier = new NodeModuleCopyHelper(matcher, winPackager().info);
    const files = await copier.collectNodeModules(
      { dir: sqliteDir, name: 'better-sqlite3-multiple-ciphers' },
      nodeModuleExcludedExts,
      path.relative(appDestination, destination),
    );
    return {
      files,
      copier,
      relative: files.map((file) => path.relative(sqliteDir, file).split(path.sep).join('/')),
    };
  }

  it('carries the SQLite module’s loader and its Windows prebuilds, not its C sources', async () => {
    const { relative } = await sqliteModuleFiles();
    expect(relative).toContain('package.json');
    expect(relative).toContain('lib/index.js');
    expect(relative).toContain('lib/binding.js');
    expect(relative).toContain('prebuilds/win32-x64.node');
    expect(relative.filter((file) => file.startsWith('prebuilds/'))).toEqual([
      'prebuilds/win32-arm64.node',
      'prebuilds/win32-x64.node',
    ]);
    expect(relative.filter((file) => /^(deps|src)\//.test(file) || file === 'binding.gyp')).toEqual([]);
  });

  it('unpacks the native binary from app.asar', async () => {
    expect(config.asar).toBe(true);
    const { files, copier } = await sqliteModuleFiles();
    const matchers = fileMatcher.getFileMatchers(config, 'asarUnpack', appDestination, {
      macroExpander: noMacros,
      customBuildOptions: config.win,
      globalOutDir: path.join(projectDir, 'dist'),
      defaultSrc: projectDir,
    });
    const unpack = matchers![0]!.createFilter();
    const prebuilt = files.find((file) => file.endsWith(path.join('prebuilds', 'win32-x64.node')))!;
    expect(unpack(prebuilt, copier.metadata.get(prebuilt)!)).toBe(true);
    const loader = files.find((file) => file.endsWith(path.join('lib', 'index.js')))!;
    expect(unpack(loader, copier.metadata.get(loader)!)).toBe(false);
  });
});

/** The few PE facts that decide whether Electron on 64-bit Windows can load a native module. */
function readPe(file: string) {
  const bin = readFileSync(file);
  const pe = bin.readUInt32LE(0x3c);
  expect(bin.toString('latin1', pe, pe + 4)).toBe('PE\0\0');
  const machine = bin.readUInt16LE(pe + 4);
  const sectionCount = bin.readUInt16LE(pe + 6);
  const optional = pe + 24;
  const isPe32Plus = bin.readUInt16LE(optional) === 0x20b;
  const sections = optional + bin.readUInt16LE(pe + 20);
  const offsetOf = (rva: number) => {
    for (let i = 0; i < sectionCount; i++) {
      const s = sections + i * 40;
      const [size, address, raw] = [
        bin.readUInt32LE(s + 8),
        bin.readUInt32LE(s + 12),
        bin.readUInt32LE(s + 20),
      ];
      if (rva >= address && rva < address + size) return rva - address + raw;
    }
    throw new Error(`RVA ${rva} outside every section`);
  };
  const cString = (rva: number) => {
    const start = offsetOf(rva);
    return bin.toString('latin1', start, bin.indexOf(0, start));
  };
  const directory = (index: number) => bin.readUInt32LE(optional + 112 + index * 8);
  const exportDirectory = offsetOf(directory(0));
  const names = bin.readUInt32LE(exportDirectory + 24);
  const nameTable = offsetOf(bin.readUInt32LE(exportDirectory + 32));
  const exports = Array.from({ length: names }, (_, i) => cString(bin.readUInt32LE(nameTable + i * 4)));
  const dllNames = (index: number, size: number, nameAt: number) => {
    const result: string[] = [];
    for (let at = offsetOf(directory(index)); bin.readUInt32LE(at + nameAt) !== 0; at += size) {
      result.push(cString(bin.readUInt32LE(at + nameAt)));
    }
    return result;
  };
  return {
    machine,
    isPe32Plus,
    exports,
    imports: directory(1) === 0 ? [] : dllNames(1, 20, 12),
    delayImports: directory(13) === 0 ? [] : dllNames(13, 32, 4),
  };
}

describe('the win32-x64 prebuilt of the SQLite module', () => {
  const prebuilt = path.join(sqliteDir, 'prebuilds', 'win32-x64.node');

  it('is installed with the npm package (it ships every platform’s prebuild, no download)', () => {
    expect(existsSync(prebuilt)).toBe(true);
    const pkg = JSON.parse(readFileSync(path.join(sqliteDir, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('prebuilds/**');
    // The loader that Samordna's `import Database from 'better-sqlite3-multiple-ciphers'` runs
    // picks prebuilds/<platform>-<arch>.node.
    expect(readFileSync(path.join(sqliteDir, 'lib', 'binding.js'), 'utf8')).toContain(
      "path.join(__dirname, '..', 'prebuilds', `${target}.node`)",
    );
  });

  it('is a 64-bit Windows DLL with the N-API entry point, so any Electron can load it unrebuilt', () => {
    const pe = readPe(prebuilt);
    expect(pe.machine).toBe(0x8664);
    expect(pe.isPe32Plus).toBe(true);
    expect(pe.exports).toContain('napi_register_module_v1');
    expect(pe.exports.filter((name) => name.startsWith('node_register_module_v'))).toEqual([]);
    // node.exe is bound late (the delay-load hook resolves it to the host, Samordna.exe); a plain
    // import of node.exe would fail to load inside Electron.
    expect(pe.delayImports.map((name) => name.toLowerCase())).toContain('node.exe');
    expect(pe.imports.map((name) => name.toLowerCase())).not.toContain('node.exe');
  });
});

describe('the main and preload build', () => {
  const viteConfig = readFileSync(path.join(projectDir, 'electron.vite.config.ts'), 'utf8');

  it('emits CommonJS and keeps the native SQLite module outside the bundle', () => {
    expect(viteConfig.match(/format: 'cjs'/g)).toHaveLength(2);
    expect(viteConfig).toContain("external: ['better-sqlite3-multiple-ciphers']");
    expect(viteConfig).not.toMatch(/^\s+renderer:/m);
  });

  it('leaves only the native SQLite module as a run-time dependency (the rest is in the bundle)', () => {
    // electron-builder copies every production dependency into app.asar: a bundled library
    // listed there (exceljs was, 35 MB with its own dependencies) only makes the installer larger.
    const pkg = JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(pkg.dependencies)).toEqual(['better-sqlite3-multiple-ciphers']);
  });
});
