/**
 * `<new-offers-count>`: « N nouvelles offres depuis votre dernière visite », from `/offres.json`.
 * Renders nothing without JavaScript, on a first visit, or when nothing is new.
 */
import { SAVED_TEXT } from '../../lib/ui-text-saved.ts';
import { countNewOffers, fetchOpenOffers, recordVisit } from './saved-searches.ts';

class NewOffersCount extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const previous = recordVisit();
    if (!previous) return;
    const count = countNewOffers(
      await fetchOpenOffers(this.dataset['src']),
      previous.toISOString().slice(0, 10),
    );
    if (count === 0) return;
    const p = document.createElement('p');
    p.className = 'new-offers';
    p.setAttribute('role', 'status');
    p.textContent = SAVED_TEXT.newOffers(count);
    this.replaceChildren(p);
  }
}

if (!customElements.get('new-offers-count'))
  customElements.define('new-offers-count', NewOffersCount);
