/**
 * The browser's localStorage as a small JSON store. Everything saved stays in this browser:
 * nothing here talks to a server. A browser that refuses storage (private mode, quota) reads
 * as empty and silently keeps nothing.
 */
const PREFIX = 'offres:';

export function readJson<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw === null ? fallback : (JSON.parse(raw) as T);
  } catch {
    return fallback;
  }
}

export function writeJson(key: string, value: unknown): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage refused or full: the feature degrades to "not saved".
  }
}

/** The storage keys, for tests and for the pages that read them. */
export const STORE_KEYS = {
  offers: 'saved-offers',
  searches: 'saved-searches',
  visits: 'visits',
} as const;
