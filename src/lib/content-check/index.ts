/**
 * Content checking shared by `npm run check`, `npm run new`, `npm run import` and the build.
 * Pure TypeScript: no `astro:*` import.
 *
 *   const { problems, offers, organisations } = await checkContent('content');
 *   for (const p of problems) console.error(formatProblem(p));
 */
export { checkContent, type CheckOptions, type ContentCheck } from './check-content.ts';
export {
  checkOfferText,
  checkOrganisationText,
  type Entry,
  type EntryCheck,
} from './check-entry.ts';
export { parseFrontmatter, parseYamlData, MAX_ALIASES } from './frontmatter.ts';
export { PLACEHOLDER, isPlaceholder } from './placeholder.ts';
export {
  formatAnnotation,
  formatProblem,
  sortProblems,
  summarise,
  type Problem,
  type ProblemCode,
} from './problem.ts';
export { MAX_FILE_BYTES, readContentFile } from './read-file.ts';
export { assertContentValid, ContentCheckError, formatReport } from './report.ts';
export { findClosest } from './suggest.ts';
