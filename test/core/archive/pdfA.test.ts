import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFStream,
  PDFString,
  StandardFonts,
  decodePDFRawStream,
} from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';

import { SRGB_ICC_NAME, srgbIccProfile } from '@core/archive/iccSrgb';
import { PDFA_CREATOR, PDFA_PRODUCER, PdfAError, toPdfA, type PdfAMeta } from '@core/archive/pdfA';

const N = (name: string) => PDFName.of(name);
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

const META: PdfAMeta = {
  title: 'Saksoversikt 2027-0001',
  author: 'Eksempel kommune',
  language: 'nb',
  created: new Date('2027-03-01T10:20:30Z'),
};

/** A one-page PDF as a printer would make it: a filled rectangle, no fonts. */
async function plainPdf(change?: (doc: PDFDocument) => void | Promise<void>): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 50, width: 100, height: 40 });
  await change?.(doc);
  return doc.save({ useObjectStreams: false });
}

/** A font dictionary shaped as Chromium writes it (Type0 over an embedded CIDFontType2). */
function chromiumLikeFont(doc: PDFDocument, withToUnicode: boolean): PDFDict {
  const ctx = doc.context;
  const descriptor = ctx.obj({
    Type: 'FontDescriptor',
    FontName: 'AAAAAA+Inter',
    Flags: 4,
    FontBBox: [0, 0, 1000, 1000],
    ItalicAngle: 0,
    Ascent: 900,
    Descent: -200,
    CapHeight: 700,
    StemV: 80,
    FontFile2: ctx.register(ctx.stream(new Uint8Array([0, 1, 0, 0]))),
  });
  const cidFont = ctx.obj({
    Type: 'Font',
    Subtype: 'CIDFontType2',
    BaseFont: 'AAAAAA+Inter',
    CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
    FontDescriptor: ctx.register(descriptor),
  });
  const font = ctx.obj({
    Type: 'Font',
    Subtype: 'Type0',
    BaseFont: 'AAAAAA+Inter',
    Encoding: 'Identity-H',
    DescendantFonts: [ctx.register(cidFont)],
  });
  if (withToUnicode) font.set(N('ToUnicode'), ctx.register(ctx.stream(new Uint8Array([0x20]))));
  return font;
}

async function withFont(withToUnicode: boolean): Promise<Uint8Array> {
  return plainPdf((doc) => {
    const fontRef = doc.context.register(chromiumLikeFont(doc, withToUnicode));
    doc.getPage(0).node.set(N('Resources'), doc.context.obj({ Font: { F1: fontRef } }));
  });
}

async function load(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { updateMetadata: false });
}

/** The XMP packet, read as a validator reads it: the stream must have no filter. */
function xmpOf(doc: PDFDocument): { xml: string; dict: PDFDict } {
  const stream = doc.context.lookup(doc.catalog.get(N('Metadata')), PDFStream);
  expect(stream).toBeInstanceOf(PDFRawStream);
  const raw = stream as PDFRawStream;
  return { xml: new TextDecoder().decode(raw.getContents()), dict: raw.dict };
}

function infoOf(doc: PDFDocument): PDFDict {
  return doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
}

describe('toPdfA: what makes a PDF/A-2 file', () => {
  it('starts with a PDF 1.7 header and a binary comment, and has a trailer /ID of two 16-byte strings', async () => {
    const out = await toPdfA(await plainPdf(), META);
    const head = out.subarray(0, 14);
    expect(latin1(head.subarray(0, 9))).toBe('%PDF-1.7\n');
    expect(head[9]).toBe(0x25);
    expect([...head.subarray(10, 14)].every((b) => b > 127)).toBe(true);
    const doc = await load(out);
    const id = doc.context.lookup(doc.context.trailerInfo.ID, PDFArray);
    expect(id.size()).toBe(2);
    for (const part of id.asArray()) {
      expect(part).toBeInstanceOf(PDFHexString);
      expect((part as PDFHexString).asBytes()).toHaveLength(16);
    }
    expect(doc.context.trailerInfo.Encrypt).toBeUndefined();
  });

  it('names the sRGB profile as its one OutputIntent (GTS_PDFA1), embedded with N 3', async () => {
    const doc = await load(await toPdfA(await plainPdf(), META));
    const intents = doc.context.lookup(doc.catalog.get(N('OutputIntents')), PDFArray);
    expect(intents.size()).toBe(1);
    const intent = doc.context.lookup(intents.get(0), PDFDict);
    expect(intent.get(N('S'))).toBe(N('GTS_PDFA1'));
    expect(intent.get(N('Type'))).toBe(N('OutputIntent'));
    expect((intent.get(N('OutputConditionIdentifier')) as PDFString).decodeText()).toBe(SRGB_ICC_NAME);
    const profile = doc.context.lookup(intent.get(N('DestOutputProfile')), PDFStream) as PDFRawStream;
    expect(profile.dict.get(N('N'))).toEqual(PDFNumber.of(3));
    expect(Buffer.from(decodePDFRawStream(profile).decode())).toEqual(Buffer.from(srgbIccProfile()));
  });

  it('writes XMP (uncompressed) and Info that agree: part 2, title, municipality, dates, producer', async () => {
    const doc = await load(await toPdfA(await plainPdf(), { ...META, subject: 'Saksoversikt for arkivet' }));
    const { xml, dict } = xmpOf(doc);
    expect(dict.get(N('Filter'))).toBeUndefined();
    expect(dict.get(N('Type'))).toBe(N('Metadata'));
    expect(dict.get(N('Subtype'))).toBe(N('XML'));
    expect(xml).toMatch(/^<\?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"\?>/);
    expect(xml).toMatch(/<\?xpacket end="w"\?>$/);
    expect(xml).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xml).toContain('<rdf:li xml:lang="x-default">Saksoversikt 2027-0001</rdf:li>');
    expect(xml).toContain('<dc:creator><rdf:Seq><rdf:li>Eksempel kommune</rdf:li></rdf:Seq></dc:creator>');
    expect(xml).toContain('Saksoversikt for arkivet');
    expect(xml).toContain('<xmp:CreateDate>2027-03-01T10:20:30Z</xmp:CreateDate>');
    expect(xml).toContain('<xmp:ModifyDate>2027-03-01T10:20:30Z</xmp:ModifyDate>');
    expect(xml).toContain('<xmp:MetadataDate>2027-03-01T10:20:30Z</xmp:MetadataDate>');
    expect(xml).toContain(`<xmp:CreatorTool>${PDFA_CREATOR}</xmp:CreatorTool>`);
    expect(xml).toContain(`<pdf:Producer>${PDFA_PRODUCER}</pdf:Producer>`);

    expect(doc.getTitle()).toBe('Saksoversikt 2027-0001');
    expect(doc.getAuthor()).toBe('Eksempel kommune');
    expect(doc.getSubject()).toBe('Saksoversikt for arkivet');
    expect(doc.getCreator()).toBe(PDFA_CREATOR);
    expect(doc.getProducer()).toBe(PDFA_PRODUCER);
    expect(doc.getCreationDate()).toEqual(META.created);
    expect(doc.getModificationDate()).toEqual(META.created);
    // Nothing else of Chromium's Info is left to disagree with the XMP.
    expect(
      infoOf(doc)
        .keys()
        .map((k) => k.decodeText())
        .sort(),
    ).toEqual(['Author', 'CreationDate', 'Creator', 'ModDate', 'Producer', 'Subject', 'Title']);
  });

  it('sets the catalog language from the UI language', async () => {
    for (const [language, lang] of [
      ['nb', 'nb-NO'],
      ['nn', 'nn-NO'],
      ['en', 'en'],
    ] as const) {
      const doc = await load(await toPdfA(await plainPdf(), { ...META, language }));
      expect(doc.getLanguage()).toBe(lang);
    }
  });

  it('escapes XML in the XMP and keeps Norwegian letters, in XMP and Info alike', async () => {
    const title = 'Vedtak <utkast> for Ærlig Østby & Åse "Bø" på Ås';
    const doc = await load(await toPdfA(await plainPdf(), { ...META, title, author: 'Bø & Sauherad' }));
    const { xml } = xmpOf(doc);
    expect(xml).toContain('Vedtak &lt;utkast&gt; for Ærlig Østby &amp; Åse &quot;Bø&quot; på Ås');
    expect(xml).toContain('<rdf:li>Bø &amp; Sauherad</rdf:li>');
    expect(xml).not.toContain('<utkast>');
    expect(doc.getTitle()).toBe(title);
    expect(doc.getAuthor()).toBe('Bø & Sauherad');
  });

  it('takes control characters out of the metadata', async () => {
    const doc = await load(await toPdfA(await plainPdf(), { ...META, title: 'Sak\u0000 12\n\u0007brev' }));
    expect(doc.getTitle()).toBe('Sak 12 brev');
    expect(xmpOf(doc).xml).toContain('<rdf:li xml:lang="x-default">Sak 12 brev</rdf:li>');
  });

  it('keeps the structure tree and MarkInfo of a tagged PDF', async () => {
    const tagged = await plainPdf((doc) => {
      const ctx = doc.context;
      doc.catalog.set(N('MarkInfo'), ctx.obj({ Marked: true }));
      const root = ctx.register(ctx.obj({ Type: 'StructTreeRoot', K: [] }));
      doc.catalog.set(N('StructTreeRoot'), root);
    });
    const doc = await load(await toPdfA(tagged, META));
    expect(doc.context.lookup(doc.catalog.get(N('StructTreeRoot')), PDFDict).get(N('Type'))).toBe(
      N('StructTreeRoot'),
    );
    expect(
      doc.context
        .lookup(doc.catalog.get(N('MarkInfo')), PDFDict)
        .get(N('Marked'))
        ?.toString(),
    ).toBe('true');
  });
});

describe('toPdfA: what PDF/A forbids is taken out', () => {
  /** A PDF with every kind of active content a hostile or careless producer could put in. */
  async function hostilePdf(): Promise<Uint8Array> {
    return plainPdf(async (doc) => {
      const ctx = doc.context;
      doc.addJavaScript('hello', 'app.alert("hei fra skript")');
      await doc.attach(new TextEncoder().encode('hemmelig vedlegg'), 'vedlegg.txt', {
        mimeType: 'text/plain',
      });
      const js = ctx.register(
        ctx.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.launchURL("x")') }),
      );
      doc.catalog.set(N('OpenAction'), js);
      doc.catalog.set(N('AA'), ctx.obj({ WC: js }));
      const page = doc.getPage(0);
      page.node.set(N('AA'), ctx.obj({ O: js }));
      const launch = ctx.obj({ S: 'Launch', F: PDFString.of('C:\\Windows\\system32\\calc.exe') });
      const uri = ctx.obj({ S: 'URI', URI: PDFString.of('https://example.org/') });
      const annots = [
        ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], F: 2 | 32, A: launch }),
        ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 20, 10, 30], A: uri, AA: { E: js } }),
        ctx.obj({
          Type: 'Annot',
          Subtype: 'Link',
          Rect: [0, 40, 10, 50],
          F: 1,
          A: { S: 'Named', N: 'Print' },
        }),
        ctx.obj({ Type: 'Annot', Subtype: 'FileAttachment', Rect: [0, 60, 10, 70], F: 4 }),
      ];
      page.node.set(N('Annots'), ctx.obj(annots.map((a) => ctx.register(a))));
    });
  }

  it('has no JavaScript, OpenAction, additional actions or embedded files left anywhere in the file', async () => {
    const input = await hostilePdf();
    expect(latin1(input)).toContain('/JavaScript');
    const out = await toPdfA(input, META);
    const body = latin1(out);
    for (const forbidden of [
      '/JavaScript',
      '/OpenAction',
      '/AA',
      '/EmbeddedFiles',
      '/EmbeddedFile',
      '/Launch',
    ]) {
      expect(body, forbidden).not.toContain(forbidden);
    }
    expect(body).not.toContain('calc.exe');
    expect(body).not.toContain('hemmelig');
    const doc = await load(out);
    expect(doc.catalog.get(N('Names'))).toBeUndefined();
  });

  it('prints every annotation, shows none hidden, keeps web links and drops file attachments', async () => {
    const doc = await load(await toPdfA(await hostilePdf(), META));
    const annots = doc.context
      .lookup(doc.getPage(0).node.get(N('Annots')), PDFArray)
      .asArray()
      .map((a) => doc.context.lookup(a, PDFDict));
    expect(annots.map((a) => a.get(N('Subtype')))).toEqual([N('Link'), N('Link'), N('Link')]);
    for (const annot of annots) expect(annot.get(N('F'))).toEqual(PDFNumber.of(4));
    expect(annots[0]!.get(N('A'))).toBeUndefined();
    const uri = doc.context.lookup(annots[1]!.get(N('A')), PDFDict);
    expect((uri.get(N('URI')) as PDFString).decodeText()).toBe('https://example.org/');
    // Only page-turning Named actions are allowed; "Print" is not.
    expect(annots[2]!.get(N('A'))).toBeUndefined();
  });

  it('keeps structure attributes (/A in a StructElem) and page-turning actions', async () => {
    const input = await plainPdf((doc) => {
      const ctx = doc.context;
      const layout = ctx.obj({ O: 'Layout', Placement: 'Block' });
      const kids = [
        ctx.register(ctx.obj({ Type: 'StructElem', S: 'P', A: layout })),
        ctx.register(ctx.obj({ Type: 'StructElem', S: 'Table', A: [layout, ctx.obj({ O: 'Table' })] })),
      ];
      doc.catalog.set(N('StructTreeRoot'), ctx.register(ctx.obj({ Type: 'StructTreeRoot', K: kids })));
      const next = ctx.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [0, 0, 10, 10],
        A: { S: 'Named', N: 'NextPage' },
      });
      doc.getPage(0).node.set(N('Annots'), ctx.obj([ctx.register(next)]));
    });
    const doc = await load(await toPdfA(input, META));
    const root = doc.context.lookup(doc.catalog.get(N('StructTreeRoot')), PDFDict);
    const [p, table] = doc.context
      .lookup(root.get(N('K')), PDFArray)
      .asArray()
      .map((k) => doc.context.lookup(k, PDFDict));
    expect(doc.context.lookup(p!.get(N('A')), PDFDict).get(N('O'))).toBe(N('Layout'));
    expect(doc.context.lookup(table!.get(N('A')), PDFArray).size()).toBe(2);
    const link = doc.context.lookup(
      doc.context.lookup(doc.getPage(0).node.get(N('Annots')), PDFArray).get(0),
      PDFDict,
    );
    expect(doc.context.lookup(link.get(N('A')), PDFDict).get(N('N'))).toBe(N('NextPage'));
  });

  /** The dictionaries at /A of the page's annotations, the outline's items and the form's fields. */
  async function actionPdf(): Promise<Uint8Array> {
    return plainPdf((doc) => {
      const ctx = doc.context;
      const page = doc.getPage(0);
      const js = { S: 'JavaScript', JS: PDFString.of('app.alert("fra lenke")'), O: 'Layout' };
      const annots = [
        // An action that looks like structure attributes (it has /O): it is still an action.
        ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], A: js }),
        ctx.obj({
          Type: 'Annot',
          Subtype: 'Link',
          Rect: [0, 20, 10, 30],
          A: { S: 'URI', URI: PDFString.of('https://www.marker.kommune.no/') },
        }),
        // Allowed, but with a chain of a forbidden one after it.
        ctx.obj({
          Type: 'Annot',
          Subtype: 'Link',
          Rect: [0, 40, 10, 50],
          A: { S: 'GoTo', D: [page.ref, 'Fit'], Next: { S: 'Launch', F: PDFString.of('calc.exe') } },
        }),
        // No /S, or a type PDF does not have: not on the list, so gone.
        ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 60, 10, 70], A: { URI: PDFString.of('x') } }),
        ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 80, 10, 90], A: { S: 'SubmitForm' } }),
      ];
      page.node.set(N('Annots'), ctx.obj(annots.map((a) => ctx.register(a))));
      // The outline: a Launch item with a child that runs JavaScript, then a GoTo item whose
      // /Next points back to the first (a loop).
      const outlines = ctx.register(ctx.obj({ Type: 'Outlines' }));
      const first = ctx.register(ctx.obj({}));
      const child = ctx.register(
        ctx.obj({
          Title: PDFString.of('Skript'),
          Parent: first,
          A: { S: 'JavaScript', JS: PDFString.of('x') },
        }),
      );
      const second = ctx.register(
        ctx.obj({ Title: PDFString.of('Side 1'), Parent: outlines, A: { S: 'GoTo', D: [page.ref, 'Fit'] } }),
      );
      ctx.assign(
        first,
        ctx.obj({
          Title: PDFString.of('Start'),
          Parent: outlines,
          A: { S: 'Launch', F: PDFString.of('C:\\Windows\\system32\\calc.exe') },
          First: child,
          Last: child,
          Next: second,
        }),
      );
      ctx.lookup(second, PDFDict).set(N('Next'), first);
      const outlineDict = ctx.lookup(outlines, PDFDict);
      outlineDict.set(N('First'), first);
      outlineDict.set(N('Last'), second);
      doc.catalog.set(N('Outlines'), outlines);
      // A form field whose widget is on no page.
      const widget = ctx.register(
        ctx.obj({ Type: 'Annot', Subtype: 'Widget', Rect: [0, 0, 1, 1], A: { S: 'ResetForm' } }),
      );
      const field = ctx.register(ctx.obj({ FT: 'Btn', T: PDFString.of('knapp'), Kids: [widget] }));
      doc.catalog.set(N('AcroForm'), ctx.obj({ Fields: [field] }));
      // A structure element whose attributes have an /S key: attributes, kept as they are.
      const attributes = ctx.obj({ O: 'Layout', S: 'Hide', Placement: 'Block' });
      const elem = ctx.register(ctx.obj({ Type: 'StructElem', S: 'P', A: attributes }));
      doc.catalog.set(N('StructTreeRoot'), ctx.register(ctx.obj({ Type: 'StructTreeRoot', K: [elem] })));
    });
  }

  it('takes an action out of an annotation by where it sits, even when it carries /O', async () => {
    const doc = await load(await toPdfA(await actionPdf(), META));
    const ctx = doc.context;
    const annots = ctx
      .lookup(doc.getPage(0).node.get(N('Annots')), PDFArray)
      .asArray()
      .map((a) => ctx.lookup(a, PDFDict));
    expect(annots).toHaveLength(5);
    const actions = annots.map((a) => ctx.lookup(a.get(N('A'))) as PDFDict | undefined);
    expect(actions[0]).toBeUndefined();
    expect((actions[1]!.get(N('URI')) as PDFString).decodeText()).toBe('https://www.marker.kommune.no/');
    expect(actions[2]!.get(N('S'))).toBe(N('GoTo'));
    expect(actions[2]!.get(N('Next'))).toBeUndefined();
    expect(actions[3]).toBeUndefined();
    expect(actions[4]).toBeUndefined();
    const body = latin1(await toPdfA(await actionPdf(), META));
    for (const gone of ['/JavaScript', 'fra lenke', '/Launch', 'calc.exe', '/ResetForm', '/SubmitForm'])
      expect(body, gone).not.toContain(gone);
    // Nothing is rewritten into an empty GoTo.
    expect(body).not.toMatch(/\/D\s*\[\s*\]/);
  });

  it('takes forbidden actions out of the outline and the form, and keeps allowed ones', async () => {
    const doc = await load(await toPdfA(await actionPdf(), META));
    const ctx = doc.context;
    const outlines = ctx.lookup(doc.catalog.get(N('Outlines')), PDFDict);
    const first = ctx.lookup(outlines.get(N('First')), PDFDict);
    expect((first.get(N('Title')) as PDFString).decodeText()).toBe('Start');
    expect(first.get(N('A'))).toBeUndefined();
    expect(ctx.lookup(first.get(N('First')), PDFDict).get(N('A'))).toBeUndefined();
    const second = ctx.lookup(first.get(N('Next')), PDFDict);
    expect(ctx.lookup(second.get(N('A')), PDFDict).get(N('S'))).toBe(N('GoTo'));
    const form = ctx.lookup(doc.catalog.get(N('AcroForm')), PDFDict);
    const field = ctx.lookup(ctx.lookup(form.get(N('Fields')), PDFArray).get(0), PDFDict);
    const widget = ctx.lookup(ctx.lookup(field.get(N('Kids')), PDFArray).get(0), PDFDict);
    expect(widget.get(N('A'))).toBeUndefined();
  });

  it('keeps a structure element’s attributes even when they carry an /S key', async () => {
    const doc = await load(await toPdfA(await actionPdf(), META));
    const root = doc.context.lookup(doc.catalog.get(N('StructTreeRoot')), PDFDict);
    const elem = doc.context.lookup(doc.context.lookup(root.get(N('K')), PDFArray).get(0), PDFDict);
    const attributes = doc.context.lookup(elem.get(N('A')), PDFDict);
    expect(attributes.get(N('O'))).toBe(N('Layout'));
    expect(attributes.get(N('S'))).toBe(N('Hide'));
    expect(attributes.get(N('Placement'))).toBe(N('Block'));
  });

  it('turns image interpolation off', async () => {
    const input = await plainPdf((doc) => {
      const ctx = doc.context;
      const image = ctx.stream(new Uint8Array([255, 0, 0]), {
        Type: 'XObject',
        Subtype: 'Image',
        Width: 1,
        Height: 1,
        ColorSpace: 'DeviceRGB',
        BitsPerComponent: 8,
        Interpolate: true,
      });
      doc.getPage(0).node.set(N('Resources'), ctx.obj({ XObject: { Im1: ctx.register(image) } }));
    });
    const out = latin1(await toPdfA(input, META));
    expect(out).toContain('/Interpolate false');
    expect(out).not.toContain('/Interpolate true');
  });
});

describe('toPdfA: fonts and the conformance level', () => {
  it('claims level U when every font maps to Unicode, as Chromium writes them', async () => {
    const doc = await load(await toPdfA(await withFont(true), META));
    expect(xmpOf(doc).xml).toContain('<pdfaid:conformance>U</pdfaid:conformance>');
  });

  it('claims only level B when a font has no ToUnicode map', async () => {
    const doc = await load(await toPdfA(await withFont(false), META));
    expect(xmpOf(doc).xml).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
  });

  it('gives an embedded CIDFontType2 its CIDToGIDMap', async () => {
    const out = latin1(await toPdfA(await withFont(true), META));
    expect(out).toContain('/CIDToGIDMap /Identity');
  });

  it('refuses a font that is not embedded, naming it', async () => {
    const input = await plainPdf(async (doc) => {
      const helvetica = await doc.embedFont(StandardFonts.Helvetica);
      doc.getPage(0).drawText('Hei', { font: helvetica, x: 50, y: 700 });
    });
    await expect(toPdfA(input, META)).rejects.toThrow(
      new PdfAError('Kan ikke lage arkivkopi: skrifttypen «Helvetica» er ikke innebygd i PDF-en.'),
    );
  });
});

describe('toPdfA: what it refuses', () => {
  it('refuses an encrypted PDF with a clear message', async () => {
    const input = await plainPdf((doc) => doc.encrypt({ userPassword: '', ownerPassword: 'eier' }));
    expect(latin1(input)).toContain('/Encrypt');
    await expect(toPdfA(input, META)).rejects.toThrow(/PDF-en er kryptert/);
    await expect(toPdfA(input, META)).rejects.toBeInstanceOf(PdfAError);
  });

  it('refuses bytes that are not a PDF', async () => {
    await expect(toPdfA(new TextEncoder().encode('<html>ikke pdf</html>'), META)).rejects.toThrow(
      /ikke en lesbar PDF|ingen sider/,
    );
    await expect(toPdfA(new Uint8Array(0), META)).rejects.toBeInstanceOf(PdfAError);
  });

  it('refuses LZW-compressed streams', async () => {
    const input = await plainPdf((doc) => {
      const ctx = doc.context;
      const form = ctx.stream(new Uint8Array([0x80, 0x0b, 0x60, 0x50, 0x22, 0x0c, 0x0c, 0x85, 0x01]), {
        Type: 'XObject',
        Subtype: 'Form',
        BBox: [0, 0, 10, 10],
        Filter: 'LZWDecode',
      });
      doc.getPage(0).node.set(N('Resources'), ctx.obj({ XObject: { Fm1: ctx.register(form) } }));
    });
    await expect(toPdfA(input, META)).rejects.toThrow(/LZW/);
  });

  it('refuses missing or odd metadata rather than writing an archive copy without it', async () => {
    const pdf = await plainPdf();
    await expect(toPdfA(pdf, { ...META, title: '  ' })).rejects.toThrow(/tittelen mangler/);
    await expect(toPdfA(pdf, { ...META, author: '' })).rejects.toThrow(/kommunens navn mangler/);
    await expect(toPdfA(pdf, { ...META, title: 'x'.repeat(1001) })).rejects.toThrow(/for lang/);
    await expect(toPdfA(pdf, { ...META, language: 'de' as 'nb' })).rejects.toThrow(/ukjent språk/);
    await expect(toPdfA(pdf, { ...META, created: new Date('nonsense') })).rejects.toThrow(
      /datoen er ugyldig/,
    );
  });
});

describe('toPdfA: converting an archive copy again', () => {
  it('gives a valid PDF/A again with one OutputIntent, one XMP packet, the same /ID and no leftovers', async () => {
    const once = await toPdfA(await withFont(true), META);
    const later = new Date('2027-04-02T08:00:00Z');
    const twice = await toPdfA(once, { ...META, title: 'Ny tittel', created: later });
    const a = await load(once);
    const b = await load(twice);
    expect(b.context.lookup(b.catalog.get(N('OutputIntents')), PDFArray).size()).toBe(1);
    expect(b.context.enumerateIndirectObjects()).toHaveLength(a.context.enumerateIndirectObjects().length);
    const idA = a.context.lookup(a.context.trailerInfo.ID, PDFArray).get(0) as PDFHexString;
    const idB = b.context.lookup(b.context.trailerInfo.ID, PDFArray).get(0) as PDFHexString;
    expect(idB.asString()).toBe(idA.asString());
    const { xml } = xmpOf(b);
    expect(xml.match(/<pdfaid:part>/g)).toHaveLength(1);
    expect(xml).toContain('Ny tittel');
    expect(xml).not.toContain('Saksoversikt 2027-0001');
    expect(xml).toContain('<xmp:ModifyDate>2027-04-02T08:00:00Z</xmp:ModifyDate>');
    expect(b.getTitle()).toBe('Ny tittel');
    expect(Math.abs(twice.length - once.length)).toBeLessThan(200);
  });
});

describe('the sRGB profile shipped with the app', () => {
  it('is an ICC v2 display profile for RGB, whole and its size as its header says', () => {
    const icc = srgbIccProfile();
    const view = new DataView(icc.buffer, icc.byteOffset, icc.byteLength);
    const tag = (at: number) => latin1(icc.subarray(at, at + 4));
    expect(view.getUint32(0)).toBe(icc.byteLength);
    expect(tag(36)).toBe('acsp');
    expect(tag(12)).toBe('mntr');
    expect(tag(16)).toBe('RGB ');
    expect(tag(20)).toBe('XYZ ');
    expect(icc[8]).toBe(2);
    expect(icc.byteLength).toBe(6922);
  });

  it('is a fresh copy each call', () => {
    const a = srgbIccProfile();
    a[0] = 0xff;
    expect(srgbIccProfile()[0]).toBe(0);
  });
});
