/**
 * `<saved-list>` on `/sauvegardes/`: the offers and searches saved in this browser, each with
 * a « Retirer » button; offers no longer in `/offres.json` are marked closed.
 */
import { SAVED_TEXT } from '../../lib/ui-text-saved.ts';
import { listSavedOffers, removeSavedOffer } from './saved-offers.ts';
import { listSavedSearches, removeSavedSearch } from './saved-searches.ts';

function item(link: HTMLAnchorElement, remove: () => void, note?: string): HTMLLIElement {
  const li = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = SAVED_TEXT.remove;
  button.setAttribute('aria-label', `${SAVED_TEXT.remove} : ${link.textContent ?? ''}`);
  button.addEventListener('click', () => {
    remove();
    li.remove();
  });
  li.append(link, ...(note ? [` (${note})`] : []), ' ', button);
  return li;
}

function anchor(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

class SavedList extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const offersList = this.querySelector<HTMLElement>('[data-saved="offers"]');
    const searchesList = this.querySelector<HTMLElement>('[data-saved="searches"]');
    if (!offersList || !searchesList) return;
    this.hidden = false;
    const offers = listSavedOffers();
    let open: Set<string> | undefined;
    try {
      const body = (await (await fetch(this.dataset['offers'] ?? '/offres.json')).json()) as {
        offers: { id: string }[];
      };
      open = new Set(body.offers.map((o) => o.id));
    } catch {
      open = undefined;
    }
    offersList.replaceChildren(
      ...offers.map((o) =>
        item(
          anchor(o.url, `${o.title} — ${o.organisation}`),
          () => removeSavedOffer(o.slug),
          open && !open.has(o.slug) ? 'clôturée' : undefined,
        ),
      ),
    );
    if (offers.length === 0)
      offersList.replaceChildren(
        Object.assign(document.createElement('li'), { textContent: SAVED_TEXT.emptyOffers }),
      );
    const searches = listSavedSearches();
    searchesList.replaceChildren(
      ...searches.map((s) =>
        item(
          anchor(
            `${this.dataset['search'] ?? '/recherche/'}?${s.query}`,
            decodeURIComponent(s.query.replace(/\+/g, ' ')).replace(/&/g, ' · '),
          ),
          () => removeSavedSearch(s.query),
        ),
      ),
    );
    if (searches.length === 0)
      searchesList.replaceChildren(
        Object.assign(document.createElement('li'), { textContent: SAVED_TEXT.emptySearches }),
      );
  }
}

if (!customElements.get('saved-list')) customElements.define('saved-list', SavedList);
