/**
 * Offer bodies are untrusted. This Sätteri mdast plugin drops raw HTML (block and inline),
 * neutralises links whose URL is not http(s), mailto, tel or a relative path, and replaces
 * images by their alt text (offers are text; an image path from an old site would be a
 * broken image or a tracker). No `<script>`, event handler or `javascript:` URL gets through.
 */
import { defineMdastPlugin } from 'satteri';

const SAFE_URL = /^(?:https?:|mailto:|tel:|#|\/(?!\/)|\.{0,2}\/)/i;

/** True when a URL may be published as is. Control characters and spaces are stripped first, as browsers do. */
export function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- browsers ignore these in schemes: so must we
  const compact = url.replace(/[\u0000-\u0020\u007F-\u009F]/g, '');
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(compact);
  return !hasScheme || SAFE_URL.test(compact);
}

export const sanitizeMarkdown = defineMdastPlugin({
  name: 'offres-sanitize',
  html(node, ctx) {
    ctx.removeNode(node);
  },
  link(node, ctx) {
    if (!isSafeUrl(node.url)) ctx.setProperty(node, 'url', '#');
  },
  definition(node, ctx) {
    if (!isSafeUrl(node.url)) ctx.setProperty(node, 'url', '#');
  },
  image(node, ctx) {
    if (node.alt) ctx.replaceNode(node, { type: 'text', value: node.alt });
    else ctx.removeNode(node);
  },
  imageReference(node, ctx) {
    if (node.alt) ctx.replaceNode(node, { type: 'text', value: node.alt });
    else ctx.removeNode(node);
  },
});
