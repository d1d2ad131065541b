/** What a pull request changes, from `git diff --name-only` (one path a line). */

/** True when every changed path is content: the developers' test suite can be skipped. */
export function isContentOnly(names: string[]): boolean {
  const paths = names.map((n) => n.trim()).filter(Boolean);
  return paths.length > 0 && paths.every((p) => p.startsWith('content/'));
}

/** Offer files added or changed, with their slugs (the page is /offres/<slug>/). */
export function changedOffers(names: string[]): { file: string; slug: string }[] {
  return names
    .map((n) => n.trim())
    .filter((p) => /^content\/offers\/[^/]+\.md$/.test(p))
    .map((file) => ({ file, slug: file.slice('content/offers/'.length, -'.md'.length) }))
    .filter(({ slug }) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug));
}
