/**
 * The part of Pagefind's Component UI (1.5+) this site talks to. The UI itself is the vendored
 * `pagefind-component-ui.js` that the indexer writes next to the index; it registers the
 * `<pagefind-*>` elements and exposes `window.PagefindComponents`. /recherche/ loads it only
 * when the visitor starts searching (loadComponentUi), not with the page.
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
  /**
   * Declares an element holding a search input, as `<pagefind-input>` does for itself: the
   * results' keyboard shortcuts (↑ from the first result, Backspace, typing) come back to it.
   */
  registerInput(element: HTMLElement, capabilities: { keyboardNavigation: boolean }): void;
  /** Focuses the first result link after `from`; false when there is none. */
  focusNextResults(from: HTMLElement): boolean;
}

interface PagefindComponents {
  getInstanceManager(): { getInstance(name: string): PagefindInstance };
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

let loading: Promise<void> | undefined;

/** Loads the Component UI script once (later calls share the first load). */
export function loadComponentUi(src: string): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () =>
      reject(new Error(`Pagefind Component UI not loaded from ${src}`)),
    );
    document.head.append(script);
  });
  return loading;
}

/** A named instance, once the Component UI script has run. */
export async function getPagefindInstance(name: string): Promise<PagefindInstance> {
  await customElements.whenDefined('pagefind-config');
  const components = window.PagefindComponents;
  if (!components) throw new Error('Pagefind Component UI not loaded');
  return components.getInstanceManager().getInstance(name);
}

/** What the summary says while Pagefind loads. */
export const LOADING_MESSAGE = 'Chargement des offres…';

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
