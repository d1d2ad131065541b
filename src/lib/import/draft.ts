/**
 * From a raw offer to a draft offer: every fact the heuristics recognise, the placeholder
 * everywhere else (so that `npm run check` points at each field left to fill), `draft: true`,
 * and two French lists for the editor: what was found, what is left to do.
 */
import { PLACEHOLDER } from '../content-check/placeholder.ts';
import { slugify } from '../slug.ts';
import { findEmployer, findReference, findTitle } from './extract-identity.ts';
import {
  findContracts,
  findDates,
  findDuration,
  findEmails,
  findHoursPerWeek,
  findInstructions,
  findRemote,
  findUrls,
  findWorkingTime,
} from './extract-terms.ts';
import { findPay } from './extract-pay.ts';
import { guessContextYear } from './french-dates.ts';
import { matchOrganisation, type KnownOrganisation } from './match-organisation.ts';
import type { YamlObject } from './offer-yaml.ts';
import { findPlace } from './places.ts';
import { toLines, toPlainText } from './plain-text.ts';
import { readRawOffer } from './source.ts';

export interface DraftOptions {
  organisations: KnownOrganisation[];
  /** "YYYY-MM-DD", the publication date when the text gives none. */
  today: string;
  /** The site's public/ folder, where images with absolute paths would live. */
  publicDir?: string;
}

export interface Draft {
  data: YamlObject;
  body: string;
  /** Comments written after values in the file. */
  comments: Record<string, string>;
  /** Suggested file name without ".md". */
  slug: string;
  /** The employer as written, when no organisation file matches it. */
  newEmployer?: { name: string; website?: string; email?: string };
  found: string[];
  missing: string[];
}

export function buildDraft(text: string, file: string, options: DraftOptions): Draft {
  const raw = readRawOffer(text, file, options.publicDir);
  const plain = toPlainText(raw.body);
  const lines = toLines(plain);
  const identity = { plain, lines, ...pick(raw, 'exportTitle', 'exportAuthor') };
  const employer = findEmployer(identity);
  const title = findTitle(identity, employer);
  const contextYear = guessContextYear(`${raw.exportDate ?? ''} ${plain}`);
  const dates = findDates(lines, contextYear);
  const emails = findEmails(plain);
  const urls = findUrls(plain);
  const organisation = employer ? matchOrganisation(employer, options.organisations) : undefined;
  const contracts = findContracts(plain);
  const place = findPlace(plain);
  const remote = findRemote(plain);
  const duration = findDuration(plain, lines);
  const pay = findPay(lines);
  const applyEmail =
    emails.find((e) =>
      lines.some((l) => l.includes(e) && /candidature|adress|envoy|postul|\bCV\b/i.test(l)),
    ) ?? emails[0];
  const applyUrl = urls.find((u) =>
    lines.some(
      (l) =>
        l.includes(u.replace(/^https:\/\//, '')) &&
        /candidature|postul|formulaire|fiche|t[ée]l[ée]charg/i.test(l),
    ),
  );
  const published = raw.exportDate ?? dates.published;
  // Without a date in the text, today is right for a fresh offer, not for one whose dates have passed.
  const pastOffer = [dates.deadline, dates.end, dates.start].some(
    (d) => d !== undefined && d < options.today,
  );
  const placeHint =
    /(?:bas[ée]e?|situ[ée]e?) [àa] [^.\n]{3,80}|(?:au|du) D[ée]partement d[eu]s? [\p{L}' -]{2,40}/u.exec(
      plain,
    )?.[0];

  const comments: Record<string, string> = {};
  const data: YamlObject = {
    title: title ?? PLACEHOLDER,
    organisation: organisation?.slug ?? PLACEHOLDER,
    contract: contracts.length > 1 ? contracts : (contracts[0] ?? PLACEHOLDER),
    workingTime: findWorkingTime(plain),
    hoursPerWeek: findHoursPerWeek(plain),
    location:
      remote === 'full' && !place.city
        ? undefined
        : {
            city: place.city ?? PLACEHOLDER,
            postalCode: place.postalCode ?? PLACEHOLDER,
          },
    remote,
    published: published ?? (pastOffer ? PLACEHOLDER : options.today),
    updated: raw.exportUpdated && raw.exportUpdated !== published ? raw.exportUpdated : undefined,
    deadline: dates.deadline,
    start: dates.start,
    startText: dates.startText,
    end: dates.end,
    durationMonths: duration.months,
    durationText: duration.text,
    salary: pay.salary && { ...pay.salary },
    salaryText: pay.salaryText,
    apply: {
      email: applyEmail ?? (applyUrl || urls[0] ? undefined : PLACEHOLDER),
      url: applyUrl ?? (applyEmail ? undefined : urls[0]),
      instructions: findInstructions(plain),
    },
    reference: findReference(lines),
    draft: true,
  };
  if (!organisation && employer) comments['organisation'] = `employeur repéré : « ${employer} »`;
  if (place.candidates.length > 0)
    comments['location.postalCode'] = `candidats : ${place.candidates.join(', ')}`;
  if (!published)
    comments['published'] = pastOffer
      ? 'aucune date de publication dans le texte, et ses dates sont passées'
      : 'date du jour : aucune date de publication dans le texte';
  if (!place.city && placeHint) comments['location.city'] = `indice : « ${placeHint.trim()} »`;
  if (!applyEmail && !applyUrl && urls[0])
    comments['apply.url'] = 'site de l’employeur : aucun autre moyen de candidater indiqué';
  if (pay.salary && !pay.periodWritten) comments['salary.period'] = 'période devinée : à vérifier';

  const slug = truncateSlug(
    [
      (published ?? dates.deadline ?? dates.start ?? dates.end ?? options.today).slice(0, 7),
      organisation?.slug ?? slugify(employer ?? 'organisation'),
      truncateSlug(slugify(title ?? 'offre'), 50),
    ].join('-'),
  );
  const draft: Draft = { data, body: raw.body, comments, slug, found: [], missing: [] };
  if (!organisation && employer) {
    draft.newEmployer = {
      name: employer,
      ...(urls[0] ? { website: urls[0] } : {}),
      ...(emails[0] ? { email: emails[0] } : {}),
    };
  }
  describe(draft, raw.droppedImages);
  return draft;
}

/** The two French lists printed by `npm run import`. */
function describe(draft: Draft, droppedImages: string[]): void {
  const walk = (object: YamlObject, prefix: string) => {
    for (const [key, value] of Object.entries(object)) {
      if (value === undefined || key === 'draft') continue;
      const field = prefix + key;
      if (typeof value === 'object' && !Array.isArray(value)) walk(value, `${field}.`);
      else if (value === PLACEHOLDER)
        draft.missing.push(`${field}${draft.comments[field] ? ` (${draft.comments[field]})` : ''}`);
      else
        draft.found.push(
          `${field} : ${Array.isArray(value) ? value.map((v) => JSON.stringify(v).replace(/^"|"$/g, '')).join(', ') : String(value)}${draft.comments[field] ? ` — ${draft.comments[field]}` : ''}`,
        );
    }
  };
  walk(draft.data, '');
  if (droppedImages.length > 0)
    draft.found.push(`images retirées (fichiers absents) : ${droppedImages.join(', ')}`);
}

/** At most `max` characters, cut at a hyphen. */
export function truncateSlug(slug: string, max = 100): string {
  return slug.length <= max ? slug : slug.slice(0, max + 1).replace(/-[^-]*$/, '');
}

function pick<T extends object, K extends keyof T>(object: T, ...keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (object[k] !== undefined) out[k] = object[k];
  return out;
}
