/** PDF syntax: numbers, strings, dates and colours as they are written into a file. */

/** This module's file (or the bundle chunk holding it): part of the PDF cache key. */
export const SOURCE_URL = import.meta.url;

/**
 * A number with at most two decimals (0.01 pt is far below what print or screen shows). Written
 * from integers: formatting a float is several times slower, and content streams hold thousands.
 */
export function num(value: number): string {
  const hundredths = Math.round(value * 100);
  if (hundredths % 100 === 0) return String(hundredths / 100);
  const sign = hundredths < 0 ? '-' : '';
  const abs = hundredths < 0 ? -hundredths : hundredths;
  const fraction = abs % 100;
  const whole = (abs - fraction) / 100;
  return fraction % 10 === 0
    ? `${sign}${whole}.${fraction / 10}`
    : `${sign}${whole}.${fraction < 10 ? '0' : ''}${fraction}`;
}

const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '(': '\\(',
  ')': '\\)',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** A literal string of printable ASCII: `(text)` with `\`, `(` and `)` escaped. */
export function asciiString(text: string): string {
  return `(${text.replace(/[\\()\n\r\t\b\f]/g, (c) => ESCAPES[c]!)})`;
}

/**
 * A text string (Info dictionary, /Alt, /Lang): plain ASCII stays readable, anything else is
 * written as UTF-16BE with a byte order mark, the one encoding every reader decodes.
 */
export function textString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return asciiString(text);
  // UTF-16BE in hex, written natively: the code units, bytes swapped, as hex digits.
  const bytes = Buffer.from(text, 'utf16le');
  if (LITTLE_ENDIAN) bytes.swap16();
  return `<FEFF${bytes.toString('hex').toUpperCase()}>`;
}

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

const HEX4: string[] = [];

/** Four upper-case hex digits of a 16-bit value (memoised for the values glyph ids take). */
export function hex4(value: number): string {
  if (value < 4096) return (HEX4[value] ??= value.toString(16).toUpperCase().padStart(4, '0'));
  return value.toString(16).toUpperCase().padStart(4, '0');
}

/**
 * A URI for a link action: PDF wants 7-bit ASCII, so anything else is percent-encoded
 * (addresses from `new URL()` already are).
 */
export function uriString(uri: string): string {
  if (/^[\x21-\x7e]*$/.test(uri)) return asciiString(uri);
  let ascii = '';
  for (const char of uri) {
    const code = char.codePointAt(0)!;
    ascii += code > 0x20 && code < 0x7f ? char : encodeURIComponent(char);
  }
  return asciiString(ascii);
}

/** `D:YYYYMMDDHHmmSSZ`, in UTC. */
export function pdfDate(date: Date): string {
  const iso = date.toISOString();
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

/**
 * XML text or attribute content, for the XMP metadata: markup characters as numeric
 * references, control characters (which XML forbids) dropped.
 */
export function escapeXml(text: string): string {
  // Most text has none of them: kept as it is.
  if (!/[\p{Cc}<>&"']/u.test(text)) return text;
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) continue;
    out += '<>&"\''.includes(char) ? `&#${code};` : char;
  }
  return out;
}

const colourCache = new Map<string, string>();

/**
 * `#rrggbb` → `r g b` as PDF colour operands, to 1/100 (under a step of the 256 levels of the
 * source colour), memoised: a sheet uses a dozen colours.
 */
export function rgb(hex: string): string {
  let operands = colourCache.get(hex);
  if (operands === undefined) {
    const value = parseInt(hex.slice(1), 16);
    const channel = (shift: number) =>
      String(Math.round((((value >> shift) & 255) / 255) * 100) / 100);
    operands = `${channel(16)} ${channel(8)} ${channel(0)}`;
    colourCache.set(hex, operands);
  }
  return operands;
}
