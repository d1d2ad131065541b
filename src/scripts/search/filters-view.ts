/**
 * The filter pane and the active-filter chips of /recherche/. The page's HTML has one closed
 * `<details>` per filter, in the order of SEARCH_FILTERS (its Tab order is its visual order: no
 * CSS reorders them); this fills each with checkboxes and counts once Pagefind has answered,
 * and shows the selected values as removable chips. A selected value no offer has is listed
 * all the same, ticked, with 0: nothing the visitor (or a shared link) asked for disappears.
 */
import type { SearchClientConfig } from '../../lib/search-client.ts';
import { slugify } from '../../lib/slug.ts';
import { element } from './dom.ts';
import type { Outcome } from './engine.ts';
import type { SearchState } from './url-state.ts';
import { FRENCH_MONTHS } from '../../lib/french-months.ts';

type FilterConfig = SearchClientConfig['filters'][number];

export interface FilterOption {
  slug: string;
  label: string;
  count: number;
  selected: boolean;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
const MONTHS: readonly string[] = FRENCH_MONTHS;

/** « avril 2026 » → 202603; anything else → undefined. */
function monthRank(label: string): number | undefined {
  const match = /^(\p{L}+) (\d{4})$/u.exec(label);
  const month = match ? MONTHS.indexOf(match[1] ?? '') : -1;
  return match && month >= 0 ? Number(match[2]) * 100 + month : undefined;
}

function compareOptions(filter: FilterConfig, a: FilterOption, b: FilterOption): number {
  const rank = (o: FilterOption) => {
    const fixed = filter.values.indexOf(o.label);
    return fixed >= 0 ? fixed - 1e7 : (monthRank(o.label) ?? Infinity);
  };
  return rank(a) - rank(b) || collator.compare(a.label, b.label);
}

/** A name for a slug no offer of the bundle has: a known name, else the slug in words. */
export function labelFor(slug: string, names: readonly string[]): string {
  const known = names.find((label) => slugify(label) === slug);
  if (known) return known;
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A filter's options: values with offers or selected, in the filter's order. */
export function getOptions(
  filter: FilterConfig,
  outcome: Pick<Outcome, 'counts' | 'resolved'>,
  state: SearchState,
  config: Pick<SearchClientConfig, 'labels'>,
): FilterOption[] {
  const selected = new Set(state.filters[filter.key] ?? []);
  const resolved = outcome.resolved[filter.key] ?? {};
  const options = new Map<string, FilterOption>();
  for (const [value, count] of Object.entries(outcome.counts?.[filter.key] ?? {})) {
    const slug = slugify(value);
    if (count > 0 || selected.has(slug))
      options.set(slug, { slug, label: value, count, selected: selected.has(slug) });
  }
  for (const slug of selected) {
    if (!options.has(slug))
      options.set(slug, {
        slug,
        label: resolved[slug] ?? labelFor(slug, [...filter.values, ...config.labels]),
        count: 0,
        selected: true,
      });
  }
  return [...options.values()].sort((a, b) => compareOptions(filter, a, b));
}

function renderOption(filter: FilterConfig, option: FilterOption): HTMLElement {
  const input = element('input', {
    type: 'checkbox',
    value: option.slug,
    checked: option.selected,
  });
  input.dataset['filter'] = filter.key;
  return element('label', { className: 'search-filter-option' }, [
    input,
    element('span', { className: 'search-filter-value' }, [option.label]),
    element('span', { className: 'search-filter-count' }, [String(option.count)]),
  ]);
}

/**
 * Fills the pane's groups; a group with no option is hidden. Focus stays on the checkbox the
 * visitor just used (its element is replaced).
 */
export function renderFilterPane(
  pane: HTMLElement,
  options: Map<string, FilterOption[]>,
  config: SearchClientConfig,
): void {
  const focused = document.activeElement;
  const refocus =
    focused instanceof HTMLInputElement && pane.contains(focused)
      ? { key: focused.dataset['filter'], slug: focused.value }
      : undefined;
  for (const filter of config.filters) {
    const group = pane.querySelector<HTMLDetailsElement>(
      `details[data-filter-name="${CSS.escape(filter.key)}"]`,
    );
    const list = group?.querySelector<HTMLElement>('.search-filter-options');
    if (!group || !list) continue;
    const groupOptions = options.get(filter.key) ?? [];
    group.hidden = groupOptions.length === 0;
    list.replaceChildren(...groupOptions.map((option) => renderOption(filter, option)));
    const chosen = groupOptions.filter((o) => o.selected).length;
    const badge = group.querySelector<HTMLElement>('.search-filter-selected');
    if (badge) {
      badge.hidden = chosen === 0;
      badge.textContent = chosen === 0 ? '' : `${chosen} choisi${chosen > 1 ? 's' : ''}`;
    }
  }
  if (refocus) {
    pane
      .querySelector<HTMLInputElement>(
        `input[data-filter="${CSS.escape(refocus.key ?? '')}"][value="${CSS.escape(refocus.slug)}"]`,
      )
      ?.focus();
  }
}

/**
 * Before the counts are loaded (no group opened yet), the groups keep « Chargement… »: shown if
 * open offers fill them (`data-open-offers`, from the build), every one with closed offers.
 */
export function showUncountedGroups(pane: HTMLElement, includeClosed: boolean): void {
  for (const group of pane.querySelectorAll<HTMLDetailsElement>('details[data-filter-name]'))
    group.hidden = !includeClosed && group.dataset['openOffers'] === undefined;
}

/** The chips of the selected values, each a button that removes it, then « Tout effacer ». */
export function renderChips(
  chips: HTMLElement,
  options: Map<string, FilterOption[]>,
  config: SearchClientConfig,
): void {
  const items: HTMLElement[] = [];
  for (const filter of config.filters) {
    for (const option of options.get(filter.key) ?? []) {
      if (!option.selected) continue;
      const button = element('button', { type: 'button', className: 'search-chip' }, [
        element('span', { className: 'visually-hidden' }, [`Retirer le filtre ${filter.label} : `]),
        option.label,
        element('span', { className: 'search-chip-x' }, ['×']),
      ]);
      button.querySelector('.search-chip-x')?.setAttribute('aria-hidden', 'true');
      button.dataset['filter'] = filter.key;
      button.dataset['value'] = option.slug;
      items.push(element('li', {}, [button]));
    }
  }
  if (items.length > 0) {
    const clear = element('button', { type: 'button', className: 'search-chip-clear' }, [
      'Tout effacer',
    ]);
    clear.dataset['clearFilters'] = '';
    items.push(element('li', {}, [clear]));
  }
  chips.hidden = items.length === 0;
  chips.querySelector('ul')?.replaceChildren(...items);
}
