/**
 * What the search engine is asked, as opposed to what the visitor typed. French queries are
 * full of « de », « la », « des »: Pagefind has no stop words, so each of them costs the
 * download of the biggest index chunk (« de » occurs dozens of times in every offer: ~110 KB
 * at 2,300 open offers) for no change in the results — pages must hold every word, and every
 * offer holds these. They are dropped from the query only; the box, the URL and the summary
 * keep the visitor's words.
 */

const STOP_WORDS = new Set([
  'a',
  'à',
  'au',
  'aux',
  'd',
  'dans',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'ou',
  'par',
  'pour',
  'sur',
  'un',
  'une',
]);

/** « chargé de mission » → « chargé mission »; a query of stop words only is kept as typed. */
export function toEngineQuery(term: string): string {
  // "…" asks Pagefind for an exact phrase: every word counts.
  if (/^\s*".+"\s*$/.test(term)) return term;
  const words = term.split(/\s+/).filter((w) => w !== '');
  const kept = words.filter((w) => !STOP_WORDS.has(w.toLocaleLowerCase('fr')));
  return kept.length > 0 ? kept.join(' ') : term;
}
