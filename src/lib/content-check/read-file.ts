/**
 * Reads one content file defensively: size cap before reading, strict UTF-8 decoding
 * (a Windows-1252 file is reported, never silently garbled), BOM and CRLF accepted. A lone CR
 * (old Mac line ends) is kept: the build does not read it as a line end, so neither does the
 * check (frontmatter.ts names it).
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Problem } from './problem.ts';

/** Offers are a page of text; anything bigger is a mistake or an attack. */
export const MAX_FILE_BYTES = 256 * 1024;

export type ReadResult =
  | {
      ok: true;
      text: string;
      /** The file's bytes. */
      bytes: Uint8Array;
      /** True when `text` is the bytes decoded as they are (no BOM dropped, no CR removed). */
      verbatim: boolean;
    }
  | { ok: false; problem: Problem };

export async function readContentFile(path: string, displayPath = path): Promise<ReadResult> {
  const handle = await open(path, 'r');
  let bytes: Buffer;
  try {
    const { size } = await handle.stat();
    if (size > MAX_FILE_BYTES) return tooLarge(displayPath, size);
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  return decodeContent(bytes, displayPath);
}

/**
 * readContentFile() without promises: for the content check, which reads thousands of small
 * files with nothing else to do meanwhile (four promise round trips a file cost it ~0.1 ms each).
 */
export function readContentFileSync(path: string, displayPath = path): ReadResult {
  const fd = openSync(path, 'r');
  let bytes: Buffer;
  try {
    const { size } = fstatSync(fd);
    if (size > MAX_FILE_BYTES) return tooLarge(displayPath, size);
    bytes = readFileSync(fd);
  } finally {
    closeSync(fd);
  }
  return decodeContent(bytes, displayPath);
}

function tooLarge(displayPath: string, size: number): ReadResult {
  return fail(
    displayPath,
    1,
    'file-too-large',
    `le fichier est trop gros (${Math.round(size / 1024)} Ko)`,
    {
      expected: `au plus ${MAX_FILE_BYTES / 1024} Ko : une offre est une page de texte, sans image intégrée`,
    },
  );
}

/** Decodes bytes as UTF-8 (BOM dropped, CRLF turned into LF) or explains why it cannot. */
export function decodeContent(bytes: Uint8Array, displayPath: string): ReadResult {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    return fail(displayPath, 1, 'not-utf8', 'le fichier est encodé en UTF-16, pas en UTF-8', {
      expected: 'un fichier texte enregistré en UTF-8 (« Enregistrer sous… » → encodage UTF-8)',
    });
  }
  try {
    const decoded = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    const text = decoded.includes('\r') ? decoded.replaceAll('\r\n', '\n') : decoded;
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return { ok: true, text, bytes, verbatim: !bom && text === decoded };
  } catch {
    const { line, snippet } = locateInvalidUtf8(bytes);
    return fail(
      displayPath,
      line,
      'not-utf8',
      "le fichier n'est pas encodé en UTF-8 (probablement Windows-1252 ou Latin-1)",
      {
        found: snippet,
        expected:
          'un fichier enregistré en UTF-8 : les accents (é, è, à, ç…) sont alors lisibles partout',
      },
    );
  }
}

/** Line (1-based) of the first byte sequence that is not valid UTF-8, and that line shown lossily. */
function locateInvalidUtf8(bytes: Uint8Array): { line: number; snippet: string } {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const lossy = new TextDecoder('utf-8');
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      const chunk = bytes.subarray(start, i);
      try {
        strict.decode(chunk);
      } catch {
        return { line, snippet: lossy.decode(chunk).trim().slice(0, 80) };
      }
      line++;
      start = i + 1;
    }
  }
  return { line: 1, snippet: '' };
}

function fail(
  file: string,
  line: number,
  code: Problem['code'],
  message: string,
  extra: Pick<Problem, 'found' | 'expected' | 'example'> = {},
): ReadResult {
  return { ok: false, problem: { code, file, line, message, ...extra } };
}
