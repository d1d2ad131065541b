import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { OfferSchema, OrganisationSchema } from './schema/index.ts';
import { getContentDir } from './lib/content-dir.ts';
import { markdownDataLoader } from './lib/offers-loader.ts';

const contentDir = getContentDir();

/** The file name without extension is the slug, exactly as written (no re-slugging). */
const idFromFileName = ({ entry }: { entry: string }) => entry.replace(/\.(?:md|ya?ml)$/, '');

const offers = defineCollection({
  // glob() without rendering: the catalog renders offer bodies (src/lib/offers-loader.ts says why).
  loader: markdownDataLoader(`${contentDir}/offers`),
  schema: OfferSchema,
});

const organisations = defineCollection({
  loader: glob({
    base: `${contentDir}/organisations`,
    pattern: '*.{yaml,yml,md}',
    generateId: idFromFileName,
  }),
  schema: OrganisationSchema,
});

export const collections = { offers, organisations };
