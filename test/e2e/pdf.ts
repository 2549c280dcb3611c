import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface PdfText {
  text: string;
  pages: number;
}

/**
 * Prints the page as Electron's printToPDF would (A4, tagged, backgrounds) and reads the PDF back
 * with poppler's pdftotext, so a test sees the text a reader of the file gets. Without poppler the
 * test fails with the reason: a PDF check must never pass unseen.
 */
export async function printedText(page: Page): Promise<PdfText> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, tagged: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: null });
  const dir = mkdtempSync(path.join(tmpdir(), 'samordna-pdf-'));
  try {
    const file = path.join(dir, 'print.pdf');
    writeFileSync(file, pdf);
    const text = run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
    const info = run('pdfinfo', [file]);
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
    return { text, pages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8' });
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(
      missing
        ? `${command} is missing: install Debian's poppler-utils (.ci/run does) to check the PDFs.`
        : `${command} failed: ${String(error)}`,
    );
  }
}
