/** `/offres/<slug>/image.png`: the offer's social image (src/lib/social-image.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../lib/offers.ts';
import { getPageKey } from '../../../lib/page-keys.ts';
import {
  getSocialImageContent,
  renderSocialImage,
  type SocialImageContent,
} from '../../../lib/social-image.ts';

export const getStaticPaths = (async () => {
  const { offers } = await getCatalog();
  return offers.map((offer) => {
    const props = { content: getSocialImageContent(offer) };
    // An image whose texts are unchanged is copied from the previous build.
    return { params: { slug: offer.slug }, props, cacheKey: getPageKey(props) };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ content: SocialImageContent }> = async ({ props }) =>
  new Response(await renderSocialImage(props.content), {
    headers: { 'Content-Type': 'image/png' },
  });
