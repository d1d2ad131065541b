/**
 * Visible French text of saved offers and searches. Its own module, importing nothing: the
 * browser scripts of these features load it (the site's other text modules read the
 * configuration, which only the build can).
 */
export const SAVED_TEXT = {
  saveOffer: 'Sauvegarder cette offre',
  savedOffer: 'Offre sauvegardée — retirer',
  seeSaved: 'Voir les offres sauvegardées',
  title: 'Offres sauvegardées',
  description: 'Les offres et recherches que vous avez sauvegardées dans ce navigateur.',
  privacy:
    'Les offres et recherches sauvegardées restent dans ce navigateur (stockage local) : rien n’est envoyé à un serveur. Elles ne sont pas partagées entre vos appareils.',
  noScript: 'Les sauvegardes ont besoin de JavaScript, qui est désactivé dans ce navigateur.',
  emptyOffers:
    'Aucune offre sauvegardée. Utilisez « Sauvegarder cette offre » sur la page d’une offre.',
  searchesHeading: 'Recherches sauvegardées',
  emptySearches: 'Aucune recherche sauvegardée.',
  remove: 'Retirer',
  newOffers: (count: number) =>
    count === 1
      ? '1 nouvelle offre depuis votre dernière visite'
      : `${count} nouvelles offres depuis votre dernière visite`,
} as const;
