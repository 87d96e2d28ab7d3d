import type { LabelTable } from './types';

/** French account labels. Meta's French wording is not directly observed (archive-format.md §9.2): extend freely. */
export const LABELS_FR: LabelTable = {
  comment: ['Commentaire'],
  mediaOwner: [
    'Propriétaire du contenu multimédia',
    'Propriétaire du contenu',
    'Propriétaire de la publication',
  ],
  time: ['Heure', 'Horodatage', 'Date et heure', 'Heure de la republication', 'Heure du repost'],
  author: ['Auteur', 'Auteur(e)', 'Auteure'],
  savedOn: ['Enregistré le', 'Enregistrée le', 'Sauvegardé le'],
  search: ['Recherche'],
  name: ['Nom'],
  username: ["Nom d'utilisateur", "Nom d'utilisateur·ice", 'Identifiant'],
  caption: ['Légende'],
  url: ['URL', 'Lien'],
  owner: ['Propriétaire'],
  title: ['Titre'],
  reaction: ['Réaction'],
  interest: ["Centre d'intérêt", "Centres d'intérêt", 'Intérêt'],
  text: ['Texte', 'Publication', 'Contenu', 'Message', 'Contribution', 'Note'],
  event: ['Événement', 'Évènement'],
  receivedOn: ['Reçu le', 'Reçue le'],
  websiteTitle: ['Titre de la page du site web que vous avez consultée', 'Titre du site web'],
  websiteLink: ['Lien du site web que vous avez consulté', 'Lien du site web'],
  advertiser: ['Annonceur', "Nom de l'annonceur"],
  hashtags: ['Hashtags'],
  group: ['Groupe'],
  date: ['Date', 'Heure de création', 'Heure de début'],
  sender: ['Expéditeur', 'Expéditrice', "Nom de l'expéditeur", 'Envoyé par', 'De'],
};
