/**
 * `/offres/2/` is page 2 of the open offers: an offer whose file name is a number would take
 * that URL. Fail the build with a message for the editor instead of serving either page.
 */
export function assertNotPageNumber(slug: string): string {
  if (/^\d+$/.test(slug)) {
    throw new Error(
      `content/offers/${slug}.md : le nom d'une offre ne peut pas être un nombre (il prendrait l'adresse d'une page de la liste des offres ouvertes) ; renommez le fichier, par exemple aaaa-mm-organisation-${slug}.md`,
    );
  }
  return slug;
}
