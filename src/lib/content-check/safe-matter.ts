/**
 * gray-matter, made safe for contributed content. Its default engines evaluate `---js` and
 * `---coffee` front matter (eval) and read YAML without limits; these options keep one engine,
 * YAML through parseYamlData (yaml-data.ts), and every other language throws before any code
 * runs. parseFrontmatter (frontmatter.ts) reads every content file through them.
 */
import matter from 'gray-matter';
import { formatProblem } from './problem.ts';
import { parseYamlData } from './yaml-data.ts';

function refuse(language: string) {
  return () => {
    throw new Error(
      `en-tête « ---${language} » refusé : seules des données YAML sont acceptées, jamais de code`,
    );
  };
}

/** The languages gray-matter knows (and their aliases), each refused. */
const REFUSED = Object.fromEntries(
  ['js', 'javascript', 'coffee', 'coffeescript', 'cson', 'json', 'toml'].map((language) => [
    language,
    { parse: refuse(language) },
  ]),
);

/** gray-matter options: `parseYaml` reads the YAML, every other language is refused. */
export function getSafeMatterOptions(
  parseYaml: (source: string) => object,
): NonNullable<Parameters<typeof matter>[1]> {
  const yaml = { parse: parseYaml, stringify: refuse('yaml') };
  return { language: 'yaml', engines: { ...REFUSED, yaml, yml: yaml } };
}

/** gray-matter, safely: data and content, or an Error with a French message. */
export function safeMatter(
  text: string,
  file = 'frontmatter',
): { data: Record<string, unknown>; content: string } {
  const options = getSafeMatterOptions((source) => {
    const result = parseYamlData(source, file, 0);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    return result.data;
  });
  const { data, content } = matter(text, options);
  return { data, content };
}
