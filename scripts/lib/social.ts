/**
 * Posting one offer to Mastodon (`POST /api/v1/statuses`) and Bluesky
 * (`com.atproto.server.createSession` then `com.atproto.repo.createRecord`).
 */
import type { ExportedOffer } from '../../src/lib/offers-export.ts';
import { formatDate } from '../../src/lib/format.ts';
import { postJson } from './offers-diff.ts';

/** Bluesky stops at 300 graphemes (Mastodon at 500 characters): the title is shortened to fit. */
const MAX_TEXT = 300;
const LEAD = 'Nouvelle offre : ';

/** « Nouvelle offre : Intitulé », organisation, place and contracts, deadline, then the URL. */
export function formatAnnouncement(offer: ExportedOffer): string {
  const place = offer.location?.city ?? 'À distance';
  const tail = [
    `${offer.organisation.name} · ${place} · ${offer.contractLabels.join(', ')}`,
    `Candidatures jusqu'au ${formatDate(offer.lastOpenDay)}`,
    offer.url,
  ].join('\n');
  const room = MAX_TEXT - [...tail].length - 1 - LEAD.length;
  const chars = [...offer.title];
  const title =
    chars.length > room ? `${chars.slice(0, Math.max(room - 1, 0)).join('')}…` : offer.title;
  return `${LEAD}${title}\n${tail}`;
}

export interface MastodonAccount {
  /** The instance, e.g. https://mastodon.social */
  server: string;
  token: string;
}

export async function postToMastodon(
  account: MastodonAccount,
  offer: ExportedOffer,
): Promise<void> {
  await postJson(
    new URL('/api/v1/statuses', account.server).href,
    { status: formatAnnouncement(offer), visibility: 'public', language: 'fr' },
    // The same offer is never posted twice, even when a run is retried.
    { authorization: `Bearer ${account.token}`, 'idempotency-key': offer.id },
  );
}

export interface BlueskyAccount {
  /** The PDS, https://bsky.social by default. */
  service: string;
  identifier: string;
  /** An app password, never the account's own. */
  password: string;
}

export interface BlueskySession {
  accessJwt: string;
  did: string;
}

export async function openBlueskySession(account: BlueskyAccount): Promise<BlueskySession> {
  const session = (await postJson(
    new URL('/xrpc/com.atproto.server.createSession', account.service).href,
    { identifier: account.identifier, password: account.password },
  )) as Partial<BlueskySession> | undefined;
  if (!session?.accessJwt || !session.did) throw new Error('Bluesky : session refusée');
  return { accessJwt: session.accessJwt, did: session.did };
}

/** The post, with its URL made a link (facet offsets count UTF-8 bytes). */
export function getBlueskyRecord(offer: ExportedOffer, createdAt: Date) {
  const text = formatAnnouncement(offer);
  const bytes = new TextEncoder();
  const byteStart = bytes.encode(text.slice(0, text.lastIndexOf(offer.url))).length;
  return {
    $type: 'app.bsky.feed.post',
    text,
    langs: ['fr'],
    createdAt: createdAt.toISOString(),
    facets: [
      {
        index: { byteStart, byteEnd: byteStart + bytes.encode(offer.url).length },
        features: [{ $type: 'app.bsky.richtext.facet#link', uri: offer.url }],
      },
    ],
  };
}

export async function postToBluesky(
  account: BlueskyAccount,
  session: BlueskySession,
  offer: ExportedOffer,
  now = new Date(),
): Promise<void> {
  await postJson(
    new URL('/xrpc/com.atproto.repo.createRecord', account.service).href,
    { repo: session.did, collection: 'app.bsky.feed.post', record: getBlueskyRecord(offer, now) },
    { authorization: `Bearer ${session.accessJwt}` },
  );
}
