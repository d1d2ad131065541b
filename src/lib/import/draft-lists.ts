/** The French lists of a draft, as `npm run import` prints them. */
import { PLACEHOLDER } from '../content-check/placeholder.ts';
import type { Draft } from './draft.ts';
import type { YamlObject } from './offer-yaml.ts';

/** The facts (✓) and what is left to fill (•) that `npm run import` prints; guesses are listed by buildDraft(). */
export function describe(draft: Draft, droppedImages: string[]): void {
  const walk = (object: YamlObject, prefix: string) => {
    for (const [key, value] of Object.entries(object)) {
      const field = prefix + key;
      if (
        value === undefined ||
        key === 'draft' ||
        draft.guesses.some((g) => g.startsWith(`${field} :`))
      )
        continue;
      if (typeof value === 'object' && !Array.isArray(value)) walk(value, `${field}.`);
      else if (value === PLACEHOLDER)
        draft.missing.push(`${field}${draft.comments[field] ? ` (${draft.comments[field]})` : ''}`);
      else
        draft.found.push(
          `${field} : ${Array.isArray(value) ? value.map((v) => JSON.stringify(v).replace(/^"|"$/g, '')).join(', ') : String(value)}${draft.comments[field] ? ` — ${draft.comments[field]}` : ''}`,
        );
    }
  };
  walk(draft.data, '');
  if (droppedImages.length > 0)
    draft.found.push(`images retirées (fichiers absents) : ${droppedImages.join(', ')}`);
}
