/**
 * The one markdown pipeline: Sätteri with the sanitiser. astro.config.mjs gives it to Astro
 * (organisation descriptions), and renderMarkdown() renders offer bodies with it on demand,
 * so an offer's HTML never sits in Astro's data store (see src/lib/content-loaders.ts).
 */
import { satteri } from '@astrojs/markdown-satteri';
import { sanitizeMarkdown } from './markdown-sanitize.ts';

/** `markdown` of astro.config.mjs. */
export const markdownConfig = {
  processor: satteri({
    mdastPlugins: [sanitizeMarkdown],
    // Footnotes speak French, like the rest of the page.
    features: {
      gfm: {
        footnotes: {
          label: 'Notes',
          backLabel: 'Revenir à l’appel de note {reference}',
        },
      },
    },
  }),
  syntaxHighlight: false,
} as const;

let renderer: ReturnType<typeof markdownConfig.processor.createRenderer> | undefined;

/** HTML of a markdown body, exactly as Astro renders a content entry with markdownConfig. */
export async function renderMarkdown(markdown: string): Promise<string> {
  renderer ??= markdownConfig.processor.createRenderer({
    syntaxHighlight: markdownConfig.syntaxHighlight,
  });
  return (await (await renderer).render(markdown)).code;
}
