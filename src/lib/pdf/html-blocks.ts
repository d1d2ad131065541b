/**
 * Turns an offer's sanitised body HTML (what Sätteri renders from markdown: p, h1–h6, ul/ol/li,
 * blockquote, pre/code, hr, strong/em/del/code/a/br) into a small block tree the PDF renderer
 * lays out. The input is trusted to be well formed (our own renderer wrote it); unknown tags
 * keep their text and lose their meaning, which is the safe way to fail on paper.
 */

/** This module's file (or the bundle chunk holding it): part of the PDF cache key. */
export const SOURCE_URL = import.meta.url;

export interface Run {
  text: string;
  bold?: true;
  italic?: true;
  strike?: true;
  code?: true;
  /** Absolute http(s) or mailto: target. */
  href?: string;
}

export type Block =
  | { kind: 'heading'; level: number; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { kind: 'quote'; blocks: Block[] }
  | { kind: 'code'; text: string }
  | { kind: 'rule' };

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  euro: '€',
  rsquo: '’',
  lsquo: '‘',
  ndash: '–',
  mdash: '—',
  middot: '·',
};

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (match, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : match;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? match;
  });
}

type Style = Omit<Run, 'text'>;

/** Stands for <br> while parsing, so that it cannot be confused with a newline in the source. */
const LINE_BREAK = '\u2028';

interface Container {
  blocks: Block[];
  /** Inline runs not yet closed into a paragraph (tight list items, loose text). */
  pending: Run[];
}

function isLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/**
 * End of the tag starting with `<` at `at` (the index after its `>`), or -1 when no tag starts
 * there: `<`, an optional `/`, a name (a letter, then letters and digits), attributes (any
 * characters but `>`, quoted strings whole) and `>`. The tokenizer's own scan, as the regular
 * expression `<\/?[a-zA-Z][a-zA-Z0-9]*(?:[^>"']|"[^"]*"|'[^']*')*>` would match, without
 * building a match array for every token.
 */
function tagEnd(html: string, at: number): number {
  let i = at + 1;
  if (html.charCodeAt(i) === 0x2f) i++;
  if (!isLetter(html.charCodeAt(i))) return -1;
  const length = html.length;
  for (i++; i < length; i++) {
    const code = html.charCodeAt(i);
    if (code === 0x3e) return i + 1;
    if (code === 0x22 || code === 0x27) {
      const close = html.indexOf(code === 0x22 ? '"' : "'", i + 1);
      if (close < 0) return -1;
      i = close;
    }
  }
  return -1;
}

/** Where a tag's name, starting with a letter at `start`, ends (after letters and digits). */
function nameEnd(html: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const code = html.charCodeAt(i);
    if (!isLetter(code) && !(code >= 0x30 && code <= 0x39)) return i;
    i++;
  }
}

const attributePatterns = new Map<string, RegExp>();

function attribute(attrs: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(attrs);
  const value = match?.[1] ?? match?.[2] ?? match?.[3];
  return value === undefined ? undefined : decodeEntities(value);
}

/** Links printable on paper: absolute web or mail addresses (relative ones resolve against `base`). */
function resolveHref(href: string | undefined, base: string): string | undefined {
  if (!href || href.startsWith('#')) return undefined;
  try {
    const url = new URL(href, base);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Runs of HTML whitespace to turn into one space: two or more, or one other than a space. */
const SPACES = /[ \t\n\r\f\u2028]{2,}|[\t\n\r\f\u2028]/g;

/** HTML whitespace runs as one space (the text itself when there is nothing to change). */
function collapseSpaces(text: string): string {
  // Half the text between tags is a lone line break.
  if (text.length === 1) {
    const code = text.charCodeAt(0);
    return code === 0x0a || code === 0x09 || code === 0x0d || code === 0x0c || code === 0x2028
      ? ' '
      : text;
  }
  return text.replace(SPACES, ' ');
}

function trimSpacesEnd(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  return end === text.length ? text : text.slice(0, end);
}

function trimSpacesStart(text: string): string {
  let start = 0;
  while (start < text.length && text.charCodeAt(start) === 0x20) start++;
  return start === 0 ? text : text.slice(start);
}

/** Collapses HTML whitespace and trims the ends of each line of a paragraph. */
function tidyRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  let atLineStart = true;
  for (const run of runs) {
    if (run.text === LINE_BREAK) {
      if (out.length > 0) {
        const last = out[out.length - 1]!;
        last.text = trimSpacesEnd(last.text);
      }
      // The runs are the parser's own: changed in place rather than copied.
      run.text = '\n';
      out.push(run);
      atLineStart = true;
      continue;
    }
    let text = collapseSpaces(run.text);
    if (atLineStart) text = trimSpacesStart(text);
    if (text === '') continue;
    const last = out[out.length - 1];
    // (charCodeAt: endsWith() and startsWith() call into the runtime for sliced strings.)
    if (last && last.text.charCodeAt(last.text.length - 1) === 0x20 && text.charCodeAt(0) === 0x20)
      text = text.slice(1);
    if (text === '') continue;
    run.text = text;
    out.push(run);
    atLineStart = false;
  }
  const last = out[out.length - 1];
  if (last) last.text = trimSpacesEnd(last.text);
  // Runs emptied by trimming (before a line break, at the end) go.
  for (const run of out) if (run.text === '') return out.filter((kept) => kept.text !== '');
  return out;
}

function flush(container: Container): void {
  const runs = tidyRuns(container.pending);
  container.pending = [];
  if (runs.length > 0) container.blocks.push({ kind: 'paragraph', runs });
}

/**
 * Parses body HTML into blocks. `base` resolves relative links (the offer's absolute URL), so
 * every printed link is one a reader can type.
 */
export function htmlToBlocks(html: string, base: string): Block[] {
  const root: Container = { blocks: [], pending: [] };
  const containers: Container[] = [root];
  // Open block elements, innermost last, with what closing them must do.
  const open: { tag: string; close: () => void }[] = [];
  const styles: { tag: string; style: Style }[] = [];
  let preText: string | undefined;

  const current = (): Container => containers[containers.length - 1]!;
  /** The inline styles open, merged (kept up to date as they open and close). */
  let style: Style = {};
  const restyle = (): void => {
    style = Object.assign({}, ...styles.map((s) => s.style)) as Style;
  };
  const pushText = (text: string): void => {
    if (preText !== undefined) {
      preText += text === LINE_BREAK ? '\n' : text;
      return;
    }
    current().pending.push({ ...style, text });
  };

  const openBlock = (tag: string, attrs: string): void => {
    const container = current();
    flush(container);
    switch (tag) {
      case 'p':
        open.push({ tag, close: () => flush(container) });
        return;
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6': {
        const level = Number(tag[1]);
        open.push({
          tag,
          close: () => {
            const runs = tidyRuns(container.pending);
            container.pending = [];
            if (runs.length > 0) container.blocks.push({ kind: 'heading', level, runs });
          },
        });
        return;
      }
      case 'ul':
      case 'ol': {
        const start = Number(attribute(attrs, 'start') ?? '1');
        const list: Block = {
          kind: 'list',
          ordered: tag === 'ol',
          start: Number.isFinite(start) ? start : 1,
          items: [],
        };
        container.blocks.push(list);
        open.push({ tag, close: () => undefined });
        return;
      }
      case 'li': {
        const list = container.blocks[container.blocks.length - 1];
        const item: Container = { blocks: [], pending: [] };
        if (list?.kind === 'list') list.items.push(item.blocks);
        else
          container.blocks.push({ kind: 'list', ordered: false, start: 1, items: [item.blocks] });
        containers.push(item);
        open.push({
          tag,
          close: () => {
            flush(item);
            containers.pop();
          },
        });
        return;
      }
      case 'blockquote': {
        const quote: Container = { blocks: [], pending: [] };
        containers.push(quote);
        open.push({
          tag,
          close: () => {
            flush(quote);
            containers.pop();
            if (quote.blocks.length > 0)
              container.blocks.push({ kind: 'quote', blocks: quote.blocks });
          },
        });
        return;
      }
      case 'pre':
        preText = '';
        open.push({
          tag,
          close: () => {
            const text = (preText ?? '').replace(/\n$/, '');
            preText = undefined;
            if (text.trim() !== '') container.blocks.push({ kind: 'code', text });
          },
        });
        return;
    }
  };

  const closeBlock = (tag: string): void => {
    let index = open.length - 1;
    while (index >= 0 && open[index]!.tag !== tag) index--;
    if (index === -1) return;
    // Close anything left open inside it too (defensive: the input should be well formed).
    for (const entry of open.splice(index).reverse()) entry.close();
  };

  const BLOCKS = new Set([
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'blockquote',
    'pre',
  ]);
  const INLINE_STYLES: Record<string, Style> = {
    strong: { bold: true },
    b: { bold: true },
    em: { italic: true },
    i: { italic: true },
    del: { strike: true },
    s: { strike: true },
    code: { code: true },
  };

  // Tokens: comments (skipped), tags, text up to the next `<`, and a `<` that starts none of
  // these (kept as text).
  const length = html.length;
  let at = 0;
  while (at < length) {
    if (html.charCodeAt(at) !== 0x3c) {
      let end = html.indexOf('<', at);
      if (end < 0) end = length;
      pushText(decodeEntities(html.slice(at, end)));
      at = end;
      continue;
    }
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      if (end >= 0) {
        at = end + 3;
        continue;
      }
    }
    const end = tagEnd(html, at);
    if (end < 0) {
      pushText('<');
      at++;
      continue;
    }
    const closing = html.charCodeAt(at + 1) === 0x2f;
    const nameStart = closing ? at + 2 : at + 1;
    const nameStop = nameEnd(html, nameStart);
    const rawTag = html.slice(nameStart, nameStop);
    const attrs = html.slice(nameStop, end - 1);
    at = end;
    const tag = rawTag.toLowerCase();
    if (BLOCKS.has(tag)) {
      if (closing) closeBlock(tag);
      else openBlock(tag, attrs);
    } else if (tag === 'br') {
      pushText(LINE_BREAK);
    } else if (tag === 'hr') {
      flush(current());
      current().blocks.push({ kind: 'rule' });
    } else if (tag === 'a' || tag in INLINE_STYLES) {
      if (closing) {
        let index = styles.length - 1;
        while (index >= 0 && styles[index]!.tag !== tag) index--;
        if (index !== -1) styles.splice(index, 1);
      } else if (tag === 'a') {
        const href = resolveHref(attribute(attrs, 'href'), base);
        styles.push({ tag, style: href ? { href } : {} });
      } else {
        styles.push({ tag, style: INLINE_STYLES[tag]! });
      }
      restyle();
    }
    // Any other tag (span, sup, table…): its text stays, the tag goes.
  }
  for (const entry of open.splice(0).reverse()) entry.close();
  flush(root);
  return root.blocks;
}
