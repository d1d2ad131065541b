/**
 * An organisation's logo file, read and vetted once for `npm run check` and for the build
 * (same function, same French messages): never through a symbolic link, at most
 * MAX_LOGO_BYTES, an image of the type its extension says (read from its bytes by sharp, so a
 * `.png` that is really SVG or HTML is refused) and of sensible pixel dimensions; an SVG is made
 * inert by src/lib/svg-sanitize.ts.
 */
import { constants } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import path from 'node:path';
import { LOGOS_DIR } from './content-check/content-files.ts';

export const MAX_LOGO_BYTES = 512 * 1024;
/** Widest and tallest raster logo, in pixels: a logo is shown at most a few hundred pixels wide. */
export const MAX_LOGO_PIXELS = 4096;

/** Content type of each logo extension, as the logo is served. */
export const LOGO_TYPES: Readonly<Record<string, string>> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
};
/** sharp's name for each raster extension's format. */
const SHARP_FORMATS: Readonly<Record<string, string>> = {
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  webp: 'webp',
};

export type LogoFile =
  | { ok: true; bytes: Uint8Array<ArrayBuffer>; contentType: string }
  | { ok: false; message: string; expected: string };

const EXPECTED = `un fichier SVG simple (formes et textes, sans script ni lien externe) ou une image PNG, JPEG ou WebP de ${MAX_LOGO_BYTES / 1024} Ko et ${MAX_LOGO_PIXELS} × ${MAX_LOGO_PIXELS} pixels au plus`;

function refuse(message: string, expected = EXPECTED): LogoFile {
  return { ok: false, message, expected };
}

/**
 * The logo `logo` (as written in the organisation file, `./logos/x.svg`) of the organisations
 * folder `organisationsDir`, vetted; `shown` is how its path is named in messages.
 */
export async function readLogoFile(
  organisationsDir: string,
  logo: string,
  shown: string,
): Promise<LogoFile> {
  const file = path.resolve(organisationsDir, logo);
  const ext = path.extname(file).slice(1).toLowerCase();
  const contentType = LOGO_TYPES[ext];
  if (!contentType || path.dirname(file) !== path.join(organisationsDir, LOGOS_DIR))
    return refuse(
      `le logo ${shown} n'est pas un fichier du dossier logos/ de type svg, png, jpg ou webp`,
    );
  for (const target of [path.dirname(file), file]) {
    const info = await lstat(target).catch(() => undefined);
    if (!info)
      return refuse(
        `le logo ${shown} est introuvable`,
        `le fichier ${shown}, ou retirez le champ logo`,
      );
    if (info.isSymbolicLink())
      return refuse(
        `le logo ${shown} passe par un lien symbolique (${path.basename(target)}) : le site ne suit jamais les liens`,
        'un vrai fichier à cet endroit (copiez le logo à la place du lien)',
      );
  }
  let bytes: Buffer;
  // O_NOFOLLOW: a link put in place after the check above is still not followed.
  const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW).catch(() => undefined);
  if (!handle) return refuse(`le logo ${shown} ne peut pas être lu`);
  try {
    const info = await handle.stat();
    if (!info.isFile()) return refuse(`le logo ${shown} n'est pas un fichier`);
    if (info.size > MAX_LOGO_BYTES)
      return refuse(`le logo ${shown} est trop gros (${Math.ceil(info.size / 1024)} Ko)`);
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  return ext === 'svg'
    ? await vetSvg(bytes, shown)
    : await vetRaster(bytes, ext, contentType, shown);
}

async function vetSvg(bytes: Buffer, shown: string): Promise<LogoFile> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse(`le logo ${shown} n'est pas un SVG enregistré en UTF-8`);
  }
  const { sanitizeSvg } = await import('./svg-sanitize.ts');
  const result = sanitizeSvg(text);
  if (!result.ok)
    return refuse(
      `le logo ${shown} a été refusé : il contient ${result.reasons.join(' ; ')}`,
      `${EXPECTED} ; réexportez-le (« SVG simple » ou « SVG optimisé ») ou convertissez-le en PNG`,
    );
  return {
    ok: true,
    bytes: toArrayBuffer(Buffer.from(result.svg, 'utf8')),
    contentType: 'image/svg+xml',
  };
}

async function vetRaster(
  bytes: Buffer,
  ext: string,
  contentType: string,
  shown: string,
): Promise<LogoFile> {
  const { default: sharp } = await import('sharp');
  const metadata = await sharp(bytes, { limitInputPixels: MAX_LOGO_PIXELS ** 2 })
    .metadata()
    .catch(() => undefined);
  const what = ext === 'jpg' ? 'JPEG' : ext.toUpperCase();
  if (!metadata || metadata.format !== SHARP_FORMATS[ext])
    return refuse(
      `le logo ${shown} n'est pas une image ${what} : son contenu est ${metadata ? `une image ${metadata.format.toUpperCase()}` : 'autre chose qu’une image (texte, HTML…)'}`,
      `une vraie image ${what}, ou l'extension qui correspond à son contenu`,
    );
  const { width, height } = metadata;
  if (width > MAX_LOGO_PIXELS || height > MAX_LOGO_PIXELS)
    return refuse(`le logo ${shown} est trop grand (${width} × ${height} pixels)`);
  return { ok: true, bytes: toArrayBuffer(bytes), contentType };
}

function toArrayBuffer(bytes: Buffer): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy;
}
