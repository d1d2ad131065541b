// @ts-check
import { defineConfig } from 'astro/config';
import { markdownConfig } from './src/lib/markdown.ts';
import offres from './src/integrations/offres.ts';
import { CONFIG, DEFAULT_SITE_URL } from './src/lib/site.ts';

const env = process.env;

export default defineConfig({
  // Absolute URLs of feeds, sitemap, canonical links and JSON-LD: set OFFRES_SITE when deploying.
  site: env.OFFRES_SITE ?? DEFAULT_SITE_URL,
  outDir: env.OFFRES_OUT_DIR ?? './dist',
  // One Astro cache per content dir, so fixture and benchmark builds never share stale data.
  cacheDir: env.OFFRES_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 2 },
  // 'jsx' (the Astro 7 default) drops whitespace between elements and glues words together.
  compressHTML: true,
  // Sätteri with the sanitiser; offer bodies are rendered with the same config (src/lib/markdown.ts).
  markdown: markdownConfig,
  devToolbar: { enabled: false },
  vite: {
    // Browser scripts that read the configuration get it validated, as data
    // (src/config/browser.ts); the font files' paths on the build machine stay out of it.
    define: {
      __OFFRES_CONFIG__: JSON.stringify({
        ...CONFIG,
        font: { family: CONFIG.font.family, pages: CONFIG.font.pages },
      }),
    },
    // Scripts stay files, however small (Astro inlines those under 4 KB): one cached copy for
    // every page, and a Content-Security-Policy can allow them as 'self' with no inline hash.
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
    server: {
      // The dev server's file watcher skips what is not source: the build output, and .cache/,
      // where the benchmark and the tests put corpora and builds (hundreds of thousands of files
      // after `npm run bench`: watching them kept `npm run dev` from ever starting).
      watch: { ignored: ['**/.cache/**', '**/dist/**'] },
    },
  },
  experimental: {
    // Lets the Astro VS Code extension complete and check offer front matter from the zod schema.
    contentIntellisense: true,
    // Offer pages whose data and code are unchanged are copied from the previous build
    // (their cacheKey: src/lib/page-keys.ts); the copies live in cacheDir.
    incrementalBuild: env.OFFRES_INCREMENTAL !== '0',
  },
  // The content check, the PDF sheets, calendars, search bundles and sitemap: one pipeline,
  // read it in src/integrations/offres.ts.
  integrations: [offres()],
});
