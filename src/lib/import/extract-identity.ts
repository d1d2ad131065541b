/** Who recruits and for what: title, employer, reference, from the habits of real offers. */
import { findLabelled, lowerSmallWords, preferMixedCase, tidy } from './plain-text.ts';

/** Words that make a line look like a job title. */
const JOB_WORD =
  /charg[ée]|assistant|coordinat|responsable|direct(?:eur|rice)|stagiaire|secr[ée]tair|conseill|collaborat|attach[ée]|d[ée]velopp|r[ée]dact|animat|m[ée]diat|agent|juriste|comptable|gestionnaire|volontaire|militant|community|manager|d[ée]l[ée]gu|technicien|ing[ée]nieur|analyste|r[ée]f[ée]rent|mission|plaidoyer|communication|campagne/i;

export interface IdentityInput {
  plain: string;
  lines: string[];
  /** Title and author of an old site's export, when the file had its own frontmatter. */
  exportTitle?: string;
  exportAuthor?: string;
}

export function findEmployer({ plain, lines, exportAuthor }: IdentityInput): string | undefined {
  if (exportAuthor) return exportAuthor;
  const labelled = findLabelled(lines, /employeur|organisme|structure|collectivit[ée]/, 120);
  if (labelled) return lowerSmallWords(tidy(labelled));
  const association = /pour l['’]association\s+([^(\n,.]+)/iu.exec(plain);
  if (association?.[1]) return tidy(association[1]);
  const recruits = lines.findIndex((l) => /^recrute\b/i.test(l));
  if (recruits > 0) return tidy(preferMixedCase(lines[recruits - 1] ?? '', plain));
  const inline = /^(.{3,80}?)\s+recrute\b/imu.exec(plain);
  if (inline?.[1]) return tidy(preferMixedCase(inline[1], plain));
  const group = /aupr[èe]s du (groupe[^\n]{3,100})/iu.exec(plain);
  if (group?.[1]) return tidy(group[1]);
  return undefined;
}

export function findTitle(input: IdentityInput, employer: string | undefined): string | undefined {
  const { plain, lines, exportTitle } = input;
  const recruits = lines.findIndex((l) => /^recrute\b/i.test(l));
  const candidates = [
    exportTitle && withoutEmployer(withoutAnnouncement(exportTitle), employer),
    findLabelled(lines, /intitul[ée](?: du poste)?|emploi\b[^:]*|poste propos[ée]/, 140),
    /offre (?:de |d['’])(?:mission|stage|emploi|poste)\s*«\s*([^»]{5,140})»/iu.exec(plain)?.[1],
    recruits >= 0 ? lines[recruits + 1] : undefined,
    lines
      .slice(0, 12)
      .find((l) => JOB_WORD.test(l) && l.length <= 140 && !/[.!?]$/.test(l) && l !== employer),
  ];
  const found = candidates.find((c): c is string => typeof c === 'string' && c.trim().length >= 5);
  return found ? tidy(found) : undefined;
}

export function findReference(lines: string[]): string | undefined {
  const value = findLabelled(lines, /r[ée]f[ée]rence|r[ée]f\./, 200);
  return value?.split(/\s+du\s+|\s/)[0]?.slice(0, 80);
}

function withoutAnnouncement(title: string): string {
  return title.replace(
    /^(?:appel [àa] candidatures?|offre d['’]emploi|recrutement|offre de (?:stage|mission|poste))\s*[:–—-]\s*/iu,
    '',
  );
}

function withoutEmployer(title: string, employer: string | undefined): string {
  if (!employer) return title;
  const escaped = employer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return title.replace(
    new RegExp(`\\s+(?:pour|chez|à|au sein de)\\s+(?:l['’]|la |le )?${escaped}\\s*$`, 'iu'),
    '',
  );
}
