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
  /** The original e-mail's subject. */
  subject?: string;
}

export function findEmployer({ plain, lines, exportAuthor }: IdentityInput): string | undefined {
  if (exportAuthor) return exportAuthor;
  const labelled = findLabelled(lines, /employeur|organisme|structure|collectivit[ée]/, 120);
  if (labelled) return lowerSmallWords(tidy(labelled));
  const association = /pour l['’]association\s+([^(\n,.]+)/iu.exec(plain);
  if (association?.[1]) return tidy(association[1]);
  const recruits = lines.findIndex((l) => /^recrute\b/i.test(l));
  if (recruits > 0) return tidy(preferMixedCase(lines[recruits - 1] ?? '', plain));
  const inline =
    /^(.{3,140}?)\s+(?:recrutent|recrute|recherchent|recherche|cherchent|cherche|accueille)\b/imu.exec(
      plain,
    );
  if (inline?.[1] && !/[.!?:]/.test(inline[1]))
    return tidy(bareName(preferMixedCase(inline[1], plain)));
  const group = /aupr[èe]s du (groupe[^\n]{3,100})/iu.exec(plain);
  if (group?.[1]) return tidy(group[1]);
  return undefined;
}

/**
 * The title, and whether the text states it (a label, the subject, the first line, « recrute
 * un … ») or it was only picked as a job-like line near the top (a guess, for the editor to confirm).
 */
export function findTitle(
  input: IdentityInput,
  employer: string | undefined,
): { title: string; sure: boolean } | undefined {
  const { plain, lines, exportTitle, subject } = input;
  const stated = [
    exportTitle && withoutEmployer(withoutAnnouncement(exportTitle), employer),
    findLabelled(lines, /intitul[ée](?: du poste)?|emploi\b[^:]*|poste(?: propos[ée])?|offre/, 140),
    subject && withoutAnnouncement(subject),
    /offre (?:de |d['’])(?:mission|stage|emploi|poste)\s*«\s*([^»]{5,140})»/iu.exec(plain)?.[1],
    // A heading among the first lines (the employer's name often comes first).
    ...lines
      .slice(0, 3)
      .filter(
        (l) =>
          l.length <= 100 &&
          /^\p{L}/u.test(l) &&
          !/[.!?:]$|:\s/.test(l) &&
          !/\d/.test(cleanTitle(l)),
      ),
    recruited(lines),
  ];
  const guessed = lines
    .slice(0, 12)
    .find((l) => JOB_WORD.test(l) && l.length <= 140 && !/[.!?:]$/.test(l) && l !== employer);
  const clean = (c: string | undefined | false) =>
    typeof c === 'string' ? cleanTitle(c, employer) : '';
  const fit = (c: string) => c.length >= 5 && JOB_WORD.test(c);
  const sure = stated.map(clean).find(fit);
  if (sure) return { title: tidy(sure), sure: true };
  const guess = clean(guessed);
  return fit(guess) ? { title: tidy(guess), sure: false } : undefined;
}

/** « … recrute un(e) chargé(e) de … en CDI », or « … recrute » then the title on the next line. */
function recruited(lines: string[]): string | undefined {
  const article =
    /^(?:un\(e\)|un·e|un\/une|une?|sa ou son|son ou sa|son\/sa|sa\/son|son|sa|des)\s+(?:(?:futur|nouveau|nouvel)(?:·e|\(e\)|\.e|le|elle)?\s+)?/iu;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const m =
      /\b(?:recrutent|recrute|recherchent|recherche|cherchent|cherche|accueille)\b\s*(.*)$/iu.exec(
        line,
      );
    if (!m) continue;
    const rest = (m[1] ?? '').trim() || (lines[i + 1] ?? '');
    if (!article.test(rest)) continue;
    return rest
      .replace(article, '')
      .split(/\s+(?:pour|en CDI|en CDD|en stage|afin|dans le cadre)\b|[,.;!]/iu)[0];
  }
  return undefined;
}

/**
 * « TR: Offre CDI - Chargé(e) de … », « Stage – Assistant·e … (6 mois) », « … - CDD 12 mois »,
 * « … (H/F) » → the job title alone.
 */
export function cleanTitle(title: string, employer?: string): string {
  const contract = '(?:CDI|CDD|stage|alternance|service civique|mission|emploi|poste)';
  let t = title.trim().replace(/^\[[^\]]*\]\s*/u, '');
  // « Maison de quartier X recrute un·e animateur·rice jeunesse » → what is recruited.
  const recruits = /\brecrut\w*\s+(?:(?:un\(e\)|un·e|une?|son|sa|des)\s+)?(.{5,})$/iu.exec(t);
  if (recruits?.[1]) t = recruits[1];
  for (let previous = ''; previous !== t;) {
    previous = t;
    t = withoutAnnouncement(
      t
        .replace(/^(?:objet|subject|intitul[ée](?: du poste)?)\s*:\s*/iu, '')
        .replace(/^(?:TR|Fwd?|RE)\s*:\s*/iu, '')
        .replace(
          new RegExp(
            `^(?:offre(?: d['’]emploi| de stage)?\\s*${contract}?|${contract})\\s*[:–—-]\\s*`,
            'iu',
          ),
          '',
        ),
    );
  }
  // « Assistant·e – La Cimade Île-de-France – CDD 6 mois »: the parts naming the employer go.
  const bare = employer ? employer.toLowerCase() : undefined;
  const parts = t.split(/\s+[–—-]\s+/u);
  if (bare && parts.length > 1)
    t = parts.filter((p, i) => i === 0 || !p.toLowerCase().includes(bare)).join(' – ');
  return t
    .replace(new RegExp(`\\s+[–—-]\\s+${contract}\\b.*$`, 'iu'), '')
    .replace(/\s*\((?:[HF]\s*\/\s*[HF]|\d+\s*mois)\)|\s+[HF]\s*\/\s*[HF]$/giu, '')
    .trim();
}

/** « La Ville de X (Seine-Maritime, 28 000 habitants) » → « Ville de X ». */
function bareName(name: string): string {
  return (
    name
      .replace(/\s*\(.*$|,.*$/u, '')
      // « La Ville de X », « le Réseau Y »: a common noun's article goes; « La Cimade » keeps its own.
      .replace(
        /^(?:la|le)\s+(?=(?:ville|mairie|commune|province|r[ée]gion|d[ée]partement|communaut[ée]|f[ée]d[ée]ration|coordination|association|maison|syndicat|collectif|r[ée]seau|m[ée]tropole|conseil|agglom[ée]ration)\b)/iu,
        '',
      )
      .replace(/^l['’](?=\p{Lu})/iu, '')
  );
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
