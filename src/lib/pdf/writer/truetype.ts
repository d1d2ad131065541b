/**
 * Just enough TrueType to embed a font subset in a PDF: read the tables and glyph outlines of
 * a font file, and write a font holding only the glyphs a document draws.
 *
 * A PDF's CIDFontType2 needs head, hhea, maxp, loca, glyf, hmtx (and the hinting tables cvt,
 * fpgm, prep when the font has them); cmap, name, OS/2 and post are for installed fonts only.
 * Glyph ids in the written font are the PDF's CIDs (CIDToGIDMap /Identity); glyphs a document
 * does not use are left empty, so the file is small and its glyph ids never change.
 */

/** This module's file (or the bundle chunk holding it): part of the PDF cache key. */
export const SOURCE_URL = import.meta.url;

export type Tables = Map<string, Uint8Array>;

/** The tables of a TrueType file, by tag, as views into `bytes`. */
export function readTables(file: Uint8Array): Tables {
  // A plain Uint8Array over the same memory: a Node Buffer's slice() would not copy.
  const bytes = new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint16(4);
  const tables: Tables = new Map();
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(
      bytes[record]!,
      bytes[record + 1]!,
      bytes[record + 2]!,
      bytes[record + 3]!,
    );
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    tables.set(tag, bytes.subarray(offset, offset + length));
  }
  return tables;
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function requireTable(tables: Tables, tag: string): Uint8Array {
  const table = tables.get(tag);
  if (!table) throw new Error(`police TrueType sans table ${tag}`);
  return table;
}

/** Outline (glyf record) of every glyph id, as views into the file; empty for blank glyphs. */
export function readGlyphRecords(tables: Tables): Uint8Array[] {
  const head = viewOf(requireTable(tables, 'head'));
  const numGlyphs = viewOf(requireTable(tables, 'maxp')).getUint16(4);
  const loca = viewOf(requireTable(tables, 'loca'));
  const glyf = requireTable(tables, 'glyf');
  const long = head.getInt16(50) === 1;
  const offset = (gid: number) => (long ? loca.getUint32(gid * 4) : loca.getUint16(gid * 2) * 2);
  const records: Uint8Array[] = [];
  for (let gid = 0; gid < numGlyphs; gid++)
    records.push(glyf.subarray(offset(gid), offset(gid + 1)));
  return records;
}

/** Advance widths and left side bearings of every glyph id, in font units. */
export function readHorizontalMetrics(tables: Tables): { advances: number[]; bearings: number[] } {
  const numGlyphs = viewOf(requireTable(tables, 'maxp')).getUint16(4);
  const numberOfHMetrics = viewOf(requireTable(tables, 'hhea')).getUint16(34);
  const hmtx = viewOf(requireTable(tables, 'hmtx'));
  const advances: number[] = [];
  const bearings: number[] = [];
  for (let gid = 0; gid < numGlyphs; gid++) {
    if (gid < numberOfHMetrics) {
      advances.push(hmtx.getUint16(gid * 4));
      bearings.push(hmtx.getInt16(gid * 4 + 2));
    } else {
      advances.push(advances[numberOfHMetrics - 1] ?? 0);
      bearings.push(hmtx.getInt16(numberOfHMetrics * 4 + (gid - numberOfHMetrics) * 2));
    }
  }
  return { advances, bearings };
}

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/**
 * The glyph ids a composite glyph is built from (À from A and the grave accent), with the
 * byte offset of each id in the record; none for a simple glyph.
 */
export function componentsOf(record: Uint8Array): { gid: number; at: number }[] {
  if (record.length < 10) return [];
  const view = viewOf(record);
  if (view.getInt16(0) >= 0) return [];
  const components: { gid: number; at: number }[] = [];
  let pos = 10;
  for (;;) {
    const flags = view.getUint16(pos);
    components.push({ gid: view.getUint16(pos + 2), at: pos + 2 });
    pos += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) pos += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) pos += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) pos += 8;
    if (!(flags & MORE_COMPONENTS)) return components;
  }
}

/** A copy of a composite glyph's record with its component ids replaced by `map(id)`. */
export function remapComponents(record: Uint8Array, map: (gid: number) => number): Uint8Array {
  const components = componentsOf(record);
  if (components.length === 0) return record;
  const copy = new Uint8Array(record);
  const view = viewOf(copy);
  for (const { gid, at } of components) view.setUint16(at, map(gid));
  return copy;
}

/** What a written font is made of: its glyphs by CID and the tables copied as they are. */
export interface GlyphSource {
  /** Outline record of each CID (components already numbered as CIDs). */
  records: Uint8Array[];
  /** Advance and left side bearing of each CID, in font units. */
  advances: number[];
  bearings: number[];
  /** head, hhea, maxp and the hinting tables of the original font. */
  tables: Tables;
}

const COPIED_TABLES = ['cvt ', 'fpgm', 'prep'];

/** Sum of the big-endian 32-bit words of `bytes` (zero-padded), as TrueType checksums are. */
export function checksum(bytes: Uint8Array, start = 0, length = bytes.length - start): number {
  let sum = 0;
  const end = start + length;
  // Whole words, then the last bytes as a word padded with zeros (one loop: no branch that
  // warm-up never takes, which would send the optimised code back to the interpreter).
  for (let i = start; i < end; i += 4) {
    const word =
      (bytes[i]! << 24) |
      ((i + 1 < end ? bytes[i + 1]! : 0) << 16) |
      ((i + 2 < end ? bytes[i + 2]! : 0) << 8) |
      (i + 3 < end ? bytes[i + 3]! : 0);
    sum = (sum + (word >>> 0)) >>> 0;
  }
  return sum;
}

/** Records of CIDs `from`…`to` (exclusive) flagged in `used`, each padded to 4 bytes. */
export function glyphData(
  source: GlyphSource,
  used: Uint8Array | undefined,
  from: number,
  to: number,
): Uint8Array {
  let length = 0;
  for (let cid = from; cid < to; cid++)
    if (!used || used[cid]) length += (source.records[cid]!.length + 3) & ~3;
  const out = new Uint8Array(length);
  let at = 0;
  for (let cid = from; cid < to; cid++) {
    if (used && !used[cid]) continue;
    const record = source.records[cid]!;
    out.set(record, at);
    at += (record.length + 3) & ~3;
  }
  return out;
}

/**
 * The start of a TrueType file `count` CIDs long, whose glyf table (`glyfLength` bytes, with
 * that checksum) the caller appends: the table directory and every other table. glyf comes
 * last so that its pieces, compressed once, can follow. CIDs flagged in `present` have their
 * outline in glyf (in CID order, each padded to 4 bytes) and their metrics; the others are
 * empty, with zero metrics.
 */
export function writeFontPrefix(
  source: GlyphSource,
  present: Uint8Array,
  count: number,
  glyfLength: number,
  glyfChecksum: number,
): Uint8Array {
  const sizes = new Map<string, number>([
    ['head', 54],
    ['hhea', 36],
    ['hmtx', count * 4],
    ['loca', (count + 1) * 4],
    ['maxp', requireTable(source.tables, 'maxp').length],
  ]);
  for (const tag of COPIED_TABLES) {
    const table = source.tables.get(tag);
    if (table) sizes.set(tag, table.length);
  }
  const tags = [...sizes.keys(), 'glyf'].sort();
  const offsets = new Map<string, number>();
  let total = 12 + 16 * tags.length;
  for (const tag of sizes.keys()) {
    offsets.set(tag, total);
    total += (sizes.get(tag)! + 3) & ~3;
  }
  offsets.set('glyf', total);
  sizes.set('glyf', glyfLength);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);

  // Offset table.
  let power = 1;
  let log = 0;
  while (power * 2 <= tags.length) {
    power *= 2;
    log++;
  }
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tags.length);
  view.setUint16(6, power * 16);
  view.setUint16(8, log);
  view.setUint16(10, tags.length * 16 - power * 16);

  // loca and hmtx.
  const locaAt = offsets.get('loca')!;
  const hmtxAt = offsets.get('hmtx')!;
  let position = 0;
  let advanceMax = 0;
  for (let cid = 0; cid < count; cid++) {
    view.setUint32(locaAt + cid * 4, position);
    if (!present[cid]) continue;
    position += (source.records[cid]!.length + 3) & ~3;
    const advance = source.advances[cid]!;
    if (advance > advanceMax) advanceMax = advance;
    view.setUint16(hmtxAt + cid * 4, advance);
    view.setInt16(hmtxAt + cid * 4 + 2, source.bearings[cid]!);
  }
  view.setUint32(locaAt + count * 4, position);
  if (position !== glyfLength) throw new Error('police : glyf et loca diffèrent');

  const headAt = offsets.get('head')!;
  out.set(requireTable(source.tables, 'head').subarray(0, 54), headAt);
  view.setUint32(headAt + 8, 0); // checkSumAdjustment, set last
  view.setInt16(headAt + 50, 1); // long loca offsets

  const hheaAt = offsets.get('hhea')!;
  out.set(requireTable(source.tables, 'hhea').subarray(0, 36), hheaAt);
  view.setUint16(hheaAt + 10, advanceMax);
  view.setUint16(hheaAt + 34, count);

  const maxpAt = offsets.get('maxp')!;
  out.set(requireTable(source.tables, 'maxp'), maxpAt);
  view.setUint16(maxpAt + 4, count);

  for (const tag of COPIED_TABLES) {
    const table = source.tables.get(tag);
    if (table) out.set(table, offsets.get(tag));
  }

  // Table directory, sorted by tag, with checksums.
  tags.forEach((tag, i) => {
    const record = 12 + 16 * i;
    for (let c = 0; c < 4; c++) out[record + c] = tag.charCodeAt(c);
    const at = offsets.get(tag)!;
    const length = sizes.get(tag)!;
    view.setUint32(record + 4, tag === 'glyf' ? glyfChecksum : checksum(out, at, length));
    view.setUint32(record + 8, at);
    view.setUint32(record + 12, length);
  });
  view.setUint32(headAt + 8, (0xb1b0afba - checksum(out) - glyfChecksum) >>> 0);
  return out;
}
