/**
 * What changed between two deploys, for the announcement and IndexNow scripts: the deployed
 * `offres.json` (open offers) against a state file kept between runs (the Actions cache).
 * An offer's version is its `updated` day, else its `published` day.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ExportedOffer, OffersExport } from '../../src/lib/offers-export.ts';

/** Offer id → its URL and version, as seen at the previous run. */
export type OffersState = Record<string, { url: string; version: string }>;

export interface OffersDiff {
  /** Open offers not seen before. */
  added: ExportedOffer[];
  /** Open offers seen before with another version. */
  changed: ExportedOffer[];
  /** URLs of offers seen before that are no longer open (their page now says « clôturée »). */
  closedUrls: string[];
}

export function getOfferVersion(offer: Pick<ExportedOffer, 'published' | 'updated'>): string {
  return offer.updated ?? offer.published;
}

export function toState(offers: readonly ExportedOffer[]): OffersState {
  return Object.fromEntries(offers.map((o) => [o.id, { url: o.url, version: getOfferVersion(o) }]));
}

export function diffOffers(previous: OffersState, offers: readonly ExportedOffer[]): OffersDiff {
  const current = new Set(offers.map((o) => o.id));
  return {
    added: offers.filter((o) => !(o.id in previous)),
    changed: offers.filter((o) => {
      const seen = previous[o.id];
      return seen !== undefined && seen.version !== getOfferVersion(o);
    }),
    closedUrls: Object.entries(previous)
      .filter(([id]) => !current.has(id))
      .map(([, seen]) => seen.url),
  };
}

/** The state file, or undefined on a first run (nothing to compare with). */
export function readState(file: string): OffersState | undefined {
  if (!fs.existsSync(file)) return undefined;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as OffersState;
}

export function writeState(file: string, state: OffersState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`);
}

/** How long one request may take before the script gives up on it. */
export const REQUEST_TIMEOUT_MS = 15_000;

/** The deployed `offres.json`, from a URL (the live site) or a file (a local build). */
export async function loadOffersExport(source: string): Promise<OffersExport> {
  if (!/^https?:\/\//.test(source))
    return JSON.parse(fs.readFileSync(source, 'utf8')) as OffersExport;
  const response = await fetch(source, {
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    headers: { 'cache-control': 'no-cache' },
  });
  if (!response.ok) throw new Error(`${source} : HTTP ${response.status}`);
  return (await response.json()) as OffersExport;
}

/** POSTs JSON; throws with the response's text on an HTTP error. */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${url} : HTTP ${response.status} ${text.slice(0, 200)}`);
  try {
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return text;
  }
}

/** An environment variable, or undefined when unset or empty (unset repository secrets are ''). */
export function env(name: string, source: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = source[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}
