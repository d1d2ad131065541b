/**
 * The PDF file format itself: numbered objects, a cross-reference table and a trailer. Objects
 * are written into one buffer as they come; the file identifier is made from checksums of that
 * content, so the same document always gives the same bytes.
 */
import zlib from 'node:zlib';
import { releaseWriter, takeWriter, type ByteWriter } from './bytes.ts';

/** This module's file (or the bundle chunk holding it): part of the PDF cache key. */
export const SOURCE_URL = import.meta.url;

/** Version 1.7, and a comment of high bytes telling transfer tools the file is binary. */
const HEADER = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');

export class PdfFile {
  private readonly out = takeWriter();
  /** Byte offset of each object, by number (0 is the free list head). */
  private readonly offsets: number[] = [0];

  constructor() {
    this.out.bytes(HEADER);
  }

  /** Reserves an object number. */
  alloc(): number {
    this.offsets.push(-1);
    return this.offsets.length - 1;
  }

  /**
   * Starts writing object `ref`: its body goes to the writer returned, in ASCII, then end()
   * closes it. For objects made of many small parts, which are not joined into a string first.
   */
  begin(ref: number): ByteWriter {
    const out = this.out;
    this.offsets[ref] = out.length;
    out.number(ref);
    out.ascii(' 0 obj\n');
    return out;
  }

  /** Closes the object begun. */
  end(): void {
    this.out.ascii('\nendobj\n');
  }

  /** Writes an object; `body` is PDF syntax in ASCII. */
  put(ref: number, body: string): void {
    this.begin(ref).ascii(body);
    this.end();
  }

  /** Writes a stream object: `dictionary` holds the entries other than /Length. */
  putStream(ref: number, dictionary: string, data: Uint8Array): void {
    const out = this.begin(ref);
    out.ascii('<< /Length ');
    out.number(data.length);
    out.ascii(' ');
    out.ascii(dictionary);
    out.ascii(' >>\nstream\n');
    out.bytes(data);
    out.ascii('\nendstream\nendobj\n');
  }

  /** The whole file; every allocated object must have been written. */
  toBytes(root: number, info: number): Uint8Array<ArrayBuffer> {
    const { out, offsets } = this;
    const id = fileId(out.view());
    const start = out.length;
    out.ascii(`xref\n0 ${offsets.length}\n0000000000 65535 f \n`);
    for (let ref = 1; ref < offsets.length; ref++) {
      const offset = offsets[ref]!;
      if (offset < 0) throw new Error(`objet PDF ${ref} jamais écrit`);
      out.padded(offset, 10);
      out.ascii(' 00000 n \n');
    }
    out.ascii(
      `trailer\n<< /Size ${offsets.length} /Root ${root} 0 R /Info ${info} 0 R /ID [<${id}> <${id}>] >>\n` +
        `startxref\n${start}\n%%EOF\n`,
    );
    // A buffer of its own (the writer's goes back to the pool), not cleared before the copy.
    const bytes = Buffer.allocUnsafeSlow(out.length);
    bytes.set(out.view());
    releaseWriter(out);
    return bytes;
  }
}

/**
 * The file identifier: 16 bytes from CRC-32s of the content's two halves, its length and a mix
 * of the three. The identifier only has to tell files apart; MD5, the usual choice, costs ten
 * times as much.
 */
function fileId(content: Uint8Array): string {
  const half = content.length >> 1;
  const first = zlib.crc32(content.subarray(0, half));
  const second = zlib.crc32(content.subarray(half));
  const words = [
    first,
    second,
    content.length,
    Math.imul(first ^ 0x9e3779b9, 31) ^ second ^ content.length,
  ];
  return words.map((word) => (word >>> 0).toString(16).toUpperCase().padStart(8, '0')).join('');
}
