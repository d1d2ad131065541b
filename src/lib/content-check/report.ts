/** Whole reports: the text the CLI prints and the error the build throws. */
import { FORBIDDEN_CHARACTER } from '../../schema/common.ts';
import { getContentDir } from '../content-dir.ts';
import { checkContent, type CheckOptions, type ContentCheck } from './check-content.ts';
import { formatProblem, summarise, type Problem } from './problem.ts';

/**
 * The French report. It is printed to terminals and CI logs, where a line starting with `::` (or
 * the older `##[`) is a workflow command: a value copied from a file (a title, a file name holding
 * a line break) must not forge one, so such a line gets a space between its first two characters.
 * Control characters (terminal escapes…) and invisible ones are shown as `\u{1B}`, never sent as
 * they are.
 */
export function formatReport(problems: Problem[]): string {
  return [...problems.map(formatProblem), '', summarise(problems)]
    .join('\n')
    .trim()
    .split(/\r\n?|\n/)
    .map((line) => neutraliseCommand(line.replace(SHOWN_AS_CODE, showCode)))
    .join('\n');
}

/** Forbidden characters, and the invisible ones (zero-width spaces…) so that they can be seen. */
const SHOWN_AS_CODE = new RegExp(
  `${FORBIDDEN_CHARACTER.source}|[\\u200B-\\u200F\\u2060\\uFEFF]`,
  'gu',
);
const showCode = (c: string) => `\\u{${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`;

export function neutraliseCommand(line: string): string {
  return /^\s*(?:::|##\[)/.test(line) ? line.replace(/^(\s*)(.)/, '$1$2 ') : line;
}

export class ContentCheckError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `Contenu invalide — corrigez ces problèmes (npm run check les liste aussi) :\n\n${formatReport(problems)}`,
    );
    this.name = 'ContentCheckError';
    this.problems = problems;
  }
}

/** For the build: resolves with the checked content, or throws every problem at once. */
export async function assertContentValid(
  contentDir = getContentDir(),
  options: CheckOptions = {},
): Promise<ContentCheck> {
  const result = await checkContent(contentDir, options);
  if (result.problems.length > 0) throw new ContentCheckError(result.problems);
  return result;
}
