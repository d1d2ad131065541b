/**
 * npm run schema:json [-- --check]
 *
 * Writes schemas/offer.schema.json and schemas/organisation.schema.json from the zod schemas
 * (z.toJSONSchema, input side: what editors type), with the French help of each field as
 * its description, for autocompletion and hover help in editors (.vscode/settings.json).
 * --check fails when the committed files are out of date (CI).
 */
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { z } from 'zod';
import {
  OFFER_FIELDS,
  ORGANISATION_FIELDS,
  type FieldHelp,
} from '../src/lib/content-check/field-help.ts';
import { OfferSchema, OrganisationSchema } from '../src/schema/index.ts';
import { parseFlags } from './lib/cli.ts';

const OUT_DIR = path.resolve(import.meta.dirname, '../schemas');

type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  description?: string;
  examples?: unknown[];
  [k: string]: unknown;
};

function generate(schema: z.ZodType, fields: Record<string, FieldHelp>, title: string): string {
  const { $schema, ...json } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-07',
  }) as JsonSchema;
  describe(json, fields, '');
  return `${JSON.stringify({ $schema, title, ...json }, null, 2)}\n`;
}

/** French description and example of each property, from field-help (the "Attendu"/"Exemple" of check). */
function describe(node: JsonSchema, fields: Record<string, FieldHelp>, prefix: string): void {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const help = fields[prefix + key];
    if (help)
      child.description = `${help.expected.charAt(0).toUpperCase()}${help.expected.slice(1)}. Exemple : ${help.example}`;
    describe(child, fields, `${prefix}${key}.`);
  }
}

async function main(): Promise<void> {
  const flags = parseFlags(
    { options: { check: { type: 'boolean' } } },
    'Usage : npm run schema:json [-- --check]',
  );
  if (!flags) return;
  const outputs = {
    'offer.schema.json': generate(
      OfferSchema,
      OFFER_FIELDS,
      "En-tête d'une offre (content/offers/*.md)",
    ),
    'organisation.schema.json': generate(
      OrganisationSchema,
      ORGANISATION_FIELDS,
      'Organisation (content/organisations/*.yaml)',
    ),
  };
  let stale = 0;
  for (const [name, raw] of Object.entries(outputs)) {
    const file = path.join(OUT_DIR, name);
    // Formatted as Prettier would, so that `prettier --check .` and `--check` here agree.
    const text = await format(raw, { ...(await resolveConfig(file)), filepath: file });
    if (flags.values.check) {
      const current = await readFile(file, 'utf8').catch(() => '');
      if (current !== text) {
        stale++;
        console.error(
          `${path.relative(process.cwd(), file)} n'est plus à jour : lancez npm run schema:json et committez le résultat.`,
        );
      }
    } else {
      await mkdir(OUT_DIR, { recursive: true });
      await writeFile(file, text);
      console.log(`Écrit : ${path.relative(process.cwd(), file)}`);
    }
  }
  process.exitCode = stale > 0 ? 1 : 0;
}

await main();
