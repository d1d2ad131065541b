/** `npm run import`: raw offer text → draft offer file. See draft.ts for the overview. */
export { buildDraft, truncateSlug, type Draft, type DraftOptions } from './draft.ts';
export { findFrenchDates, parseFrenchDate } from './french-dates.ts';
export { listOrganisations } from './known-organisations.ts';
export { matchOrganisation, type KnownOrganisation } from './match-organisation.ts';
export {
  formatScalar,
  toOfferFile,
  toOrganisationFile,
  type YamlObject,
  type YamlValue,
} from './offer-yaml.ts';
export { findPlace } from './places.ts';
