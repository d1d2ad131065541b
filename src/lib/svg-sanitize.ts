/**
 * SVG logos made inert by DOMPurify (an allow-list sanitiser) on jsdom, the DOM it is tested on,
 * with its SVG profile and these rules of our own: links only to `#fragment` ids inside the
 * file, no `url(…)` or `@import` to anything else, no animation of links, no DOCTYPE or entity,
 * no processing instruction but the XML declaration.
 *
 * An SVG the sanitiser would have to change is refused, naming what it would remove: an
 * editor's logo is never published altered without them knowing. What is published is the
 * sanitiser's output, serialised as XML, so what a browser reads is exactly what was vetted.
 *
 * The input is parsed as HTML (DOMPurify's default: its allow-lists are written for that parser,
 * which gives SVG names their camelCase back) and must also be well-formed XML, as a browser
 * requires of an `image/svg+xml` file.
 */
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';

export type SvgResult = { ok: true; svg: string } | { ok: false; reasons: string[] };

let purifier: { purify: DOMPurify; window: JSDOM['window'] } | undefined;
/** Reasons collected by the hooks during the current sanitize() call. */
let found: string[] = [];

/** Whether a link or `url(…)` stays inside the file. */
const isLocal = (value: string) => value.trim().startsWith('#');
const EXTERNAL_URL = /url\(\s*(?!['"]?\s*#)|@import/i;
const ANIMATIONS = new Set(['set', 'animate', 'animatemotion', 'animatetransform', 'animatecolor']);

function getPurifier() {
  if (purifier) return purifier;
  const { window } = new JSDOM('');
  const purify = createDOMPurify(window);
  purify.addHook('uponSanitizeElement', (node, data) => {
    const name = data.tagName.toLowerCase();
    if (name === 'style' && EXTERNAL_URL.test(node.textContent ?? ''))
      found.push(
        'une feuille de style <style> qui charge une ressource externe (url(…) ou @import)',
      );
    if (
      ANIMATIONS.has(name) &&
      /href/i.test((node as Element).getAttribute?.('attributeName') ?? '')
    )
      found.push(`une animation <${data.tagName}> qui modifie un lien`);
  });
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const name = data.attrName.toLowerCase();
    const where = `sur <${node.nodeName}>`;
    if ((name === 'href' || name === 'xlink:href') && !isLocal(data.attrValue))
      found.push(`un lien hors du fichier ${name}="${data.attrValue.slice(0, 60)}" ${where}`);
    else if (EXTERNAL_URL.test(data.attrValue))
      found.push(`une ressource externe dans l'attribut ${data.attrName} ${where}`);
  });
  purifier = { purify, window };
  return purifier;
}

/** What DOMPurify removed, in French; the parser's own wrapper and comments are no content. */
function describeRemoved(purify: DOMPurify): string[] {
  return purify.removed.flatMap((item) => {
    if ('element' in item) {
      const name = item.element.nodeName;
      return name === 'BODY' || name === '#comment' ? [] : [`l'élément <${name.toLowerCase()}>`];
    }
    const attribute = item.attribute?.name ?? '?';
    return [`l'attribut ${attribute} sur <${item.from.nodeName}>`];
  });
}

/** Each text's verdict: the build renders the logos the check has just vetted, in one process. */
const verdicts = new Map<string, SvgResult>();

/** The sanitised SVG, or why it is refused (in French, one phrase per reason). */
export function sanitizeSvg(text: string): SvgResult {
  let verdict = verdicts.get(text);
  if (!verdict) {
    verdict = judge(text);
    verdicts.set(text, verdict);
  }
  return verdict;
}

function judge(text: string): SvgResult {
  const source = text.replace(/^\uFEFF/, '');
  if (/<!DOCTYPE|<!ENTITY/i.test(source))
    return { ok: false, reasons: ['une déclaration DOCTYPE ou ENTITY (entités XML)'] };
  if (/<\?(?!xml\s)/i.test(source.replace(/^\s*<\?xml\s[^?]*\?>/i, '')))
    return {
      ok: false,
      reasons: ['une instruction de traitement <?…?> (feuille de style externe)'],
    };
  const { purify, window } = getPurifier();
  try {
    new JSDOM(source, { contentType: 'image/svg+xml' });
  } catch {
    return {
      ok: false,
      reasons: ['du XML mal formé (une balise non fermée, un caractère & seul…)'],
    };
  }
  found = [];
  // Kept for internal references only (checked by the hook above); DOMPurify drops it by default.
  const body = purify.sanitize(source, {
    USE_PROFILES: { svg: true, svgFilters: true },
    ADD_TAGS: ['use'],
    RETURN_DOM: true,
  });
  const reasons = [...new Set([...describeRemoved(purify), ...found])];
  const root = body.firstElementChild;
  if (!root || root.nodeName.toLowerCase() !== 'svg' || body.children.length !== 1)
    reasons.push('un document dont la racine n’est pas un unique élément <svg>');
  if (reasons.length > 0 || !root) return { ok: false, reasons };
  const svg = new window.XMLSerializer().serializeToString(root);
  // No XML declaration: UTF-8 is XML's default.
  return { ok: true, svg: `${svg}\n` };
}
