/**
 * Fonts for the PDF writer, prepared once per process so that a document only looks things up.
 *
 * A FontProgram is one TrueType face with its common glyph set: every character a French sheet
 * realistically prints (Latin-1, Latin Extended-A, general punctuation with the narrow no-break
 * space, « » ’ € œ …, bullets, arrows, the font's ligatures of these characters: ff, ft, l·l)
 * numbered as CIDs, with their advance widths, pair kerning (from the font's GPOS `kern`
 * lookups) and outlines.
 * Text is laid out from advance widths: French needs no OpenType shaping but ligatures and
 * kerning, both applied from tables built at start-up. Words are encoded once per process
 * (segments) and reused by every document.
 *
 * The common set ends with its core: the glyphs nearly every sheet draws. Their outlines,
 * widths and ToUnicode entries are compressed once per process and end every document's font
 * subset (Type0 / CIDFontType2, Identity-H, with ToUnicode so that text copies out); the other
 * glyphs a document draws are compressed with it, in one piece placed before the core. A
 * document drawing core glyphs only embeds bytes prepared once.
 *
 * A character outside the common set takes the slower path: a DocumentFont gives it a CID of
 * its own in that document, with its outline from the font, or the .notdef box when the font
 * has no glyph for it (the character still copies out and reads aloud); those outlines are
 * compressed with the document.
 */
import type * as fontkit from 'fontkit';
import { deflatePiece, finalPiece, joinDeflated, type DeflatePiece } from './deflate.ts';
import { hex4, num } from './syntax.ts';
import {
  checksum,
  componentsOf,
  glyphData,
  readGlyphRecords,
  readHorizontalMetrics,
  readTables,
  remapComponents,
  writeFontPrefix,
  type GlyphSource,
} from './truetype.ts';

/** This module's file (or the bundle chunk holding it): part of the PDF cache key. */
export const SOURCE_URL = import.meta.url;

/** Code points of the common glyph set (those the font has). */
const COMMON_RANGES: readonly [number, number][] = [
  [0x0020, 0x007e], // ASCII
  [0x00a0, 0x017f], // Latin-1 Supplement, Latin Extended-A (œ, Œ, Ÿ…)
  [0x0192, 0x0192], // ƒ
  [0x0218, 0x021b], // Ș ș Ț ț
  [0x02bc, 0x02bc], // modifier apostrophe
  [0x02c6, 0x02c7],
  [0x02d8, 0x02dd], // spacing accents
  [0x2000, 0x20cf], // general punctuation (’ … – — • U+202F), currency (€)
  [0x2100, 0x214f], // letterlike (№ ™ ℃)
  [0x2190, 0x2199], // arrows
  [0x2200, 0x22ff], // mathematical operators (− ≤ ≥ ≈ ×)
  [0x25a0, 0x25ff], // geometric shapes (■ ● ◦ ▪)
  [0x2700, 0x27bf], // dingbats (✓ ✔)
  [0xfb00, 0xfb04], // ligature characters
];

/** GSUB features whose ligatures a shaper applies by default (Source Sans 3: ff, ft, fft, l·l). */
const LIGATURE_FEATURES = new Set(['ccmp', 'liga', 'clig', 'rlig']);

/** Ligatures in the core (embedded in every document); the others are rarer (loft, culturel·le). */
const CORE_LIGATURES = new Set(['ff']);

/** Kinds of glyphs, for line breaking. */
export const GLYPH = {
  plain: 0,
  /** A space: it hangs in the margin at the end of a line. */
  space: 1,
} as const;

/** The CID of a character that draws nothing (a line break, a zero-width space). */
export const NO_GLYPH = -1;

/** Text as glyphs: parallel arrays, one entry per glyph. */
export interface GlyphRun {
  cids: number[];
  /** Advance in thousandths of an em, kerning with the next glyph included. */
  advances: number[];
  /** GLYPH kind of each glyph. */
  kinds: number[];
}

/**
 * Text between two break opportunities (a word and the spaces after it, a piece of a URL),
 * encoded for a face: what line breaking measures and a content stream draws.
 */
export interface Segment {
  text: string;
  /**
   * The glyphs as the inside of a PDF string in a TJ array (escaped bytes, kerning as `)n(`):
   * `length` bytes of `bytes` from `at`.
   */
  bytes: Uint8Array;
  at: number;
  length: number;
  /** Advance in thousandths of an em, without and with the trailing spaces. */
  width: number;
  fullWidth: number;
  /** Glyphs drawn, without and with the trailing spaces (letter spacing applies to each). */
  glyphs: number;
  fullGlyphs: number;
  /** CIDs outside the core: recorded as used where the segment is drawn. */
  rare: readonly number[];
}

/**
 * FNV-1a over UTF-16 code units, kept to 30 bits: a segment's hash folds
 * `hash = imul(hash ^ code, HASH_PRIME) & HASH_MASK` over its text from HASH_SEED. Callers
 * compute it while scanning text for break opportunities. The low 30 bits of a product depend
 * only on those of its factors, so this is the 32-bit hash's low 30 bits; being a small integer
 * at every step, it is never boxed (a 32-bit hash held across calls is a heap number half the
 * time: an allocation per character).
 */
export const HASH_SEED = 0x811c9dc5 & 0x3fffffff;
export const HASH_PRIME = 0x01000193;
export const HASH_MASK = 0x3fffffff;

/** Segments kept per face: French vocabulary repeats; this bounds memory on huge builds. */
const SEGMENT_CACHE_SIZE = 50_000;
/** Slots of a face's segment table at first (a power of two); it doubles when half full. */
const SEGMENT_TABLE_SIZE = 1 << 12;
/**
 * Int32 entries per slot of a segment table (32 bytes): the hash (-1: empty slot), the text's
 * length, and where the text starts in the text pool if longer than INLINE_UNITS; if not, the
 * text itself, as 16-bit code units from entry INLINE_AT on. Most words are that short: their
 * lookup reads one place in memory, not two.
 */
const SLOT = 8;
const INLINE_AT = 3;
const INLINE_UNITS = 10;

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
let unitBytes = Buffer.allocUnsafeSlow(1 << 12);
let units = new Uint16Array(unitBytes.buffer, unitBytes.byteOffset, unitBytes.length >> 1);

// eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(text)
const charCodeAt = String.prototype.charCodeAt;

/**
 * The UTF-16 code units of `text`, at the start of a buffer shared by every caller (valid until
 * the next call). Text reaches the writer as strings of many kinds (slices of
 * the HTML, concatenations, one or two bytes a character): `text.charCodeAt(i)` then looks the
 * method up on each kind, a slow generic lookup per character; calling the method itself, or
 * copying a long text natively, avoids it, and a typed array is read inline.
 */
export function codeUnits(text: string): Uint16Array {
  const length = text.length;
  if (length > units.length) {
    let capacity = units.length * 2;
    while (capacity < length) capacity *= 2;
    unitBytes = Buffer.allocUnsafeSlow(capacity * 2);
    units = new Uint16Array(unitBytes.buffer, unitBytes.byteOffset, capacity);
  }
  if (length > 24 && LITTLE_ENDIAN) unitBytes.write(text, 0, length * 2, 'utf16le');
  else for (let i = 0; i < length; i++) units[i] = charCodeAt.call(text, i);
  return units;
}

/** Needs NFC normalisation: a combining mark (e + ◌́ → é, which the common set has). */
const COMBINING = /[\u0300-\u036f]/;

interface GposCoverage {
  version: number;
  glyphs?: number[];
  rangeRecords?: { start: number; end: number; startCoverageIndex: number }[];
}
interface GposClassDef {
  version: number;
  startGlyph?: number;
  classValueArray?: number[];
  classRangeRecord?: { start: number; end: number; class: number }[];
}
interface GposValue {
  xAdvance?: number;
}
interface LazyArray<T> {
  get(index: number): T;
}
interface LigatureSubtable {
  coverage: GposCoverage;
  ligatureSets?: LazyArray<Iterable<{ glyph: number; components: number[] }>>;
}
interface GsubLookup {
  lookupType: number;
  subTables: ({ lookupType?: number; extension?: LigatureSubtable } & LigatureSubtable)[];
}
interface PairSubtable {
  version: number;
  coverage: GposCoverage;
  pairSets?: LazyArray<Iterable<{ secondGlyph: number; value1?: GposValue }>>;
  classDef1?: GposClassDef;
  classDef2?: GposClassDef;
  class1Count?: number;
  class2Count?: number;
  classRecords?: LazyArray<LazyArray<{ value1?: GposValue }>>;
}
interface GposLookup {
  lookupType: number;
  subTables: ({ lookupType?: number; extension?: PairSubtable } & PairSubtable)[];
}
interface Gpos {
  featureList: { tag: string; feature: { lookupListIndexes: number[] } }[];
  lookupList: LazyArray<GposLookup>;
}
interface Gsub {
  featureList: Gpos['featureList'];
  lookupList: LazyArray<GsubLookup>;
}

/** Glyph ids a coverage table lists, in coverage order. */
function coveredGlyphs(coverage: GposCoverage): number[] {
  if (coverage.version === 1) return coverage.glyphs ?? [];
  const glyphs: number[] = [];
  for (const range of coverage.rangeRecords ?? [])
    for (let gid = range.start; gid <= range.end; gid++) glyphs.push(gid);
  return glyphs;
}

/**
 * Ligatures of the font's default GSUB features (type 4 lookups) whose components are
 * characters of the common set, longest first; each checked with fontkit's own layout, which
 * also applies the contextual rules this reading ignores.
 */
function findLigatures(
  font: fontkit.Font,
  charOfGid: ReadonlyMap<number, string>,
): { text: string; gid: number }[] {
  const gsub = (font as unknown as { GSUB?: Gsub }).GSUB;
  if (!gsub) return [];
  const lookupIndexes = new Set<number>();
  for (const record of gsub.featureList)
    if (LIGATURE_FEATURES.has(record.tag))
      for (const index of record.feature.lookupListIndexes) lookupIndexes.add(index);
  const found = new Map<string, number>();
  for (const index of [...lookupIndexes].sort((a, b) => a - b)) {
    const lookup = gsub.lookupList.get(index);
    for (const entry of lookup.subTables) {
      const type = lookup.lookupType === 7 ? entry.lookupType : lookup.lookupType;
      const subtable = lookup.lookupType === 7 ? entry.extension : entry;
      const sets = subtable?.ligatureSets;
      if (type !== 4 || !subtable || !sets) continue;
      coveredGlyphs(subtable.coverage).forEach((first, covered) => {
        for (const ligature of sets.get(covered)) {
          const chars = [first, ...ligature.components].map((gid) => charOfGid.get(gid));
          if (chars.some((char) => char === undefined)) continue;
          const text = chars.join('');
          if (found.has(text)) continue;
          const { glyphs } = font.layout(text);
          if (glyphs.length === 1 && glyphs[0]!.id === ligature.glyph) found.set(text, ligature.glyph);
        }
      });
    }
  }
  return [...found]
    .map(([text, gid]) => ({ text, gid }))
    .sort((a, b) => b.text.length - a.text.length || (a.text < b.text ? -1 : 1));
}

function coverageIndex(coverage: GposCoverage, gid: number): number {
  if (coverage.version === 1) return coverage.glyphs?.indexOf(gid) ?? -1;
  for (const range of coverage.rangeRecords ?? [])
    if (range.start <= gid && gid <= range.end) return range.startCoverageIndex + gid - range.start;
  return -1;
}

function classOf(classDef: GposClassDef | undefined, gid: number): number {
  if (!classDef) return 0;
  if (classDef.version === 1) {
    const index = gid - (classDef.startGlyph ?? 0);
    return classDef.classValueArray?.[index] ?? 0;
  }
  for (const range of classDef.classRangeRecord ?? [])
    if (range.start <= gid && gid <= range.end) return range.class;
  return 0;
}

/** Letters and digits of the Latin scripts, for hyphen breaks. */
export function isWordCode(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

/**
 * Encoded segments of the faces' caches, packed in large buffers: a content stream copies them
 * from a few places in memory instead of joining thousands of small strings.
 */
const arena = { chunk: new Uint8Array(1 << 16), used: 0 };

/** Copies bytes into the arena; returns where they start in `arena.chunk`. */
function store(bytes: readonly number[]): number {
  if (arena.used + bytes.length > arena.chunk.length) {
    arena.chunk = new Uint8Array(Math.max(1 << 16, bytes.length));
    arena.used = 0;
  }
  const at = arena.used;
  arena.chunk.set(bytes, at);
  arena.used += bytes.length;
  return at;
}

/** The `rare` of segments drawing core glyphs only (most): one array, not one each. */
const NO_RARE: readonly number[] = Object.freeze([]);

/** Appends a byte of a glyph code to a PDF string: `(`, `)` and `\` escaped, and carriage
 * returns, which a reader would turn into line feeds. */
function pushEscaped(out: number[], byte: number): void {
  if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out.push(0x5c, byte);
  else if (byte === 0x0d) out.push(0x5c, 0x72);
  else out.push(byte);
}

/**
 * Glyphs `start`…`end` of a run as a segment: two bytes per CID, kerning between them; kept
 * in the arena when `shared` (the face's cache), else in bytes of its own.
 */
function encodeSegment(
  run: GlyphRun,
  start: number,
  end: number,
  text: string,
  widthOf: (cid: number) => number,
  coreStart: number,
  coreEnd: number,
  shared: boolean,
): Segment {
  const { cids, advances, kinds } = run;
  let last = end - 1;
  while (last >= start && cids[last]! < 0) last--;
  let content = last;
  while (content >= start && (kinds[content] === GLYPH.space || cids[content]! < 0)) content--;
  const out: number[] = [];
  let fullWidth = 0;
  let width = 0;
  let glyphs = 0;
  let fullGlyphs = 0;
  const rare: number[] = [];
  for (let i = start; i <= last; i++) {
    const cid = cids[i]!;
    if (cid < 0) continue;
    pushEscaped(out, cid >> 8);
    pushEscaped(out, cid & 0xff);
    if (cid < coreStart || cid >= coreEnd) rare.push(cid);
    const advance = i === last ? widthOf(cid) : advances[i]!;
    fullWidth += advance;
    fullGlyphs++;
    if (i <= content) {
      width += i === content ? widthOf(cid) : advance;
      glyphs++;
    }
    if (i < last) {
      const adjust = advance - widthOf(cid);
      if (adjust !== 0) for (const char of `)${num(-adjust)}(`) out.push(char.charCodeAt(0));
    }
  }
  const at = shared ? store(out) : 0;
  // Every property in the literal: V8 keeps them all inside the object (a spread would leave
  // the last ones in a separate array, one more memory access when lines are filled).
  return {
    text,
    bytes: shared ? arena.chunk : Uint8Array.from(out),
    at,
    length: out.length,
    width,
    fullWidth,
    glyphs,
    fullGlyphs,
    rare: rare.length === 0 ? NO_RARE : rare,
  };
}

const CMAP_HEADER =
  '/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n' +
  '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n' +
  '/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n' +
  '1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n';
const CMAP_FOOTER = 'endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n';

/** ToUnicode entries of CIDs that stand for text, in blocks of at most 100 as CMaps ask. */
function toUnicodeEntries(cids: readonly number[], textOf: (cid: number) => string): string {
  const entries: string[] = [];
  for (const cid of cids) {
    const text = textOf(cid);
    if (text === '') continue;
    let hex = '';
    for (let i = 0; i < text.length; i++) hex += hex4(text.charCodeAt(i));
    entries.push(`<${hex4(cid)}> <${hex}>`);
  }
  let out = '';
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    out += `${block.length} beginbfchar\n${block.join('\n')}\nendbfchar\n`;
  }
  return out;
}

/** Six capital letters from a hash: a subset's tag (same glyphs, same name). */
function subsetTag(key: string): string {
  // 32-bit FNV-1a (the tag uses every bit).
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), HASH_PRIME);
  let value = hash >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (value % 26));
    value = Math.floor(value / 26);
  }
  return tag;
}

/** The core's embedding, prepared once. */
interface CoreEmbedding {
  /** Outlines of the core CIDs (each padded to 4 bytes): their checksum, and compressed as the
   * end of a stream or as a piece more follow. */
  checksum: number;
  glyphs: DeflatePiece;
  glyphsThen: DeflatePiece;
  /** Its ToUnicode entries and the CMap's end, compressed as the end of a stream. */
  toUnicode: DeflatePiece;
  /** Its /W entries. */
  widths: string;
  /** The whole font file and ToUnicode CMap of a document drawing core glyphs only. */
  file: Uint8Array;
  fileLength: number;
  toUnicodeStream: Uint8Array;
  name: string;
}

/** PDF object writer, as DocumentFont.embed() needs it. */
export interface ObjectSink {
  alloc(): number;
  put(ref: number, body: string): void;
  putStream(ref: number, dictionary: string, data: Uint8Array): void;
}

/** A face and its common glyph set, ready for any number of documents. */
export class FontProgram {
  readonly postscriptName: string;
  /** Vertical metrics in thousandths of an em. */
  readonly ascender: number;
  readonly descender: number;
  readonly lineGap: number;
  /** Number of CIDs in the common set (characters, ligatures and composite parts). */
  readonly commonCount: number;
  /** CID of each UTF-16 code unit in the common set, 0 when not in it. */
  readonly cidOfCode: Uint16Array;
  /** Advance of each common CID, in thousandths of an em. */
  readonly widths: number[];
  /** Text each common CID stands for ('' for composite parts). */
  readonly unicode: string[];
  /** Kerning of CID pairs, `kerning[left * commonCount + right]`, in thousandths of an em. */
  readonly kerning: Int16Array;
  /** Ligatures by the code of their first character: the characters and the CID drawing them,
   * longest first. */
  readonly ligatures = new Map<number, { text: string; cid: number }[]>();
  /** Glyphs of the common set, by CID. */
  readonly source: GlyphSource;
  /** Composite parts each common CID needs (as CIDs). */
  readonly parts: number[][];
  /** CIDs coreStart…commonCount-1: the core, embedded whole. */
  readonly coreStart: number;
  /** The core, ready to embed. */
  readonly core: CoreEmbedding;
  /** FontDescriptor entries, without /FontName and /FontFile2. */
  readonly descriptor: string;
  private readonly font: fontkit.Font;
  private readonly scale: number;
  private readonly records: Uint8Array[];
  private readonly metrics: { advances: number[]; bearings: number[] };
  /** First common CID of each glyph id of the font. */
  private readonly cidOfGid = new Map<number, number>();
  /**
   * Segments encoded so far, in an open-addressing table keyed by the hash of their text: slot
   * i is `segmentTable[i * SLOT…]` (see SLOT; `segmentUnits` views the same memory as code
   * units), its segment `segmentSlots[i]`. Segments whose hashes collide take the next free
   * slots.
   */
  private segmentTable = new Int32Array(SEGMENT_TABLE_SIZE * SLOT).fill(-1);
  private segmentUnits = new Uint16Array(this.segmentTable.buffer);
  private segmentSlots = new Array<Segment | undefined>(SEGMENT_TABLE_SIZE).fill(undefined);
  private segmentShift = 32 - Math.log2(SEGMENT_TABLE_SIZE);
  private segmentCount = 0;
  private segmentText = new Uint16Array(1 << 15);
  private segmentTextLength = 0;

  /**
   * `core`: the characters of the core, what nearly every sheet draws with this face (in its
   * text or in the sheet's own labels); the ff ligature joins them.
   */
  constructor(bytes: Uint8Array, font: fontkit.Font, core: string) {
    this.font = font;
    this.postscriptName = font.postscriptName.replace(/[^A-Za-z0-9-]/g, '');
    this.scale = 1000 / font.unitsPerEm;
    this.ascender = font.ascent * this.scale;
    this.descender = font.descent * this.scale;
    this.lineGap = font.lineGap * this.scale;
    const tables = readTables(bytes);
    this.records = readGlyphRecords(tables);
    this.metrics = readHorizontalMetrics(tables);

    // Glyph ids of the common set: the core (characters, the ff ligature, their composite
    // parts) and the rest (characters, other ligatures, their parts not in the core). Numbered
    // as CIDs after .notdef: the rest, then the core.
    const coreGids: number[] = [];
    const coreText: string[] = [];
    const restGids: number[] = [];
    const restText: string[] = [];
    const coreSet = new Set<number>();
    const restSet = new Set<number>();
    const charCodes: number[] = [];
    for (const char of core) {
      const code = char.charCodeAt(0);
      if (!font.hasGlyphForCodePoint(code) || charCodes.includes(code)) continue;
      charCodes.push(code);
      const gid = font.glyphForCodePoint(code).id;
      coreGids.push(gid);
      coreText.push(char);
      coreSet.add(gid);
    }
    const restCodes: number[] = [];
    const charOfGid = new Map<number, string>();
    for (const [first, last] of COMMON_RANGES) {
      for (let code = first; code <= last; code++) {
        if (!font.hasGlyphForCodePoint(code)) continue;
        const gid = font.glyphForCodePoint(code).id;
        if (!charOfGid.has(gid)) charOfGid.set(gid, String.fromCharCode(code));
        if (charCodes.includes(code)) continue;
        restCodes.push(code);
        restGids.push(gid);
        restText.push(String.fromCharCode(code));
        restSet.add(gid);
      }
    }
    const coreLigatures: string[] = [];
    const restLigatures: string[] = [];
    for (const { text, gid } of findLigatures(font, charOfGid)) {
      const inCore = CORE_LIGATURES.has(text);
      (inCore ? coreLigatures : restLigatures).push(text);
      (inCore ? coreGids : restGids).push(gid);
      (inCore ? coreText : restText).push(text);
      (inCore ? coreSet : restSet).add(gid);
    }
    const addParts = (
      gids: number[],
      text: string[],
      set: Set<number>,
      skip: Set<number>,
    ): void => {
      for (let i = 0; i < gids.length; i++) {
        for (const { gid } of componentsOf(this.records[gids[i]!] ?? new Uint8Array(0))) {
          if (set.has(gid) || skip.has(gid)) continue;
          set.add(gid);
          gids.push(gid);
          text.push('');
        }
      }
    };
    addParts(coreGids, coreText, coreSet, new Set());
    addParts(restGids, restText, restSet, coreSet);

    const gids = [0, ...restGids, ...coreGids];
    const unicode = ['', ...restText, ...coreText];
    this.coreStart = 1 + restGids.length;
    this.cidOfCode = new Uint16Array(0x10000);
    restCodes.forEach((code, i) => (this.cidOfCode[code] = 1 + i));
    charCodes.forEach((code, i) => (this.cidOfCode[code] = this.coreStart + i));
    const addLigature = (text: string, cid: number): void => {
      const code = text.charCodeAt(0);
      const list = this.ligatures.get(code) ?? [];
      list.push({ text, cid });
      list.sort((a, b) => b.text.length - a.text.length);
      this.ligatures.set(code, list);
    };
    restLigatures.forEach((text, i) => addLigature(text, 1 + restCodes.length + i));
    coreLigatures.forEach((text, i) => addLigature(text, this.coreStart + charCodes.length + i));
    // Composite parts point to the core's CID of a glyph first (always embedded), else the rest's.
    gids.forEach((gid, cid) => {
      if (coreSet.has(gid) && cid >= this.coreStart && !this.cidOfGid.has(gid))
        this.cidOfGid.set(gid, cid);
    });
    gids.forEach((gid, cid) => {
      if (!this.cidOfGid.has(gid)) this.cidOfGid.set(gid, cid);
    });
    const records = gids.map((gid) => this.records[gid] ?? new Uint8Array(0));
    const advances = gids.map((gid) => this.metrics.advances[gid] ?? 0);
    const bearings = gids.map((gid) => this.metrics.bearings[gid] ?? 0);
    this.parts = records.map((record, cid) => {
      const parts = componentsOf(record).map(({ gid }) => this.cidOfGid.get(gid)!);
      if (parts.length > 0)
        records[cid] = remapComponents(record, (gid) => this.cidOfGid.get(gid)!);
      return parts;
    });
    this.commonCount = gids.length;
    this.widths = advances.map((advance) => advance * this.scale);
    this.unicode = unicode;
    this.source = { records, advances, bearings, tables };
    this.kerning = this.buildKerning(gids);

    const bbox = font.bbox;
    const italic = font.italicAngle !== 0;
    this.descriptor = [
      `/Flags ${italic ? 4 | 64 : 4}`,
      `/FontBBox [${[bbox.minX, bbox.minY, bbox.maxX, bbox.maxY].map((v) => num(v * this.scale)).join(' ')}]`,
      `/ItalicAngle ${num(font.italicAngle)}`,
      `/Ascent ${num(this.ascender)}`,
      `/Descent ${num(this.descender)}`,
      `/CapHeight ${num((font.capHeight || font.ascent) * this.scale)}`,
      `/XHeight ${num((font.xHeight || 0) * this.scale)}`,
      '/StemV 0',
    ].join(' ');
    this.core = this.buildCore();
  }

  /** Prepares the core's embedding. */
  private buildCore(): CoreEmbedding {
    const { coreStart, commonCount } = this;
    const data = glyphData(this.source, undefined, coreStart, commonCount);
    const glyphsChecksum = checksum(data);
    const present = new Uint8Array(commonCount).fill(1, coreStart);
    const prefix = writeFontPrefix(this.source, present, commonCount, data.length, glyphsChecksum);
    const file = new Uint8Array(prefix.length + data.length);
    file.set(prefix);
    file.set(data, prefix.length);
    const cids: number[] = [];
    const widths: string[] = [];
    for (let cid = coreStart; cid < commonCount; cid++) {
      cids.push(cid);
      widths.push(num(this.widths[cid]!));
    }
    const entries = toUnicodeEntries(cids, (cid) => this.unicode[cid]!);
    const toUnicode = Buffer.from(`${entries}${CMAP_FOOTER}`, 'latin1');
    return {
      checksum: glyphsChecksum,
      glyphs: finalPiece(data, 9),
      glyphsThen: deflatePiece(data, 9),
      toUnicode: finalPiece(toUnicode, 9),
      widths: `${coreStart} [${widths.join(' ')}]`,
      file: joinDeflated([], finalPiece(file, 9)),
      fileLength: file.length,
      toUnicodeStream: joinDeflated(
        [],
        finalPiece(Buffer.from(`${CMAP_HEADER}${entries}${CMAP_FOOTER}`, 'latin1'), 9),
      ),
      name: `${subsetTag(`${this.postscriptName}/core`)}+${this.postscriptName}`,
    };
  }

  /**
   * Pair kerning of the common set from the font's GPOS `kern` lookups, as a dense table:
   * looking a pair up while laying text out is then one array read. Within a lookup the first
   * subtable that covers the left glyph decides, as OpenType specifies.
   */
  private buildKerning(gids: number[]): Int16Array {
    const count = gids.length;
    const table = new Int16Array(count * count);
    const gpos = (this.font as unknown as { GPOS?: Gpos }).GPOS;
    if (!gpos) return table;
    const lookupIndexes = new Set<number>();
    for (const record of gpos.featureList)
      if (record.tag === 'kern')
        for (const index of record.feature.lookupListIndexes) lookupIndexes.add(index);
    const cidsOfGid = new Map<number, number[]>();
    gids.forEach((gid, cid) => {
      const list = cidsOfGid.get(gid);
      if (list) list.push(cid);
      else cidsOfGid.set(gid, [cid]);
    });
    const values = new Float64Array(count * count);
    for (const index of [...lookupIndexes].sort((a, b) => a - b)) {
      const lookup = gpos.lookupList.get(index);
      const done = new Uint8Array(count * count);
      for (const entry of lookup.subTables) {
        const type = lookup.lookupType === 9 ? entry.lookupType : lookup.lookupType;
        const subtable = lookup.lookupType === 9 ? entry.extension : entry;
        if (type !== 2 || !subtable) continue;
        if (subtable.version === 1 && subtable.pairSets) {
          for (let left = 0; left < count; left++) {
            const covered = coverageIndex(subtable.coverage, gids[left]!);
            if (covered < 0) continue;
            for (const pair of subtable.pairSets.get(covered)) {
              for (const right of cidsOfGid.get(pair.secondGlyph) ?? []) {
                const at = left * count + right;
                if (done[at]) continue;
                done[at] = 1;
                values[at] = values[at]! + (pair.value1?.xAdvance ?? 0);
              }
            }
          }
        } else if (subtable.version === 2 && subtable.classRecords) {
          const rightClasses = gids.map((gid) => classOf(subtable.classDef2, gid));
          for (let left = 0; left < count; left++) {
            if (coverageIndex(subtable.coverage, gids[left]!) < 0) continue;
            const row = subtable.classRecords.get(classOf(subtable.classDef1, gids[left]!));
            const rowValues = new Map<number, number>();
            for (let right = 0; right < count; right++) {
              const at = left * count + right;
              if (done[at]) continue;
              done[at] = 1;
              const rightClass = rightClasses[right]!;
              let value = rowValues.get(rightClass);
              if (value === undefined) {
                value = row.get(rightClass)?.value1?.xAdvance ?? 0;
                rowValues.set(rightClass, value);
              }
              values[at] = values[at]! + value;
            }
          }
        }
      }
    }
    for (let i = 0; i < values.length; i++) table[i] = Math.round(values[i]! * this.scale);
    return table;
  }

  /**
   * Lays text out as glyphs: common characters by table, ligatures, pair kerning.
   * Control characters draw nothing; a tab is a space. A character outside
   * the common set gets its CID from `font` (the document), or, without one, makes the result
   * undefined.
   */
  shape(input: string, font?: DocumentFont): GlyphRun | undefined {
    const text = COMBINING.test(input) ? input.normalize('NFC') : input;
    const { cidOfCode, widths, kerning, commonCount: common, ligatures } = this;
    const cids: number[] = [];
    const advances: number[] = [];
    const kinds: number[] = [];
    let previous = -1;
    const length = text.length;
    for (let i = 0; i < length; i++) {
      let code = text.charCodeAt(i);
      if (
        code < 0x20 ||
        (code >= 0x7f && code < 0xa0) ||
        code === 0xad ||
        (code >= 0x200b && code <= 0x200f) ||
        (code >= 0x2060 && code <= 0x2064) ||
        code === 0xfeff
      ) {
        // Invisible: control characters, soft hyphens, zero-width and direction marks.
        if (code === 0x0a || code === 0x200b) {
          cids.push(NO_GLYPH);
          advances.push(0);
          kinds.push(GLYPH.plain);
          previous = -1;
          continue;
        }
        if (code !== 0x09) continue;
        code = 0x20;
      }
      let cid = 0;
      let kind: number = GLYPH.plain;
      const candidates = ligatures.get(code);
      if (candidates) {
        for (const ligature of candidates) {
          if (text.startsWith(ligature.text, i)) {
            cid = ligature.cid;
            i += ligature.text.length - 1;
            break;
          }
        }
      }
      if (cid === 0) {
        cid = cidOfCode[code]!;
        if (cid === 0) {
          if (!font) return undefined;
          if (code >= 0xd800 && code <= 0xdfff) {
            // A surrogate pair (emoji, rare scripts), or a lone surrogate: the replacement character.
            const low = text.charCodeAt(i + 1);
            if (code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
              i++;
              cid = font.extraCid(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
            } else {
              cid = font.extraCid(0xfffd);
            }
          } else {
            cid = font.extraCid(code);
          }
        }
        if (code === 0x20) kind = GLYPH.space;
      }
      if (previous >= 0 && previous < common && cid < common) {
        const kern = kerning[previous * common + cid]!;
        if (kern !== 0) advances[advances.length - 1] = advances[advances.length - 1]! + kern;
      }
      cids.push(cid);
      advances.push(cid < common ? widths[cid]! : font!.widthOf(cid));
      kinds.push(kind);
      previous = cid;
    }
    return { cids, advances, kinds };
  }

  /**
   * Text between two break opportunities, `source.slice(start, end)`, encoded once per process:
   * undefined when it holds a character outside the common set (the document encodes it then).
   * `units` holds the source's code units (codeUnits()); `hash` is the text's hash (HASH_SEED,
   * HASH_PRIME, HASH_MASK), computed by the caller while it looked for the break: a cached
   * segment is found without cutting the text out.
   */
  segmentAt(
    source: string,
    units: Uint16Array,
    start: number,
    end: number,
    hash: number,
  ): Segment | undefined {
    const table = this.segmentTable;
    const mask = this.segmentSlots.length - 1;
    const length = end - start;
    // Fibonacci hashing: the product's top bits, well mixed, pick the slot.
    let slot = Math.imul(hash, 0x9e3779b1) >>> this.segmentShift;
    for (let at = slot * SLOT, found = table[at]!; found !== -1; found = table[at]!) {
      if (found === hash && table[at + 1] === length) {
        const inline = length <= INLINE_UNITS;
        const text = inline ? this.segmentUnits : this.segmentText;
        let j = inline ? (at + INLINE_AT) * 2 : table[at + 2]!;
        let i = start;
        while (i < end && units[i] === text[j]) {
          i++;
          j++;
        }
        if (i === end) return this.segmentSlots[slot];
      }
      slot = (slot + 1) & mask;
      at = slot * SLOT;
    }
    const text = source.slice(start, end);
    const run = this.shape(text);
    if (!run) return undefined;
    const segment = encodeSegment(
      run,
      0,
      run.cids.length,
      text,
      (cid) => this.widths[cid]!,
      this.coreStart,
      this.commonCount,
      true,
    );
    if (this.segmentCount >= SEGMENT_CACHE_SIZE) this.resizeSegments(SEGMENT_TABLE_SIZE, false);
    else if (2 * (this.segmentCount + 1) > this.segmentSlots.length)
      this.resizeSegments(2 * this.segmentSlots.length, true);
    else {
      this.fillSlot(slot, hash, segment, units, start);
      return segment;
    }
    this.addSegment(hash, segment, units, start);
    return segment;
  }

  /** A new segment table of `size` slots, with the segments of the old one if `keep`. */
  private resizeSegments(size: number, keep: boolean): void {
    const table = this.segmentTable;
    const tableUnits = this.segmentUnits;
    const slots = this.segmentSlots;
    const pool = this.segmentText;
    this.segmentTable = new Int32Array(size * SLOT).fill(-1);
    this.segmentUnits = new Uint16Array(this.segmentTable.buffer);
    this.segmentSlots = new Array<Segment | undefined>(size).fill(undefined);
    this.segmentShift = 32 - Math.log2(size);
    this.segmentCount = 0;
    this.segmentTextLength = 0;
    if (!keep) return;
    this.segmentText = new Uint16Array(pool.length);
    for (let slot = 0; slot < slots.length; slot++) {
      const at = slot * SLOT;
      if (table[at] === -1) continue;
      const length = table[at + 1]!;
      const from = length <= INLINE_UNITS ? (at + INLINE_AT) * 2 : table[at + 2]!;
      const text = length <= INLINE_UNITS ? tableUnits : pool;
      this.addSegment(table[at]!, slots[slot]!, text.subarray(from, from + length), 0);
    }
  }

  /** Puts a segment in the first free slot from its hash's (the table has room). */
  private addSegment(hash: number, segment: Segment, units: Uint16Array, start: number): void {
    const table = this.segmentTable;
    const mask = this.segmentSlots.length - 1;
    let slot = Math.imul(hash, 0x9e3779b1) >>> this.segmentShift;
    while (table[slot * SLOT] !== -1) slot = (slot + 1) & mask;
    this.fillSlot(slot, hash, segment, units, start);
  }

  /** Fills a free slot with a segment, its text's code units from `units[start]` on. */
  private fillSlot(
    slot: number,
    hash: number,
    segment: Segment,
    units: Uint16Array,
    start: number,
  ): void {
    const length = segment.text.length;
    const at = slot * SLOT;
    this.segmentTable[at] = hash;
    this.segmentTable[at + 1] = length;
    if (length <= INLINE_UNITS) {
      this.segmentUnits.set(units.subarray(start, start + length), (at + INLINE_AT) * 2);
    } else {
      let pool = this.segmentText;
      const from = this.segmentTextLength;
      if (from + length > pool.length) {
        let capacity = pool.length * 2;
        while (capacity < from + length) capacity *= 2;
        const grown = new Uint16Array(capacity);
        grown.set(pool.subarray(0, from));
        this.segmentText = pool = grown;
      }
      pool.set(units.subarray(start, start + length), from);
      this.segmentTextLength = from + length;
      this.segmentTable[at + 2] = from;
    }
    this.segmentSlots[slot] = segment;
    this.segmentCount++;
  }

  /** The font's own glyph id for a code point, 0 (.notdef) when it has none. */
  glyphIdOf(codePoint: number): number {
    return this.font.hasGlyphForCodePoint(codePoint)
      ? this.font.glyphForCodePoint(codePoint).id
      : 0;
  }

  /** Outline record and metrics of a glyph id of the font (for characters outside the common set). */
  glyph(gid: number): { record: Uint8Array; advance: number; bearing: number } {
    return {
      record: this.records[gid] ?? new Uint8Array(0),
      advance: this.metrics.advances[gid] ?? 0,
      bearing: this.metrics.bearings[gid] ?? 0,
    };
  }

  /** The common CID of a glyph id, if the common set has it. */
  commonCidOfGid(gid: number): number | undefined {
    return this.cidOfGid.get(gid);
  }

  /** Converts font units to thousandths of an em. */
  toEm(units: number): number {
    return units * this.scale;
  }
}

/** A face as one document uses it: the glyphs it draws outside the core, and characters outside the common set. */
export class DocumentFont {
  readonly program: FontProgram;
  /** Resource name in the page's /Font dictionary (F1, F2…). */
  readonly name: string;
  /** 1 for each CID outside the core drawn (made when the first is: most documents draw none). */
  private used: Uint8Array | undefined;
  private drawn = false;
  /** CIDs beyond the common set, given to characters the common set lacks. */
  private readonly extraCids = new Map<number, number>();
  private readonly extraRecords: Uint8Array[] = [];
  private readonly extraAdvances: number[] = [];
  private readonly extraBearings: number[] = [];
  private readonly extraUnicode: string[] = [];
  private readonly extraParts: number[][] = [];
  /** CIDs given to glyph ids that are parts of characters outside the common set. */
  private readonly extraPartCids = new Map<number, number>();

  constructor(program: FontProgram, name: string) {
    this.program = program;
    this.name = name;
  }

  private get count(): number {
    return this.program.commonCount + this.extraRecords.length;
  }

  /** Adds a glyph beyond the common set; returns its CID. */
  private addExtra(gid: number, text: string): number {
    const program = this.program;
    const cid = this.count;
    const glyph = program.glyph(gid);
    this.extraRecords.push(glyph.record);
    this.extraAdvances.push(glyph.advance);
    this.extraBearings.push(glyph.bearing);
    this.extraUnicode.push(text);
    const parts: number[] = [];
    this.extraParts.push(parts);
    const components = componentsOf(glyph.record);
    if (components.length > 0) {
      const partCid = (partGid: number): number => {
        const common = program.commonCidOfGid(partGid);
        if (common !== undefined) return common;
        let part = this.extraPartCids.get(partGid);
        if (part === undefined) {
          part = this.addExtra(partGid, '');
          this.extraPartCids.set(partGid, part);
        }
        return part;
      };
      for (const { gid: partGid } of components) parts.push(partCid(partGid));
      this.extraRecords[cid - program.commonCount] = remapComponents(glyph.record, partCid);
    }
    return cid;
  }

  /** CID of a character outside the common set (the slower path), given on first use. */
  extraCid(codePoint: number): number {
    let cid = this.extraCids.get(codePoint);
    if (cid === undefined) {
      cid = this.addExtra(this.program.glyphIdOf(codePoint), String.fromCodePoint(codePoint));
      this.extraCids.set(codePoint, cid);
    }
    return cid;
  }

  /** Advance of any CID of this document, in thousandths of an em. */
  widthOf(cid: number): number {
    const program = this.program;
    return cid < program.commonCount
      ? program.widths[cid]!
      : program.toEm(this.extraAdvances[cid - program.commonCount]!);
  }

  /** Lays text out as glyphs, characters outside the common set included (see FontProgram.shape). */
  shape(text: string): GlyphRun {
    return this.program.shape(text, this)!;
  }

  /** Text between two break opportunities as a segment (see FontProgram.segmentAt). */
  segment(text: string): Segment {
    const units = codeUnits(text);
    let hash = HASH_SEED;
    for (let i = 0; i < text.length; i++)
      hash = Math.imul(hash ^ units[i]!, HASH_PRIME) & HASH_MASK;
    return this.segmentAt(text, units, 0, text.length, hash);
  }

  /**
   * `source.slice(start, end)` as a segment: from the face's cache when every character is in
   * the common set, else encoded for this document. `units`: the source's code units.
   */
  segmentAt(source: string, units: Uint16Array, start: number, end: number, hash: number): Segment {
    return (
      this.program.segmentAt(source, units, start, end, hash) ??
      this.encode(this.shape(source.slice(start, end)), 0, Infinity, source.slice(start, end))
    );
  }

  /** Glyphs `start`…`end` of a run as a segment of this document (not cached). */
  encode(run: GlyphRun, start: number, end: number, text: string): Segment {
    const { coreStart, commonCount } = this.program;
    return encodeSegment(
      run,
      start,
      Math.min(end, run.cids.length),
      text,
      (cid) => this.widthOf(cid),
      coreStart,
      commonCount,
      false,
    );
  }

  /** Records a segment as drawn: its glyphs outside the core are embedded. */
  draw(segment: Segment): void {
    this.drawn = true;
    const rare = segment.rare;
    if (rare.length === 0) return;
    let used = this.used;
    if (!used || used.length < this.count) {
      const grown = new Uint8Array(this.count + 16);
      if (used) grown.set(used);
      this.used = used = grown;
    }
    for (const cid of rare) used[cid] = 1;
  }

  /** Whether any glyph was drawn with this face. */
  get isUsed(): boolean {
    return this.drawn;
  }

  /** Writes the font objects (Type0, CIDFont, descriptor, subset, ToUnicode); returns the Type0's number. */
  embed(sink: ObjectSink, level: number): number {
    const program = this.program;
    const { core, coreStart, commonCount } = program;
    const count = this.count;
    const drawn = this.used ? this.used.subarray(0, count) : new Uint8Array(0);
    // Outlines outside the core: drawn glyphs and their composite parts, recursively.
    const outlines = new Uint8Array(this.used ? count : 0);
    const include = (cid: number): void => {
      if ((cid >= coreStart && cid < commonCount) || outlines[cid]) return;
      outlines[cid] = 1;
      const parts = cid < commonCount ? program.parts[cid]! : this.extraParts[cid - commonCount]!;
      for (const part of parts) include(part);
    };
    if (this.used) for (let cid = 1; cid < count; cid++) if (drawn[cid]) include(cid);

    let file: Uint8Array;
    let fileLength: number;
    let widths = core.widths;
    let toUnicode: Uint8Array;
    let fontName = core.name;
    if (outlines.indexOf(1) < 0) {
      // Core glyphs only: the same bytes in every such document, prepared once.
      file = core.file;
      fileLength = core.fileLength;
      toUnicode = core.toUnicodeStream;
    } else {
      const length = Math.max(commonCount, outlines.lastIndexOf(1) + 1);
      const source: GlyphSource =
        length === commonCount
          ? program.source
          : {
              records: [...program.source.records, ...this.extraRecords],
              advances: [...program.source.advances, ...this.extraAdvances],
              bearings: [...program.source.bearings, ...this.extraBearings],
              tables: program.source.tables,
            };
      const present = new Uint8Array(length);
      present.set(outlines.subarray(0, length));
      present.fill(1, coreStart, commonCount);
      // glyf: the rest (before the core), the core, the extra glyphs (after it).
      const rest = glyphData(source, present, 0, coreStart);
      const extra = glyphData(source, present, commonCount, length);
      const glyfLength = rest.length + core.glyphs.length + extra.length;
      const glyfChecksum = (checksum(rest) + core.checksum + checksum(extra)) >>> 0;
      const prefix = writeFontPrefix(source, present, length, glyfLength, glyfChecksum);
      const head = new Uint8Array(prefix.length + rest.length);
      head.set(prefix);
      head.set(rest, prefix.length);
      file =
        extra.length === 0
          ? joinDeflated([deflatePiece(head, level)], core.glyphs)
          : joinDeflated([deflatePiece(head, level), core.glyphsThen], finalPiece(extra, level));
      fileLength = head.length + core.glyphs.length + extra.length;

      // Widths and ToUnicode of the drawn CIDs outside the core.
      const cids: number[] = [];
      for (let cid = 1; cid < count; cid++)
        if (drawn[cid] && (cid < coreStart || cid >= commonCount)) cids.push(cid);
      const runs: string[] = [core.widths];
      for (let i = 0; i < cids.length;) {
        const first = cids[i]!;
        const run: string[] = [];
        while (i < cids.length && cids[i] === first + run.length)
          run.push(num(this.widthOf(cids[i++]!)));
        runs.push(`${first} [${run.join(' ')}]`);
      }
      widths = runs.join(' ');
      const textOf = (cid: number): string =>
        cid < commonCount ? program.unicode[cid]! : this.extraUnicode[cid - commonCount]!;
      toUnicode = joinDeflated(
        [
          deflatePiece(
            Buffer.from(`${CMAP_HEADER}${toUnicodeEntries(cids, textOf)}`, 'latin1'),
            level,
          ),
        ],
        core.toUnicode,
      );
      let key = program.postscriptName;
      for (const cid of cids) key += `/${textOf(cid)}`;
      fontName = `${subsetTag(key)}+${program.postscriptName}`;
    }

    const ref = sink.alloc();
    const fileRef = sink.alloc();
    const descriptorRef = sink.alloc();
    const cidFontRef = sink.alloc();
    const toUnicodeRef = sink.alloc();
    sink.putStream(fileRef, `/Length1 ${fileLength} /Filter /FlateDecode`, file);
    sink.put(
      descriptorRef,
      `<< /Type /FontDescriptor /FontName /${fontName} ${program.descriptor} /FontFile2 ${fileRef} 0 R >>`,
    );
    sink.put(
      cidFontRef,
      `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${fontName} ` +
        '/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> ' +
        `/FontDescriptor ${descriptorRef} 0 R /CIDToGIDMap /Identity /W [${widths}] >>`,
    );
    sink.putStream(toUnicodeRef, '/Filter /FlateDecode', toUnicode);
    sink.put(
      ref,
      `<< /Type /Font /Subtype /Type0 /BaseFont /${fontName} /Encoding /Identity-H ` +
        `/DescendantFonts [${cidFontRef} 0 R] /ToUnicode ${toUnicodeRef} 0 R >>`,
    );
    return ref;
  }
}
