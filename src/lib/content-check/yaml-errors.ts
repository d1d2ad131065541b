/**
 * js-yaml's errors, told to editors: in French, on the right line, naming the field when there
 * is one, and saying how to fix it.
 */
import type { YAMLException } from 'js-yaml';
import type { Problem } from './problem.ts';
import { yamlPathAt, yamlTags, type YamlSource } from './yaml-lines.ts';
import { fieldName } from './zod-issues.ts';

/** What js-yaml says (its `reason`), and what an editor should read instead. */
const REASONS: [RegExp, string][] = [
  [/duplicated mapping key/, 'ce champ apparaît deux fois'],
  [/tab characters must not be used/, "tabulation dans l'indentation : utilisez des espaces"],
  [
    /bad indentation|deficient indentation|end of the stream or a document separator/,
    'indentation incorrecte : alignez les champs imbriqués avec deux espaces',
  ],
  [
    /within a (?:single|double) quoted scalar|flow collection|missed comma/,
    'guillemet ou crochet non fermé',
  ],
  [
    /implicit key|multiline key|implicit mapping pair/,
    'deux-points « : » inattendu : mettez la valeur entre guillemets',
  ],
  [/alias/, 'référence *alias à une &ancre inconnue : écrivez la valeur en toutes lettres'],
  [/escape/, 'barre oblique inverse « \\ » inconnue entre guillemets : doublez-la (« \\\\ »)'],
];

/**
 * Control characters that js-yaml refuses (its PATTERN_NON_PRINTABLE, plus those it refuses
 * in quoted values): the build fails on them, so the check names them.
 */
const CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function yamlErrorProblems(error: YAMLException, yaml: YamlSource, file: string): Problem[] {
  const { reason } = error;
  const offset = error.mark?.position ?? 0;
  const line = (error.mark?.line ?? 0) + 1 + yaml.lineBefore;
  if (/unknown tag/.test(reason)) return tagProblems(yaml, file, line, reason);
  const control = CONTROL.exec(yaml.source);
  if (control && /non-printable|valid JSON character/.test(reason)) {
    return [controlProblem(yaml, file, control.index, control[0])];
  }
  const said = REASONS.find(([pattern]) => pattern.test(reason))?.[1];
  const field = fieldName(yamlPathAt(yaml, offset));
  return [
    {
      code: 'yaml-syntax',
      file,
      line,
      ...(field ? { field } : {}),
      message: `syntaxe YAML invalide : ${said ?? 'la ligne ne peut pas être lue'}`,
      found: describeLine(lineText(yaml.source, offset)),
      expected:
        'un champ par ligne, « nom: valeur », les valeurs contenant « : » ou « # » entre guillemets',
      example: 'title: "Appel à candidatures : chargé·e de mission"',
    },
  ];
}

/** Every explicit tag of the text (js-yaml stops at the first one). */
function tagProblems(yaml: YamlSource, file: string, line: number, reason: string): Problem[] {
  const found = yamlTags(yaml);
  const tags = found.length > 0 ? found : [{ tag: /!<(.*)>/.exec(reason)?.[1] ?? '!', line }];
  return tags.map(({ tag, line }) => ({
    code: 'yaml-tag',
    file,
    line,
    message: `étiquette YAML « ${tag.replace('tag:yaml.org,2002:', '!!')} » refusée : l'en-tête ne contient que des données`,
    expected: 'une valeur simple : texte, nombre, date, liste ou champs imbriqués',
  }));
}

function controlProblem(yaml: YamlSource, file: string, offset: number, char: string): Problem {
  const code = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const line = yaml.source.slice(0, offset).split('\n').length + yaml.lineBefore;
  const field = fieldName(yamlPathAt(yaml, offset));
  const shown = lineText(yaml.source, offset).replace(
    CONTROL_ALL,
    (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`,
  );
  return {
    code: 'yaml-syntax',
    file,
    line,
    ...(field ? { field } : {}),
    message: `caractère invisible ${code} interdit${char === '\v' ? ' (tabulation verticale, souvent copiée depuis Word)' : ''}`,
    found: describeLine(shown),
    expected: 'du texte sans caractère de contrôle : supprimez-le, ou retapez la valeur à la main',
  };
}

const CONTROL_ALL = new RegExp(CONTROL.source, 'g');

function lineText(source: string, offset: number): string {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const end = source.indexOf('\n', offset);
  return source.slice(start, end === -1 ? undefined : end);
}

export function describeLine(line: string | undefined): string {
  return line === undefined || line.trim() === ''
    ? '(ligne vide)'
    : `« ${line.trim().slice(0, 80)} »`;
}
