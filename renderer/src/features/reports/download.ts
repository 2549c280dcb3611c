import type { ExportFile } from '@shared/api/reports';

/** The bytes of a base64 text. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Hands a file from core to the user as a download: a Blob behind a clicked `<a download>`, which
 * the browser and Electron both save where the user keeps downloads (Electron asks), with no
 * file path chosen by the page.
 */
export function saveFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.base64)], { type: file.mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The click has started the download by now; the object URL only has to outlive the turn.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
