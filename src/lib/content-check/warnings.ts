/**
 * Warnings: what does not break the site but is almost always a mistake in an offer that is
 * about to be merged. They never fail `npm run check` or the build; they are printed after the
 * problems and annotated on the pull request (::warning).
 *
 *  - `draft: true`: the offer will not be published;
 *  - a new offer whose deadline has passed: it arrives closed;
 *  - the text `npm run new` writes as a scaffold, left in the body;
 *  - a code block in the body (an indented paragraph pasted from Word): unreadable on a phone;
 *  - a mobile number (06, 07): a person's number, published on the web.
 */
import type { Offer } from '../../schema/index.ts';
import { MOBILE } from '../import/clean-body.ts';
import type { Entry } from './check-entry.ts';
import type { Problem, WarningCode } from './problem.ts';

/** The body `npm run new` writes: every line of it is meant to be replaced. */
export const SCAFFOLD_BODY = `Présentez ici l'organisation et le contexte du poste.

## Missions

- …

## Profil recherché

- …

## Conditions

…`;

const SCAFFOLD_LINE = /^\s*(?:Présentez ici l['’]organisation.*|(?:[-*]\s*)?…\s*)$/u;

export interface WarningOptions {
  /** "YYYY-MM-DD": deadlines before it have passed. */
  today: string;
  /** True for a file that the pull request adds (not in git's HEAD). */
  isNew: (file: string) => boolean;
}

/**
 * Warnings of one offer. `text` is the whole file as read, for the body's line numbers; the
 * entry's `lineOf` gives the frontmatter keys' lines.
 */
export function offerWarnings(
  entry: Pick<Entry<Offer>, 'file' | 'data' | 'lineOf'>,
  text: string,
  options: WarningOptions,
): Problem[] {
  const { file, data } = entry;
  const warnings: Problem[] = [];
  const warn = (
    code: WarningCode,
    line: number,
    field: string | undefined,
    message: string,
    expected?: string,
  ) =>
    warnings.push({
      code,
      severity: 'warning',
      file,
      line,
      ...(field ? { field } : {}),
      message,
      ...(expected ? { expected } : {}),
    });

  if (data.draft)
    warn(
      'draft',
      entry.lineOf(['draft']),
      'draft',
      'brouillon (draft: true) : l’offre ne sera pas publiée',
      'retirez la ligne « draft: true » quand l’offre est prête',
    );
  if (data.deadline && data.deadline < options.today && options.isNew(file))
    warn(
      'closed-on-arrival',
      entry.lineOf(['deadline']),
      'deadline',
      `la date limite (${data.deadline}) est déjà passée : l’offre arrivera fermée sur le site`,
      'une date limite à venir, ou aucune si l’offre est sans date limite',
    );

  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const bodyStart = lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l)) + 1;
  let inFence = false;
  let scaffold = false;
  let code = false;
  for (let i = bodyStart; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const at = i + 1;
    const fence = /^\s{0,3}(?:```|~~~)/.test(line);
    if (fence) inFence = !inFence;
    if (!code && (fence || (!inFence && isIndentedCode(lines, i)))) {
      code = true;
      warn(
        'code-block',
        at,
        undefined,
        'bloc de code dans le texte : sur un téléphone il déborde de l’écran',
        'du texte sans retrait de 4 espaces ou tabulation (une liste : « - » en début de ligne)',
      );
    }
    if (!scaffold && SCAFFOLD_LINE.test(line)) {
      scaffold = true;
      warn(
        'scaffold-text',
        at,
        undefined,
        'le texte d’exemple de npm run new est encore là',
        'le texte de l’offre à la place de « Présentez ici… » et des « … »',
      );
    }
    for (const phone of line.matchAll(MOBILE))
      warn(
        'personal-phone',
        at,
        undefined,
        `numéro de portable « ${phone[0]} » : celui d’une personne ? Il sera publié sur le web`,
        'le numéro d’un standard ou une adresse e-mail de recrutement',
      );
  }
  return warnings;
}

/** A line indented by 4 spaces or a tab after a blank line, outside a list: an indented code block. */
function isIndentedCode(lines: string[], i: number): boolean {
  const line = lines[i] ?? '';
  if (!/^(?: {4}|\t)\s*\S/.test(line)) return false;
  for (let j = i - 1; j >= 0; j--) {
    const previous = lines[j] ?? '';
    if (previous.trim() === '') continue;
    // Inside a list, an indented line continues the item.
    if (/^\s*(?:[-*+]|\d+[.)])\s/.test(previous) || /^(?: {2,}|\t)/.test(previous)) return false;
    return (lines[i - 1] ?? '').trim() === '';
  }
  return true;
}
