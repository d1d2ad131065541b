/**
 * Offers the build's content check has just read and validated, handed to the offers loader
 * (src/lib/offers-loader.ts) so that it does not parse and validate the same files again.
 *
 * Only offers that passed without any problem are handed over: read with js-yaml, as Astro's
 * own front matter parser reads them, validated with the same schema as the collection's, so
 * `data` is what the loader would have computed. The loader
 * takes it only for a file whose bytes have the same digest as those the check read.
 *
 * The check runs in the build's integration (plain Node) and the loader in the code Astro loads
 * for content sync: the same process, but separate copies of every module, so the hand-over
 * is a slot on `globalThis` under a registry symbol. Keep this module free of heavy imports.
 */
import { hash } from 'node:crypto';
import path from 'node:path';
import type { Offer } from '../../schema/index.ts';

export interface CheckedOffer {
  /** fileDigest() of the bytes the check read. */
  digest: string;
  /** The schema's output, as the collection's schema gives it. */
  data: Offer;
}

interface CheckedOffers {
  /** Absolute path of the offers folder. */
  offersDir: string;
  /** By id (the file name without `.md`). */
  offers: Map<string, CheckedOffer>;
}

const KEY = Symbol.for('offres.checked-offers');
type Holder = { [KEY]?: CheckedOffers };

/** Digest of a content file's bytes (not a security boundary: both sides read the same file). */
export function fileDigest(bytes: Uint8Array): string {
  return hash('sha1', bytes, 'base64');
}

/** Called by the build's content check once every file passed. */
export function shareCheckedOffers(offersDir: string, offers: Map<string, CheckedOffer>): void {
  (globalThis as Holder)[KEY] = { offersDir: path.resolve(offersDir), offers };
}

export function clearCheckedOffers(): void {
  delete (globalThis as Holder)[KEY];
}

/**
 * The checked data of `<offersDir>/<id>.md` if the check read exactly these bytes, else
 * undefined (then parse and validate the file as usual).
 */
export function getCheckedOffer(
  offersDir: string,
  id: string,
  bytes: Uint8Array,
): Offer | undefined {
  const shared = (globalThis as Holder)[KEY];
  if (!shared || shared.offersDir !== path.resolve(offersDir)) return undefined;
  const checked = shared.offers.get(id);
  return checked && checked.digest === fileDigest(bytes) ? checked.data : undefined;
}
