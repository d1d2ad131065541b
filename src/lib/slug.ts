/**
 * The one slug function for every taxonomy (régions, organisations, tags):
 * NFC-normalise, strip accents, lowercase, keep [a-z0-9] separated by single hyphens.
 * "Île-de-France" → "ile-de-france", "Provence-Alpes-Côte d'Azur" → "provence-alpes-cote-d-azur".
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Offer and organisation file names must already be slugs. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
