/**
 * What a search result says, shared by the page's first state (FirstResults.astro, at build) and
 * the results the script draws (results-view.ts), so that both read and measure the same.
 * `meta` is an offer's search metadata (getOfferSearchData in src/lib/search.ts).
 */
export interface CardMeta {
  title?: string | undefined;
  organisation?: string | undefined;
  lieu?: string | undefined;
  contrat?: string | undefined;
  teletravail?: string | undefined;
  remuneration?: string | undefined;
  publiee?: string | undefined;
  limite?: string | undefined;
  statut?: string | undefined;
}

/** The facts line: place, contract, remote work, pay — those the offer gives. */
export function getCardFacts(meta: CardMeta): string[] {
  return [meta.lieu, meta.contrat, meta.teletravail, meta.remuneration].filter(
    (fact): fact is string => fact !== undefined && fact !== '',
  );
}

/** « Publiée le 1er mars 2026 · date limite : 31 mars 2026 ». */
export function getCardDates(meta: CardMeta): string {
  const deadline = meta.limite ? ` · date limite : ${meta.limite}` : '';
  return `Publiée le ${meta.publiee ?? ''}${deadline}`;
}

/** « 12 offres », « Une offre pour « stage » », « Aucune offre ouverte ». */
export function getSummary(total: number, q: string, includeClosed: boolean): string {
  const what =
    total === 0
      ? includeClosed
        ? 'Aucune offre'
        : 'Aucune offre ouverte'
      : total === 1
        ? 'Une offre'
        : `${total} offres`;
  return q === '' ? what : `${what} pour « ${q} »`;
}

/** « Page 2 sur 3 ». */
export function getPageLabel(page: number, pages: number): string {
  return `Page ${page} sur ${pages}`;
}
