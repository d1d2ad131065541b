/**
 * node scripts/indexnow.ts — after a deploy, tells search engines (IndexNow) which offer pages
 * are new or changed since the previous run, closed ones included (their page now says
 * « clôturée »). Off unless INDEXNOW_KEY is set; the same key must be given to the build
 * (OFFRES_INDEXNOW_KEY), which then publishes `/<key>.txt` to prove the site is ours.
 *
 *   INDEXNOW_KEY       8 to 128 letters, digits or dashes
 *   OFFRES_JSON        the deployed offres.json: the live URL, or a file
 *   OFFRES_SITE        the site's address (its host is the one pinged for)
 *   INDEXNOW_ENDPOINT  default https://api.indexnow.org/indexnow
 *   INDEXNOW_STATE     default .cache/announce/indexnow.json; a first run sends every open offer.
 */
import { INDEXNOW_KEY_PATTERN, getIndexNowKeyPath } from '../src/lib/alerts/indexnow-key.ts';
import {
  diffOffers,
  env,
  loadOffersExport,
  postJson,
  readState,
  toState,
  writeState,
} from './lib/offers-diff.ts';

/** IndexNow takes at most 10,000 URLs per request. */
const BATCH = 10_000;

async function main(): Promise<void> {
  const key = env('INDEXNOW_KEY');
  if (!key) {
    console.log('IndexNow désactivé : INDEXNOW_KEY n’est pas défini.');
    return;
  }
  if (!INDEXNOW_KEY_PATTERN.test(key))
    throw new Error('INDEXNOW_KEY : 8 à 128 lettres, chiffres ou tirets');
  const source = env('OFFRES_JSON');
  const siteUrl = env('OFFRES_SITE');
  if (!source || !siteUrl) throw new Error('OFFRES_JSON et OFFRES_SITE sont nécessaires');
  const site = new URL(siteUrl);
  const endpoint = env('INDEXNOW_ENDPOINT') ?? 'https://api.indexnow.org/indexnow';
  const stateFile = env('INDEXNOW_STATE') ?? '.cache/announce/indexnow.json';

  const { offers } = await loadOffersExport(source);
  const diff = diffOffers(readState(stateFile) ?? {}, offers);
  const urls = [...diff.added, ...diff.changed].map((o) => o.url).concat(diff.closedUrls);
  for (let i = 0; i < urls.length; i += BATCH) {
    await postJson(endpoint, {
      host: site.host,
      key,
      keyLocation: new URL(getIndexNowKeyPath(key), site).href,
      urlList: urls.slice(i, i + BATCH),
    });
  }
  console.log(`IndexNow : ${urls.length} adresses signalées.`);
  writeState(stateFile, toState(offers));
}

main().catch((error: unknown) => {
  console.error(`IndexNow : ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
