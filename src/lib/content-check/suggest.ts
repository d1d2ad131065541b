/** "Did you mean…": the closest candidate by edit distance, compared without case or accents. */
import { slugify } from '../slug.ts';

export function findClosest(
  input: string,
  candidates: readonly string[],
  maxDistance?: number,
): string | undefined {
  const wanted = slugify(input);
  if (wanted === '') return undefined;
  const limit = maxDistance ?? Math.max(2, Math.floor(wanted.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const key = slugify(candidate);
    // A candidate containing the input (or the reverse) is a strong hint: "collectif-3r" for "3r".
    const contains =
      Math.min(wanted.length, key.length) >= 3 && (key.includes(wanted) || wanted.includes(key));
    const d = contains ? 1 : levenshtein(wanted, key);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= limit ? best : undefined;
}

/** Classic two-row Levenshtein distance. */
export function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}
