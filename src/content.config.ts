import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { OfferSchema, OrganisationSchema } from './schema/index.ts';
import { getContentDir } from './lib/content-dir.ts';

const contentDir = getContentDir();

/** The file name without extension is the slug, exactly as written (no re-slugging). */
const idFromFileName = ({ entry }: { entry: string }) => entry.replace(/\.(?:md|ya?ml)$/, '');

const offers = defineCollection({
  loader: glob({
    base: `${contentDir}/offers`,
    pattern: '*.md',
    generateId: idFromFileName,
    // Pages use the rendered HTML, never the raw markdown: not keeping it halves the data store.
    retainBody: false,
  }),
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
