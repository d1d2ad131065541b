/** HTML helpers for assertions on the built site. */
import { parse, type HTMLElement } from 'node-html-parser';

export function parseHtml(html: string): HTMLElement {
  return parse(html, { comment: false });
}

/** Visible text with whitespace collapsed and French no-break spaces made plain. */
export function textOf(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? '').replace(/[\s\u00A0\u202F]+/g, ' ').trim();
}

/** The key-facts panel of an offer page as { key: text }. */
export function factsOf(page: HTMLElement): Record<string, string> {
  const facts: Record<string, string> = {};
  for (const row of page.querySelectorAll('.facts [data-fact]')) {
    facts[row.getAttribute('data-fact') ?? ''] = textOf(row.querySelector('dd'));
  }
  return facts;
}
