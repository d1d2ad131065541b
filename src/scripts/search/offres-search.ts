/**
 * `<offres-search>` drives `/recherche/`. The page arrives with a first state in plain HTML:
 * the search box, the filter headings and the newest open offers. Pagefind (its Component UI,
 * worker and WebAssembly: the bulk of a phone's work on this page) loads only when the visitor
 * starts searching — focus in the box, a filter, the closed-offers box, the order, « more » —
 * or at once when the URL already asks for a search. Its elements then take the first state's
 * place, and this element adds what they lack: the URL as the source of truth (shareable links,
 * back button, reload), the "closed offers" toggle, which switches between the open-offers
 * bundle and the full one (two Component UI instances, one shown at a time), and the sort menu.
 */
import type { SearchClientConfig } from '../../lib/search.ts';
import {
  LOADING_MESSAGE,
  TRANSLATIONS,
  getPagefindInstance,
  loadComponentUi,
  type PagefindInstance,
  type PagefindSearchResult,
} from './pagefind-ui.ts';
import { filterEngineQueries } from './query.ts';
import { SearchBox } from './search-box.ts';
import { revealResult } from './reveal-result.ts';
import {
  QUERY_PARAM,
  asksForSearch,
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

/**
 * Pagefind fills a result in only once it is on screen, and shows a placeholder until then:
 * placeholders of the results the first state showed keep its cards' heights, so that nothing
 * moves when Pagefind's list replaces it (its cards are the same, see FirstResults.astro).
 */
function keepCardSizes(results: HTMLElement, heights: readonly number[]): void {
  for (const placeholder of results.querySelectorAll<HTMLElement>('.search-result-placeholder')) {
    const height = heights[Number(placeholder.dataset['pfResultIndex'])];
    if (height !== undefined) placeholder.style.minHeight = `${height}px`;
  }
}
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
  #box!: SearchBox;
  readonly #instances = new Map<Mode, PagefindInstance>();
  #mode: Mode = 'open';
  #state: SearchState = { q: '', filters: {}, includeClosed: false, sort: '' };
  /** Pagefind is loading or loaded. */
  #starting: Promise<void> | undefined;
  /** A first state has been shown through Pagefind: controls now act on it directly. */
  #ready = false;
  /** What the visitor changed before that: applied over the URL's state once Pagefind is there. */
  #pending: Partial<UrlState> = {};
  /** Pagefind's elements replace the first state with the results of the next search. */
  #revealOnResults = false;
  /** Filter group the visitor opened in the first state, to open once the real one exists. */
  #pendingGroup: string | undefined;
  /** Index of the result to move to once shown (« more » continues after the first state). */
  #continueAt: number | undefined;
  /** Set while this element drives Pagefind: its own searches must not write the URL. */
  #driving = false;
  /** Only the latest of overlapping show() calls (e.g. quick back-back) may finish. */
  #showId = 0;
  #lastTypingAt = 0;
  readonly #baseTitle = document.title;

  connectedCallback(): void {
    this.#config = JSON.parse(this.dataset['config'] ?? '{}') as SearchClientConfig;
    this.#box = new SearchBox(this.#part<HTMLFormElement>('form'), {
      edit: (text) => this.#onEdit(text),
      search: (term) => this.#onType(term),
      focus: () => this.#start(),
      focusResults: (from) => void this.#active?.focusNextResults(from),
    });

    const closed = this.#part<HTMLInputElement>('closed');
    closed.addEventListener('change', () => this.#setIncludeClosed(closed.checked));
    const sort = this.#part<HTMLSelectElement>('sort');
    sort.addEventListener('change', () => this.#setSort(sort.value));
    this.#part('hint-button').addEventListener('click', () => {
      closed.checked = true;
      closed.focus();
      this.#setIncludeClosed(true);
    });
    for (const group of this.querySelectorAll<HTMLDetailsElement>(
      '[data-search-part="first-filters"] details',
    )) {
      group.addEventListener('toggle', () => {
        if (!group.open) return;
        this.#pendingGroup = group.dataset['filterName'];
        this.#start();
      });
    }
    const more = this.querySelector<HTMLAnchorElement>('[data-search-part="more"]');
    more?.addEventListener('click', (event) => {
      event.preventDefault();
      if (this.#continueAt !== undefined) return;
      this.#continueAt = this.querySelectorAll(
        '[data-search-part="first-results"] li.search-result',
      ).length;
      // Room for what comes, taken right away: the footer leaves the screen now, with the
      // click, rather than when the list arrives (a layout shift the visitor did not ask for).
      more.textContent = LOADING_MESSAGE;
      more.setAttribute('aria-disabled', 'true');
      more.parentElement?.classList.add('is-loading');
      this.#start();
    });
    window.addEventListener('popstate', () => {
      if (this.#ready) void this.#show(this.#readUrl(), 'history');
    });

    // A typed term survives a reload in some browsers; a search URL is shown at once.
    if (this.#box.value.trim() !== '') this.#pending.q = this.#box.value.trim();
    if (asksForSearch(this.#readUrl()) || this.#pending.q !== undefined) this.#start();
  }

  #part<T extends HTMLElement>(name: string): T {
    const el = this.querySelector<T>(`[data-search-part="${name}"]`);
    if (!el) throw new Error(`<offres-search>: missing part ${name}`);
    return el;
  }

  get #active(): PagefindInstance | undefined {
    return this.#instances.get(this.#mode);
  }

  /** Loads Pagefind, then shows the URL's state with the visitor's changes (once). */
  #start(): void {
    if (this.#starting) return;
    this.dataset['state'] = 'loading';
    this.setAttribute('aria-busy', 'true');
    this.#showLoading();
    this.#starting = this.#load()
      .then(() => {
        const pending = this.#takePending();
        return this.#show({ ...this.#readUrl(), ...pending }, pending ? 'toggle' : 'load');
      })
      .catch((error: unknown) => this.#showError(error));
  }

  async #load(): Promise<void> {
    await loadComponentUi(this.#config.uiScript);
    for (const mode of MODES) {
      const instance = await getPagefindInstance(this.#config.instances[mode]);
      instance.setTranslations(TRANSLATIONS);
      instance.on('search', (term, filters) => this.#onSearch(mode, term, filters));
      instance.on('results', (result) => this.#onResults(mode, result));
      instance.on('error', (error) => this.#showError(error));
      this.#box.registerWith(instance);
      this.#instances.set(mode, instance);
    }
  }

  /** The visitor's changes so far, if any, cleared. */
  #takePending(): Partial<UrlState> | undefined {
    const pending = this.#pending;
    this.#pending = {};
    return Object.keys(pending).length > 0 ? pending : undefined;
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
    this.#showParts();
    this.#part('hint').hidden = true;
    if (mode === 'open' && this.#config.openCount === 0) {
      this.#driving = false;
      this.#ready = true;
      const late = this.#takePending();
      this.#showNoOpenOffers({ ...target, ...late }, late ? 'toggle' : origin);
      return;
    }
    this.#driving = true;
    try {
      // The first load of a faceted instance runs an empty search; ours must come after it.
      await instance.triggerLoad();
      // Stop words out of engine queries; the attribute tells the tests it took.
      if (filterEngineQueries(instance)) this.dataset['queryFilter'] = 'on';
      if (id !== this.#showId) return;
      if (!this.#ready) {
        // The visitor may have typed or ticked while Pagefind loaded: that wins.
        this.#ready = true;
        const late = this.#takePending();
        if (late) {
          const next = { ...target, ...late };
          if (next.includeClosed !== target.includeClosed) {
            this.#driving = false;
            return await this.#show(next, 'toggle');
          }
          target = next;
          origin = 'toggle';
        }
      }
      const state: SearchState = {
        q: target.q,
        // Values unknown to this bundle (say, an employer with closed offers only) are dropped.
        filters: resolveFilters(target.filterSlugs, instance.totalFilters),
        includeClosed: target.includeClosed,
        sort: target.sort,
      };
      this.#setState(state);
      if (origin !== 'toggle' || document.activeElement !== this.#box.input)
        this.#box.value = state.q;
      instance.searchSort = toPagefindSort(state.sort, state.q, this.#config);
      this.#revealOnResults ||= this.dataset['state'] !== 'ready';
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

  /**
   * The first state until Pagefind has results to show, then the active bundle's elements
   * (none while no offer is open: the hint says so).
   */
  #showParts(): void {
    const ready = this.dataset['state'] === 'ready';
    const shown =
      ready && !(this.#mode === 'open' && this.#config.openCount === 0)
        ? this.#config.instances[this.#mode]
        : undefined;
    for (const el of this.querySelectorAll<HTMLElement>('[data-search-mode]')) {
      el.hidden = el.dataset['searchMode'] !== shown;
    }
    for (const el of this.querySelectorAll<HTMLElement>('[data-search-first]')) el.hidden = ready;
  }

  /** Pagefind's results replace the first state: filters, summary, list. */
  #reveal(): void {
    // Focus follows the visitor's step (a filter, « more ») only if it is still on the first state.
    const focused = document.activeElement;
    const moveFocus =
      focused === null ||
      focused === document.body ||
      [...this.querySelectorAll('[data-search-first]')].some((el) => el.contains(focused));
    const firstCards = [
      ...this.querySelectorAll('[data-search-part="first-results"] li.search-result'),
    ].map((card) => card.getBoundingClientRect().height);
    this.#revealOnResults = false;
    this.dataset['state'] = 'ready';
    this.removeAttribute('aria-busy');
    this.#showParts();
    const results = this.querySelector<HTMLElement>('pagefind-results:not([hidden])');
    if (results && this.#showsFirstState()) keepCardSizes(results, firstCards);
    const group = this.#pendingGroup;
    this.#pendingGroup = undefined;
    if (group !== undefined) {
      const details = this.querySelector<HTMLDetailsElement>(
        `pagefind-filter-pane:not([hidden]) details[data-filter-name="${CSS.escape(group)}"]`,
      );
      if (details) {
        details.open = true;
        if (moveFocus) details.querySelector('summary')?.focus();
      }
    }
    const index = this.#continueAt;
    this.#continueAt = undefined;
    if (index !== undefined && results) revealResult(results, index, moveFocus);
  }

  /** The first state's summary while Pagefind loads: « Recherche de « x »… » or loading. */
  #showLoading(): void {
    const q = this.#pending.q ?? this.#readUrl().q;
    this.#part('first-summary').textContent =
      q === '' ? LOADING_MESSAGE : (TRANSLATIONS['searching'] ?? '').replace('[SEARCH_TERM]', q);
  }

  /** Any change in the box: until Pagefind is there, it is the query to show first. */
  #onEdit(text: string): void {
    if (this.#ready) return;
    this.#pending.q = text.trim();
    this.#start();
    this.#showLoading();
  }

  /** Whether Pagefind shows what the first state showed: open offers, newest first. */
  #showsFirstState(): boolean {
    const { q, filters, includeClosed, sort } = this.#state;
    return q === '' && Object.keys(filters).length === 0 && !includeClosed && sort === '';
  }

  /** Typed and paused, Enter, Escape or « Effacer » in the search box. */
  #onType(term: string): void {
    if (!this.#ready) return; // #onEdit has kept it for the first search

    if (this.#mode === 'open' && this.#config.openCount === 0) {
      void this.#show({ ...this.#urlState(), q: term.trim() }, 'toggle');
      return;
    }
    const instance = this.#active;
    // The first search may already have used these keystrokes: searching again would only
    // redraw the same results (and lose the visitor's place in them).
    if (!instance || instance.searchTerm.trim() === term.trim()) return;
    instance.triggerSearch(term);
  }

  /** The visitor typed, ticked a filter or cleared the box. */
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

  #setIncludeClosed(includeClosed: boolean): void {
    if (!this.#ready) {
      this.#pending.includeClosed = includeClosed;
      this.#start();
      return;
    }
    void this.#show({ ...this.#urlState(), includeClosed }, 'toggle');
  }

  #setSort(sort: string): void {
    if (!this.#ready) {
      this.#pending.sort = sort;
      this.#start();
      return;
    }
    const instance = this.#active;
    if (!instance) return;
    this.#state = { ...this.#state, sort };
    instance.triggerSearch(instance.searchTerm);
  }

  /** No open offer at all, hence no open-offers index: one button to the closed ones. */
  #showNoOpenOffers(target: UrlState, origin: 'load' | 'history' | 'toggle'): void {
    this.dataset['state'] = 'ready';
    this.removeAttribute('aria-busy');
    this.#showParts();
    // The URL's filter slugs stay as they are, for the switch to every offer.
    const state = { ...target, filters: target.filterSlugs, includeClosed: false };
    this.#setState(state);
    if (origin === 'toggle') this.#writeUrl(state);
    else this.#box.value = target.q;
    this.#part('hint-text').textContent = 'Aucune offre n’est ouverte en ce moment.';
    this.#part('hint').hidden = false;
  }

  /** No open offer matches a query: offer to search the closed ones too. */
  #onResults(mode: Mode, result: PagefindSearchResult): void {
    if (mode !== this.#mode) return;
    if (this.#revealOnResults) this.#reveal();
    const { q } = this.#state;
    const show = mode === 'open' && q !== '' && result.results.length === 0;
    if (show)
      this.#part('hint-text').textContent = `Aucune offre ouverte ne correspond à « ${q} ».`;
    this.#part('hint').hidden = !show;
  }

  #showError(error: unknown): void {
    console.warn('Recherche indisponible :', error);
    // « More » was asked for: the plain list of open offers goes on where this one stops.
    const more = this.querySelector<HTMLAnchorElement>('[data-search-part="more"]');
    if (this.#continueAt !== undefined && !this.#ready && more) {
      window.location.assign(more.href);
      return;
    }
    this.#part('error').hidden = false;
    this.removeAttribute('aria-busy');
  }
}

customElements.define('offres-search', OffresSearch);
