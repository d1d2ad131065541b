/**
 * What the importer needs from the machine it runs on, for the command line: the files of
 * content/organisations/, the official list of communes, whether an image file exists. The
 * rest of src/lib/import/ does no I/O and imports nothing from node:, so that a browser page
 * can run it with its own adapter.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFrontmatter, parseYamlData } from '../content-check/frontmatter.ts';
import { geoGazetteer } from '../geo.ts';
import type { KnownOrganisation } from './match-organisation.ts';
import type { Gazetteer } from './places.ts';

export const nodeGazetteer: Gazetteer = geoGazetteer;

/**
 * Whether an image of a raw offer exists: relative to the raw file, or under `publicDir`
 * for an absolute path.
 */
export function imageChecker(file: string, publicDir?: string): (target: string) => boolean {
  return (target) =>
    target.startsWith('/')
      ? publicDir !== undefined && existsSync(path.join(publicDir, target))
      : existsSync(path.resolve(path.dirname(file), target));
}

/** The organisations an offer may name: slug and display name of each file of content/organisations/. */
export async function listOrganisations(contentDir: string): Promise<KnownOrganisation[]> {
  const dir = path.join(contentDir, 'organisations');
  const files = await readdir(dir).catch(() => [] as string[]);
  const organisations: KnownOrganisation[] = [];
  for (const file of files.filter((f) => /\.(?:ya?ml|md)$/.test(f)).sort()) {
    const text = await readFile(path.join(dir, file), 'utf8');
    const parsed = file.endsWith('.md')
      ? parseFrontmatter(text, file)
      : parseYamlData(text, file, 0);
    const data = parsed.ok ? ('frontmatter' in parsed ? parsed.frontmatter.data : parsed.data) : {};
    const slug = file.replace(/\.(?:ya?ml|md)$/, '');
    organisations.push({ slug, name: typeof data['name'] === 'string' ? data['name'] : slug });
  }
  return organisations;
}
