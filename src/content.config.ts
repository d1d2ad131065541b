import { defineCollection } from 'astro:content';
import { OfferSchema, OrganisationSchema } from './schema/index.ts';
import { getContentDir } from './lib/content-dir.ts';
import { contentLoader } from './lib/content-loaders.ts';

const contentDir = getContentDir();

// The files the content check lists, read by its own reader (src/lib/content-loaders.ts).
const offers = defineCollection({
  loader: contentLoader(contentDir, 'offer'),
  schema: OfferSchema,
});

const organisations = defineCollection({
  loader: contentLoader(contentDir, 'organisation'),
  schema: OrganisationSchema,
});

export const collections = { offers, organisations };
