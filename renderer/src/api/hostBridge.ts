import type { ArchiveCopyOutcome } from '@shared/api/archive';
import type { SamordnaBridge } from '@shared/api/bridge';
import type { Result } from '@shared/api/errors';

const TOKEN_KEY = 'samordna.hostToken';

/**
 * In Chromium through electron/host the same contract runs over loopback HTTP. The host
 * prints an address with `?token=`; it is moved to sessionStorage and removed from the URL.
 */
export function createHostBridge(location: Location, history: History, storage: Storage): SamordnaBridge {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    history.replaceState(null, '', location.pathname + location.hash);
  }
  const token = storage.getItem(TOKEN_KEY) ?? '';
  return {
    kind: 'host',
    async invoke(channel, input) {
      let response: Response;
      try {
        response = await fetch(`./api/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        // Nothing answers: the demo stopped, or started again on another port (an old tab).
        return { ok: false, error: { code: 'HOST_UNREACHABLE', message: 'Demoen svarer ikke.' } };
      }
      return (await response.json()) as Result<never>;
    },
    // The host renders the documents in headless Chromium and writes them in the folder typed.
    async makeArchiveCopy(caseId, folder = '') {
      try {
        const response = await fetch('./api/host.archiveCopy', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ caseId, folder, language: document.documentElement.lang }),
        });
        const outcome = (await response.json()) as Partial<ArchiveCopyOutcome>;
        // A refused token answers with a Result, not an outcome.
        return typeof outcome.status === 'string'
          ? (outcome as ArchiveCopyOutcome)
          : { status: 'failed', reason: 'failed' };
      } catch {
        return { status: 'failed', reason: 'failed' };
      }
    },
  };
}
