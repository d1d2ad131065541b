/**
 * For code that prefers gray-matter's API: its default engines evaluate `---js` and
 * `---coffee` frontmatter (eval), and its YAML is js-yaml without an alias limit. These
 * options keep only our safe YAML parser; every other language throws before any code runs.
 * `parseFrontmatter` (frontmatter.ts) is what `check` itself uses.
 */
import matter from 'gray-matter';
import { parseYamlData } from './frontmatter.ts';
import { formatProblem } from './problem.ts';

function refuse(language: string) {
  return () => {
    throw new Error(
      `en-tête « ---${language} » refusé : seules des données YAML sont acceptées, jamais de code`,
    );
  };
}

function safeYaml(file: string) {
  return (source: string): object => {
    const result = parseYamlData(source, file, 1);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    return result.data;
  };
}

/** gray-matter options: YAML through the safe parser, every executable language refused. */
export function getSafeMatterOptions(file = 'frontmatter'): Parameters<typeof matter>[1] {
  const refused = Object.fromEntries(
    ['js', 'javascript', 'coffee', 'coffeescript', 'cson', 'json', 'toml'].map((l) => [
      l,
      refuse(l),
    ]),
  );
  return { language: 'yaml', engines: { ...refused, yaml: safeYaml(file), yml: safeYaml(file) } };
}

/** gray-matter, safely: data and content, or an Error with a French message. */
export function safeMatter(
  text: string,
  file?: string,
): { data: Record<string, unknown>; content: string } {
  const { data, content } = matter(text, getSafeMatterOptions(file));
  return { data, content };
}
