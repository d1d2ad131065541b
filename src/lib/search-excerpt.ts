/**
 * An offer's excerpt as Pagefind shows it when browsing without a query: the first words of
 * the text it indexed from the page (the title, then the description). /recherche/ prints the
 * same in its first state, before Pagefind has loaded, so that nothing changes on screen when
 * Pagefind's results take its place (tests/search/search-page.test.ts compares the two).
 *
 * Pagefind's indexer (pagefind/src/fossick/parser.rs, 1.x) keeps text as it comes, adds
 * nothing for inline tags but a space for `<br>`, puts a space before each block and, at its
 * end, a full stop when the block ends with a word character, then a space; it spells
 * apostrophes straight. Offer bodies are sanitised markdown, so these few rules are enough.
 */
import type { OfferView } from './catalog.ts';

/** Words in a result's excerpt (`excerpt-length` of /recherche/'s Pagefind instances). */
export const EXCERPT_WORDS = 24;

const BLOCKS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'td',
  'div',
  'ul',
  'li',
  'article',
  'section',
]);
/** Rust's `\w` (Unicode), plus the characters Pagefind also lets end a sentence. */
const SENTENCE_END = /[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}'")$*]$/u;
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};
const TOKENS = /<(\/?)([a-z][a-z0-9]*)\b[^>]*>|<!--[\s\S]*?-->|([^<]+)/gi;

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (!name.startsWith('#')) return ENTITIES[name] ?? entity;
    const hex = name[1] === 'x' || name[1] === 'X';
    return String.fromCodePoint(hex ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
  });
}

/** The text Pagefind indexes from a fragment of HTML. */
export function getIndexedText(html: string): string {
  let text = '';
  const endBlock = () => {
    if (SENTENCE_END.test(text)) text += '.';
    text += ' ';
  };
  // Like Pagefind, look at the text as written (entities undecoded) to end sentences.
  for (const [, closing, tag, chunk] of html.matchAll(TOKENS)) {
    if (chunk !== undefined) text += chunk;
    else if (tag === undefined)
      continue; // a comment
    else if (tag.toLowerCase() === 'br') text += ' ';
    else if (BLOCKS.has(tag.toLowerCase())) {
      if (closing) endBlock();
      else text += ' ';
    }
  }
  return decodeEntities(text).replace(/’/g, "'");
}

export function getBrowseExcerpt(offer: OfferView): string {
  // The title's <h1> and the description's block are the page's two indexed parts.
  return getIndexedText(`<h1>${escapeText(offer.data.title)}</h1><div>${offer.html}</div>`)
    .split(/\s+/)
    .filter((word) => word !== '')
    .slice(0, EXCERPT_WORDS)
    .join(' ');
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
