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

export const GET: APIRoute<{ organisation: OrganisationView }> = ({ props: { organisation } }) =>
  new Response(readLogo(organisation));
