/** The organisations an offer may name: slug and display name of each file of content/organisations/. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFrontmatter, parseYamlData } from '../content-check/frontmatter.ts';
import type { KnownOrganisation } from './match-organisation.ts';

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
