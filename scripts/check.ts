/**
 * npm run check [-- <dossier de contenu | fichier>] [--content-dir <dossier>] [--json]
 *
 * Validates every offer and organisation with the build's own schema and lists every
 * problem in French (file, line, field, found, expected, example), then the warnings
 * (draft, closed on arrival, scaffold text, code block, mobile number). Exit code 1 on any
 * problem, never for warnings; GitHub annotations when CI is set. --json prints problems
 * and warnings (severity: "warning") as one array: the pull request comment is built from it.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { getContentDir } from '../src/lib/content-dir.ts';
import { collectWarnings } from '../src/lib/content-check/collect-warnings.ts';
import { checkContent, formatAnnotation, formatReport } from '../src/lib/content-check/index.ts';
import { formatProblem, summariseWarnings } from '../src/lib/content-check/problem.ts';
import { isCi, parseFlags, today } from './lib/cli.ts';

const USAGE = `Usage : npm run check [-- <dossier de contenu ou fichier>] [--content-dir <dossier>] [--json]
  Sans argument : le dossier content/ (ou la variable OFFRES_CONTENT_DIR).
  Avec un fichier : tout le contenu est vérifié, seuls les problèmes de ce fichier sont affichés.`;

async function main(): Promise<void> {
  const flags = parseFlags(
    {
      options: {
        'content-dir': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    },
    USAGE,
  );
  if (!flags) return;
  if (flags.values.help) return void console.log(USAGE);

  const target = flags.positionals[0] ?? flags.values['content-dir'];
  const { contentDir, onlyFile } = await resolveTarget(target);
  if (!(await stat(contentDir).catch(() => undefined))?.isDirectory()) {
    console.error(`Dossier de contenu introuvable : ${contentDir}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const result = await checkContent(contentDir, { bodies: false });
  // Warnings read each offer's text again: the check itself keeps only the data.
  const only = <T extends { file: string }>(list: T[]) =>
    onlyFile ? list.filter((p) => path.resolve(p.file) === onlyFile) : list;
  const problems = only(result.problems);
  const warnings = only(await collectWarnings(result.offers, process.cwd(), today()));

  if (flags.values.json) console.log(JSON.stringify([...problems, ...warnings], null, 2));
  else {
    if (isCi()) {
      for (const p of [...problems, ...warnings]) console.log(formatAnnotation(p));
      // GitHub shows only the first 10 annotations of a step on the diff.
      if (problems.length > 10) {
        console.log(
          `::notice title=npm run check::${problems.length} problèmes : la liste complète est dans le journal de cette étape.`,
        );
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const counted = `${result.offers.length} offre(s) et ${result.organisations.length} organisation(s) lues dans ${path.relative(process.cwd(), contentDir) || '.'} en ${seconds} s.`;
    (problems.length > 0 ? console.error : console.log)(`${formatReport(problems)}\n${counted}`);
    if (warnings.length > 0)
      console.log(
        `\nAvertissements :\n\n${warnings.map(formatProblem).join('\n')}\n\n${summariseWarnings(warnings)}`,
      );
  }
  process.exitCode = problems.length > 0 ? 1 : 0;
}

/** A directory is the content dir; a file means "its content dir, reporting that file only". */
async function resolveTarget(
  target: string | undefined,
): Promise<{ contentDir: string; onlyFile?: string }> {
  if (target === undefined) return { contentDir: getContentDir() };
  const absolute = path.resolve(target);
  const info = await stat(absolute).catch(() => undefined);
  if (info?.isFile())
    return { contentDir: path.dirname(path.dirname(absolute)), onlyFile: absolute };
  return { contentDir: absolute };
}

await main();
