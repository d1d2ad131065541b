/**
 * <copy-link>: adds a « Copier le lien » button to the link it wraps. Without JavaScript, or
 * without the Clipboard API, the link stays as it is, visible and selectable. Its texts come
 * from the markup (data-done, data-failed), written by src/components/ShareOffer.astro.
 */
class CopyLink extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector('a');
    const button = this.querySelector('button');
    const status = this.querySelector('[role="status"]');
    if (!link || !button || !status || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(link.href).then(
        () => (status.textContent = this.dataset['done'] ?? ''),
        () => (status.textContent = this.dataset['failed'] ?? ''),
      );
    });
  }
}
customElements.define('copy-link', CopyLink);
