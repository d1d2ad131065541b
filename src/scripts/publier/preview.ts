/**
 * Draws the publishing page's preview with the offer page's markup (header, `dl.facts`,
 * `.prose`). The site's markdown renderer (Sätteri) is native code that does not run in a
 * browser, so the body is shown as plain paragraphs; every value is set as text, never as HTML.
 */
import type { Preview } from '../../lib/publish/preview-facts.ts';

function element(tag: string, text?: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Replaces `container`'s content with the preview; `incomplete` is said when facts are missing. */
export function renderPreview(container: HTMLElement, preview: Preview, incomplete: string): void {
  const article = element('article', undefined, 'offer');
  const header = element('header');
  const badge = element('p');
  badge.append(element('span', preview.badge, 'badge badge-open'));
  header.append(
    badge,
    element('h1', preview.title),
    element('p', preview.organisationName, 'offer-org'),
  );
  article.append(header);
  if (preview.facts) {
    const list = element('dl', undefined, 'facts');
    for (const fact of preview.facts) {
      const row = element('div');
      row.dataset['fact'] = fact.key;
      row.append(element('dt', fact.label), element('dd', fact.value));
      list.append(row);
    }
    article.append(list);
  } else {
    article.append(element('p', incomplete));
  }
  const body = element('div', undefined, 'prose');
  for (const paragraph of preview.body.split(/\n\s*\n/)) {
    if (paragraph.trim()) body.append(element('p', paragraph.trim()));
  }
  article.append(body);
  container.replaceChildren(article);
}
