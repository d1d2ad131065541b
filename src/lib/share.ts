/**
 * Share links of an offer: plain links to each platform's own share page, no third-party
 * script, button or tracker; the visitor's browser only goes there when they click.
 */
import { offerText } from './ui-text-offers.ts';

export interface ShareLink {
  /** Stable identifier (tests, CSS). */
  id: string;
  /** Visible text. */
  label: string;
  href: string;
}

export function getShareLinks(input: {
  url: string;
  title: string;
  organisation: string;
}): ShareLink[] {
  const { url } = input;
  const text = `${input.title} — ${input.organisation}`;
  const u = encodeURIComponent(url);
  const withUrl = encodeURIComponent(`${text} ${url}`);
  const platform = (id: string, name: string, href: string): ShareLink => ({
    id,
    label: offerText.shareOn(name),
    href,
  });
  return [
    {
      id: 'email',
      label: offerText.shareByEmail,
      href: `mailto:?subject=${encodeURIComponent(text)}&body=${encodeURIComponent(offerText.shareEmailBody(text, url))}`,
    },
    platform('linkedin', 'LinkedIn', `https://www.linkedin.com/sharing/share-offsite/?url=${u}`),
    platform('facebook', 'Facebook', `https://www.facebook.com/sharer/sharer.php?u=${u}`),
    platform('x', 'X', `https://x.com/intent/post?text=${encodeURIComponent(text)}&url=${u}`),
    platform('whatsapp', 'WhatsApp', `https://wa.me/?text=${withUrl}`),
    // Mastodon has no single server: this page asks the visitor for theirs.
    platform('mastodon', 'Mastodon', `https://toot.kytta.org/?text=${withUrl}`),
    platform('bluesky', 'Bluesky', `https://bsky.app/intent/compose?text=${withUrl}`),
  ];
}
