import {
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFStream,
  type PDFContext,
  type PDFObject,
} from '@cantoo/pdf-lib';

import { SRGB_ICC_NAME, srgbIccProfile } from './iccSrgb';

/**
 * Archive copies: a PDF printed by Chromium (Electron's printToPDF, Playwright's page.pdf) made
 * into PDF/A-2 (ISO 19005-2), the form the municipal archive accepts (DOMAIN.md 9, DESIGN.md 13).
 *
 * Chromium already embeds every font (TrueType subsets with ToUnicode maps), tags the structure
 * and draws in DeviceRGB/DeviceGray. What it lacks is added here with @cantoo/pdf-lib: the sRGB
 * OutputIntent, the XMP packet naming the PDF/A part and level (kept equal to the Info
 * dictionary by the library), a trailer /ID, the Print flag on annotations. What PDF/A forbids
 * is taken out (actions that run or launch, JavaScript, embedded files, image interpolation,
 * transfer functions); what cannot be made right (encryption, a font not embedded, LZW) is
 * refused with a PdfAError in Norwegian, never passed on as plain PDF.
 */

export interface PdfAMeta {
  title: string;
  /** The municipality. */
  author: string;
  language: 'nb' | 'nn' | 'en';
  created: Date;
  subject?: string;
}

/** A PDF that cannot become PDF/A; the message is for the user, in Norwegian. */
export class PdfAError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfAError';
  }
}

export const PDFA_CREATOR = 'Samordna';
export const PDFA_PRODUCER = 'Samordna (Chromium Skia/PDF, PDF/A-2 med @cantoo/pdf-lib)';

const MAX_META = 1000;
const LANGUAGES: Record<PdfAMeta['language'], string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en' };

/**
 * The actions an archive copy keeps: going to a place in this or another document, a web
 * address, an article thread, and page turning. PDF/A-2 (6.6.1, 6.6.2) forbids those that run,
 * launch, play, hide or reset anything, and Named actions other than page turning; anything
 * not on this list goes, so an action type added to PDF later is not let through by default.
 */
const ALLOWED_ACTIONS = new Set(['GoTo', 'GoToR', 'URI', 'Thread']);
const ALLOWED_NAMED = new Set(['NextPage', 'PrevPage', 'FirstPage', 'LastPage']);
/** Annotation types PDF/A-2 (6.3.1) forbids, and file attachments (embedded files). */
const FORBIDDEN_ANNOTS = new Set(['3D', 'Sound', 'Screen', 'Movie', 'RichMedia', 'FileAttachment']);

/** Annotation flags (PDF 32000-1, 12.5.3). */
const INVISIBLE = 1;
const HIDDEN = 2;
const PRINT = 4;
const NOVIEW = 32;

const N = (name: string) => PDFName.of(name);

export async function toPdfA(pdf: Uint8Array, meta: PdfAMeta): Promise<Uint8Array> {
  const clean = checkMeta(meta);
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(pdf, { ignoreEncryption: true, updateMetadata: false });
  } catch {
    throw new PdfAError('Kan ikke lage arkivkopi: filen er ikke en lesbar PDF.');
  }
  if (doc.isEncrypted) {
    throw new PdfAError('Kan ikke lage arkivkopi: PDF-en er kryptert, og PDF/A tillater ikke kryptering.');
  }
  if (doc.getPageCount() === 0) throw new PdfAError('Kan ikke lage arkivkopi: PDF-en har ingen sider.');

  const { context, catalog } = doc;
  removeCatalogActions(catalog, context);
  fixAnnotations(doc);
  fixOutline(catalog, context);
  fixFormFields(catalog, context);
  const fonts = fixReachable(context);
  const unicode = checkFonts(fonts, context);

  // A fresh Info dictionary: Chromium's own entries (Creator "Chromium", its dates) go, so Info
  // and XMP say the same and nothing else.
  context.trailerInfo.Info = context.register(context.obj({}));
  doc.setTitle(clean.title, { showInWindowTitleBar: true });
  doc.setAuthor(clean.author);
  if (clean.subject) doc.setSubject(clean.subject);
  doc.setCreator(PDFA_CREATOR);
  doc.setProducer(PDFA_PRODUCER);
  doc.setCreationDate(clean.created);
  doc.setModificationDate(clean.created);
  doc.setLanguage(LANGUAGES[clean.language]);

  doc.convertToPDFA({
    conformance: unicode ? '2U' : '2B',
    iccProfile: srgbIccProfile(),
    outputConditionIdentifier: SRGB_ICC_NAME,
    colorComponents: 3,
  });
  dropUnreachable(context);
  // Classic cross-reference table: every PDF/A reader and validator takes it.
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}

interface CleanMeta {
  title: string;
  author: string;
  subject: string | undefined;
  language: PdfAMeta['language'];
  created: Date;
}

function text(value: unknown, what: string, required: boolean): string | undefined {
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string') throw new PdfAError(`Kan ikke lage arkivkopi: ${what} mangler.`);
  const clean = value
    .normalize('NFC')
    .replace(/[\p{Cc}\ufffe\uffff]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (clean === '' && required) throw new PdfAError(`Kan ikke lage arkivkopi: ${what} mangler.`);
  if (clean.length > MAX_META) throw new PdfAError(`Kan ikke lage arkivkopi: ${what} er for lang.`);
  return clean === '' ? undefined : clean;
}

function checkMeta(meta: PdfAMeta): CleanMeta {
  const title = text(meta.title, 'tittelen', true)!;
  const author = text(meta.author, 'kommunens navn', true)!;
  const subject = text(meta.subject, 'emnet', false);
  if (!Object.hasOwn(LANGUAGES, meta.language)) throw new PdfAError('Kan ikke lage arkivkopi: ukjent språk.');
  if (!(meta.created instanceof Date) || Number.isNaN(meta.created.getTime())) {
    throw new PdfAError('Kan ikke lage arkivkopi: datoen er ugyldig.');
  }
  return { title, author, subject, language: meta.language, created: meta.created };
}

function removeCatalogActions(catalog: PDFDict, context: PDFContext): void {
  catalog.delete(N('OpenAction'));
  catalog.delete(N('AA'));
  const names = context.lookupMaybe(catalog.get(N('Names')), PDFDict);
  if (names) {
    names.delete(N('JavaScript'));
    names.delete(N('EmbeddedFiles'));
    if (names.keys().length === 0) catalog.delete(N('Names'));
  }
  const form = context.lookupMaybe(catalog.get(N('AcroForm')), PDFDict);
  if (form) {
    form.delete(N('XFA'));
    form.delete(N('NeedAppearances'));
  }
}

/** Every annotation printed and visible, with only a normal appearance; forbidden kinds gone. */
function fixAnnotations(doc: PDFDocument): void {
  const { context } = doc;
  for (const page of doc.getPages()) {
    const annots = context.lookupMaybe(page.node.get(N('Annots')), PDFArray);
    if (!annots) continue;
    const kept: PDFObject[] = [];
    for (const item of annots.asArray()) {
      const annot = context.lookupMaybe(item, PDFDict);
      if (!annot) continue;
      const subtype = annot.get(N('Subtype'));
      if (subtype instanceof PDFName && FORBIDDEN_ANNOTS.has(subtype.decodeText())) continue;
      cleanAction(annot, context);
      const flags = context.lookupMaybe(annot.get(N('F')), PDFNumber)?.asNumber() ?? 0;
      annot.set(N('F'), PDFNumber.of((flags | PRINT) & ~(INVISIBLE | HIDDEN | NOVIEW)));
      const ap = context.lookupMaybe(annot.get(N('AP')), PDFDict);
      if (ap) {
        ap.delete(N('D'));
        ap.delete(N('R'));
      }
      kept.push(item);
    }
    page.node.set(N('Annots'), context.obj(kept));
  }
}

/**
 * The /A of an annotation, an outline item or a form field is its action (and only there: a
 * structure element's /A holds its attributes, which stay whatever keys they carry). An action
 * not allowed goes, leaving the item without one; an allowed one keeps no chain of further
 * actions (/Next), which could hide a forbidden one.
 */
function cleanAction(holder: PDFDict, context: PDFContext): void {
  if (!holder.has(N('A'))) return;
  const action = context.lookup(holder.get(N('A')));
  if (!(action instanceof PDFDict) || !allowedAction(action)) {
    holder.delete(N('A'));
    return;
  }
  action.delete(N('Next'));
}

function allowedAction(action: PDFDict): boolean {
  const kind = nameOf(action.get(N('S')));
  if (kind === 'Named') return ALLOWED_NAMED.has(nameOf(action.get(N('N'))) ?? '');
  return kind !== undefined && ALLOWED_ACTIONS.has(kind);
}

/** Linked dictionaries followed from `first`, each once (a loop in a hostile file ends). */
function* chain(
  context: PDFContext,
  first: PDFObject | undefined,
  children: string[],
  next: string | null,
): Generator<PDFDict> {
  const seen = new Set<PDFDict>();
  const stack: (PDFObject | undefined)[] = [first];
  while (stack.length) {
    // Looked up without a type: a hostile file's /Next may be anything, and is then no item.
    const item = context.lookup(stack.pop());
    if (!(item instanceof PDFDict) || seen.has(item)) continue;
    seen.add(item);
    yield item;
    if (next) stack.push(item.get(N(next)));
    for (const key of children) {
      const kids = context.lookup(item.get(N(key)));
      if (kids instanceof PDFArray) stack.push(...kids.asArray());
      else if (kids instanceof PDFDict) stack.push(kids);
    }
  }
}

/** Every item of the outline (bookmarks): /Outlines → /First, then /First and /Next of each. */
function fixOutline(catalog: PDFDict, context: PDFContext): void {
  const outlines = context.lookup(catalog.get(N('Outlines')));
  if (!(outlines instanceof PDFDict)) return;
  for (const item of chain(context, outlines.get(N('First')), ['First'], 'Next')) cleanAction(item, context);
}

/** Every field of the form and its widgets (/Kids), also those on no page's /Annots. */
function fixFormFields(catalog: PDFDict, context: PDFContext): void {
  const form = context.lookup(catalog.get(N('AcroForm')));
  const fields = form instanceof PDFDict ? context.lookup(form.get(N('Fields'))) : undefined;
  if (!(fields instanceof PDFArray)) return;
  for (const field of fields.asArray())
    for (const item of chain(context, field, ['Kids'], null)) cleanAction(item, context);
}

/**
 * Walks everything the document references once: takes out what PDF/A forbids in any dictionary
 * and collects the font dictionaries.
 */
function fixReachable(context: PDFContext): PDFDict[] {
  const fonts: PDFDict[] = [];
  walk(context, (dict, isStream) => {
    dict.delete(N('AA'));
    // Embedded files, wherever a file specification or associated-files array holds them.
    dict.delete(N('EF'));
    dict.delete(N('AF'));
    const type = nameOf(dict.get(N('Type')));
    const subtype = nameOf(dict.get(N('Subtype')));
    if (isStream) {
      const filters = dict.get(N('Filter'));
      const names = filters instanceof PDFArray ? filters.asArray() : [filters];
      if (names.some((f) => nameOf(f) === 'LZWDecode')) {
        throw new PdfAError(
          'Kan ikke lage arkivkopi: PDF-en bruker LZW-komprimering, som PDF/A ikke tillater.',
        );
      }
    }
    if (subtype === 'Image') {
      if (dict.get(N('Interpolate')) instanceof PDFBool) dict.set(N('Interpolate'), PDFBool.False);
      dict.delete(N('Alternates'));
      dict.delete(N('OPI'));
    }
    if (subtype === 'Form') dict.delete(N('OPI'));
    if (type === 'ExtGState') {
      dict.delete(N('TR'));
      dict.delete(N('HTP'));
      if (dict.has(N('TR2'))) dict.set(N('TR2'), N('Default'));
    }
    if (type === 'Font') fonts.push(dict);
  });
  return fonts;
}

function nameOf(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFName ? value.decodeText() : undefined;
}

/**
 * Every font must be embedded (6.2.11.4); a CIDFontType2 needs its CIDToGIDMap (6.2.11.3.2).
 * Answers whether every font maps its glyphs to Unicode (ToUnicode), the condition for level U.
 */
function checkFonts(fonts: PDFDict[], context: PDFContext): boolean {
  let unicode = true;
  for (const font of fonts) {
    const subtype = nameOf(font.get(N('Subtype')));
    // A CIDFont is checked through the Type0 font that uses it, which holds the ToUnicode map.
    if (subtype === 'CIDFontType0' || subtype === 'CIDFontType2') continue;
    if (!font.has(N('ToUnicode'))) unicode = false;
    if (subtype === 'Type3') continue;
    const described =
      subtype === 'Type0'
        ? context.lookupMaybe(context.lookupMaybe(font.get(N('DescendantFonts')), PDFArray)?.get(0), PDFDict)
        : font;
    const descriptor = described && context.lookupMaybe(described.get(N('FontDescriptor')), PDFDict);
    const embedded = descriptor && ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor.has(N(k)));
    if (!embedded) {
      const name = nameOf(font.get(N('BaseFont'))) ?? 'uten navn';
      throw new PdfAError(`Kan ikke lage arkivkopi: skrifttypen «${name}» er ikke innebygd i PDF-en.`);
    }
    if (
      described &&
      nameOf(described.get(N('Subtype'))) === 'CIDFontType2' &&
      !described.has(N('CIDToGIDMap'))
    ) {
      described.set(N('CIDToGIDMap'), N('Identity'));
    }
  }
  return unicode;
}

/** Visits every dictionary (and stream dictionary) reachable from the trailer, each once. */
function walk(context: PDFContext, visit: (dict: PDFDict, isStream: boolean) => void): Set<PDFRef> {
  const seenRefs = new Set<PDFRef>();
  const seen = new Set<PDFObject>();
  const stack: PDFObject[] = [];
  const roots = [context.trailerInfo.Root, context.trailerInfo.Info];
  for (const root of roots) if (root) stack.push(root);
  while (stack.length) {
    const obj = stack.pop()!;
    if (obj instanceof PDFRef) {
      if (seenRefs.has(obj)) continue;
      seenRefs.add(obj);
      const target = context.lookup(obj);
      if (target) stack.push(target);
      continue;
    }
    if (seen.has(obj)) continue;
    seen.add(obj);
    if (obj instanceof PDFStream) {
      visit(obj.dict, true);
      stack.push(...obj.dict.values());
    } else if (obj instanceof PDFDict) {
      visit(obj, false);
      stack.push(...obj.values());
    } else if (obj instanceof PDFArray) {
      stack.push(...obj.asArray());
    }
  }
  return seenRefs;
}

/** Objects nothing points to any more (the removed scripts, a previous XMP or profile) are dropped. */
function dropUnreachable(context: PDFContext): void {
  const reachable = walk(context, () => undefined);
  for (const [ref] of context.enumerateIndirectObjects()) {
    if (!reachable.has(ref)) context.delete(ref);
  }
}
