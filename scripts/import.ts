/**
 * npm run import -- <fichier> [--out <fichier ou dossier>] [--content-dir <dossier>] [--force]
 *
 * Turns a raw offer (text, markdown, old site's export) into a draft offer file: the whole
 * text as body, every recognised fact pre-filled, « A-COMPLETER » everywhere else, draft: true.
 * Prints what was found and what is left to fill, then what `npm run check` says.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { getContentDir } from '../src/lib/content-dir.ts';
import {
  buildDraft,
  imageChecker,
  listOrganisations,
  nodeGazetteer,
  toOfferFile,
} from '../src/lib/import/index.ts';
import { today, parseFlags } from './lib/cli.ts';
import { checkWrittenOffer, printProblems, writeNewFile } from './lib/write.ts';

const USAGE = `Usage : npm run import -- <fichier de l'offre> [--out <fichier.md ou dossier>] [--content-dir <dossier>] [--force]
  Écrit par défaut content/offers/<aaaa-mm-organisation-intitule>.md (brouillon, draft: true).`;

/** Raw offers come from e-mails and Word exports: larger than an offer file is fine, not 5 MB. */
const MAX_RAW_BYTES = 1024 * 1024;

async function main(): Promise<void> {
  const flags = parseFlags(
    {
      options: {
        out: { type: 'string' },
        'content-dir': { type: 'string' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    },
    USAGE,
  );
  if (!flags) return;
  const source = flags.positionals[0];
  if (flags.values.help || !source) {
    console.log(USAGE);
    if (!source && !flags.values.help) process.exitCode = 2;
    return;
  }
  const info = await stat(source).catch(() => undefined);
  if (!info?.isFile()) return fail(`Fichier introuvable : ${source}`);
  if (info.size > MAX_RAW_BYTES)
    return fail(
      `Fichier trop gros (${Math.round(info.size / 1024)} Ko) : collez seulement le texte de l'offre.`,
    );

  const text = decode(await readFile(source));
  const contentDir = flags.values['content-dir']
    ? path.resolve(flags.values['content-dir'])
    : getContentDir();
  const draft = buildDraft(text, source, {
    organisations: await listOrganisations(contentDir),
    today: today(),
    gazetteer: nodeGazetteer,
    imageExists: imageChecker(source, path.resolve('public')),
  });
  const target = await resolveTarget(flags.values.out, contentDir, draft.slug);
  if (
    !(await writeNewFile(
      target,
      toOfferFile(draft.data, draft.body, draft.comments),
      flags.values.force,
    ))
  )
    return;

  console.log(`Brouillon écrit : ${path.relative(process.cwd(), target)}\n`);
  console.log(
    `Repéré dans le texte (✓ : écrit dans le fichier) :\n${draft.found.map((f) => `  ✓ ${f}`).join('\n') || '  (rien)'}\n`,
  );
  if (draft.guesses.length > 0)
    console.log(
      `Suppositions à vérifier (? : en commentaire dans le fichier, à confirmer) :\n${draft.guesses.map((g) => `  ? ${g}`).join('\n')}\n`,
    );
  console.log(
    `À compléter (« A-COMPLETER » dans le fichier) :\n${draft.missing.map((m) => `  • ${m}`).join('\n') || '  (rien)'}\n`,
  );
  if (draft.newEmployer) {
    const { name, website } = draft.newEmployer;
    console.log(
      `L'employeur « ${name} » n'a pas encore de fiche. Créez-la, par exemple :\n  npm run new -- --organisation-only --organisation-name "${name}"${website ? ` --organisation-website ${website}` : ''}\n`,
    );
  }
  printProblems(await checkWrittenOffer(target, contentDir));
  console.log(
    '\nRelisez chaque valeur pré-remplie, complétez les champs signalés, retirez « draft: true » quand l’offre est prête, puis relancez npm run check.',
  );
}

/** UTF-8 when it is; Windows-1252 otherwise (old Word and Outlook exports), said out loud. */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    console.warn(
      'Le fichier n’est pas en UTF-8 : lu comme Windows-1252. Vérifiez les accents du brouillon.\n',
    );
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

async function resolveTarget(
  out: string | undefined,
  contentDir: string,
  slug: string,
): Promise<string> {
  if (!out) return path.join(contentDir, 'offers', `${slug}.md`);
  const info = await stat(out).catch(() => undefined);
  return info?.isDirectory() || out.endsWith('/')
    ? path.join(out, `${slug}.md`)
    : path.resolve(out);
}

function fail(message: string): void {
  console.error(`${message}\n\n${USAGE}`);
  process.exitCode = 2;
}

await main();
