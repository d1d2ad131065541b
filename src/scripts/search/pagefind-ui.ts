/**
 * The part of Pagefind's Component UI (1.5+) this site talks to. The UI itself is the vendored
 * `pagefind-component-ui.js` that the indexer writes next to the index; it registers the
 * `<pagefind-*>` elements and exposes `window.PagefindComponents`.
 * See https://pagefind.app/docs/custom-components/.
 */
import type { Filters } from './url-state.ts';

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearchResult {
  results: unknown[];
  filters?: FilterCounts;
  /** Counts if each filter were applied instead of the current ones (term only). */
  totalFilters?: FilterCounts;
}

export interface PagefindInstance {
  searchTerm: string;
  searchFilters: Filters;
  searchSort: Record<string, 'asc' | 'desc'>;
  totalFilters: FilterCounts | null;
  searchResult: PagefindSearchResult;
  on(event: 'search', callback: (term: string, filters: Filters) => void): void;
  on(event: 'results', callback: (result: PagefindSearchResult) => void): void;
  on(event: 'error', callback: (error: { message?: string }) => void): void;
  triggerLoad(): Promise<void>;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: Filters): void;
  triggerFilters(filters: Filters): void;
  setTranslations(strings: Record<string, string>): void;
}

interface PagefindComponents {
  getInstanceManager(): { getInstance(name: string): PagefindInstance };
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

/** A named instance, once the Component UI script has run. */
export async function getPagefindInstance(name: string): Promise<PagefindInstance> {
  await customElements.whenDefined('pagefind-config');
  const components = window.PagefindComponents;
  if (!components) throw new Error('Pagefind Component UI not loaded');
  return components.getInstanceManager().getInstance(name);
}

/** Wording of the Component UI for an offers portal (its French strings speak of "résultats"). */
export const TRANSLATIONS: Record<string, string> = {
  search_label: 'Rechercher parmi les offres',
  input_hint: 'Les offres s’affichent au fil de la saisie',
  clear_search: 'Effacer',
  results_label: 'Offres trouvées',
  zero_results: 'Aucune offre pour « [SEARCH_TERM] »',
  one_result: 'Une offre pour « [SEARCH_TERM] »',
  many_results: '[COUNT] offres pour « [SEARCH_TERM] »',
  total_zero_results: 'Aucune offre',
  total_one_result: 'Une offre',
  total_many_results: '[COUNT] offres',
  searching: 'Recherche de « [SEARCH_TERM] »…',
  error_search: 'La recherche a échoué',
};
