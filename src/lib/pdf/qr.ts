/** A QR code drawn as vector rectangles: sharp at any print size, a few hundred bytes. */
import QRCode from 'qrcode';

/** This module's file (or the bundle chunk holding it): part of the PDF cache key. */
export const SOURCE_URL = import.meta.url;

/** Quiet zone around the code, in modules (the standard asks for 4). */
const QUIET_ZONE = 4;

export interface QrMatrix {
  size: number;
  /** Row-major, 1 = dark. */
  modules: Uint8Array;
}

export function getQrMatrix(text: string): QrMatrix {
  // Level M survives a crease or a stain on a printed sheet and keeps the code small.
  // One byte-mode segment: qrcode's mixed-mode optimiser costs milliseconds and saves nothing
  // on a lowercase URL.
  const { modules } = QRCode.create([{ data: Buffer.from(text, 'utf8'), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
  });
  return { size: modules.size, modules: Uint8Array.from(modules.data) };
}

/** Side of the drawn square, quiet zone included, for a module size. */
export function getQrSide(matrix: QrMatrix, moduleSize: number): number {
  return (matrix.size + 2 * QUIET_ZONE) * moduleSize;
}

/** Draws the code with its top-left corner (quiet zone included) at x, y. */
export function drawQr(
  doc: PDFKit.PDFDocument,
  matrix: QrMatrix,
  x: number,
  y: number,
  moduleSize: number,
): void {
  const { size, modules } = matrix;
  const side = getQrSide(matrix, moduleSize);
  doc.save();
  doc.rect(x, y, side, side).fill('#ffffff');
  const left = x + QUIET_ZONE * moduleSize;
  const top = y + QUIET_ZONE * moduleSize;
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!modules[row * size + col]) {
        col++;
        continue;
      }
      // One rectangle per horizontal run of dark modules.
      const start = col;
      while (col < size && modules[row * size + col]) col++;
      doc.rect(
        left + start * moduleSize,
        top + row * moduleSize,
        (col - start) * moduleSize,
        moduleSize,
      );
    }
  }
  doc.fill('#000000');
  doc.restore();
}
