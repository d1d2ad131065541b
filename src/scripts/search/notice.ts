/**
 * What the notice above the results says when part of a search finds nothing, and the links
 * that widen it: include closed offers, remove a value no offer has. Nothing the visitor (or a
 * shared link) asked for is ever dropped without a word. Pure: tested without a browser.
 */
import type { SearchClientConfig } from '../../lib/search-client.ts';
import type { Outcome } from './engine.ts';
import type { FilterOption } from './filters-view.ts';
import type { NoticeLink } from './results-view.ts';
import { toHref, toggleFilter, type SearchState } from './url-state.ts';

/** `outcome` undefined: no open offer at all, hence no index to search. */
export function getNotice(
  state: SearchState,
  outcome: Pick<Outcome, 'total'> | undefined,
  options: Map<string, FilterOption[]>,
  config: SearchClientConfig,
): { text: string; links: NoticeLink[] } {
  const withClosed: NoticeLink = {
    text: 'Chercher aussi dans les offres clôturées',
    href: toHref({ ...state, includeClosed: true, page: 1 }, config),
    action: { includeClosed: '' },
  };
  if (!outcome) return { text: 'Aucune offre n’est ouverte en ce moment.', links: [withClosed] };
  const none = state.includeClosed ? 'Aucune offre' : 'Aucune offre ouverte';
  const zero = config.filters.flatMap((filter) =>
    (options.get(filter.key) ?? [])
      .filter((o) => o.selected && o.count === 0)
      .map((option) => ({ filter, option })),
  );
  const links: NoticeLink[] = [];
  let text = '';
  if (zero.length > 0) {
    const names = zero.map(({ option }) => option.label).join(', ');
    text = `${none} pour ${names}${state.q === '' ? '' : `, avec « ${state.q} »`}.`;
    for (const { filter, option } of zero) {
      links.push({
        text: `Retirer le filtre ${option.label}`,
        href: toHref(toggleFilter(state, filter.key, option.slug, false), config),
        action: { removeFilter: filter.key, value: option.slug },
      });
    }
  } else if (outcome.total === 0) {
    text =
      state.q === ''
        ? `${none} ne correspond à ces filtres.`
        : `${none} ne correspond à « ${state.q} ».`;
  }
  if (text !== '' && !state.includeClosed) links.unshift(withClosed);
  return { text, links };
}
