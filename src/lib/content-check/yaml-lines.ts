/**
 * Where things are in a YAML text, for messages only: the line of a key, the field an offset
 * falls in, the explicit tags a text holds. js-yaml (yaml-data.ts) decides what a file holds;
 * this reads the `yaml` package's syntax tree, and only when there is a problem to point at.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';

/** A YAML text and how many file lines come before its first line. */
export interface YamlSource {
  source: string;
  lineBefore: number;
}

interface Located {
  contents: unknown;
  /** 1-based file line of an offset in the text. */
  lineAt: (offset: number) => number;
  /** Explicit tags (`!!binary`, `!x`…) and their offsets. */
  tags: { tag: string; offset: number }[];
}

function locate({ source, lineBefore }: YamlSource): Located {
  const counter = new LineCounter();
  const lineAt = (offset: number) => counter.linePos(offset).line + lineBefore;
  const tags: Located['tags'] = [];
  try {
    const doc = parseDocument(source, { lineCounter: counter });
    visit(doc, (_key, node) => {
      if ((isScalar(node) || isMap(node) || isSeq(node)) && node.tag)
        tags.push({
          tag: node.tag.replace('tag:yaml.org,2002:', '!!'),
          offset: node.range?.[0] ?? 0,
        });
      return undefined;
    });
    return { contents: doc.contents, lineAt, tags };
  } catch {
    // Only for messages: a text this parser cannot walk gets the fallback lines.
    return { contents: null, lineAt, tags };
  }
}

/** `lineOf` for a YAML text: the text is read on first use only (most files have no problem). */
export function yamlLineOf(yaml: YamlSource): (path: readonly PropertyKey[]) => number {
  let located: Located | undefined;
  return (path) => {
    located ??= locate(yaml);
    return lineOfPath(located, path, yaml.lineBefore + 1);
  };
}

/** The explicit tags of a YAML text, with their file lines. */
export function yamlTags(yaml: YamlSource): { tag: string; line: number }[] {
  const located = locate(yaml);
  return located.tags.map(({ tag, offset }) => ({ tag, line: located.lineAt(offset) }));
}

/** The path of the deepest key whose value holds `offset` (empty when none does). */
export function yamlPathAt(yaml: YamlSource, offset: number): PropertyKey[] {
  const { contents } = locate(yaml);
  const path: PropertyKey[] = [];
  let node = contents;
  for (;;) {
    const inside = (n: unknown) => {
      const range = (n as Node | null)?.range;
      return range != null && range[0] <= offset && offset <= range[1];
    };
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && inside(p.value));
      if (!pair || !isScalar(pair.key)) break;
      path.push(String(pair.key.value));
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex(inside);
      if (index === -1) break;
      path.push(index);
      node = node.items[index];
    } else break;
  }
  return path;
}

function lineOfPath(located: Located, path: readonly PropertyKey[], fallback: number): number {
  let node = located.contents;
  let line = fallback;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isScalar(p.key) && String(p.key.value) === String(segment),
      );
      if (!pair) break;
      const range = (pair.key as Node).range;
      if (range) line = located.lineAt(range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      if (item.range) line = located.lineAt(item.range[0]);
      node = item;
    } else break;
  }
  return line;
}
