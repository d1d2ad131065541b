/**
 * A valid offer file, and what the build and the check make of a text: shared by the front
 * matter tests.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter as astroFrontmatter } from 'astro/markdown';
import { checkContent, formatProblem, type Problem } from '../../src/lib/content-check/index.ts';
import { OfferSchema } from '../../src/schema/index.ts';
import { makeContentDir } from './helpers.ts';

export const OFFER = `---
title: "Chargé·e de campagne – plaidoyer"
organisation: poitiers-collectif
contract: [stage, cdd]
hoursPerWeek: 35
location:
  city: Poitiers
  postalCode: "86000"
remote: partial
published: 2025-01-10
deadline: 2025-02-21
salary:
  min: 1047.5
  period: month
apply:
  email: rh@exemple.eu
  url: https://exemple.fr/a?b=c#d
  instructions: 'Candidature l''été'
tags:
  - campagne-electorale
  - communication
# comment
reference: "3134-25"
---
Le texte de l'offre.
`;

/** What the build reads: Astro's front matter parser, then the collection's schema. */
export function build(text: string): { ok: true; data: unknown } | { ok: false } {
  let raw: unknown;
  try {
    raw = astroFrontmatter(text, { frontmatter: 'empty-with-spaces' }).frontmatter;
  } catch {
    return { ok: false };
  }
  const parsed = OfferSchema.safeParse(raw);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false };
}

/** Problems of reading the file (the rest are the schema's). */
export const READING = new Set<Problem['code']>([
  'no-frontmatter',
  'frontmatter-language',
  'yaml-syntax',
  'yaml-tag',
  'yaml-aliases',
]);

/** French, located, and saying what to do. */
export function assertTold(p: Problem): void {
  const text = formatProblem(p);
  assert.ok(p.line >= 1, text);
  assert.doesNotMatch(p.message, /\b(?:the|expected|unexpected|cannot|stream|key)\b/i, text);
  assert.ok(p.expected ?? p.example, `no fix given:\n${text}`);
}

/** Checks `files` (name → content) in a content folder with the valid organisations. */
export async function check(files: Record<string, string | Buffer>): Promise<Problem[]> {
  const dir = makeContentDir();
  mkdirSync(path.join(dir, 'offers'));
  for (const [name, text] of Object.entries(files))
    writeFileSync(path.join(dir, 'offers', name), text);
  return (await checkContent(dir, { relativeTo: dir })).problems;
}
