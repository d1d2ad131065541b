/**
 * The clean-up an editor would do on a pasted offer before publishing it: page headers and
 * end-of-line hyphenation of PDF dumps, tabs and bullets of Word exports turned into markdown
 * lists (never an indented code block, which overflows a phone's screen), social-network
 * footers, personal mobile numbers, greetings and closing formulas. Plain text, no I/O.
 */

/** A French mobile number (06, 07, +33 6, +33 7): a person's, not an office's. */
export const MOBILE = /(?:\+33\s?\(?0?\)?\s?|\b0)[67](?:[\s.-]?\d{2}){4}\b/g;

const PAGE_MARK = /\bpage\s*\d+\s*(?:\/|sur)\s*\d+\b|^\s*-?\s*\d+\s*(?:\/\s*\d+)?\s*-?\s*$/i;
const BULLET = /^([ \t]*)([•◦▪▫‣○●■□·*–-])[ \t]+(\S.*)$/u;
const NESTED_BULLETS = '◦○▫□';
const SOCIAL_FOOTER =
  /^(?:(?:J[’']aime|Like)\s*·|\d+\s+(?:J[’']aime|commentaires?|partages?|likes?|comments?|shares?)\b)/iu;
/** « 👍 J'aime   💬 Commenter   ↗ Partager » on one line, whatever the icons. */
const SOCIAL_BUTTONS =
  /(?:J[’']aime|Like)\b.{0,12}(?:Commenter|Comment)\b.{0,12}(?:Partager|Share|Republier)/iu;
const GREETING = /^(?:bonjour|madame,? monsieur|chers? (?:ami|coll[èe]gue)|hello)[^\n]{0,40}$/iu;
const CLOSING =
  /^(?:bien (?:[àa] vous|cordialement)|cordialement|bien amicalement|belle journ[ée]e)\b.{0,20}$/iu;

export function cleanBody(text: string): string {
  let lines = text.replace(/\f/g, '\n').split('\n');
  lines = withoutPageFurniture(lines);
  lines = lines
    .filter((l) => !SOCIAL_FOOTER.test(l.trim()) && !SOCIAL_BUTTONS.test(l) && !isHashtagLine(l))
    .map(toMarkdownLine)
    .map(withoutMobile)
    .filter((l): l is string => l !== undefined);
  lines = withoutGreetings(lines);
  return separateLists(lines)
    .join('\n')
    .replace(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Page numbers, and short lines repeated on every page (header, footer), once or more. */
function withoutPageFurniture(lines: string[]): string[] {
  const key = (l: string) => l.trim().toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
  const counts = new Map<string, number>();
  for (const l of lines)
    if (l.trim().length >= 10) counts.set(key(l), (counts.get(key(l)) ?? 0) + 1);
  return lines.filter((l) => {
    const t = l.trim();
    if (t === '') return true;
    if (PAGE_MARK.test(t)) return false;
    return BULLET.test(l) || t.length < 10 || (counts.get(key(l)) ?? 0) < 2;
  });
}

function isHashtagLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.length > 0 && words[0] !== '' && words.every((w) => /^#[\p{L}\p{N}_]+$/u.test(w));
}

/** Bullets and indents of word processors → markdown list items; other indents dropped. */
function toMarkdownLine(line: string): string {
  const bullet = BULLET.exec(line);
  if (bullet) {
    const [, indent = '', mark = '', text = ''] = bullet;
    if (indent === '' && (mark === '-' || mark === '*')) return line.replace(/\t/g, ' ');
    const depth = Math.max(
      indent.replace(/ {2,4}/g, '\t').replace(/ /g, '').length,
      NESTED_BULLETS.includes(mark) ? 1 : 0,
    );
    return `${'  '.repeat(depth)}- ${text.replace(/\t+/g, ' ')}`;
  }
  return line.replace(/^[ \t]+/, '').replace(/[ \t]*\t[ \t]*/g, ' ');
}

/** A blank line after a list, so that the next paragraph does not join its last item. */
function separateLists(lines: string[]): string[] {
  const item = /^\s*[-*] /;
  return lines.flatMap((l, i) =>
    i > 0 && l.trim() !== '' && !item.test(l) && item.test(lines[i - 1] ?? '') ? ['', l] : [l],
  );
}

/** A mobile number goes, with its « Tél. : » label; a line left empty goes too. */
function withoutMobile(line: string): string | undefined {
  if (!MOBILE.test(line)) return line;
  MOBILE.lastIndex = 0;
  const cleaned = line
    .replace(MOBILE, '')
    .replace(/\b(?:t[ée]l(?:[ée]phone)?|portable|mobile|gsm)\.?\s*:?\s*(?=$|[,;.)])/giu, '')
    .replace(/\s*[,;—–]\s*(?=[.)]|$)/g, '')
    .replace(/\s+\./g, '.')
    .replace(/\(\s*\)/g, '')
    .trimEnd();
  return /[\p{L}\p{N}]/u.test(cleaned) ? cleaned : undefined;
}

/** « Bonjour, » / « Madame, Monsieur, » at the top; « Bien à vous, » and what follows at the end. */
function withoutGreetings(lines: string[]): string[] {
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first >= 0 && GREETING.test(lines[first]?.trim() ?? '')) lines = lines.slice(first + 1);
  // The closing formula and the signature block under it: a few short lines (name, role, address).
  const closing = lines.findLastIndex((l) => CLOSING.test(l.trim()));
  const after = lines.slice(closing + 1).filter((l) => l.trim() !== '');
  const signature = after.length <= 8 && after.every((l) => l.trim().length <= 80);
  return closing >= 0 && signature ? lines.slice(0, closing) : lines;
}
