/** Every logo the build will publish, vetted by the build's own function (src/lib/logo-file.ts). */
import path from 'node:path';
import type { Organisation } from '../../schema/index.ts';
import { readLogoFile } from '../logo-file.ts';
import type { Entry } from './check-entry.ts';
import type { Problem } from './problem.ts';

export async function checkLogos(
  organisations: Entry<Organisation>[],
  contentDir: string,
  display: (file: string) => string,
): Promise<Problem[]> {
  const organisationsDir = path.join(contentDir, 'organisations');
  const problems: Problem[] = [];
  for (const organisation of organisations) {
    const { logo } = organisation.data;
    if (logo === undefined) continue;
    const shown = display(path.resolve(organisationsDir, logo));
    const result = await readLogoFile(organisationsDir, logo, shown);
    if (result.ok) continue;
    problems.push({
      code: 'logo',
      file: organisation.file,
      line: organisation.lineOf(['logo']),
      field: 'logo',
      message: result.message,
      found: logo,
      expected: result.expected,
    });
  }
  return problems;
}
