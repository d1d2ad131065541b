/**
 * `<offres-search>` drives `/recherche/` with Pagefind's JS API (engine.ts). The page arrives
 * in plain HTML: the search box, the filter headings, the newest open offers and their
 * pagination. Pagefind loads only when the visitor starts searching (focus in the box, a filter
 * group opened, the closed-offers box, the order, another page) or at once when the URL asks
 * for a search. The URL is the source of truth (shareable links, back button, reload):
 * `?q=…&region=…&contrat=stage&contrat=cdd&statut=toutes&tri=limite&page=2` (url-state.ts).
 * Over 200 lines: the wiring of every control of the page; what it draws is in the *-view.ts
 * modules, what it says in notice.ts and result-card.ts.
 */
import type { SearchClientConfig } from '../../lib/search-client.ts';
import { loadBundle, runSearch, today, type Outcome } from './engine.ts';
import {
  getOptions,
  renderChips,
  renderFilterPane,
  showUncountedGroups,
  type FilterOption,
} from './filters-view.ts';
import { getSummary } from './result-card.ts';
import { getNotice } from './notice.ts';
import { renderCard, renderNotice, renderPagination } from './results-view.ts';
import { SearchBox } from './search-box.ts';
import {
  EMPTY_STATE,
  QUERY_PARAM,
  asksForSearch,
  parseSearchParams,
  toHref,
  toggleFilter,
  type SearchState,
} from './url-state.ts';

/** Keystrokes this close to the previous ones update the history entry instead of adding one. */
const TYPING_MERGE_MS = 2000;

type UrlWrite = 'push' | 'typing' | 'replace';

class OffresSearch extends HTMLElement {
  #config!: SearchClientConfig;
  #box!: SearchBox;
  #state: SearchState = EMPTY_STATE;
  #started = false;
  /** Filter counts wanted: a group has been opened (they cost every filter's chunks). */
  #counting = false;
  #runId = 0;
  #lastTypingAt = 0;
  readonly #baseTitle = document.title;

  connectedCallback(): void {
    this.#config = JSON.parse(this.dataset['config'] ?? '{}') as SearchClientConfig;
    this.#state = this.#readUrl();
    this.#box = new SearchBox(this.#part<HTMLFormElement>('form'), {
      edit: () => this.#start(),
      search: (term) => {
        if (term.trim() !== this.#state.q) this.#update({ q: term.trim(), page: 1 }, 'typing');
      },
      focus: () => this.#start(),
      focusResults: () => this.#part('results').querySelector('a')?.focus(),
    });
    const closed = this.#part<HTMLInputElement>('closed');
    closed.addEventListener('change', () =>
      this.#update({ includeClosed: closed.checked, page: 1 }),
    );
    const sort = this.#part<HTMLSelectElement>('sort');
    sort.addEventListener('change', () => this.#update({ sort: sort.value, page: 1 }));
    const pane = this.#part('filters');
    // `toggle` does not bubble: caught on its way down. The first group opened asks for counts.
    pane.addEventListener(
      'toggle',
      (event) => {
        const opened = (event.target as HTMLDetailsElement).open;
        if (opened && !this.#counting) {
          this.#counting = true;
          if (this.#started) void this.#run();
        }
        this.#start();
      },
      true,
    );
    pane.addEventListener('change', (event) => {
      const input = event.target as HTMLInputElement;
      const key = input.dataset['filter'];
      if (key !== undefined) this.#set(toggleFilter(this.#state, key, input.value, input.checked));
    });
    this.#part('chips').addEventListener('click', (event) => this.#onChip(event));
    this.#part('notice').addEventListener('click', (event) => this.#onNoticeLink(event));
    this.#part('pagination').addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-page]');
      if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      this.#update({ page: Number(link.dataset['page']) });
      const summary = this.#part('summary');
      summary.focus();
      summary.scrollIntoView({ block: 'start' });
    });
    window.addEventListener('popstate', () => {
      this.#state = this.#readUrl();
      void this.#run();
    });
    this.#showControls();
    if (this.#box.value.trim() !== '' && this.#state.q === '')
      this.#state.q = this.#box.value.trim();
    if (asksForSearch(this.#state)) this.#start();
  }

  #part<T extends HTMLElement>(name: string): T {
    const el = this.querySelector<T>(`[data-search-part="${name}"]`);
    if (!el) throw new Error(`<offres-search>: missing part ${name}`);
    return el;
  }

  #readUrl(): SearchState {
    return parseSearchParams(new URLSearchParams(window.location.search), this.#config);
  }

  /** Loads Pagefind and shows the current state, once. */
  #start(): void {
    if (this.#started) return;
    this.#started = true;
    void this.#run();
  }

  #update(patch: Partial<SearchState>, write: UrlWrite = 'push'): void {
    this.#set({ ...this.#state, ...patch }, write);
  }

  #set(state: SearchState, write: UrlWrite = 'push'): void {
    this.#state = state;
    this.#writeUrl(write);
    this.#started = true;
    void this.#run();
  }

  #writeUrl(write: UrlWrite): void {
    const next = toHref(this.#state, this.#config);
    const url = next === '?' ? window.location.pathname : next;
    if (next.slice(1) === window.location.search.slice(1)) return;
    const current = new URLSearchParams(window.location.search);
    const onlyQuery = (params: URLSearchParams) => {
      const copy = new URLSearchParams(params);
      copy.delete(QUERY_PARAM);
      return copy.toString();
    };
    const typing =
      write === 'typing' && onlyQuery(current) === onlyQuery(new URLSearchParams(next));
    const now = Date.now();
    if (write === 'replace' || (typing && now - this.#lastTypingAt < TYPING_MERGE_MS))
      history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    this.#lastTypingAt = typing ? now : 0;
  }

  /** The controls show the state, before any result. */
  #showControls(): void {
    const { q, includeClosed, sort } = this.#state;
    this.#part<HTMLInputElement>('closed').checked = includeClosed;
    this.#part<HTMLSelectElement>('sort').value = sort;
    if (document.activeElement !== this.#box.input) this.#box.value = q;
    document.title = q === '' ? this.#baseTitle : `« ${q} » — ${this.#baseTitle}`;
  }

  async #run(): Promise<void> {
    const id = ++this.#runId;
    const state = this.#state;
    this.#showControls();
    this.setAttribute('aria-busy', 'true');
    this.dataset['state'] ??= 'loading';
    try {
      const outcome =
        !state.includeClosed && this.#config.openCount === 0
          ? undefined
          : await runSearch(
              await loadBundle(this.#config, state.includeClosed),
              state,
              this.#config,
              this.#counting,
            );
      if (id !== this.#runId) return;
      const pages = Math.max(1, Math.ceil((outcome?.total ?? 0) / this.#config.pageSize));
      if (state.page > pages) {
        this.#update({ page: pages }, 'replace');
        return;
      }
      this.#render(state, outcome, pages);
      this.#part('error').hidden = true;
    } catch (error) {
      if (id !== this.#runId) return;
      console.warn('Recherche indisponible :', error);
      this.#part('error').hidden = false;
    }
    this.dataset['state'] = 'ready';
    this.removeAttribute('aria-busy');
  }

  /** Draws a state's results; no outcome: no open offer at all, hence no index to search. */
  #render(state: SearchState, outcome: Outcome | undefined, pages: number): void {
    const config = this.#config;
    const options = new Map<string, FilterOption[]>();
    for (const filter of config.filters) {
      const empty = { counts: {}, resolved: {} };
      options.set(filter.key, getOptions(filter, outcome ?? empty, state, config));
    }
    if (outcome && !outcome.counts) showUncountedGroups(this.#part('filters'), state.includeClosed);
    else renderFilterPane(this.#part('filters'), options, config);
    renderChips(this.#part('chips'), options, config);
    const total = outcome?.total ?? 0;
    this.#part('summary').textContent = getSummary(total, state.q, state.includeClosed);
    const list = this.#part('results');
    const day = today();
    list.replaceChildren(
      ...(outcome?.results ?? []).map((r) => renderCard(r, config.status.closed, day)),
    );
    list.hidden = total === 0;
    renderPagination(this.#part('pagination'), state.page, pages, (page) =>
      toHref({ ...state, page }, config),
    );
    const { text, links } = getNotice(state, outcome, options, config);
    renderNotice(this.#part('notice'), text, links);
  }

  #onNoticeLink(event: MouseEvent): void {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    const { includeClosed, removeFilter, value } = link.dataset;
    if (includeClosed !== undefined) {
      this.#update({ includeClosed: true, page: 1 });
      this.#part('closed').focus();
    } else if (removeFilter !== undefined && value !== undefined) {
      this.#set(toggleFilter(this.#state, removeFilter, value, false));
      this.#part('summary').focus();
    }
  }

  /** A chip removes its value; « Tout effacer » every filter. Focus goes to the next chip. */
  #onChip(event: MouseEvent): void {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    if (!button) return;
    const { filter, value } = button.dataset;
    const buttons = [...this.#part('chips').querySelectorAll('button')];
    const index = buttons.indexOf(button);
    if (button.dataset['clearFilters'] !== undefined) {
      this.#set({ ...this.#state, filters: {}, page: 1 });
    } else if (filter !== undefined && value !== undefined) {
      this.#set(toggleFilter(this.#state, filter, value, false));
    }
    // The chips are drawn again with the results: focus the one now at this place, if any.
    const id = this.#runId;
    const refocus = () => {
      if (id !== this.#runId || this.getAttribute('aria-busy') === 'true') {
        if (id === this.#runId) requestAnimationFrame(refocus);
        return;
      }
      const next = [...this.#part('chips').querySelectorAll('button')];
      (next[Math.min(index, next.length - 2)] ?? this.#part('summary')).focus();
    };
    requestAnimationFrame(refocus);
  }
}

customElements.define('offres-search', OffresSearch);
