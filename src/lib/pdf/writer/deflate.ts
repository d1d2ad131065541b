/**
 * zlib streams assembled from pieces compressed at different times: a piece that never changes
 * (the common glyphs of a font) is compressed once per process and spliced between pieces
 * compressed per document.
 *
 * Raw deflate data ending with a full flush is a whole number of non-final blocks, byte-aligned,
 * whose back-references stay within the piece: such pieces concatenate into one valid deflate
 * stream, closed by a piece compressed normally. The zlib wrapper adds a two-byte header and
 * the Adler-32 checksum of everything, combined from the pieces' checksums.
 */
import zlib from 'node:zlib';

/** This module's file (or the bundle chunk holding it): part of the PDF cache key. */
export const SOURCE_URL = import.meta.url;

const BASE = 65521;
/** Largest n such that 255·n·(n+1)/2 + (n+1)·(BASE−1) fits in 32 bits (zlib's NMAX). */
const NMAX = 5552;

export function adler32(data: Uint8Array, start = 1): number {
  let a = start & 0xffff;
  let b = start >>> 16;
  let i = 0;
  while (i < data.length) {
    const end = Math.min(i + NMAX, data.length);
    for (; i < end; i++) {
      a += data[i]!;
      b += a;
    }
    a %= BASE;
    b %= BASE;
  }
  return ((b << 16) | a) >>> 0;
}

/** Adler-32 of A followed by B, from adler(A), adler(B) and the length of B (zlib's adler32_combine). */
export function adler32Combine(first: number, second: number, secondLength: number): number {
  const rem = secondLength % BASE;
  let sum1 = first & 0xffff;
  let sum2 = (rem * sum1) % BASE;
  sum1 += (second & 0xffff) + BASE - 1;
  sum2 += (first >>> 16) + (second >>> 16) + BASE - rem;
  if (sum1 >= BASE) sum1 -= BASE;
  if (sum1 >= BASE) sum1 -= BASE;
  if (sum2 >= BASE * 2) sum2 -= BASE * 2;
  if (sum2 >= BASE) sum2 -= BASE;
  return ((sum2 << 16) | sum1) >>> 0;
}

/** A piece of a stream, compressed: raw deflate blocks, the last one final only at the end. */
export interface DeflatePiece {
  deflated: Uint8Array;
  /** Uncompressed length and Adler-32. */
  length: number;
  adler: number;
}

/** A piece that more pieces may follow (it ends with a full flush). */
export function deflatePiece(data: Uint8Array, level: number): DeflatePiece {
  return {
    deflated: zlib.deflateRawSync(data, { level, finishFlush: zlib.constants.Z_FULL_FLUSH }),
    length: data.length,
    adler: adler32(data),
  };
}

/** The piece that ends a stream. */
export function finalPiece(data: Uint8Array, level: number): DeflatePiece {
  return {
    deflated: zlib.deflateRawSync(data, { level }),
    length: data.length,
    adler: adler32(data),
  };
}

/** An empty final piece: one empty block with fixed codes, marked final. */
export const EMPTY_TAIL: DeflatePiece = {
  deflated: new Uint8Array([0x03, 0x00]),
  length: 0,
  adler: 1,
};

/** A zlib stream of `pieces` then `tail`, all already compressed. */
export function joinDeflated(pieces: readonly DeflatePiece[], tail: DeflatePiece): Uint8Array {
  let adler = 1;
  let length = 2 + tail.deflated.length + 4;
  for (const piece of pieces) {
    adler = adler32Combine(adler, piece.adler, piece.length);
    length += piece.deflated.length;
  }
  adler = adler32Combine(adler, tail.adler, tail.length);
  const out = new Uint8Array(length);
  out[0] = 0x78;
  out[1] = 0x9c;
  let at = 2;
  for (const piece of pieces) {
    out.set(piece.deflated, at);
    at += piece.deflated.length;
  }
  out.set(tail.deflated, at);
  at += tail.deflated.length;
  new DataView(out.buffer).setUint32(at, adler);
  return out;
}
