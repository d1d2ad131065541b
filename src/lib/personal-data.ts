/**
 * Personal data kept to what is needed. Once an offer is closed nobody should write to its
 * recruiter any more, so its description loses what only served to apply: the section that
 * says how to apply (« Candidature », « Contact »… with the names it gives), e-mail addresses
 * and phone numbers. The catalog applies it once (src/lib/catalog.ts), so the page, the PDF
 * sheet, the feeds and the exports all show the same description. The front matter's
 * `apply` block is never shown for a closed offer.
 *
 * While an offer is open its addresses are shown, entity-encoded (encodeEmailForHtml): a person
 * reads and clicks them as usual, a harvester scanning the HTML source for « x@y.z » misses them.
 */
export const WITHDRAWN_EMAIL = '[adresse retirée]';
export const WITHDRAWN_PHONE = '[téléphone retiré]';

/** A heading that starts a how-to-apply section: « Candidature », « Pour postuler », « Contact »… */
const APPLY_HEADING =
  /^\s*(?:candidatures?|candidater|comment (?:candidater|postuler)|pour (?:candidater|postuler)|modalités de candidature|postuler|contacts?|personnes? à contacter|renseignements?)\b/i;

const HEADING = /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi;
const MAIL_LINK = /<a\b[^>]*href="(?:mailto|tel):[^"]*"[^>]*>[\s\S]*?<\/a>/gi;
const EMAIL = /[\w.+-]+(?:@|&#64;|&#x40;)[\w-]+(?:\.[\w-]+)+/gi;
const PLAIN_EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** French and international numbers: 01 23 45 67 89, 01.23.45.67.89, +33 1 23 45 67 89, +687 12 34 56. */
const PHONE =
  /(?:(?:\+|00)\d{2,3}[\s.-]?(?:\(0\))?[\s.-]?\d(?:[\s.-]?\d{2}){3,4}|\b0\d(?:[\s.-]?\d{2}){4})\b/g;

const textOf = (html: string) => html.replace(/<[^>]*>/g, '').trim();

/** Drops each how-to-apply section: its heading and what follows up to a heading as high. */
function dropApplySections(html: string): string {
  const headings = [...html.matchAll(HEADING)];
  let out = '';
  let cursor = 0;
  for (let i = 0; i < headings.length; i++) {
    const heading = headings[i];
    if (!heading || heading.index < cursor) continue;
    if (!APPLY_HEADING.test(textOf(heading[2] ?? ''))) continue;
    const level = Number(heading[1]);
    const end = headings.slice(i + 1).find((h) => Number(h[1]) <= level)?.index ?? html.length;
    out += html.slice(cursor, heading.index);
    cursor = end;
  }
  return out + html.slice(cursor);
}

/** The description of a closed offer, without contacts (see the module's comment). */
export function withdrawContacts(html: string): string {
  return dropApplySections(html)
    .replace(MAIL_LINK, (link) => (/href="tel:/i.test(link) ? WITHDRAWN_PHONE : WITHDRAWN_EMAIL))
    .replace(EMAIL, WITHDRAWN_EMAIL)
    .replace(PHONE, WITHDRAWN_PHONE);
}

/**
 * The addresses of a description (text and mailto: links), entity-encoded, for the offer's page.
 * Only the page: feeds, exports and the PDF take the description as it is.
 */
export function encodeEmailsInHtml(html: string): string {
  return html.replace(PLAIN_EMAIL, encodeEmailForHtml);
}

/** Every character as a decimal entity: « &#99;&#111;… ». Browsers show and follow it as usual. */
export function encodeEmailForHtml(text: string): string {
  return [...text].map((ch) => `&#${ch.codePointAt(0)};`).join('');
}
