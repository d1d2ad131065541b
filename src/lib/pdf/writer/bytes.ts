/**
 * A growable byte buffer for PDF syntax (ASCII) and binary data: content streams and the file
 * are written straight into bytes, and the buffers are kept for the next document.
 */

/** This module's file (or the bundle chunk holding it): part of the PDF cache key. */
export const SOURCE_URL = import.meta.url;

export class ByteWriter {
  private buffer: Buffer;
  length = 0;

  constructor(capacity = 16 * 1024) {
    this.buffer = Buffer.allocUnsafe(capacity);
  }

  private ensure(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let capacity = this.buffer.length * 2;
    while (capacity < this.length + extra) capacity *= 2;
    const grown = Buffer.allocUnsafe(capacity);
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }

  /** Writes text whose characters are all below U+0100, one byte each. */
  ascii(text: string): void {
    const length = text.length;
    this.ensure(length);
    if (length > 48) {
      this.length += this.buffer.write(text, this.length, 'latin1');
      return;
    }
    // Short strings (operators, numbers): a loop beats a call into the runtime.
    const buffer = this.buffer;
    let at = this.length;
    for (let i = 0; i < length; i++) buffer[at++] = text.charCodeAt(i);
    this.length = at;
  }

  /**
   * Writes a number with at most two decimals, as num() formats it, without making a string:
   * content streams hold thousands of coordinates.
   */
  number(value: number): void {
    this.ensure(24);
    const buffer = this.buffer;
    let at = this.length;
    if ((value | 0) === value && value >= 0) {
      // A whole number (object numbers, MCIDs, QR modules): its digits, no rounding.
      if (value < 10) {
        buffer[at] = 0x30 + value;
        this.length = at + 1;
        return;
      }
      if (value < 100) {
        buffer[at] = 0x30 + ((value / 10) | 0);
        buffer[at + 1] = 0x30 + (value % 10);
        this.length = at + 2;
        return;
      }
    }
    let hundredths = Math.round(value * 100);
    if (hundredths < 0) {
      buffer[at++] = 0x2d;
      hundredths = -hundredths;
    }
    const fraction = hundredths % 100;
    let whole = (hundredths - fraction) / 100;
    // Digits of the whole part, most significant first.
    let digits = 1;
    for (let power = 10; power <= whole; power *= 10) digits++;
    at += digits;
    for (let i = 1; i <= digits; i++) {
      buffer[at - i] = 0x30 + (whole % 10);
      whole = Math.floor(whole / 10);
    }
    if (fraction !== 0) {
      buffer[at++] = 0x2e;
      buffer[at++] = 0x30 + Math.floor(fraction / 10);
      if (fraction % 10 !== 0) buffer[at++] = 0x30 + (fraction % 10);
    }
    this.length = at;
  }

  /**
   * Writes one operation: the operands `values[from…to)`, each followed by a space, then the
   * operator and a line feed. Whole numbers below 1000 (QR code modules) are written inline.
   */
  operation(values: readonly number[], from: number, to: number, operator: string): void {
    // Room for the longest numbers number() writes (24 bytes), so that no write moves the buffer.
    this.ensure((to - from) * 25 + operator.length + 1);
    const buffer = this.buffer;
    let at = this.length;
    for (let i = from; i < to; i++) {
      const value = values[i]!;
      if ((value | 0) === value && value >= 0 && value < 1000) {
        if (value >= 100) buffer[at++] = 0x30 + ((value / 100) | 0);
        if (value >= 10) buffer[at++] = 0x30 + (((value / 10) | 0) % 10);
        buffer[at++] = 0x30 + (value % 10);
      } else {
        this.length = at;
        this.number(value);
        at = this.length;
      }
      buffer[at++] = 0x20;
    }
    for (let i = 0; i < operator.length; i++) buffer[at++] = operator.charCodeAt(i);
    buffer[at++] = 0x0a;
    this.length = at;
  }

  /** Writes an indirect reference, `ref 0 R`. */
  reference(ref: number): void {
    this.number(ref);
    this.ensure(4);
    const buffer = this.buffer;
    const at = this.length;
    buffer[at] = 0x20;
    buffer[at + 1] = 0x30;
    buffer[at + 2] = 0x20;
    buffer[at + 3] = 0x52;
    this.length = at + 4;
  }

  /** Writes a non-negative integer with leading zeros to `digits` digits. */
  padded(value: number, digits: number): void {
    this.ensure(digits);
    const buffer = this.buffer;
    let rest = value;
    for (let i = this.length + digits - 1; i >= this.length; i--) {
      buffer[i] = 0x30 + (rest % 10);
      rest = Math.floor(rest / 10);
    }
    this.length += digits;
  }

  /** Copies `length` bytes of `source` from `from`. */
  copy(source: Uint8Array, from: number, length: number): void {
    this.ensure(length);
    const buffer = this.buffer;
    let at = this.length;
    for (let i = from, end = from + length; i < end; i++) buffer[at++] = source[i]!;
    this.length = at;
  }

  bytes(data: Uint8Array): void {
    this.ensure(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
  }

  /** The bytes written so far (a view: valid until the next write or reset). */
  view(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  reset(): void {
    this.length = 0;
  }
}

/** Buffers kept between documents: a worker draws thousands of sheets, one at a time. */
const pool: ByteWriter[] = [];

export function takeWriter(): ByteWriter {
  const writer = pool.pop() ?? new ByteWriter();
  writer.reset();
  return writer;
}

export function releaseWriter(writer: ByteWriter): void {
  if (pool.length < 16) pool.push(writer);
}
