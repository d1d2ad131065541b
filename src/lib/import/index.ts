/**
 * `npm run import`: raw offer text → draft offer file. See draft.ts for the overview. Only
 * node-adapter.ts touches the machine (files, official data); the rest runs anywhere.
 */
export { buildDraft, offerSlug, truncateSlug, type Draft, type DraftOptions } from './draft.ts';
export { findFrenchDates, parseFrenchDate } from './french-dates.ts';
export { imageChecker, listOrganisations, nodeGazetteer } from './node-adapter.ts';
export { cleanBody } from './clean-body.ts';
export { readMessage } from './raw-message.ts';
export { matchOrganisation, type KnownOrganisation } from './match-organisation.ts';
export {
  formatScalar,
  toOfferFile,
  toOrganisationFile,
  type YamlObject,
  type YamlValue,
} from './offer-yaml.ts';
export { findPlace } from './places.ts';
