/**
 * A QR code (ISO/IEC 18004) for the offer's URL, drawn as vector rectangles: sharp at any print
 * size, a few hundred bytes.
 *
 * The encoder is written out here, for one use: byte mode, error correction level M (survives a
 * crease or a stain on a printed sheet). The `qrcode` package spent ~2 ms per sheet choosing
 * the mask alone; this one takes ~0.1 ms and gives the same symbol, module for module (its tests
 * compare the two).
 */
import type { Doc } from './layout.ts';
import { COLORS } from './layout.ts';

/** This module's file (or the bundle chunk holding it): part of the PDF cache key. */
export const SOURCE_URL = import.meta.url;

/** Quiet zone around the code, in modules (the standard asks for 4). */
const QUIET_ZONE = 4;

export interface QrMatrix {
  size: number;
  /** Row-major, 1 = dark. */
  modules: Uint8Array;
}

/** Codewords per version (1–40), data and error correction together. */
const CODEWORDS = [
  26, 44, 70, 100, 134, 172, 196, 242, 292, 346, 404, 466, 532, 581, 655, 733, 815, 901, 991, 1085,
  1156, 1258, 1364, 1474, 1588, 1706, 1828, 1921, 2051, 2185, 2323, 2465, 2611, 2761, 2876, 3034,
  3196, 3362, 3532, 3706,
];
/** Level M: error correction blocks per version, and their error correction codewords in all. */
const BLOCKS_M = [
  1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26,
  28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
];
const EC_CODEWORDS_M = [
  10, 16, 26, 36, 48, 64, 72, 88, 110, 130, 150, 176, 198, 216, 240, 280, 308, 338, 364, 416, 442,
  476, 504, 560, 588, 644, 700, 728, 784, 812, 868, 924, 980, 1036, 1064, 1120, 1204, 1260, 1316,
  1372,
];

// Arithmetic in GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1.
const EXP = new Uint8Array(512);
const LOG = new Uint8Array(256);
{
  let x = 1;
  for (let i = 0; i < 255; i++) {
    EXP[i] = x;
    LOG[x] = i;
    x <<= 1;
    if (x & 0x100) x ^= 0x11d;
  }
  for (let i = 255; i < 512; i++) EXP[i] = EXP[i - 255]!;
}

const generators = new Map<number, Uint8Array>();

/** Coefficients of ∏(x − αⁱ), i < degree, highest first (the leading 1 included). */
function generator(degree: number): Uint8Array {
  const cached = generators.get(degree);
  if (cached) return cached;
  let poly: Uint8Array = new Uint8Array([1]);
  for (let i = 0; i < degree; i++) {
    const next: Uint8Array = new Uint8Array(poly.length + 1);
    for (let j = 0; j < poly.length; j++) {
      next[j] = next[j]! ^ poly[j]!;
      if (poly[j]) next[j + 1] = next[j + 1]! ^ EXP[LOG[poly[j]!]! + i]!;
    }
    poly = next;
  }
  generators.set(degree, poly);
  return poly;
}

const generatorLogs = new Map<number, Int16Array>();

/** Logarithms of the generator's coefficients after the leading 1 (-1 for a zero one). */
function generatorLog(degree: number): Int16Array {
  let logs = generatorLogs.get(degree);
  if (!logs) {
    const poly = generator(degree);
    logs = new Int16Array(degree);
    for (let j = 0; j < degree; j++) logs[j] = poly[j + 1] ? LOG[poly[j + 1]!]! : -1;
    generatorLogs.set(degree, logs);
  }
  return logs;
}

/** Reed-Solomon error correction codewords of a block. */
function errorCorrection(data: Uint8Array, degree: number): Uint8Array {
  const logs = generatorLog(degree);
  const remainder = new Uint8Array(degree);
  for (let k = 0; k < data.length; k++) {
    // Shift the remainder by one codeword, adding the generator times the factor.
    const factor = data[k]! ^ remainder[0]!;
    const logFactor = factor === 0 ? -1 : LOG[factor]!;
    for (let j = 0; j < degree; j++) {
      const next = j + 1 < degree ? remainder[j + 1]! : 0;
      const log = logs[j]!;
      remainder[j] = logFactor < 0 || log < 0 ? next : next ^ EXP[log + logFactor]!;
    }
  }
  return remainder;
}

/** The data and error correction codewords of the symbol, interleaved. */
function codewords(bytes: Uint8Array, version: number): Uint8Array {
  const total = CODEWORDS[version - 1]!;
  const ecTotal = EC_CODEWORDS_M[version - 1]!;
  const dataTotal = total - ecTotal;
  const data = new Uint8Array(dataTotal);
  // Mode (0100, byte), length (8 or 16 bits), then the bytes: each straddles two codewords.
  const count = bytes.length;
  let at: number;
  if (version < 10) {
    data[0] = 0x40 | (count >> 4);
    data[1] = (count & 0x0f) << 4;
    at = 1;
  } else {
    data[0] = 0x40 | (count >> 12);
    data[1] = (count >> 4) & 0xff;
    data[2] = (count & 0x0f) << 4;
    at = 2;
  }
  for (let i = 0; i < count; i++) {
    const byte = bytes[i]!;
    data[at] = data[at]! | (byte >> 4);
    data[++at] = (byte & 0x0f) << 4;
  }
  let bit = at * 8 + 4;
  // Terminator (up to four 0 bits), then whole bytes, then the pad codewords 0xEC 0x11.
  bit = Math.min(bit + 4, dataTotal * 8);
  bit = Math.ceil(bit / 8) * 8;
  for (let i = 0; bit < dataTotal * 8; i++, bit += 8) data[bit >> 3] = i % 2 ? 0x11 : 0xec;

  const blocks = BLOCKS_M[version - 1]!;
  const blocksInGroup2 = total % blocks;
  const blocksInGroup1 = blocks - blocksInGroup2;
  const dataInGroup1 = Math.floor(dataTotal / blocks);
  const ecCount = Math.floor(total / blocks) - dataInGroup1;
  const dataBlocks: Uint8Array[] = [];
  const ecBlocks: Uint8Array[] = [];
  let offset = 0;
  for (let b = 0; b < blocks; b++) {
    const size = b < blocksInGroup1 ? dataInGroup1 : dataInGroup1 + 1;
    const block = data.subarray(offset, offset + size);
    dataBlocks.push(block);
    ecBlocks.push(errorCorrection(block, ecCount));
    offset += size;
  }
  const out = new Uint8Array(total);
  let index = 0;
  for (let i = 0; i <= dataInGroup1; i++)
    for (const block of dataBlocks) if (i < block.length) out[index++] = block[i]!;
  for (let i = 0; i < ecCount; i++) for (const block of ecBlocks) out[index++] = block[i]!;
  return out;
}

/** Most significant bit position + 1. */
function bitLength(value: number): number {
  return 32 - Math.clz32(value);
}

/** Error correction level (M = 0) and mask, with their BCH code, as the 15 format bits. */
function formatBits(mask: number): number {
  const data = mask; // level M is 00
  const g15 = 0b10100110111;
  let d = data << 10;
  while (bitLength(d) - bitLength(g15) >= 0) d ^= g15 << (bitLength(d) - bitLength(g15));
  return ((data << 10) | d) ^ 0b101010000010010;
}

function versionBits(version: number): number {
  const g18 = 0b1111100100101;
  let d = version << 12;
  while (bitLength(d) - bitLength(g18) >= 0) d ^= g18 << (bitLength(d) - bitLength(g18));
  return (version << 12) | d;
}

function alignmentCoordinates(version: number): number[] {
  if (version === 1) return [];
  const count = Math.floor(version / 7) + 2;
  const size = version * 4 + 17;
  const interval = size === 145 ? 26 : Math.ceil((size - 13) / (2 * count - 2)) * 2;
  const positions = [size - 7];
  for (let i = 1; i < count - 1; i++) positions.push(positions[i - 1]! - interval);
  positions.push(6);
  return positions.reverse();
}

function maskAt(mask: number, row: number, col: number): boolean {
  switch (mask) {
    case 0:
      return (row + col) % 2 === 0;
    case 1:
      return row % 2 === 0;
    case 2:
      return col % 3 === 0;
    case 3:
      return (row + col) % 3 === 0;
    case 4:
      return (Math.floor(row / 2) + Math.floor(col / 3)) % 2 === 0;
    case 5:
      return ((row * col) % 2) + ((row * col) % 3) === 0;
    case 6:
      return (((row * col) % 2) + ((row * col) % 3)) % 2 === 0;
    default:
      return (((row * col) % 3) + ((row + col) % 2)) % 2 === 0;
  }
}

/**
 * Penalty of the symbol under a mask (the four rules, as the qrcode package scores them):
 * `modules` unmasked, `mask` the modules the mask inverts.
 */
function penalty(modules: Uint8Array, mask: Uint8Array, size: number): number {
  let points = 0;
  let dark = 0;
  for (let row = 0; row < size; row++) {
    const base = row * size;
    let last = modules[base]! ^ mask[base]!;
    let bits = last;
    let run = 1;
    dark += last;
    for (let col = 1; col < size; col++) {
      const value = modules[base + col]! ^ mask[base + col]!;
      dark += value;
      bits = ((bits << 1) & 0x7ff) | value;
      if (value === last) run++;
      else {
        if (run >= 5) points += run - 2;
        last = value;
        run = 1;
      }
      if (col >= 10 && (bits === 0x5d0 || bits === 0x05d)) points += 40;
    }
    if (run >= 5) points += run - 2;
  }
  for (let col = 0; col < size; col++) {
    let last = modules[col]! ^ mask[col]!;
    let bits = last;
    let run = 1;
    for (let row = 1, at = col + size; row < size; row++, at += size) {
      const value = modules[at]! ^ mask[at]!;
      bits = ((bits << 1) & 0x7ff) | value;
      if (value === last) run++;
      else {
        if (run >= 5) points += run - 2;
        last = value;
        run = 1;
      }
      if (row >= 10 && (bits === 0x5d0 || bits === 0x05d)) points += 40;
    }
    if (run >= 5) points += run - 2;
  }
  for (let row = 0; row < size - 1; row++) {
    let at = row * size;
    let left = (modules[at]! ^ mask[at]!) + (modules[at + size]! ^ mask[at + size]!);
    for (let col = 1; col < size; col++) {
      at++;
      const right = (modules[at]! ^ mask[at]!) + (modules[at + size]! ^ mask[at + size]!);
      const sum = left + right;
      if (sum === 0 || sum === 4) points += 3;
      left = right;
    }
  }
  points += Math.abs(Math.ceil((dark * 100) / (size * size) / 5) - 10) * 10;
  return points;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Bits 0…count-1 of a two-word line. */
function validLow(count: number): number {
  return count >= 32 ? -1 : count <= 0 ? 0 : (1 << count) - 1;
}
function validHigh(count: number): number {
  return count <= 32 ? 0 : count >= 64 ? -1 : (1 << (count - 32)) - 1;
}

/**
 * Penalty rules 1 and 3 for one line (a row or a column) of up to 64 modules, as bits (module i
 * is bit i of `low`, or of `high` from 32 on): the same as the scalar loop of penalty(), on 32
 * modules at a time. `fiveLow`…`elevenHigh` mask the positions where a run of 5, a window of
 * 11, can start.
 */
function linePenalty(
  low: number,
  high: number,
  fiveLow: number,
  fiveHigh: number,
  elevenLow: number,
  elevenHigh: number,
): number {
  // Rule 1: a run of k ≥ 5 equal modules costs k - 2. `run5`: a run of 5 starts at i; `start`:
  // a run starts at i. Each run of k ≥ 5 has k - 4 bits in run5, one of them in start too.
  const eqLow = ~(low ^ ((low >>> 1) | (high << 31)));
  const eqHigh = ~(high ^ (high >>> 1));
  const run5Low =
    eqLow &
    ((eqLow >>> 1) | (eqHigh << 31)) &
    ((eqLow >>> 2) | (eqHigh << 30)) &
    ((eqLow >>> 3) | (eqHigh << 29)) &
    fiveLow;
  const run5High = eqHigh & (eqHigh >>> 1) & (eqHigh >>> 2) & (eqHigh >>> 3) & fiveHigh;
  const startLow = (low ^ (low << 1)) | 1;
  const startHigh = high ^ ((high << 1) | (low >>> 31));
  const runs =
    popcount(run5Low) +
    popcount(run5High) +
    2 * (popcount(run5Low & startLow) + popcount(run5High & startHigh));
  // Rule 3: 1011101 with four light modules after (A) or before (B) it, in an 11-module window
  // from i: s_j is the line shifted by j, so that bit i of s_j is module i + j.
  const s1l = (low >>> 1) | (high << 31);
  const s2l = (low >>> 2) | (high << 30);
  const s3l = (low >>> 3) | (high << 29);
  const s4l = (low >>> 4) | (high << 28);
  const s5l = (low >>> 5) | (high << 27);
  const s6l = (low >>> 6) | (high << 26);
  const s7l = (low >>> 7) | (high << 25);
  const s8l = (low >>> 8) | (high << 24);
  const s9l = (low >>> 9) | (high << 23);
  const s10l = (low >>> 10) | (high << 22);
  const shared = ~s1l & s4l & ~s5l & s6l & ~s9l & elevenLow;
  const aLow = shared & low & s2l & s3l & ~s7l & ~s8l & ~s10l;
  const bLow = shared & ~low & ~s2l & ~s3l & s7l & s8l & s10l;
  const sharedHigh =
    ~(high >>> 1) & (high >>> 4) & ~(high >>> 5) & (high >>> 6) & ~(high >>> 9) & elevenHigh;
  const aHigh =
    sharedHigh &
    high &
    (high >>> 2) &
    (high >>> 3) &
    ~(high >>> 7) &
    ~(high >>> 8) &
    ~(high >>> 10);
  const bHigh =
    sharedHigh &
    ~high &
    ~(high >>> 2) &
    ~(high >>> 3) &
    (high >>> 7) &
    (high >>> 8) &
    (high >>> 10);
  return runs + 40 * (popcount(aLow) + popcount(aHigh) + popcount(bLow) + popcount(bHigh));
}

/** Lines of a symbol as pairs of words: rows, or columns when `columns` is set. */
function packLines(modules: Uint8Array, size: number, columns: boolean): Int32Array {
  const lines = new Int32Array(size * 2);
  // Module (row, col) goes to line `row` bit `col`, or line `col` bit `row`.
  const along = columns ? size : 1;
  const across = columns ? 1 : size;
  for (let line = 0; line < size; line++) {
    let low = 0;
    let high = 0;
    let at = line * across;
    for (let i = 0; i < 32 && i < size; i++, at += along) low |= modules[at]! << i;
    for (let i = 32; i < size; i++, at += along) high |= modules[at]! << (i - 32);
    lines[line * 2] = low;
    lines[line * 2 + 1] = high;
  }
  return lines;
}

/**
 * penalty() for symbols up to 64 modules wide (version 11; an offer's URL needs 7 or 8): rows
 * and columns as bits, XORed with the mask's, scored 32 modules at a time. Stops early, with
 * a score of `limit` or more, once the score reaches `limit`.
 */
function packedPenalty(
  rows: Int32Array,
  columns: Int32Array,
  maskRows: Int32Array,
  maskColumns: Int32Array,
  size: number,
  limit: number,
): number {
  let points = 0;
  let dark = 0;
  const lowMask = validLow(size);
  const highMask = validHigh(size);
  const pairLow = validLow(size - 1);
  const pairHigh = validHigh(size - 1);
  const fiveLow = validLow(size - 4);
  const fiveHigh = validHigh(size - 4);
  const elevenLow = validLow(size - 10);
  const elevenHigh = validHigh(size - 10);
  let previousLow = 0;
  let previousHigh = 0;
  for (let line = 0; line < size; line++) {
    const low = (rows[line * 2]! ^ maskRows[line * 2]!) & lowMask;
    const high = (rows[line * 2 + 1]! ^ maskRows[line * 2 + 1]!) & highMask;
    points += linePenalty(low, high, fiveLow, fiveHigh, elevenLow, elevenHigh);
    dark += popcount(low) + popcount(high);
    if (line > 0) {
      // Rule 2: 2×2 blocks of one colour, between this row and the previous one.
      const sameLow = ~(low ^ previousLow);
      const sameHigh = ~(high ^ previousHigh);
      const rowLow = ~(previousLow ^ ((previousLow >>> 1) | (previousHigh << 31)));
      const rowHigh = ~(previousHigh ^ (previousHigh >>> 1));
      const blockLow = sameLow & ((sameLow >>> 1) | (sameHigh << 31)) & rowLow & pairLow;
      const blockHigh = sameHigh & (sameHigh >>> 1) & rowHigh & pairHigh;
      points += 3 * (popcount(blockLow) + popcount(blockHigh));
    }
    previousLow = low;
    previousHigh = high;
    points += linePenalty(
      (columns[line * 2]! ^ maskColumns[line * 2]!) & lowMask,
      (columns[line * 2 + 1]! ^ maskColumns[line * 2 + 1]!) & highMask,
      fiveLow,
      fiveHigh,
      elevenLow,
      elevenHigh,
    );
    // Every rule adds points: a mask already at the best one's score cannot beat it.
    if (points >= limit) return points;
  }
  points += Math.abs(Math.ceil((dark * 100) / (size * size) / 5) - 10) * 10;
  return points;
}

interface Template {
  size: number;
  /** Function patterns (finders, timing, alignment, version), format areas left light. */
  modules: Uint8Array;
  /** 1 where a module belongs to a function pattern or the format information. */
  reserved: Uint8Array;
  /** For each mask, the modules it inverts (data modules only). */
  masks: Uint8Array[];
  /** The format information modules, as indexes in `modules`, in bit order. */
  formatCells: number[][];
  /** For each mask, its inverted modules and format information as packed rows and columns. */
  packedMasks: { rows: Int32Array; columns: Int32Array }[];
  /** The data modules, in the order the codewords' bits fill them. */
  dataCells: Uint16Array;
}

const templates = new Map<number, Template>();

/** Everything about a symbol that depends on its version only, built once per version. */
function getTemplate(version: number): Template {
  const cached = templates.get(version);
  if (cached) return cached;
  const size = version * 4 + 17;
  const modules = new Uint8Array(size * size);
  const reserved = new Uint8Array(size * size);
  const set = (row: number, col: number, dark: boolean | number): void => {
    modules[row * size + col] = dark ? 1 : 0;
    reserved[row * size + col] = 1;
  };

  // Finder patterns and their separators.
  for (const [row, col] of [
    [0, 0],
    [size - 7, 0],
    [0, size - 7],
  ] as const) {
    for (let r = -1; r <= 7; r++) {
      if (row + r < 0 || row + r >= size) continue;
      for (let c = -1; c <= 7; c++) {
        if (col + c < 0 || col + c >= size) continue;
        const dark =
          (r >= 0 && r <= 6 && (c === 0 || c === 6)) ||
          (c >= 0 && c <= 6 && (r === 0 || r === 6)) ||
          (r >= 2 && r <= 4 && c >= 2 && c <= 4);
        set(row + r, col + c, dark);
      }
    }
  }
  // Timing patterns.
  for (let i = 8; i < size - 8; i++) {
    set(i, 6, i % 2 === 0);
    set(6, i, i % 2 === 0);
  }
  // Alignment patterns, except where the finders are.
  const coordinates = alignmentCoordinates(version);
  const last = coordinates.length - 1;
  coordinates.forEach((row, i) => {
    coordinates.forEach((col, j) => {
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return;
      for (let r = -2; r <= 2; r++)
        for (let c = -2; c <= 2; c++)
          set(row + r, col + c, r === -2 || r === 2 || c === -2 || c === 2 || (r === 0 && c === 0));
    });
  });
  // Version information (version 7 and up).
  if (version >= 7) {
    const bits = versionBits(version);
    for (let i = 0; i < 18; i++) {
      const dark = (bits >> i) & 1;
      const a = Math.floor(i / 3);
      const b = (i % 3) + size - 11;
      set(a, b, dark);
      set(b, a, dark);
    }
  }
  // Format information: two copies of 15 bits, and the dark module beside them.
  const formatCells: number[][] = [];
  for (let i = 0; i < 15; i++) {
    const cells: number[] = [];
    if (i < 6) cells.push(i * size + 8);
    else if (i < 8) cells.push((i + 1) * size + 8);
    else cells.push((size - 15 + i) * size + 8);
    if (i < 8) cells.push(8 * size + size - i - 1);
    else if (i < 9) cells.push(8 * size + 15 - i);
    else cells.push(8 * size + 14 - i);
    for (const cell of cells) reserved[cell] = 1;
    formatCells.push(cells);
  }
  set(size - 8, 8, 1);

  const masks = Array.from({ length: 8 }, (_, mask) => {
    const bits = new Uint8Array(size * size);
    for (let r = 0; r < size; r++)
      for (let c = 0; c < size; c++)
        if (!reserved[r * size + c] && maskAt(mask, r, c)) bits[r * size + c] = 1;
    return bits;
  });
  const packedMasks = masks.map((bits, mask) => {
    const xor = bits.slice();
    const format = formatBits(mask);
    for (let i = 0; i < 15; i++) for (const cell of formatCells[i]!) xor[cell] = (format >> i) & 1;
    return { rows: packLines(xor, size, false), columns: packLines(xor, size, true) };
  });
  // Data modules: two-module columns zigzagging up and down from the bottom right.
  const cells: number[] = [];
  let row = size - 1;
  let step = -1;
  for (let col = size - 1; col > 0; col -= 2) {
    if (col === 6) col--;
    for (;;) {
      for (let c = 0; c < 2; c++) {
        const at = row * size + col - c;
        if (!reserved[at]) cells.push(at);
      }
      row += step;
      if (row < 0 || row >= size) {
        row -= step;
        step = -step;
        break;
      }
    }
  }
  const dataCells = Uint16Array.from(cells);
  const template = { size, modules, reserved, masks, formatCells, packedMasks, dataCells };
  templates.set(version, template);
  return template;
}

export function getQrMatrix(text: string): QrMatrix {
  const bytes = Buffer.from(text, 'utf8');
  let version = 1;
  while (version <= 40) {
    const capacity = (CODEWORDS[version - 1]! - EC_CODEWORDS_M[version - 1]!) * 8;
    if (4 + (version < 10 ? 8 : 16) + bytes.length * 8 <= capacity) break;
    version++;
  }
  if (version > 40) throw new Error(`URL trop longue pour un code QR : ${text}`);
  const { size, masks, formatCells, packedMasks, dataCells } = getTemplate(version);
  const modules = getTemplate(version).modules.slice();
  const setFormat = (mask: number): void => {
    const bits = formatBits(mask);
    for (let i = 0; i < 15; i++)
      for (const cell of formatCells[i]!) modules[cell] = (bits >> i) & 1;
  };

  // Data, bit by bit, most significant first; the modules left over (remainder bits) stay light.
  const data = codewords(bytes, version);
  const dataBits = Math.min(dataCells.length, data.length * 8);
  for (let i = 0; i < dataBits; i++) modules[dataCells[i]!] = (data[i >> 3]! >>> (7 - (i & 7))) & 1;

  // The mask with the lowest penalty (the first of equals).
  const packed = size <= 64;
  const rows = packed ? packLines(modules, size, false) : undefined;
  const columns = packed ? packLines(modules, size, true) : undefined;
  let best = 0;
  let lowest = Infinity;
  for (let mask = 0; mask < 8; mask++) {
    let points: number;
    if (rows && columns) {
      const { rows: maskRows, columns: maskColumns } = packedMasks[mask]!;
      points = packedPenalty(rows, columns, maskRows, maskColumns, size, lowest);
    } else {
      setFormat(mask);
      points = penalty(modules, masks[mask]!, size);
    }
    if (points < lowest) {
      lowest = points;
      best = mask;
    }
  }
  setFormat(best);
  const bits = masks[best]!;
  for (let i = 0; i < modules.length; i++) modules[i] = modules[i]! ^ bits[i]!;
  return { size, modules };
}

/** Side of the drawn square, quiet zone included, for a module size. */
export function getQrSide(matrix: QrMatrix, moduleSize: number): number {
  return (matrix.size + 2 * QUIET_ZONE) * moduleSize;
}

/** Bits `from`…`to - 1` of a 32-bit word (0 ≤ from, to ≤ 32). */
function bitRange(from: number, to: number): number {
  if (from >= to) return 0;
  return (to === 32 ? -1 : (1 << to) - 1) & (-1 << from);
}

/** Index of the lowest set bit of a non-zero word. */
function lowestBit(word: number): number {
  return 31 - Math.clz32(word & -word);
}

/**
 * The dark modules merged into rectangles: runs along a row, extended down over the rows below
 * that repeat them and are not drawn yet; column, row, width and height of each, row by row,
 * left to right.
 */
function mergeModules(matrix: QrMatrix): number[] {
  const { size, modules } = matrix;
  const rects: number[] = [];
  if (size <= 63) {
    // Rows as two words of bits (module c is bit c of the row, from bit 32 on in the second):
    // a run is found, and compared with the rows below, a word at a time.
    const rows = packLines(modules, size, false);
    const done = new Int32Array(size * 2);
    for (let row = 0; row < size; row++) {
      let low = rows[row * 2]! & ~done[row * 2]!;
      let high = rows[row * 2 + 1]! & ~done[row * 2 + 1]!;
      while ((low | high) !== 0) {
        const start = low !== 0 ? lowestBit(low) : 32 + lowestBit(high);
        // The run ends at the first module after `start` that is light or drawn (one is, at
        // `size` at the latest: bits from `size` on are clear).
        let end: number;
        if (start < 32) {
          const clear = ~low & (-1 << start);
          end = clear !== 0 ? lowestBit(clear) : 32 + lowestBit(~high);
        } else {
          end = 32 + lowestBit(~high & (-1 << (start - 32)));
        }
        const maskLow = bitRange(Math.min(start, 32), Math.min(end, 32));
        const maskHigh = bitRange(Math.max(start, 32) - 32, Math.max(end, 32) - 32);
        let bottom = row + 1;
        while (
          bottom < size &&
          (rows[bottom * 2]! & ~done[bottom * 2]! & maskLow) === maskLow &&
          (rows[bottom * 2 + 1]! & ~done[bottom * 2 + 1]! & maskHigh) === maskHigh
        ) {
          done[bottom * 2] = done[bottom * 2]! | maskLow;
          done[bottom * 2 + 1] = done[bottom * 2 + 1]! | maskHigh;
          bottom++;
        }
        low &= ~maskLow;
        high &= ~maskHigh;
        rects.push(start, row, end - start, bottom - row);
      }
    }
    return rects;
  }
  const done = new Uint8Array(size * size);
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      const at = row * size + col;
      if (!modules[at] || done[at]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && modules[row * size + col] && !done[row * size + col]) col++;
      // Grow the run downwards while the next row has the same dark run, not yet drawn.
      let bottom = row + 1;
      grow: while (bottom < size) {
        for (let c = start; c < col; c++) {
          const below = bottom * size + c;
          if (!modules[below] || done[below]) break grow;
        }
        bottom++;
      }
      for (let r = row + 1; r < bottom; r++)
        for (let cell = r * size + start, end = r * size + col; cell < end; cell++) done[cell] = 1;
      rects.push(start, row, col - start, bottom - row);
    }
  }
  return rects;
}

/**
 * Draws the code with its top-left corner (quiet zone included) at x, y: a white square, then
 * the dark modules merged into rectangles (runs along a row, extended down over rows that
 * repeat them), in module units, which keeps the content stream small.
 */
export function drawQr(doc: Doc, matrix: QrMatrix, x: number, y: number, moduleSize: number): void {
  const side = getQrSide(matrix, moduleSize);
  doc.fillRect(x, y, side, side, COLORS.white);
  const left = x + QUIET_ZONE * moduleSize;
  const top = y + QUIET_ZONE * moduleSize;
  doc.fillGrid(left, top, moduleSize, mergeModules(matrix), COLORS.black);
}
