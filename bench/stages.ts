// Splits a build's time-stamped output into stages. Astro prints fixed markers ("Syncing
// content", "Building static entrypoints", "generating static routes", one line per written
// route with its own render time) and every integration prefixes its lines with its name, so
// nothing is asked of the project's code: stages that appear later (feeds, PDFs, search) are
// found by their route paths or by what the integration's lines say. The outputs run side by
// side after the pages: the time between two of their lines goes to the one that ends it.
import type { LogLine } from './build.ts';

export const STAGES = [
  'startup',
  'content check',
  'content loading',
  'bundling (Vite)',
  'data preparation',
  'page rendering',
  'feeds',
  'PDFs + ICS',
  'search indexing',
  'sitemap',
  'other post-build',
] as const;
export type Stage = (typeof STAGES)[number];
export type StageTimes = Partial<Record<Stage, number>>;

const ROUTE = /^\s*[├└]─ (\S+).*\(\+(\d+(?:\.\d+)?)(ms|s)\)/;
/** A route Astro copied from the previous build (experimental.incrementalBuild). */
const REUSED_ROUTE = /^\s*[├└]─ (\S+).*\((?:cached|restored)\)/;
const ASTRO_TAGS = new Set(['build', 'vite', 'content', 'types', 'WARN', 'ERROR']);

function routeStage(file: string): Stage {
  if (/\.(pdf|ics)$/.test(file)) return 'PDFs + ICS';
  if (/\.(xml|rss|atom)$/.test(file) || /\/(rss|feed|atom)[^/]*$/.test(file)) return 'feeds';
  return 'page rendering';
}

/** The stage of an integration's line, by what it says (the outputs run side by side). */
function lineStage(text: string): Stage {
  if (/pagefind|recherche|index/i.test(text)) return 'search indexing';
  if (/sitemap/i.test(text)) return 'sitemap';
  if (/pdf|calendrier|fiche/i.test(text)) return 'PDFs + ICS';
  return 'other post-build';
}

function find(lines: LogLine[], pattern: RegExp, from = 0): number {
  for (let i = from; i < lines.length; i++) if (pattern.test(lines[i]?.text ?? '')) return i;
  return -1;
}

export interface StageResult {
  times: StageTimes;
  routes: number;
  /** Routes copied from the previous build instead of rendered. */
  reusedRoutes: number;
  routesByStage: Partial<Record<Stage, number>>;
}

export function splitStages(lines: LogLine[], wallMs: number): StageResult {
  const times: StageTimes = {};
  const add = (stage: Stage, ms: number) => {
    if (ms > 0) times[stage] = (times[stage] ?? 0) + ms;
  };
  const at = (i: number, fallback: number) => (i >= 0 ? (lines[i]?.t ?? fallback) : fallback);

  const sync = find(lines, /^\[content\] Syncing content/);
  const entry = find(
    lines,
    /^\[build\] (Building static entrypoints|Collecting build info)/,
    Math.max(sync, 0),
  );
  const generating = find(lines, /generating static routes/, Math.max(entry, 0));
  const firstRoute = find(lines, /^\s*[├└]─ /, Math.max(generating, 0));
  const routesDone =
    generating >= 0 ? find(lines, /^✓ Completed in/, Math.max(firstRoute, generating)) : -1;

  const tSync = at(sync, 0);
  const check = lines.map((l) => /vérifiées? en (\d+) ms/.exec(l.text)).find((m) => m !== null);
  const checkMs = check ? Math.min(Number(check[1]), tSync) : 0;
  add('content check', checkMs);
  add('startup', tSync - checkMs);
  add('content loading', at(entry, tSync) - tSync);
  add('bundling (Vite)', at(generating, at(entry, tSync)) - at(entry, tSync));
  add('data preparation', at(firstRoute, at(generating, 0)) - at(generating, 0));

  // Route phase: its wall time, shared among stages by the render times Astro prints per route.
  const routeSums: Partial<Record<Stage, number>> = {};
  const routesByStage: Partial<Record<Stage, number>> = {};
  let routes = 0;
  const end = routesDone >= 0 ? routesDone : lines.length;
  let reusedRoutes = 0;
  for (let i = Math.max(firstRoute, 0); firstRoute >= 0 && i < end; i++) {
    const m = ROUTE.exec(lines[i]?.text ?? '');
    if (!m) {
      if (REUSED_ROUTE.test(lines[i]?.text ?? '')) reusedRoutes++;
      continue;
    }
    const stage = routeStage(m[1] ?? '');
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    routeSums[stage] = (routeSums[stage] ?? 0) + ms;
    routesByStage[stage] = (routesByStage[stage] ?? 0) + 1;
    routes++;
  }
  const routeWall = at(routesDone, wallMs) - at(firstRoute, wallMs);
  const sum = Object.values(routeSums).reduce((a, b) => a + b, 0);
  for (const [stage, ms] of Object.entries(routeSums) as [Stage, number][])
    add(stage, sum > 0 ? (routeWall * ms) / sum : 0);

  // After the routes: each interval goes to the integration whose line ends it; untagged output
  // after Astro's "Complete!" (a CLI chained in the build script) goes by what it says.
  let previous = at(routesDone, wallMs);
  const complete = find(lines, /^\[build\] Complete!/, Math.max(routesDone, 0));
  const afterAstro =
    complete >= 0 && lines.slice(complete + 1).some((l) => /pagefind/i.test(l.text))
      ? 'search indexing'
      : 'other post-build';
  for (let i = routesDone + 1; routesDone >= 0 && i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.text.trim() === '') continue;
    const tag = /^\[([^\]]+)\]/.exec(line.text)?.[1];
    let stage: Stage | undefined;
    if (complete >= 0 && i > complete) stage = afterAstro;
    else if (tag !== undefined && !ASTRO_TAGS.has(tag)) stage = lineStage(line.text);
    if (stage) add(stage, line.t - previous);
    previous = line.t;
  }
  if (complete >= 0 && afterAstro === 'search indexing') add(afterAstro, wallMs - previous);
  return { times, routes, reusedRoutes, routesByStage };
}
