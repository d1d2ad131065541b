/**
 * A tagged PDF document being drawn: pages and their content streams, the structure tree
 * (headings, paragraphs, lists, tables, links) with its marked content, link annotations, the
 * fonts used, and the metadata (Info dictionary, XMP, language, displayed title).
 *
 * Coordinates are in points from the top-left corner of the page, like a layout thinks; they
 * are turned into PDF's bottom-up coordinates when written.
 */
import zlib from 'node:zlib';
import { releaseWriter, takeWriter, type ByteWriter } from './bytes.ts';
import { DocumentFont, type FontProgram, type Segment } from './font.ts';
import { PdfFile } from './pdf-file.ts';
import { asciiString, escapeXml, num, pdfDate, rgb, textString, uriString } from './syntax.ts';

/** This module's file (or the bundle chunk holding it): part of the PDF cache key. */
export const SOURCE_URL = import.meta.url;

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  creator: string;
  producer: string;
  creationDate: Date;
}

export interface DocumentOptions {
  width: number;
  height: number;
  /** BCP 47 language of the text, e.g. fr-FR. */
  lang: string;
  info: DocumentInfo;
  /** The font program of a face name, loaded on first use. */
  fonts: (face: string) => FontProgram;
  /** zlib level of content streams and font data. */
  compression: number;
}

/** Marked content on a page, owned by a structure element. */
interface MarkedRef {
  page: number;
  mcid: number;
}
interface AnnotationRef {
  page: number;
  annotation: Annotation;
}
type Kid = StructElement | MarkedRef | AnnotationRef;

interface Annotation {
  ref: number;
  rect: string;
  uri: string;
  element: StructElement;
  /** Key in the parent tree, set when the document is written. */
  key: number;
}

/** An element of the structure tree (Document, H1, P, Link, Table…). */
export class StructElement {
  readonly type: string;
  readonly parent: StructElement | undefined;
  readonly kids: Kid[] = [];
  readonly alt: string | undefined;
  /** Attribute dictionary (/A), in PDF syntax. */
  readonly attributes: string | undefined;
  ref = 0;

  constructor(type: string, parent?: StructElement, alt?: string, attributes?: string) {
    this.type = type;
    this.parent = parent;
    this.alt = alt;
    this.attributes = attributes;
  }
}

interface Page {
  index: number;
  ref: number;
  contentRef: number;
  /** The content stream. */
  content: ByteWriter;
  annotations: Annotation[];
  /** Owner of each MCID of the page: the page's entry in the parent tree. */
  owners: StructElement[];
  fill: string;
  stroke: string;
  lineWidth: number;
  charSpacing: number;
  /**
   * The text object open (BT without ET yet): its font and size, the start of its current line
   * and where the last text shown ended, in PDF coordinates. Text that goes on where the last
   * ended, or on a line below, is shown in the same text object.
   */
  text: { font: string; size: number; x: number; y: number; end: number } | undefined;
}

type Marked = { element: StructElement } | { artifact: string };

const KAPPA = 0.5522847498;

export class PdfDocument {
  readonly width: number;
  readonly height: number;
  /** The Document element, root of the structure tree. */
  readonly root: StructElement;
  private readonly options: DocumentOptions;
  private readonly file = new PdfFile();
  private readonly pages: Page[] = [];
  private readonly fonts = new Map<string, DocumentFont>();
  private readonly pagesRef: number;
  private current!: Page;
  private marked: Marked | undefined;

  constructor(options: DocumentOptions) {
    this.options = options;
    this.width = options.width;
    this.height = options.height;
    this.root = new StructElement('Document');
    this.pagesRef = this.file.alloc();
    this.addPage();
  }

  /** Index of the page being drawn (0-based). */
  get pageIndex(): number {
    return this.current.index;
  }

  get pageCount(): number {
    return this.pages.length;
  }

  /**
   * Starts a new page. Marked content open on the previous page is closed there and opened
   * again on the new one, for the same element: text flows across the break.
   */
  addPage(): void {
    const reopen = this.marked;
    if (reopen) this.endMarked();
    if (this.pages.length > 0) this.endText();
    this.current = {
      index: this.pages.length,
      ref: this.file.alloc(),
      contentRef: this.file.alloc(),
      content: takeWriter(),
      annotations: [],
      owners: [],
      fill: '0 0 0',
      stroke: '0 0 0',
      lineWidth: 1,
      charSpacing: 0,
      text: undefined,
    };
    this.pages.push(this.current);
    if (reopen) this.reopen(reopen);
  }

  /** Draws on an existing page again (page furniture, once the page count is known). */
  switchToPage(index: number): void {
    if (this.marked) this.endMarked();
    this.endText();
    const page = this.pages[index];
    if (!page) throw new Error(`page ${index} inexistante`);
    this.current = page;
  }

  private reopen(marked: Marked): void {
    if ('element' in marked) this.beginTagged(marked.element);
    else this.beginArtifact(marked.artifact);
  }

  /** The face as this document uses it (registered on first use). */
  font(face: string): DocumentFont {
    let font = this.fonts.get(face);
    if (!font) {
      font = new DocumentFont(this.options.fonts(face), `F${this.fonts.size + 1}`);
      this.fonts.set(face, font);
    }
    return font;
  }

  // ---------------------------------------------------------------- structure

  /** A new structure element, the last child of `parent` so far (reading order). */
  struct(
    type: string,
    parent: StructElement,
    options: { alt?: string; attributes?: string } = {},
  ): StructElement {
    const element = new StructElement(type, parent, options.alt, options.attributes);
    parent.kids.push(element);
    return element;
  }

  /** Opens marked content belonging to `element` (closing any open one first). */
  beginTagged(element: StructElement): void {
    if (this.marked) {
      if ('element' in this.marked && this.marked.element === element) return;
      this.endMarked();
    }
    const page = this.current;
    this.endText();
    const mcid = page.owners.length;
    page.owners.push(element);
    element.kids.push({ page: page.index, mcid });
    const content = page.content;
    content.ascii('/');
    content.ascii(element.type);
    content.ascii(' <</MCID ');
    content.number(mcid);
    content.ascii('>> BDC\n');
    this.marked = { element };
  }

  /** Opens an artifact: page furniture or decoration that assistive technology skips. */
  beginArtifact(type: string): void {
    if (this.marked) this.endMarked();
    this.endText();
    const content = this.current.content;
    content.ascii('/Artifact <</Type /');
    content.ascii(type);
    content.ascii('>> BDC\n');
    this.marked = { artifact: type };
  }

  endMarked(): void {
    if (!this.marked) return;
    this.endText();
    this.current.content.ascii('EMC\n');
    this.marked = undefined;
  }

  // ---------------------------------------------------------------- graphics

  private setFill(colour: string): void {
    const operands = rgb(colour);
    if (this.current.fill !== operands) {
      this.current.fill = operands;
      this.current.content.ascii(operands);
      this.current.content.ascii(' rg\n');
    }
  }

  private setStroke(colour: string, lineWidth: number): void {
    const page = this.current;
    const operands = rgb(colour);
    if (page.stroke !== operands) {
      page.stroke = operands;
      page.content.ascii(operands);
      page.content.ascii(' RG\n');
    }
    if (page.lineWidth !== lineWidth) {
      page.lineWidth = lineWidth;
      page.content.number(lineWidth);
      page.content.ascii(' w\n');
    }
  }

  fillRect(x: number, y: number, width: number, height: number, colour: string): void {
    this.endText();
    this.setFill(colour);
    this.box(x, y, width, height);
    this.current.content.ascii(' re f\n');
  }

  /**
   * Rectangles on a grid, in one colour, as one path: `cells` holds column, row, width and
   * height of each in cells of `cell` points, the grid's top-left corner at x, y.
   */
  fillGrid(x: number, y: number, cell: number, cells: readonly number[], colour: string): void {
    this.endText();
    this.setFill(colour);
    const content = this.current.content;
    content.ascii(`q ${num(cell)} 0 0 ${num(-cell)} ${num(x)} ${num(this.height - y)} cm\n`);
    for (let i = 0; i < cells.length; i += 4) content.operation(cells, i, i + 4, 're');
    content.ascii('f Q\n');
  }

  fillRoundedRect(
    x: number,
    y: number,
    width: number,
    height: number,
    radius: number,
    colour: string,
  ): void {
    this.endText();
    this.setFill(colour);
    const r = Math.min(radius, width / 2, height / 2);
    const c = r * (1 - KAPPA);
    const top = this.height - y;
    const bottom = top - height;
    const right = x + width;
    const p = (...values: number[]) => values.map(num).join(' ');
    this.current.content.ascii(
      [
        `${p(x + r, top)} m`,
        `${p(right - r, top)} l`,
        `${p(right - c, top, right, top - c, right, top - r)} c`,
        `${p(right, bottom + r)} l`,
        `${p(right, bottom + c, right - c, bottom, right - r, bottom)} c`,
        `${p(x + r, bottom)} l`,
        `${p(x + c, bottom, x, bottom + c, x, bottom + r)} c`,
        `${p(x, top - r)} l`,
        `${p(x, top - c, x + c, top, x + r, top)} c`,
        'h f\n',
      ].join(' '),
    );
  }

  strokeLine(
    x1: number,
    y1: number,
    x2: number,
    y2: number,
    lineWidth: number,
    colour: string,
  ): void {
    this.endText();
    this.setStroke(colour, lineWidth);
    const content = this.current.content;
    content.number(x1);
    content.ascii(' ');
    content.number(this.height - y1);
    content.ascii(' m ');
    content.number(x2);
    content.ascii(' ');
    content.number(this.height - y2);
    content.ascii(' l S\n');
  }

  strokeRect(
    x: number,
    y: number,
    width: number,
    height: number,
    lineWidth: number,
    colour: string,
  ): void {
    this.endText();
    this.setStroke(colour, lineWidth);
    this.box(x, y, width, height);
    this.current.content.ascii(' re S\n');
  }

  /** The operands of `re` for a box given from its top-left corner. */
  private box(x: number, y: number, width: number, height: number): void {
    const content = this.current.content;
    content.number(x);
    content.ascii(' ');
    content.number(this.height - y - height);
    content.ascii(' ');
    content.number(width);
    content.ascii(' ');
    content.number(height);
  }

  // ---------------------------------------------------------------- text

  /**
   * Draws segments `from`…`to` on one line, starting at `x`: `top` is the top of the line box (the
   * baseline is one ascender below), `charSpacing` the letter spacing (Tc), `advance` how far
   * the text position moves (the segments' widths). Lines of a paragraph share a text object.
   */
  showText(
    font: DocumentFont,
    size: number,
    colour: string,
    x: number,
    top: number,
    segments: readonly Segment[],
    from: number,
    to: number,
    advance: number,
    charSpacing = 0,
  ): void {
    const page = this.current;
    this.setFill(colour);
    const baseline = this.height - top - (font.program.ascender * size) / 1000;
    const content = page.content;
    const text = page.text;
    if (!text) {
      content.ascii('BT /');
      content.ascii(font.name);
      content.ascii(' ');
      content.number(size);
      content.ascii(' Tf ');
      page.text = { font: font.name, size, x, y: baseline, end: x + advance };
      if (page.charSpacing !== charSpacing) {
        page.charSpacing = charSpacing;
        content.number(charSpacing);
        content.ascii(' Tc ');
      }
      content.number(x);
      content.ascii(' ');
      content.number(baseline);
      content.ascii(' Td [(');
    } else {
      if (text.font !== font.name || text.size !== size) {
        content.ascii('/');
        content.ascii(font.name);
        content.ascii(' ');
        content.number(size);
        content.ascii(' Tf ');
        text.font = font.name;
        text.size = size;
      }
      if (page.charSpacing !== charSpacing) {
        page.charSpacing = charSpacing;
        content.number(charSpacing);
        content.ascii(' Tc ');
      }
      if (Math.abs(baseline - text.y) > 0.005 || Math.abs(x - text.end) > 0.005) {
        content.number(x - text.x);
        content.ascii(' ');
        content.number(baseline - text.y);
        content.ascii(' Td ');
        text.x = x;
        text.y = baseline;
      }
      text.end = x + advance;
      content.ascii('[(');
    }
    for (let i = from; i < to; i++) {
      const segment = segments[i]!;
      font.draw(segment);
      content.copy(segment.bytes, segment.at, segment.length);
    }
    content.ascii(')] TJ\n');
  }

  /** Closes the text object open, if any: every operator but text and colour needs it closed. */
  private endText(): void {
    const page = this.current;
    if (!page.text) return;
    page.content.ascii('ET\n');
    page.text = undefined;
  }

  // ---------------------------------------------------------------- links

  /**
   * A link annotation over a box of the current page, owned by `element` (a Link element,
   * which then holds both the text and the annotation, as PDF/UA asks).
   */
  link(
    x: number,
    y: number,
    width: number,
    height: number,
    uri: string,
    element: StructElement,
  ): void {
    const page = this.current;
    const annotation: Annotation = {
      ref: this.file.alloc(),
      rect: [x, this.height - y - height, x + width, this.height - y].map(num).join(' '),
      uri,
      element,
      key: 0,
    };
    page.annotations.push(annotation);
    element.kids.push({ page: page.index, annotation });
  }

  // ---------------------------------------------------------------- output

  /** Writes the document; it cannot be drawn on afterwards. */
  finish(): Uint8Array<ArrayBuffer> {
    if (this.marked) this.endMarked();
    this.endText();
    const { file, options } = this;
    const level = options.compression;
    const catalogRef = file.alloc();
    const structRootRef = file.alloc();
    const resourcesRef = file.alloc();
    const infoRef = file.alloc();
    const metadataRef = file.alloc();

    // Structure elements with content (those with nothing drawn are left out), numbered.
    const elements: StructElement[] = [];
    const number = (element: StructElement): boolean => {
      let content = false;
      for (const kid of element.kids)
        content = (kid instanceof StructElement ? number(kid) : true) || content;
      if (content) {
        element.ref = file.alloc();
        elements.push(element);
      }
      return content;
    };
    number(this.root);

    // Parent tree keys: pages first, then annotations.
    let nextKey = this.pages.length;
    for (const page of this.pages)
      for (const annotation of page.annotations) annotation.key = nextKey++;

    const pageRefs = this.pages.map((page) => page.ref);
    for (const element of elements) {
      // /Pg: the page of the element's first marked content; marked content on another page
      // is named with its page (an MCR), annotations with theirs (an OBJR).
      const kids = element.kids;
      let page = -1;
      let count = 0;
      for (const kid of kids) {
        if (kid instanceof StructElement) {
          if (kid.ref !== 0) count++;
          continue;
        }
        count++;
        if (page < 0 && 'mcid' in kid) page = kid.page;
      }
      // Written straight into the file: a sheet has a few hundred elements.
      const out = file.begin(element.ref);
      out.ascii('<< /S /');
      out.ascii(element.type);
      out.ascii(' /P ');
      out.reference(element.parent ? element.parent.ref : structRootRef);
      if (page >= 0) {
        out.ascii(' /Pg ');
        out.reference(pageRefs[page]!);
      }
      if (element.alt !== undefined) {
        out.ascii(' /Alt ');
        out.ascii(textString(element.alt));
      }
      if (element.attributes !== undefined) {
        out.ascii(' /A ');
        out.ascii(element.attributes);
      }
      out.ascii(count === 1 ? ' /K ' : ' /K [');
      let first = true;
      for (const kid of kids) {
        if (kid instanceof StructElement) {
          if (kid.ref === 0) continue;
          if (!first) out.ascii(' ');
          out.reference(kid.ref);
        } else if ('mcid' in kid) {
          if (!first) out.ascii(' ');
          if (kid.page === page) {
            out.number(kid.mcid);
          } else {
            out.ascii('<< /Type /MCR /Pg ');
            out.reference(pageRefs[kid.page]!);
            out.ascii(' /MCID ');
            out.number(kid.mcid);
            out.ascii(' >>');
          }
        } else {
          if (!first) out.ascii(' ');
          out.ascii('<< /Type /OBJR /Obj ');
          out.reference(kid.annotation.ref);
          out.ascii(' /Pg ');
          out.reference(pageRefs[kid.page]!);
          out.ascii(' >>');
        }
        first = false;
      }
      out.ascii(count === 1 ? ' >>' : '] >>');
      file.end();
    }

    // Pages, their content and annotations.
    this.pages.forEach((page, index) => {
      const annots = page.annotations.map((a) => `${a.ref} 0 R`).join(' ');
      file.put(
        page.ref,
        `<< /Type /Page /Parent ${this.pagesRef} 0 R /MediaBox [0 0 ${num(this.width)} ${num(this.height)}] ` +
          `/Resources ${resourcesRef} 0 R /Contents ${page.contentRef} 0 R /StructParents ${index} /Tabs /S` +
          `${annots ? ` /Annots [${annots}]` : ''} >>`,
      );
      file.putStream(
        page.contentRef,
        '/Filter /FlateDecode',
        // An 8 KB window (the default is 32) compresses a page as well, ~15 % faster: less
        // state to allocate and clear for every stream. An 8 KB output chunk (the default is
        // 16) holds a compressed page: taken from Node's 64 KB buffer pool, it uses up half
        // as many pools, each new one fresh memory to map.
        zlib.deflateSync(page.content.view(), {
          level,
          windowBits: 13,
          memLevel: 6,
          chunkSize: 8192,
        }),
      );
      releaseWriter(page.content);
      for (const annotation of page.annotations) {
        file.put(
          annotation.ref,
          `<< /Type /Annot /Subtype /Link /Rect [${annotation.rect}] /Border [0 0 0] /F 4 ` +
            `/Contents ${textString(annotation.uri.replace(/^mailto:/, ''))} /StructParent ${annotation.key} ` +
            `/A << /S /URI /URI ${uriString(annotation.uri)} >> >>`,
        );
      }
    });
    file.put(
      this.pagesRef,
      `<< /Type /Pages /Kids [${pageRefs.map((ref) => `${ref} 0 R`).join(' ')}] /Count ${pageRefs.length} >>`,
    );

    // Fonts: a subset of each face drawn with.
    const fontEntries: string[] = [];
    for (const font of this.fonts.values()) {
      // A face only measured, never drawn with, is not embedded.
      if (font.isUsed) fontEntries.push(`/${font.name} ${font.embed(file, level)} 0 R`);
    }
    file.put(resourcesRef, `<< /Font << ${fontEntries.join(' ')} >> >>`);

    // Structure tree root and parent tree.
    const out = file.begin(structRootRef);
    out.ascii('<< /Type /StructTreeRoot');
    if (this.root.ref) {
      out.ascii(' /K ');
      out.reference(this.root.ref);
    }
    out.ascii(' /ParentTree << /Nums [');
    this.pages.forEach((page, index) => {
      if (index > 0) out.ascii(' ');
      out.number(index);
      out.ascii(' [');
      page.owners.forEach((owner, i) => {
        if (i > 0) out.ascii(' ');
        out.reference(owner.ref);
      });
      out.ascii(']');
    });
    for (const page of this.pages) {
      for (const annotation of page.annotations) {
        out.ascii(' ');
        out.number(annotation.key);
        out.ascii(' ');
        out.reference(annotation.element.ref);
      }
    }
    out.ascii('] >> /ParentTreeNextKey ');
    out.number(nextKey);
    out.ascii(' >>');
    file.end();

    const { info } = options;
    file.put(
      infoRef,
      `<< /Title ${textString(info.title)} /Author ${textString(info.author)} ` +
        `/Subject ${textString(info.subject)} /Keywords ${textString(info.keywords)} ` +
        `/Creator ${textString(info.creator)} /Producer ${textString(info.producer)} ` +
        `/CreationDate ${asciiString(pdfDate(info.creationDate))} >>`,
    );
    file.putStream(
      metadataRef,
      '/Type /Metadata /Subtype /XML',
      Buffer.from(xmp(info, options.lang), 'utf8'),
    );
    file.put(
      catalogRef,
      `<< /Type /Catalog /Pages ${this.pagesRef} 0 R /Lang ${textString(options.lang)} ` +
        `/MarkInfo << /Marked true >> /StructTreeRoot ${structRootRef} 0 R /Metadata ${metadataRef} 0 R ` +
        '/ViewerPreferences << /DisplayDocTitle true >> >>',
    );
    return file.toBytes(catalogRef, infoRef);
  }
}

/** XMP metadata repeating the Info dictionary, as PDF 2.0 and PDF/UA readers look for it. */
function xmp(info: DocumentInfo, lang: string): string {
  const x = escapeXml;
  return [
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${x(info.title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${x(info.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${x(info.subject)}</rdf:li></rdf:Alt></dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${x(lang)}</rdf:li></rdf:Bag></dc:language>`,
    `<xmp:CreateDate>${info.creationDate.toISOString().replace(/\.\d+Z$/, 'Z')}</xmp:CreateDate>`,
    `<xmp:CreatorTool>${x(info.creator)}</xmp:CreatorTool>`,
    `<pdf:Producer>${x(info.producer)}</pdf:Producer>`,
    `<pdf:Keywords>${x(info.keywords)}</pdf:Keywords>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}
