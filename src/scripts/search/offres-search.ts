/**
 * `<offres-search>` drives the Pagefind components of `/recherche/` and adds what they lack:
 * the URL as the source of truth (shareable links, back button, reload), the "closed offers"
 * toggle, which switches between the open-offers bundle and the full one (two Component UI
 * instances, one shown at a time), and the sort menu. Pagefind's elements do the rest.
 */
import type { SearchClientConfig } from '../../lib/search.ts';
import {
  TRANSLATIONS,
  getPagefindInstance,
  type PagefindInstance,
  type PagefindSearchResult,
} from './pagefind-ui.ts';
import { filterEngineQueries } from './query.ts';
import {
  QUERY_PARAM,
  fromPagefind,
  parseSearchParams,
  resolveFilters,
  toPagefindSort,
  toSearchParams,
  type Filters,
  type SearchState,
  type UrlState,
} from './url-state.ts';

type Mode = 'open' | 'all';
const MODES: readonly Mode[] = ['open', 'all'];

/** Keystrokes this close to the previous ones update the history entry instead of adding one. */
const TYPING_MERGE_MS = 2000;

function withoutQuery(params: URLSearchParams): string {
  const copy = new URLSearchParams(params);
  copy.delete(QUERY_PARAM);
  return copy.toString();
}

class OffresSearch extends HTMLElement {
  #config!: SearchClientConfig;
  readonly #instances = new Map<Mode, PagefindInstance>();
  #mode: Mode = 'open';
  #state: SearchState = { q: '', filters: {}, includeClosed: false, sort: '' };
  /** Set while this element drives Pagefind: its own searches must not write the URL. */
  #driving = false;
  /** Only the latest of overlapping show() calls (e.g. quick back-back) may finish. */
  #showId = 0;
  #lastTypingAt = 0;
  readonly #baseTitle = document.title;

  connectedCallback(): void {
    this.#config = JSON.parse(this.dataset['config'] ?? '{}') as SearchClientConfig;
    this.#start().catch((error: unknown) => this.#showError(error));
  }

  #part<T extends HTMLElement>(name: string): T {
    const el = this.querySelector<T>(`[data-search-part="${name}"]`);
    if (!el) throw new Error(`<offres-search>: missing part ${name}`);
    return el;
  }

  get #active(): PagefindInstance | undefined {
    return this.#instances.get(this.#mode);
  }

  async #start(): Promise<void> {
    for (const mode of MODES) {
      const instance = await getPagefindInstance(this.#config.instances[mode]);
      instance.setTranslations(TRANSLATIONS);
      instance.on('search', (term, filters) => this.#onSearch(mode, term, filters));
      instance.on('results', (result) => this.#onResults(mode, result));
      instance.on('error', (error) => this.#showError(error));
      this.#instances.set(mode, instance);
    }

    const closed = this.#part<HTMLInputElement>('closed');
    closed.addEventListener(
      'change',
      () => void this.#show({ ...this.#urlState(), includeClosed: closed.checked }, 'toggle'),
    );
    const sort = this.#part<HTMLSelectElement>('sort');
    sort.addEventListener('change', () => this.#setSort(sort.value));
    this.#part('hint-button').addEventListener('click', () => {
      closed.checked = true;
      closed.focus();
      void this.#show({ ...this.#urlState(), includeClosed: true }, 'toggle');
    });
    window.addEventListener('popstate', () => void this.#show(this.#readUrl(), 'history'));

    await this.#show(this.#readUrl(), 'load');
    this.removeAttribute('aria-busy');
  }

  #readUrl(): UrlState {
    return parseSearchParams(new URLSearchParams(window.location.search), this.#config);
  }

  /** The current state, with filter values where the URL would have slugs. */
  #urlState(): UrlState {
    const { filters, ...rest } = this.#state;
    return { ...rest, filterSlugs: filters };
  }

  /** Shows a state: the URL's (load, history) or the visitor's switch of bundle. */
  async #show(target: UrlState, origin: 'load' | 'history' | 'toggle'): Promise<void> {
    const id = ++this.#showId;
    const mode: Mode = target.includeClosed ? 'all' : 'open';
    const instance = this.#instances.get(mode);
    if (!instance) return;
    this.#mode = mode;
    for (const el of this.querySelectorAll<HTMLElement>('[data-search-mode]')) {
      el.hidden = el.dataset['searchMode'] !== this.#config.instances[mode];
    }
    this.#part('hint').hidden = true;
    if (mode === 'open' && this.#config.openCount === 0) {
      this.#driving = false;
      this.#showNoOpenOffers(target);
      return;
    }
    this.#driving = true;
    try {
      // The first load of a faceted instance runs an empty search; ours must come after it.
      await instance.triggerLoad();
      // Stop words out of engine queries; the attribute tells the tests it took.
      if (filterEngineQueries(instance)) this.dataset['queryFilter'] = 'on';
      if (id !== this.#showId) return;
      const state: SearchState = {
        q: target.q,
        // Values unknown to this bundle (say, an employer with closed offers only) are dropped.
        filters: resolveFilters(target.filterSlugs, instance.totalFilters),
        includeClosed: target.includeClosed,
        sort: target.sort,
      };
      this.#setState(state);
      instance.searchSort = toPagefindSort(state.sort, state.q, this.#config);
      instance.triggerSearchWithFilters(state.q, state.filters);
      if (origin === 'toggle') this.#writeUrl(state);
      if (origin === 'load') {
        // Unknown values dropped, the rest spelled canonically, without a history entry.
        const canonical = toSearchParams(state, this.#config).toString();
        if (canonical !== window.location.search.slice(1)) {
          history.replaceState(
            null,
            '',
            canonical === '' ? window.location.pathname : `?${canonical}`,
          );
        }
      }
    } finally {
      if (id === this.#showId) this.#driving = false;
    }
  }

  /** The visitor typed, ticked a filter or cleared the box in Pagefind's components. */
  #onSearch(mode: Mode, term: string, filters: Filters): void {
    const instance = this.#instances.get(mode);
    if (mode !== this.#mode || this.#driving || !instance) return;
    const state = fromPagefind(term, filters, this.#state, this.#config);
    // Relevance for a query, newest first when browsing, unless the visitor picked an order.
    instance.searchSort = toPagefindSort(state.sort, state.q, this.#config);
    this.#writeUrl(state);
    this.#setState(state);
  }

  #setState(state: SearchState): void {
    this.#state = state;
    this.#part<HTMLInputElement>('closed').checked = state.includeClosed;
    this.#part<HTMLSelectElement>('sort').value = state.sort;
    document.title = state.q === '' ? this.#baseTitle : `« ${state.q} » — ${this.#baseTitle}`;
  }

  #writeUrl(state: SearchState): void {
    const current = new URLSearchParams(window.location.search);
    const next = toSearchParams(state, this.#config);
    if (next.toString() === current.toString()) return;
    const typing = withoutQuery(next) === withoutQuery(current);
    const now = Date.now();
    const url = next.size === 0 ? window.location.pathname : `?${next.toString()}`;
    if (typing && now - this.#lastTypingAt < TYPING_MERGE_MS) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    this.#lastTypingAt = typing ? now : 0;
  }

  #setSort(sort: string): void {
    const instance = this.#active;
    if (!instance) return;
    this.#state = { ...this.#state, sort };
    instance.triggerSearch(instance.searchTerm);
  }

  /** No open offer at all, hence no open-offers index: one button to the closed ones. */
  #showNoOpenOffers(target: UrlState): void {
    for (const el of this.querySelectorAll<HTMLElement>('[data-search-mode]')) el.hidden = true;
    // The URL's filter slugs stay as they are, for the switch to every offer.
    this.#setState({ ...target, filters: target.filterSlugs, includeClosed: false });
    this.#part('hint-text').textContent = 'Aucune offre n’est ouverte en ce moment.';
    this.#part('hint').hidden = false;
  }

  /** No open offer matches a query: offer to search the closed ones too. */
  #onResults(mode: Mode, result: PagefindSearchResult): void {
    if (mode !== this.#mode) return;
    const { q } = this.#state;
    const show = mode === 'open' && q !== '' && result.results.length === 0;
    if (show)
      this.#part('hint-text').textContent = `Aucune offre ouverte ne correspond à « ${q} ».`;
    this.#part('hint').hidden = !show;
  }

  #showError(error: unknown): void {
    console.warn('Recherche indisponible :', error);
    this.#part('error').hidden = false;
    this.removeAttribute('aria-busy');
  }
}

customElements.define('offres-search', OffresSearch);
