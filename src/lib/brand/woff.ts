/**
 * TrueType/OpenType → WOFF 1.0 (W3C Recommendation, 2012): the same tables, each compressed with
 * zlib. Every browser reads it, and a face of Source Sans 3 goes from 381 KB to about half:
 * pages download it on each first visit, the PDF sheets keep embedding the TTF.
 */
import { deflateSync } from 'node:zlib';

const HEADER = 44;
const ENTRY = 20;
const pad4 = (n: number) => (n + 3) & ~3;

export function toWoff(sfnt: Uint8Array): Uint8Array<ArrayBuffer> {
  const input = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const numTables = input.getUint16(4);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const record = 12 + i * 16;
    const offset = input.getUint32(record + 8);
    const length = input.getUint32(record + 12);
    const data = sfnt.subarray(offset, offset + length);
    const compressed = deflateSync(data, { level: 9 });
    return {
      tag: input.getUint32(record),
      checksum: input.getUint32(record + 4),
      length,
      // A table is stored as it is when compressing does not make it smaller.
      stored: compressed.length < length ? compressed : data,
    };
  });
  const sfntSize = 12 + 16 * numTables + tables.reduce((sum, t) => sum + pad4(t.length), 0);
  let offset = HEADER + ENTRY * numTables;
  const entries = tables.map((table) => {
    const entry = { ...table, offset };
    offset += pad4(table.stored.length);
    return entry;
  });
  const out = new Uint8Array(offset);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x774f4646); // 'wOFF'
  view.setUint32(4, input.getUint32(0)); // flavor: the sfnt version
  view.setUint32(8, out.length);
  view.setUint16(12, numTables);
  view.setUint32(16, sfntSize);
  view.setUint16(20, 1); // font version 1.0; metadata and private blocks stay empty
  entries.forEach((entry, i) => {
    const at = HEADER + i * ENTRY;
    view.setUint32(at, entry.tag);
    view.setUint32(at + 4, entry.offset);
    view.setUint32(at + 8, entry.stored.length);
    view.setUint32(at + 12, entry.length);
    view.setUint32(at + 16, entry.checksum);
    out.set(entry.stored, entry.offset);
  });
  return out;
}
