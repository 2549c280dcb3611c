import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

import type { Page } from '@playwright/test';

import { toPdfA, type PdfAMeta } from '@core/archive/pdfA';

import { CHROMIUM_PDF_OPTIONS } from '../../electron/host/archiveCopy';

/**
 * Archive copies checked as the archive would: the page printed by Chromium with the options of
 * "Lagre som PDF" (electron/main/print.ts PDF_OPTIONS), made PDF/A-2 by toPdfA, then read back
 * with qpdf (structure, every object) and poppler (XMP, fonts, text). Without qpdf or poppler the
 * check fails with the reason: a PDF/A check must never pass unseen.
 */

/** Prints the page as Electron's printToPDF with PDF_OPTIONS does: A4, tagged, with its outline. */
export async function printedPdf(page: Page): Promise<Uint8Array> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf(CHROMIUM_PDF_OPTIONS);
  await page.emulateMedia({ media: null });
  return pdf;
}

/** The page printed and made an archive copy, written to `file` (and Chromium's own PDF to `rawFile`). */
export async function archiveCopyOf(
  page: Page,
  meta: PdfAMeta,
  file: string,
  rawFile?: string,
): Promise<Uint8Array> {
  const printed = await printedPdf(page);
  if (rawFile) writeFileSync(rawFile, printed);
  const pdfA = await toPdfA(printed, meta);
  writeFileSync(file, pdfA);
  return pdfA;
}

function run(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(
      missing
        ? `${command} is missing: install Debian's qpdf and poppler-utils (.ci/run does) to check archive copies.`
        : `${command} failed: ${String(error)}`,
    );
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Dict = { [key: string]: Json };
interface QpdfObject {
  value?: Json;
  stream?: { dict: Dict; data?: string };
}

/** What a full PDF/A-2 validator would complain about that these tools can see, one line each. */
export interface PdfAReport {
  /** `qpdf --check` said the file has no syntax or stream errors (and no warnings). */
  qpdfClean: boolean;
  problems: string[];
  /** pdfaid:conformance as written in the XMP. */
  conformance: string;
  xmp: string;
  fonts: { name: string; type: string; emb: boolean; uni: boolean }[];
  text: string;
  pages: number;
}

/**
 * Reads an archive copy with qpdf and poppler and lists every PDF/A-2 problem found. The checks
 * are ISO 19005-2's rules these tools can see: header and trailer, OutputIntent and its ICC
 * profile, XMP (uncompressed, part 2, level B or U), no encryption, actions, JavaScript or embedded
 * files, annotation flags, fonts embedded (CIDToGIDMap for CIDFontType2), no LZW, no transfer
 * functions or halftone phases, no image interpolation, no device CMYK.
 */
export function inspectPdfA(file: string): PdfAReport {
  const problems: string[] = [];
  const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  if (check.error) run('qpdf', ['--version']);
  const qpdfClean = check.status === 0 && /No syntax or stream encoding errors found/.test(check.stdout);
  if (!qpdfClean) problems.push(`qpdf --check: exit ${check.status}: ${check.stdout}${check.stderr}`);

  const json = JSON.parse(
    run('qpdf', [
      '--json=2',
      '--json-key=qpdf',
      '--decode-level=generalized',
      '--json-stream-data=inline',
      file,
    ]),
  ) as { qpdf: [Dict, Record<string, QpdfObject>] };
  const objects = json.qpdf[1];
  const deref = (value: Json | undefined): Json | undefined => {
    if (typeof value === 'string' && /^\d+ \d+ R$/.test(value)) {
      const target = objects[`obj:${value}`];
      return target?.stream ? target.stream.dict : target?.value;
    }
    return value;
  };
  const dict = (value: Json | undefined): Dict | undefined => {
    const v = deref(value);
    return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
  };
  const array = (value: Json | undefined): Json[] => {
    const v = deref(value);
    return Array.isArray(v) ? v : [];
  };
  const stream = (value: Json | undefined) =>
    typeof value === 'string' ? objects[`obj:${value}`]?.stream : undefined;

  const trailer = dict(objects['trailer']?.value)!;
  if (trailer['/Encrypt'] !== undefined) problems.push('trailer has /Encrypt');
  const id = array(trailer['/ID']);
  if (id.length !== 2) problems.push('trailer has no /ID of two strings');
  const catalog = dict(trailer['/Root'])!;

  const intents = array(catalog['/OutputIntents']).map((i) => dict(i)!);
  if (intents.length !== 1) problems.push(`${intents.length} OutputIntents, not one`);
  for (const intent of intents) {
    if (intent['/S'] !== '/GTS_PDFA1') problems.push(`OutputIntent /S is ${String(intent['/S'])}`);
    const profile = stream(intent['/DestOutputProfile']);
    if (!profile) problems.push('OutputIntent has no DestOutputProfile stream');
    else {
      if (profile.dict['/N'] !== 3) problems.push('the ICC profile is not N 3');
      const icc = Buffer.from(profile.data ?? '', 'base64');
      if (icc.subarray(36, 40).toString('latin1') !== 'acsp')
        problems.push('the ICC profile has no acsp header');
      if (icc.subarray(16, 20).toString('latin1') !== 'RGB ') problems.push('the ICC profile is not RGB');
    }
  }
  const metadata = stream(catalog['/Metadata']);
  if (!metadata) problems.push('the catalog has no /Metadata stream');
  else if (metadata.dict['/Filter'] !== undefined) problems.push('the XMP stream is compressed');
  if (typeof catalog['/Lang'] !== 'string') problems.push('the catalog has no /Lang');
  for (const key of ['/OpenAction', '/AA'])
    if (catalog[key] !== undefined) problems.push(`catalog has ${key}`);
  const names = dict(catalog['/Names']);
  for (const key of ['/JavaScript', '/EmbeddedFiles'])
    if (names?.[key] !== undefined) problems.push(`names tree has ${key}`);

  const fontDicts: Dict[] = [];
  for (const [key, object] of Object.entries(objects)) {
    if (key === 'trailer') continue;
    const d = object.stream?.dict ?? (dict(object.value) as Dict | undefined);
    if (!d) continue;
    for (const forbidden of ['/AA', '/JS', '/EmbeddedFile', '/EF', '/Alternates', '/OPI', '/TR', '/HTP'])
      if (d[forbidden] !== undefined) problems.push(`${key} has ${forbidden}`);
    if (d['/TR2'] !== undefined && d['/TR2'] !== '/Default') problems.push(`${key} has a transfer function`);
    const actionKind = dict(d['/A'])?.['/S'];
    if (
      d['/S'] === '/JavaScript' ||
      d['/S'] === '/Launch' ||
      actionKind === '/JavaScript' ||
      actionKind === '/Launch'
    )
      problems.push(`${key} has a forbidden action`);
    const filters = [d['/Filter']].flat();
    if (filters.includes('/LZWDecode')) problems.push(`${key} is LZW-compressed`);
    if (d['/Subtype'] === '/Image' && d['/Interpolate'] === true) problems.push(`${key} interpolates`);
    if (JSON.stringify(d).includes('"/DeviceCMYK"')) problems.push(`${key} uses DeviceCMYK`);
    if (d['/Type'] === '/Annot' || (d['/Rect'] !== undefined && d['/Subtype'] === '/Link')) {
      const flags = typeof d['/F'] === 'number' ? d['/F'] : 0;
      if ((flags & 4) === 0 || (flags & (1 | 2 | 32)) !== 0)
        problems.push(`${key}: annotation flags ${flags}`);
    }
    if (d['/Type'] === '/Font') fontDicts.push(d);
    // Content streams (pages and forms) drawing in device CMYK (k/K) need a CMYK OutputIntent.
    const isContent =
      d['/Subtype'] === '/Form' || (!d['/Type'] && !d['/Subtype'] && !d['/N'] && !d['/Length1']);
    if (object.stream?.data && isContent) {
      const content = Buffer.from(object.stream.data, 'base64').toString('latin1');
      if (/(?:^|\s)[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[kK](?=\s)/.test(content))
        problems.push(`${key} paints CMYK`);
    }
  }
  for (const font of fontDicts) {
    const subtype = font['/Subtype'];
    if (subtype === '/Type3' || subtype === '/CIDFontType0' || subtype === '/CIDFontType2') {
      if (subtype === '/CIDFontType2' && font['/CIDToGIDMap'] === undefined)
        problems.push(`${String(font['/BaseFont'])} has no CIDToGIDMap`);
      if (subtype !== '/Type3' && !embedded(dict(font['/FontDescriptor'])))
        problems.push(`${String(font['/BaseFont'])} is not embedded`);
      continue;
    }
    const described = subtype === '/Type0' ? dict(array(font['/DescendantFonts'])[0]) : font;
    if (!embedded(dict(described?.['/FontDescriptor'])))
      problems.push(`${String(font['/BaseFont'])} is not embedded`);
  }

  const header = readFileSync(file).subarray(0, 16).toString('latin1');
  if (!/^%PDF-1\.[0-7]\n%/.test(header)) problems.push(`header is ${JSON.stringify(header.slice(0, 9))}`);

  const xmp = run('pdfinfo', ['-meta', file]);
  const conformance = /<pdfaid:conformance>([ABU])<\/pdfaid:conformance>/.exec(xmp)?.[1] ?? '';
  if (!xmp.includes('<pdfaid:part>2</pdfaid:part>')) problems.push('the XMP does not say PDF/A part 2');
  if (conformance !== 'B' && conformance !== 'U')
    problems.push(`the XMP claims level ${conformance || 'none'}`);

  const fonts = run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      // name, type (may have spaces), encoding, emb, sub, uni, object, generation
      const m = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/.exec(line);
      if (!m) throw new Error(`pdffonts line not understood: ${line}`);
      return { name: m[1]!, type: m[2]!, emb: m[4] === 'yes', uni: m[6] === 'yes' };
    });
  for (const font of fonts) {
    if (!font.emb && !font.type.startsWith('Type 3')) problems.push(`pdffonts: ${font.name} not embedded`);
    if (conformance === 'U' && !font.uni)
      problems.push(`pdffonts: ${font.name} has no Unicode map, level U claimed`);
  }

  const text = run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]))?.[1] ?? NaN);
  return { qpdfClean, problems, conformance, xmp, fonts, text, pages };
}

function embedded(descriptor: Dict | undefined): boolean {
  return !!descriptor && ['/FontFile', '/FontFile2', '/FontFile3'].some((k) => descriptor[k] !== undefined);
}
