/**
 * Organisation logos: `logo: ./logos/x.svg` in an organisation file names a file beside it,
 * which the build publishes at paths.organisationLogo(), vetted by src/lib/logo-file.ts (SVG
 * sanitised, raster images checked by their real type and size).
 */
import path from 'node:path';
import type { OrganisationView } from './catalog.ts';
import { getContentDir } from './content-dir.ts';
import { readLogoFile } from './logo-file.ts';
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

/**
 * The logo, vetted by readLogoFile() (the check's own function: same verdict, same French
 * message): for SVG, the sanitised file. Throws a French message naming the file otherwise.
 */
export async function readLogo(
  organisation: OrganisationView,
  contentDir = getContentDir(),
): Promise<{ bytes: Uint8Array<ArrayBuffer>; contentType: string }> {
  const { logo } = organisation.data;
  if (!logo) throw new Error(`${organisation.slug} : pas de logo`);
  const organisationsDir = path.join(contentDir, 'organisations');
  const shown = path.relative(process.cwd(), path.resolve(organisationsDir, logo));
  const result = await readLogoFile(organisationsDir, logo, shown);
  if (!result.ok)
    throw new Error(
      `organisation ${organisation.slug} : ${result.message} ; attendu : ${result.expected}`,
    );
  return result;
}
