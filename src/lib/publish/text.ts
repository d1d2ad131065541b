/** The publishing page's French text (/publier/): labels, buttons and messages. */
export const PUBLISH_TEXT = {
  title: 'Publier une offre',
  description:
    'Collez une offre reçue par e-mail, PDF ou sur un réseau social : le formulaire se remplit, vous le vérifiez, puis vous la proposez sur GitHub.',
  navLabel: 'Publier une offre',
  intro:
    'Tout se passe dans votre navigateur : rien de ce que vous tapez n’est envoyé avant que vous cliquiez sur « Proposer cette offre ».',
  paste: {
    heading: '1. Coller l’offre reçue',
    label: 'Texte brut de l’offre (e-mail, PDF, Word, publication…)',
    help: 'Facultatif : vous pouvez aussi remplir le formulaire directement.',
    fill: 'Remplir le formulaire',
    found: 'Trouvé dans le texte',
    guesses: 'À vérifier',
    missing: 'À compléter',
    filled: (n: number) =>
      `Formulaire rempli : ${n} information${n > 1 ? 's' : ''} trouvée${n > 1 ? 's' : ''}.`,
  },
  form: {
    heading: '2. Vérifier et compléter',
    job: 'Le poste',
    organisation: 'L’organisation',
    place: 'Le lieu',
    dates: 'Les dates',
    pay: 'La rémunération',
    apply: 'Pour candidater',
    body: 'Texte de l’offre',
    bodyHelp:
      'Missions, profil, conditions. Une ligne vide sépare deux paragraphes ; « - » en début de ligne fait une liste.',
    newOrganisation: 'Nouvelle organisation…',
    organisationHelp:
      'l’organisation qui recrute : choisissez-la dans la liste, ou « Nouvelle organisation… » si elle n’y est pas encore',
    chooseOrganisation: 'Choisissez l’organisation',
    newOrganisationLegend: 'Nouvelle organisation (un fichier sera proposé pour elle)',
    notSaid: 'Non précisé',
    cityFromPostalCode: 'Communes de ce code postal',
    loadingCommunes: 'Chargement de la liste officielle des communes…',
  },
  check: {
    heading: 'Vérification',
    ok: 'Aucun problème : l’offre peut être proposée.',
    problems: (n: number) => `${n} problème${n > 1 ? 's' : ''} à corriger :`,
    expected: 'Attendu :',
    organisationFile: 'Fichier de la nouvelle organisation',
  },
  preview: {
    heading: '3. Aperçu',
    note: 'Le texte est montré ici sans mise en forme (paragraphes seulement) ; le site le mettra en forme à la publication.',
    incomplete: 'Les informations clés apparaîtront quand le formulaire sera sans problème.',
  },
  propose: {
    heading: '4. Proposer l’offre',
    explain:
      'GitHub ouvre l’éditeur avec le fichier déjà écrit : connectez-vous, puis « Commit changes » et « Propose changes ». GitHub crée la copie du dépôt, la branche et la demande de publication (pull request).',
    fileName: 'Nom du fichier :',
    propose: 'Proposer cette offre',
    proposeOrganisation: 'Proposer le fichier de l’organisation',
    organisationFirst: 'Proposez d’abord le fichier de la nouvelle organisation, puis l’offre.',
    copy: 'Copier le fichier',
    copied: 'Fichier copié.',
    download: 'Télécharger le fichier',
    tooLong:
      'Ce texte est trop long pour être transmis par un lien : copiez ou téléchargez le fichier, puis créez-le sur GitHub (« Add file » puis « Create new file ») dans content/offers/.',
    fix: 'Corrigez d’abord les problèmes signalés.',
  },
} as const;
