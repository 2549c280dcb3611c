/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder loads this hook as CommonJS */
'use strict';
const path = require('node:path');
const { flipFuses, FuseV1Options, FuseVersion } = require('@electron/fuses');

/**
 * Fuses baked into the packaged Electron binary (docs/security.md): the executable can no longer
 * be used as a plain Node, take NODE_OPTIONS or --inspect, or load app code from outside the
 * integrity-checked app.asar. Kept as plain data so a unit test can assert it.
 */
const fuseSettings = Object.freeze({
  RunAsNode: false,
  EnableCookieEncryption: true,
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  // The app is served from app://; file:// needs none of its legacy extra privileges.
  GrantFileProtocolExtraPrivileges: false,
});

/** Path of the packaged executable that carries the fuse wire, per platform. */
function electronExecutable(context) {
  const name = context.packager.appInfo.productFilename;
  switch (context.electronPlatformName) {
    case 'win32':
      return path.join(context.appOutDir, `${name}.exe`);
    case 'darwin':
    case 'mas':
      return path.join(context.appOutDir, `${name}.app`);
    default:
      return path.join(context.appOutDir, context.packager.executableName);
  }
}

function fuseConfig(platformName) {
  const config = { version: FuseVersion.V1, resetAdHocDarwinSignature: platformName === 'darwin' };
  for (const [fuse, enabled] of Object.entries(fuseSettings)) config[FuseV1Options[fuse]] = enabled;
  return config;
}

async function afterPack(context) {
  await flipFuses(electronExecutable(context), fuseConfig(context.electronPlatformName));
}

module.exports = { afterPack, default: afterPack, fuseSettings, fuseConfig, electronExecutable };
