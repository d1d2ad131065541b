import type { APIRoute, GetStaticPaths } from 'astro';
import type { OrganisationView } from '../../../lib/catalog.ts';
import { getLogoExtension, readLogo } from '../../../lib/logos.ts';
import { getCatalog } from '../../../lib/offers.ts';

/** Publishes each organisation's logo file beside its page (see src/lib/logos.ts). */
export const getStaticPaths = (async () => {
  const { organisations } = await getCatalog();
  return organisations.flatMap(({ key: organisation }) => {
    const ext = getLogoExtension(organisation);
    return ext ? [{ params: { slug: organisation.slug, ext }, props: { organisation } }] : [];
  });
}) satisfies GetStaticPaths;

/** The vetted bytes (an SVG as sanitised), with their type (the dev server sends it). */
export const GET: APIRoute<{ organisation: OrganisationView }> = async ({
  props: { organisation },
}) => {
  const { bytes, contentType } = await readLogo(organisation);
  return new Response(bytes, { headers: { 'Content-Type': contentType } });
};
