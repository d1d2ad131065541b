/**
 * `/organisations/2/` is page 2 of the index: an organisation whose slug is a number would
 * take that URL. Fail the build with a message for the editor instead of serving either page.
 */
export function assertNotPageNumber(slug: string): string {
  if (/^\d+$/.test(slug)) {
    throw new Error(
      `content/organisations/${slug} : un identifiant d'organisation ne peut pas être un nombre (il prendrait l'adresse d'une page de la liste des organisations) ; renommez le fichier, par exemple ${slug}-association`,
    );
  }
  return slug;
}
