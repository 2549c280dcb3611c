import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Page } from '@playwright/test';

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

/** One word of a printed page, in PDF points from the page's top left corner. */
export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfLayout {
  /** Width and height of each page, in points (A4 portrait: 595 × 842). */
  pages: { width: number; height: number }[];
  words: PdfWord[];
}

/**
 * Prints the page as printedText does and reads every word's box with `pdftotext -bbox`, so a
 * test can check where on the paper a text landed (inside the margins, not cut at the edge).
 */
export async function printedLayout(page: Page, keepAs?: string): Promise<PdfLayout> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, tagged: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: null });
  const dir = mkdtempSync(path.join(tmpdir(), 'samordna-pdf-'));
  try {
    const file = path.join(dir, 'print.pdf');
    writeFileSync(file, pdf);
    // Kept as a test artefact, to look at (pdftoppm -png) when the check fails.
    if (keepAs) writeFileSync(keepAs, pdf);
    return parseBbox(run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-']));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function parseBbox(html: string): PdfLayout {
  const layout: PdfLayout = { pages: [], words: [] };
  const tags =
    /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of html.matchAll(tags)) {
    if (m[1] !== undefined) {
      layout.pages.push({ width: Number(m[1]), height: Number(m[2]) });
      continue;
    }
    layout.words.push({
      page: layout.pages.length,
      text: m[7]!.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!),
      xMin: Number(m[3]),
      yMin: Number(m[4]),
      xMax: Number(m[5]),
      yMax: Number(m[6]),
    });
  }
  return layout;
}
