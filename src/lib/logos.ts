/**
 * Organisation logos: `logo: ./logos/x.svg` in an organisation file names a file beside it,
 * which the build publishes at paths.organisationLogo(). SVG is XML that can carry scripts:
 * one with scripts, event handlers or external references fails the build instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { OrganisationView } from './catalog.ts';
import { getContentDir } from './content-dir.ts';
import { paths } from './site.ts';

export function getLogoExtension(organisation: OrganisationView): string | undefined {
  const { logo } = organisation.data;
  return logo ? path.extname(logo).slice(1).toLowerCase() : undefined;
}

/** URL path of the organisation's logo, or undefined when it has none. */
export function getLogoPath(organisation: OrganisationView): string | undefined {
  const ext = getLogoExtension(organisation);
  return ext ? paths.organisationLogo(organisation.slug, ext) : undefined;
}

const UNSAFE_SVG =
  /<script|<foreignObject|\bon[a-z]+\s*=|javascript:|(?:xlink:)?href\s*=\s*["'](?!#)/i;

/** The logo's bytes, checked; throws a French message naming the file when it is missing or unsafe. */
export function readLogo(
  organisation: OrganisationView,
  contentDir = getContentDir(),
): Uint8Array<ArrayBuffer> {
  const { logo } = organisation.data;
  if (!logo) throw new Error(`${organisation.slug} : pas de logo`);
  const file = path.resolve(contentDir, 'organisations', logo);
  const shown = path.relative(process.cwd(), file);
  if (!fs.existsSync(file)) {
    throw new Error(
      `organisation ${organisation.slug} : le logo ${shown} est introuvable ; ajoutez le fichier ou retirez le champ logo`,
    );
  }
  const bytes = fs.readFileSync(file);
  if (getLogoExtension(organisation) === 'svg' && UNSAFE_SVG.test(bytes.toString('utf8'))) {
    throw new Error(
      `organisation ${organisation.slug} : le logo ${shown} contient du script, des gestionnaires d'événements ou des liens externes ; exportez un SVG simple (ou un PNG)`,
    );
  }
  return new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}
