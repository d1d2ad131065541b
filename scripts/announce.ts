/**
 * node scripts/announce.ts — after a deploy, posts each offer published since the previous
 * run to Mastodon and/or Bluesky. Off unless configured (repository secrets and variables):
 *
 *   MASTODON_SERVER + MASTODON_TOKEN            (a token with the write:statuses scope)
 *   BLUESKY_HANDLE + BLUESKY_APP_PASSWORD       (BLUESKY_SERVICE, default https://bsky.social)
 *   OFFRES_JSON     the deployed offres.json: the live URL, or a file
 *   ANNOUNCE_STATE  offers already seen (default .cache/announce/announced.json, kept in the
 *                   Actions cache); on a first run, nothing is posted: it only records them.
 *   ANNOUNCE_MAX    at most this many posts per run (default 20): a bulk import is not a flood.
 */
import {
  diffOffers,
  env,
  loadOffersExport,
  readState,
  toState,
  writeState,
} from './lib/offers-diff.ts';
import {
  openBlueskySession,
  postToBluesky,
  postToMastodon,
  type BlueskyAccount,
  type MastodonAccount,
} from './lib/social.ts';

async function main(): Promise<void> {
  const server = env('MASTODON_SERVER');
  const token = env('MASTODON_TOKEN');
  const mastodon: MastodonAccount | undefined = server && token ? { server, token } : undefined;
  const identifier = env('BLUESKY_HANDLE');
  const password = env('BLUESKY_APP_PASSWORD');
  const bluesky: BlueskyAccount | undefined =
    identifier && password
      ? { service: env('BLUESKY_SERVICE') ?? 'https://bsky.social', identifier, password }
      : undefined;
  if (!mastodon && !bluesky) {
    console.log('Annonces désactivées : ni Mastodon ni Bluesky ne sont configurés.');
    return;
  }
  const source = env('OFFRES_JSON');
  if (!source) throw new Error('OFFRES_JSON manque : adresse ou fichier du offres.json publié');
  const stateFile = env('ANNOUNCE_STATE') ?? '.cache/announce/announced.json';
  const max = Number(env('ANNOUNCE_MAX') ?? 20);

  const { offers } = await loadOffersExport(source);
  const previous = readState(stateFile);
  const added = previous ? diffOffers(previous, offers).added : [];
  if (!previous) console.log(`Premier passage : ${offers.length} offres notées, aucune annoncée.`);
  // Oldest first, so the accounts' timelines read in publication order.
  const toPost = added.slice(0, max).reverse();
  // What was posted is recorded even when a later post fails, so a retry never posts it twice.
  const seen = { ...previous };
  try {
    const session = bluesky && toPost.length > 0 ? await openBlueskySession(bluesky) : undefined;
    for (const offer of toPost) {
      if (mastodon) await postToMastodon(mastodon, offer);
      if (bluesky && session) await postToBluesky(bluesky, session, offer);
      Object.assign(seen, toState([offer]));
      console.log(`Annoncée : ${offer.url}`);
    }
  } catch (error) {
    writeState(stateFile, seen);
    throw error;
  }
  const skipped = added.length - toPost.length;
  if (skipped > 0) console.log(`${skipped} offres de plus non annoncées (ANNOUNCE_MAX=${max}).`);
  writeState(stateFile, toState(offers));
}

main().catch((error: unknown) => {
  console.error(`Annonces : ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
