/**
 * Visible French text of the offer page's apply, sharing and similar-offers parts and of the
 * offers' social images, in one place (to be folded into the site's UI-text module).
 */
import { SITE_NAME } from './site.ts';

export const offerText = {
  applyNow: 'Candidater',
  /** « avant le 10 mars 2026 inclus (heure de La Réunion) ». */
  applyBefore: (date: string, zone?: string) =>
    `avant le ${date} inclus${zone ? ` (${zone})` : ''}`,
  /** « Ouverte jusqu'au 14 janvier 2027 (60 jours après publication) ». */
  openUntil: (date: string, days: number) =>
    `Ouverte jusqu'au ${date} (${days} jours après publication)`,
  openUntilLabel: 'Candidatures',
  closed: 'Offre clôturée',
  closedBadge: 'Clôturée',
  similarHeading: 'Offres similaires',
  similarClosedNote: 'Offres semblables clôturées avant celle-ci.',
  shareHeading: 'Partager cette offre',
  shareLinkLabel: 'Lien de l’offre',
  copyLink: 'Copier le lien',
  copyDone: 'Lien copié.',
  copyFailed: 'Copie impossible : sélectionnez le lien ci-dessus.',
  shareByEmail: 'Par e-mail',
  shareEmailBody: (title: string, url: string) =>
    `Une offre qui pourrait vous intéresser : ${title}\n${url}`,
  shareOn: (platform: string) => `Partager sur ${platform}`,
  socialImageAlt: (title: string, organisation: string) =>
    `${title} — ${organisation}, sur ${SITE_NAME}`,
  socialDeadline: (date: string, zone?: string) =>
    `Candidature avant le ${date} inclus${zone ? ` (${zone})` : ''}`,
} as const;

/**
 * « heure de Nouméa »: how a deadline's time zone is named when it is not metropolitan France's.
 * Keyed by the IANA zones of src/lib/geo.ts; an unknown zone falls back to its IANA name.
 */
const ZONE_NAMES: Record<string, string> = {
  'America/Guadeloupe': 'heure de la Guadeloupe',
  'America/Martinique': 'heure de la Martinique',
  'America/Cayenne': 'heure de Cayenne',
  'Indian/Reunion': 'heure de La Réunion',
  'America/Miquelon': 'heure de Saint-Pierre',
  'Indian/Mayotte': 'heure de Mayotte',
  'America/St_Barthelemy': 'heure de Saint-Barthélemy',
  'America/Marigot': 'heure de Saint-Martin',
  'Indian/Kerguelen': 'heure des Kerguelen',
  'Pacific/Wallis': 'heure de Wallis',
  'Pacific/Tahiti': 'heure de Tahiti',
  'Pacific/Noumea': 'heure de Nouméa',
  'Pacific/Pitcairn': 'heure de Pitcairn',
};

export function describeZone(timeZone: string): string {
  return ZONE_NAMES[timeZone] ?? `heure locale (${timeZone})`;
}
