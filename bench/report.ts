// Tables for the terminal and for docs/benchmarks.md, from the figures run.ts collected.
import type { Corpus } from './corpus.ts';
import type { TreeDiff, DistStats } from './dist.ts';
import type { SearchCost, Weight } from './browser.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { PdfCost } from './pdf-cost.ts';
import type { MachineInfo } from './proc.ts';
import { STAGES, type StageTimes } from './stages.ts';

export interface BuildFigures {
  ok: boolean;
  wallMs: number;
  stages: StageTimes;
  routes: number;
  /** Routes copied from the previous build (incremental build); absent in older results. */
  reusedRoutes?: number;
  peakRssBytes: number;
  cpuSeconds: number | undefined;
  othersCpuShare: number | undefined;
  /** CPU seconds by what the threads do; absent in older results. */
  cpuByRole?: Record<string, number>;
  logFile: string;
}

export interface SizeResult {
  n: number;
  corpus: Corpus['summary'];
  cold: BuildFigures;
  dist: DistStats;
  /** Warm rebuilds in the cold build's dirs (caches kept), in the order they ran. */
  rebuilds: { label: string; figures: BuildFigures }[];
  /** A cold build with OFFRES_SKIP_PDF=1, and Pagefind's CLI timed on its output. */
  noPdf?: { build: BuildFigures; pagefindCliMs: number | undefined };
  pdfCost?: PdfCost;
  /** Rebuild after undoing the edit: its output is compared with a cold build elsewhere. */
  revert?: BuildFigures;
  repro?: TreeDiff;
  pages?: { path: string; label: string; weight: Weight }[];
  searches?: SearchCost[];
  /** The same first searches with closed offers included; absent in older results. */
  closedSearches?: SearchCost[];
  /** Archive bundles the built site has (one per year); absent in older results. */
  archiveBundles?: number;
  lighthouse?: LighthouseResult[];
}

export interface BenchReport {
  date: string;
  commit: string;
  machine: MachineInfo;
  loadBefore: number[];
  epoch: number;
  seed: number;
  sizes: SizeResult[];
}

const s = (ms: number | undefined) => (ms === undefined ? '—' : (ms / 1000).toFixed(1));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)}`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
const pct = (share: number | undefined) =>
  share === undefined ? '—' : `${Math.round(share * 100)} %`;

function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** Per N: stage times of every build (cold, rebuilds, cold without PDFs), and totals. */
export function buildTable(r: SizeResult): string {
  const columns = [
    { label: 'cold build', figures: r.cold },
    ...r.rebuilds,
    ...(r.noPdf ? [{ label: 'cold, OFFRES_SKIP_PDF=1', figures: r.noPdf.build }] : []),
  ];
  const builds = columns.map((c) => c.figures);
  const head = ['', ...columns.map((c) => `${c.label} (s)`)];
  const rows: string[][] = [];
  for (const stage of STAGES) {
    if (builds.every((b) => (b.stages[stage] ?? 0) < 50)) continue;
    rows.push([stage, ...builds.map((b) => s(b.stages[stage]))]);
  }
  rows.push([
    '**total wall**',
    ...builds.map((b) => `**${s(b.wallMs)}**${b.ok ? '' : ' (FAILED)'}`),
  ]);
  rows.push(['peak RSS (process tree)', ...builds.map((b) => gib(b.peakRssBytes))]);
  rows.push([
    'CPU time (user + sys)',
    ...builds.map((b) => (b.cpuSeconds === undefined ? '—' : `${b.cpuSeconds.toFixed(0)} s`)),
  ]);
  const roles = new Map<string, number>();
  for (const b of builds)
    for (const [role, seconds] of Object.entries(b.cpuByRole ?? {}))
      roles.set(role, Math.max(roles.get(role) ?? 0, seconds));
  for (const [role] of [...roles].filter(([, max]) => max >= 0.5).sort((a, b) => b[1] - a[1]))
    rows.push([
      `&nbsp;&nbsp;of which ${role}`,
      ...builds.map((b) => `${(b.cpuByRole?.[role] ?? 0).toFixed(0)} s`),
    ]);
  rows.push(['CPU used by others meanwhile', ...builds.map((b) => pct(b.othersCpuShare))]);
  rows.push(['routes rendered', ...builds.map((b) => String(b.routes))]);
  if (builds.some((b) => (b.reusedRoutes ?? 0) > 0))
    rows.push([
      'routes copied from the previous build',
      ...builds.map((b) => String(b.reusedRoutes ?? 0)),
    ]);
  return table(head, rows);
}

/** The targets: warm rebuilds against the cold build, the search step, a sheet's cost. */
export function goalLines(r: SizeResult): string[] {
  const lines: string[] = [];
  const ratio = (b: BuildFigures) => (b.wallMs / r.cold.wallMs).toFixed(2);
  for (const { label, figures } of r.rebuilds)
    lines.push(`- ${label}: ${s(figures.wallMs)} s, **${ratio(figures)} of the cold build**.`);
  if (r.noPdf) {
    const cli = r.noPdf.pagefindCliMs;
    lines.push(
      `- Cold build with \`OFFRES_SKIP_PDF=1\` (pages, feeds, sitemap, search): **${s(r.noPdf.build.wallMs)} s**; ` +
        `Pagefind's CLI alone on that site (\`pagefind --site\`, the search step of a Hugo + Pagefind site): ${cli === undefined ? 'failed' : `${s(cli)} s`}.`,
    );
  }
  if (r.pdfCost) {
    const p = r.pdfCost;
    lines.push(
      `- PDF sheet (pdfkit), ${p.sheets} sheets drawn one by one: median **${p.medianCpuMs.toFixed(1)} ms** of CPU, 90th percentile ${p.p90CpuMs.toFixed(1)} ms, ${kb(p.averageBytes)} KB on average.`,
    );
  }
  return lines;
}

export function distLine(d: DistStats): string {
  const kinds = Object.entries(d.byKind)
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .slice(0, 6)
    .map(([kind, v]) => `${kind} ${v.files} / ${mb(v.bytes)}`)
    .join(', ');
  return `${d.files} files, ${mb(d.bytes)} (${kinds})`;
}

export function reproLine(r: SizeResult): string {
  if (!r.repro) return 'not checked';
  if (r.repro.identical)
    return `identical: ${r.repro.files} files byte for byte (cold build in other dirs vs. warm rebuild after undoing the edit)`;
  const sample = [...r.repro.different, ...r.repro.onlyInA, ...r.repro.onlyInB]
    .slice(0, 5)
    .join(', ');
  return `DIFFERENT: ${r.repro.different.length} files differ, ${r.repro.onlyInA.length + r.repro.onlyInB.length} exist in one build only (e.g. ${sample})`;
}

/** Each term's first search, then the same with closed offers included (when measured). */
function firstSearches(r: SizeResult): SearchCost[] {
  const closed = r.closedSearches ?? [];
  const open = r.searches ?? [];
  return [
    ...open.flatMap((q) => [q, ...closed.filter((c) => c.term === q.term)]),
    ...closed.filter((c) => !open.some((q) => q.term === c.term)),
  ];
}

export function webTables(r: SizeResult): string {
  const parts: string[] = [];
  if (r.pages) {
    parts.push(
      table(
        ['page (compressed KB)', 'HTML', 'CSS', 'JS', 'HTML + CSS', 'other', 'requests'],
        r.pages.map((p) => [
          `${p.label} \`${p.path}\``,
          kb(p.weight.html),
          kb(p.weight.css),
          kb(p.weight.js),
          kb(p.weight.html + p.weight.css),
          kb(p.weight.other + p.weight['search index']),
          String(p.weight.requests),
        ]),
      ),
    );
  }
  const searches = firstSearches(r);
  if (searches.length > 0) {
    const fetched = (q: SearchCost) =>
      q.archives === undefined
        ? '—'
        : `${q.archives}${q.includeClosed && r.archiveBundles !== undefined ? ` of ${r.archiveBundles}` : ''}`;
    parts.push(
      table(
        [
          'first search',
          'results',
          'search cost (KB)',
          'of which index',
          'JS',
          'whole visit (KB)',
          'requests',
          'archive bundles',
        ],
        searches.map((q) => [
          `« ${q.term} »${q.includeClosed ? ' + closed offers' : ''}`,
          q.results === undefined ? '—' : String(q.results),
          `**${kb(q.searchBytes)}**`,
          kb(q.weight['search index']),
          kb(q.weight.js),
          kb(q.weight.total),
          String(q.weight.requests),
          fetched(q),
        ]),
      ),
    );
  }
  if (r.lighthouse) {
    parts.push(
      table(
        [
          'Lighthouse mobile',
          'performance',
          'accessibility',
          'best practices',
          'SEO',
          'LCP (ms)',
          'TBT (ms)',
        ],
        r.lighthouse.map((l) => [
          `\`${l.path}\``,
          ...Object.values(l.scores).map((v) => (v === undefined ? '—' : String(v))),
          l.lcpMs === undefined ? '—' : l.lcpMs.toFixed(0),
          l.tbtMs === undefined ? '—' : l.tbtMs.toFixed(0),
        ]),
      ),
    );
    const failing = r.lighthouse.flatMap((l) => l.failing.map((f) => `\`${l.path}\` ${f}`));
    if (failing.length > 0) parts.push(`Audits losing points: ${failing.join('; ')}.`);
  }
  return parts.join('\n\n');
}

export function sizeSection(r: SizeResult): string {
  const c = r.corpus;
  return [
    `### ${r.n.toLocaleString('en')} offers`,
    '',
    `Corpus: ${String(c['offers'])} offers (${String(c['drafts'])} drafts, ${String(c['open'])} open at the reference date), ${String(c['organisations'])} organisations, ${String(c['totalMB'])} MB of markdown${Number(c['droppedDuplicates']) > 0 ? `; ${String(c['droppedDuplicates'])} generated duplicates removed, which the content check rejects` : ''}.`,
    '',
    buildTable(r),
    '',
    ...goalLines(r),
    '',
    `dist/: ${distLine(r.dist)}.`,
    '',
    `Reproducibility: ${reproLine(r)}.`,
    ...(r.pages || r.searches || r.closedSearches || r.lighthouse ? ['', webTables(r)] : []),
  ].join('\n');
}

export function machineLine(report: BenchReport): string {
  const m = report.machine;
  return `${m.cpus} cores (${m.cpuModel}), ${m.memoryGiB} GiB RAM, ${m.os}, Node ${m.node}; load average before the run ${report.loadBefore.map((l) => l.toFixed(2)).join(' / ')}`;
}

export function reportMarkdown(report: BenchReport): string {
  return [
    `Run of ${report.date} on commit \`${report.commit}\`, \`SOURCE_DATE_EPOCH=${report.epoch}\`, corpus seed ${report.seed}.`,
    `Machine: ${machineLine(report)}.`,
    '',
    ...report.sizes.flatMap((r) => [sizeSection(r), '']),
  ].join('\n');
}
