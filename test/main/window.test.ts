import { describe, expect, it } from 'vitest';

import { mainWindowOptions } from '@main/window';

describe('the Samordna window', () => {
  const options = mainWindowOptions('/app/out/preload/index.cjs', { devTools: false });
  const prefs = options.webPreferences ?? {};

  it('isolates page script from the preload and runs it in the Chromium sandbox', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
  });

  it('gives no frame or worker access to Node', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and refuses insecure content and <webview>', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
  });

  it('does not fetch spellcheck dictionaries and does not navigate to dropped files', () => {
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('loads our preload and offers developer tools only when asked', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    expect(prefs.devTools).toBe(false);
    expect(mainWindowOptions('/p.cjs', { devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('opens hidden at 1440×900, no smaller than 1024×700, titled Samordna', () => {
    expect(options).toMatchObject({
      width: 1440,
      height: 900,
      minWidth: 1024,
      minHeight: 700,
      show: false,
      title: 'Samordna',
    });
  });
});

describe('where the Samordna window opens', () => {
  it('is centred at the default size without a saved place', () => {
    expect(mainWindowOptions('/p.cjs', { devTools: false })).toMatchObject({
      width: 1440,
      height: 900,
      center: true,
    });
  });

  it('is the saved place and size when there is one', () => {
    const options = mainWindowOptions(
      '/p.cjs',
      { devTools: false },
      { x: 5, y: 6, width: 1200, height: 750, maximized: true },
    );
    expect(options).toMatchObject({ x: 5, y: 6, width: 1200, height: 750 });
    expect(options.center).toBeUndefined();
  });
});
