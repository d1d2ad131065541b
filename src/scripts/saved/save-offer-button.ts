/**
 * `<save-offer data-slug data-title data-organisation data-url>`: a « Sauvegarder cette offre »
 * toggle, rendered only once this script runs (without JavaScript, nothing shows).
 */
import { SAVED_TEXT } from '../../lib/ui-text-alerts.ts';
import { isOfferSaved, removeSavedOffer, saveOffer } from './saved-offers.ts';

class SaveOfferButton extends HTMLElement {
  connectedCallback(): void {
    const { slug = '', title = '', organisation = '', url = '' } = this.dataset;
    if (slug === '' || this.querySelector('button')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    const render = () => {
      const saved = isOfferSaved(slug);
      button.textContent = saved ? SAVED_TEXT.savedOffer : SAVED_TEXT.saveOffer;
      button.setAttribute('aria-pressed', String(saved));
    };
    button.addEventListener('click', () => {
      if (isOfferSaved(slug)) removeSavedOffer(slug);
      else saveOffer({ slug, title, organisation, url });
      render();
    });
    render();
    this.append(button);
  }
}

if (!customElements.get('save-offer')) customElements.define('save-offer', SaveOfferButton);
