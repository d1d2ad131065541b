/**
 * The results side of /recherche/: the list (cards as in FirstResults.astro), the pagination and
 * the notice that says which part of the search found nothing, with links to widen it.
 */
import { element } from './dom.ts';
import { isLapsed, type ResultData } from './engine.ts';
import { getCardDates, getCardFacts, getPageLabel } from './result-card.ts';

/** A result; `day` (the visitor's, ISO) tells an offer closed since the build. */
export function renderCard(result: ResultData, closedStatus: string, day: string): HTMLLIElement {
  const meta = result.meta;
  const dates = element('p', { className: 'search-result-dates' });
  if (meta['statut'] === closedStatus || isLapsed(result, day)) {
    dates.append(element('span', { className: 'badge badge-closed' }, ['Offre clôturée']), ' ');
  }
  dates.append(getCardDates(meta));
  const excerpt = element('p', { className: 'search-result-excerpt' });
  // Pagefind's excerpt: the offer's indexed text, escaped, with <mark> around the words found.
  excerpt.innerHTML = result.excerpt;
  const link = element('a', { href: meta['url'] ?? result.url }, [meta['title'] ?? result.url]);
  return element('li', { className: 'search-result' }, [
    element('h3', { className: 'search-result-title' }, [link]),
    element('p', { className: 'search-result-org' }, [meta['organisation'] ?? '']),
    element(
      'ul',
      { className: 'meta' },
      getCardFacts(meta).map((fact) => element('li', {}, [fact])),
    ),
    dates,
    ...(result.excerpt === '' ? [] : [excerpt]),
  ]);
}

/** « ← Page précédente · Page 2 sur 3 · Page suivante → », links to the neighbouring pages. */
export function renderPagination(
  nav: HTMLElement,
  page: number,
  pages: number,
  hrefOf: (page: number) => string,
): void {
  nav.hidden = pages <= 1;
  const link = (to: number, text: string, rel: string) => {
    const a = element('a', { href: hrefOf(to), rel }, [text]);
    a.dataset['page'] = String(to);
    return a;
  };
  nav.replaceChildren(
    page > 1 ? link(page - 1, '← Page précédente', 'prev') : element('span'),
    element('span', {}, [getPageLabel(page, pages)]),
    page < pages ? link(page + 1, 'Page suivante →', 'next') : element('span'),
  );
}

export interface NoticeLink {
  text: string;
  href: string;
  /** How the page's script applies it without a reload. */
  action: Record<string, string>;
}

/** The notice: a sentence and its links (hidden without a sentence). */
export function renderNotice(notice: HTMLElement, text: string, links: NoticeLink[]): void {
  notice.hidden = text === '';
  const items = links.map(({ text: label, href, action }) => {
    const a = element('a', { href }, [label]);
    Object.assign(a.dataset, action);
    return element('li', {}, [a]);
  });
  notice.replaceChildren(
    ...(text === '' ? [] : [element('p', {}, [text])]),
    ...(items.length > 0 ? [element('ul', {}, items)] : []),
  );
}
