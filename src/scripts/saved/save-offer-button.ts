/**
 * `<save-offer data-slug data-title data-organisation data-url data-saved-page>`: a
 * « Sauvegarder cette offre » button whose label says the state, and a link to the saved
 * offers, rendered only once this script runs (without JavaScript, nothing shows).
 */
import { SAVED_TEXT } from '../../lib/ui-text-saved.ts';
import { isOfferSaved, removeSavedOffer, saveOffer } from './saved-offers.ts';

class SaveOfferButton extends HTMLElement {
  connectedCallback(): void {
    const { slug = '', title = '', organisation = '', url = '', savedPage = '' } = this.dataset;
    if (slug === '' || this.querySelector('button')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    const render = () => {
      const saved = isOfferSaved(slug);
      button.textContent = saved ? SAVED_TEXT.savedOffer : SAVED_TEXT.saveOffer;
    };
    button.addEventListener('click', () => {
      if (isOfferSaved(slug)) removeSavedOffer(slug);
      else saveOffer({ slug, title, organisation, url });
      render();
    });
    render();
    const link = document.createElement('a');
    link.href = savedPage;
    link.textContent = SAVED_TEXT.seeSaved;
    this.append(button, ' ', link);
  }
}

if (!customElements.get('save-offer')) customElements.define('save-offer', SaveOfferButton);
