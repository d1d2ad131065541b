/** Markdown or e-mail text reduced to plain lines, for the heuristics only (the body is kept as written). */

export function toPlainText(markdown: string): string {
  return markdown
    .replace(/~~[^~\n]*~~/g, '') // struck-through text was withdrawn by its author: « avant le ~~2~~ 6 septembre »
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\(mailto:[^)]*\)/gi, '$1')
    .replace(/\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g, (_m, text: string, url: string) =>
      text.includes(url) ? text : `${text} ${url}`,
    )
    .replace(/^\s{0,3}#{1,6}\s*/gm, '')
    .replace(/(\*\*|__)/g, '')
    .replace(/^\s*\*\s+/gm, '- ')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ +$/gm, '');
}

export function toLines(plain: string): string[] {
  return plain
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/**
 * Value of a "Label : value" line, or the next line when the label stands alone
 * (« Emploi RESPNC : » then « Assistant(e) de communication »).
 */
export function findLabelled(lines: string[], label: RegExp, maxLength = 200): string | undefined {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const m = new RegExp(`^(?:${label.source})[^:]{0,40}?\\s*:\\s*(.*)$`, 'iu').exec(line);
    if (!m) continue;
    const value = (m[1] ?? '').trim() || (lines[i + 1] ?? '').trim();
    if (value && value.length <= maxLength) return value;
  }
  return undefined;
}

/** "Capitalises" the first letter, trims quotes, spaces and final punctuation. */
export function tidy(text: string): string {
  const t = text.replace(/^[\s«"“'-]+|[\s»"”'.:;,-]+$/g, '').replace(/\s+/g, ' ');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** "À NOUS LA DÉMOCRATIE !" → its mixed-case spelling elsewhere in the text, when there is one. */
export function preferMixedCase(name: string, text: string): string {
  if (name !== name.toUpperCase()) return name;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  for (const m of text.matchAll(new RegExp(escaped, 'giu')))
    if (m[0] !== m[0].toUpperCase()) return m[0];
  return name;
}

/** "Ville Du Mont-Dore" → "Ville du Mont-Dore". */
export function lowerSmallWords(name: string): string {
  return name.replace(/(?<=\s)(Du|De|Des|La|Le|Les|Et|Au|Aux|En)(?=\s)/g, (w) => w.toLowerCase());
}
