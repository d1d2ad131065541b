/**
 * npm run new [-- --title … --organisation … --contract cdd --city … --postal-code … --email … --yes]
 *
 * Writes a new offer (and, if needed, its organisation) that passes `npm run check`.
 * Asks in the terminal for whatever the flags do not give; with --yes (or without a
 * terminal) nothing is asked and every missing option is listed at once.
 */
import path from 'node:path';
import { stdin } from 'node:process';
import { getContentDir } from '../src/lib/content-dir.ts';
import {
  checkOfferText,
  checkOrganisationText,
  formatProblem,
} from '../src/lib/content-check/index.ts';
import {
  listOrganisations,
  toOfferFile,
  toOrganisationFile,
  truncateSlug,
} from '../src/lib/import/index.ts';
import { SCAFFOLD_BODY } from '../src/lib/content-check/warnings.ts';
import { slugify } from '../src/lib/slug.ts';
import { Answers } from './lib/answers.ts';
import { parseFlags, today } from './lib/cli.ts';
import { askOffer } from './lib/new-offer.ts';
import { chooseOrganisation } from './lib/new-organisation.ts';
import { createPrompter } from './lib/prompt.ts';
import { keepAnswers, readResume, RESUME_FILE } from './lib/resume.ts';
import { checkWrittenOffer, printProblems, writeNewFile } from './lib/write.ts';

const TEXT_FLAGS = [
  'title',
  'organisation',
  'organisation-name',
  'organisation-kind',
  'organisation-website',
  'organisation-email',
  'organisation-city',
  'organisation-postal-code',
  'working-time',
  'hours',
  'city',
  'postal-code',
  'country',
  'remote',
  'published',
  'deadline',
  'start',
  'start-text',
  'duration-months',
  'salary-min',
  'salary-max',
  'salary-period',
  'salary-basis',
  'salary-currency',
  'salary-text',
  'email',
  'url',
  'instructions',
  'reference',
  'tags',
  'body',
  'slug',
  'out',
  'content-dir',
  'resume-file',
] as const;
const USAGE = `Usage : npm run new [-- options]
  Sans option, pose les questions une à une. Options (toutes facultatives en mode questions) :
  --organisation <identifiant> | --organisation-name "<nom>" --organisation-kind <type> [--organisation-website …]
  --title "<intitulé>" --contract <type> [--contract <type>…] --city <ville> --postal-code <code>
  --remote none|partial|full --published AAAA-MM-JJ --deadline AAAA-MM-JJ --start AAAA-MM-JJ
  --salary-min <n> --salary-period month --salary-basis gross | --salary-text "<texte>"
  --email <e-mail> | --url <https://…> [--instructions "<texte>"] [--tags a,b] [--draft]
  --organisation-only (crée seulement l'organisation) --yes (ne rien demander) --force (écraser)
  --content-dir <dossier> --out <fichier.md> --slug <nom-du-fichier> --body "<texte>"
  --resume (reprend les réponses gardées après un échec) [--resume-file <fichier>]`;

async function main(): Promise<void> {
  const options = Object.fromEntries(TEXT_FLAGS.map((f) => [f, { type: 'string' as const }]));
  const flags = parseFlags(
    {
      options: {
        ...options,
        contract: { type: 'string', multiple: true },
        draft: { type: 'boolean' },
        yes: { type: 'boolean', short: 'y' },
        force: { type: 'boolean' },
        'organisation-only': { type: 'boolean' },
        resume: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    },
    USAGE,
  );
  if (!flags) return;
  if (flags.values.help) return void console.log(USAGE);
  const typed = flags.values as Record<string, string | boolean | string[] | undefined>;
  const contentDir =
    typeof typed['content-dir'] === 'string' ? path.resolve(typed['content-dir']) : getContentDir();
  const resumeFile =
    typeof typed['resume-file'] === 'string'
      ? path.resolve(typed['resume-file'])
      : path.resolve(contentDir, '..', RESUME_FILE);
  // Kept answers first, then what this command line says (it wins).
  const values = typed['resume']
    ? { ...(await readResume(resumeFile, [...TEXT_FLAGS, 'contract'])), ...typed }
    : typed;
  const prompter = values['yes'] || !stdin.isTTY ? undefined : createPrompter();
  const answers = new Answers(values, prompter);
  try {
    await run(answers, contentDir);
  } catch (error) {
    // Ctrl+C / Ctrl+D while a question is open: leave, keeping the answers.
    if ((error as Error).name !== 'AbortError') {
      await keepAnswers(answers, resumeFile);
      throw error;
    }
    console.error('\nAbandon : aucun fichier écrit.');
    process.exitCode = 130;
  } finally {
    prompter?.close();
  }
  if (process.exitCode) await keepAnswers(answers, resumeFile);
}

async function run(answers: Answers, contentDir: string): Promise<void> {
  const known = await listOrganisations(contentDir);
  const organisation = await chooseOrganisation(answers, known);
  const onlyOrganisation = answers.flags['organisation-only'] === true;
  const offer = onlyOrganisation ? {} : await askOffer(answers, today());
  if (answers.report().length > 0) return void fail(answers.report(), true);

  const force = answers.flags['force'] === true;
  const writeOrganisation = async () => {
    if (!organisation?.create) return true;
    const file = path.join(contentDir, 'organisations', `${organisation.slug}.yaml`);
    const { problems } = checkOrganisationText(
      toOrganisationFile(organisation.create),
      path.relative(process.cwd(), file),
      organisation.slug,
      'yaml',
    );
    if (problems.length > 0) return fail(problems.map(formatProblem), false);
    if (!(await writeNewFile(file, toOrganisationFile(organisation.create), force))) return false;
    console.log(`Organisation écrite : ${path.relative(process.cwd(), file)}`);
    return true;
  };
  if (onlyOrganisation) return void (await writeOrganisation());

  offer['organisation'] = organisation?.slug ?? '';
  const slug =
    typeof answers.flags['slug'] === 'string'
      ? answers.flags['slug']
      : truncateSlug(
          [
            asString(offer['published']).slice(0, 7),
            organisation?.slug,
            truncateSlug(slugify(asString(offer['title'])), 50),
          ].join('-'),
        );
  const body = typeof answers.flags['body'] === 'string' ? answers.flags['body'] : SCAFFOLD_BODY;
  const text = toOfferFile(offer, body);
  const out =
    typeof answers.flags['out'] === 'string'
      ? path.resolve(answers.flags['out'])
      : path.join(contentDir, 'offers', `${slug}.md`);
  // Refuse to write a file that `check` would reject (place and dates are checked together).
  const { problems } = checkOfferText(
    text,
    path.relative(process.cwd(), out),
    path.basename(out, '.md'),
  );
  if (problems.length > 0) return void fail(problems.map(formatProblem), false);
  if (!(await writeOrganisation()) || !(await writeNewFile(out, text, force))) return;
  console.log(`Offre écrite : ${path.relative(process.cwd(), out)}`);
  printProblems(await checkWrittenOffer(out, contentDir));
  console.log('Complétez le texte de l’offre sous l’en-tête, puis ouvrez une pull request.');
}

function asString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function fail(messages: string[], showUsage: boolean): false {
  console.error(
    `Rien n'a été écrit :\n${messages.map((m) => `  - ${m}`).join('\n')}${showUsage ? `\n\n${USAGE}` : ''}`,
  );
  process.exitCode = 1;
  return false;
}

await main();
