/**
 * From a raw offer to a draft offer: every fact the text states, the placeholder everywhere
 * else (so that `npm run check` points at each field left to fill), `draft: true`, and three
 * French lists for the editor: the facts (✓), the guesses left for the editor to confirm (?,
 * the field keeps the placeholder and the guess is written as a comment beside it), what is
 * left to fill. A guess is never written as a value. No I/O here: the caller hands in the
 * organisations and the official communes (node-adapter.ts on the command line).
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
import { cleanBody } from './clean-body.ts';
import { describe } from './draft-lists.ts';
import { matchOrganisation, type KnownOrganisation } from './match-organisation.ts';
import type { YamlObject } from './offer-yaml.ts';
import { findPlace, type Gazetteer } from './places.ts';
import { toLines, toPlainText } from './plain-text.ts';
import { readMessage } from './raw-message.ts';
import { readRawOffer } from './source.ts';

export interface DraftOptions {
  organisations: KnownOrganisation[];
  /** "YYYY-MM-DD", the publication date when the text gives none. */
  today: string;
  gazetteer: Gazetteer;
  /** Whether a local image the text shows exists (images without a file are dropped). */
  imageExists?: (target: string) => boolean;
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
  /** Facts the text states. */
  found: string[];
  /** Guesses: the field keeps the placeholder, the guess is in the comment. */
  guesses: string[];
  missing: string[];
}

export function buildDraft(text: string, file: string, options: DraftOptions): Draft {
  const raw = readRawOffer(text, file, options.imageExists);
  const message = readMessage(raw.body);
  const body = cleanBody(message.body);
  const plain = toPlainText(body);
  const lines = toLines(plain);
  const identity = {
    plain,
    lines,
    ...pick(raw, 'exportTitle', 'exportAuthor'),
    ...(message.author ? { exportAuthor: message.author } : {}),
    ...(message.subject ? { subject: message.subject } : {}),
  };
  const employer = findEmployer(identity);
  const title = findTitle(identity, employer);
  // Dates without a year are the next such dates after the text's own date.
  const ownDate = message.date ?? raw.exportDate ?? findDates(lines, undefined).published;
  const dates = findDates(lines, ownDate ?? options.today);
  const emails = findEmails(plain);
  const urls = findUrls(plain);
  const organisation = employer ? matchOrganisation(employer, options.organisations) : undefined;
  const contracts = findContracts(plain);
  const place = findPlace(plain, options.gazetteer);
  const remote = findRemote(plain);
  const duration = findDuration(plain, lines);
  const pay = findPay(lines);
  const applyEmail =
    emails.find((e) =>
      lines.some((l) => l.includes(e) && /candidat|adress|envo[iy]|postul|[ée]cri|\bCV\b/i.test(l)),
    ) ?? (emails.length === 1 ? emails[0] : undefined);
  const applyUrl = urls.find((u) =>
    lines.some(
      (l) =>
        l.includes(u.replace(/^https:\/\//, '')) &&
        /candidat|postul|formulaire|fiche|t[ée]l[ée]charg/i.test(l),
    ),
  );
  const published = message.date ?? raw.exportDate ?? dates.published;
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
    title: title?.sure ? title.title : PLACEHOLDER,
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
    salary: pay.salary && {
      ...pay.salary,
      period: pay.periodWritten ? pay.salary.period : PLACEHOLDER,
      basis: pay.basisWritten ? pay.salary.basis : PLACEHOLDER,
    },
    salaryText: pay.salaryText,
    apply: {
      email: applyEmail ?? (applyUrl || (urls[0] && !emails[0]) ? undefined : PLACEHOLDER),
      url: applyUrl ?? (applyEmail || emails[0] || !urls[0] ? undefined : PLACEHOLDER),
      instructions: findInstructions(plain),
    },
    reference: findReference(lines),
    draft: true,
  };
  const guesses: string[] = [];
  const guess = (field: string, value: string) => {
    comments[field] = `à vérifier : ${value} ?`;
    guesses.push(`${field} : ${value}`);
  };
  if (title && !title.sure) guess('title', `« ${title.title} »`);
  if (!organisation && employer) guess('organisation', `nouvelle organisation « ${employer} »`);
  else if (!employer && message.sender)
    guess('organisation', `« ${message.sender} » (l’expéditeur du message)`);
  if (place.candidates.length > 0)
    comments['location.postalCode'] = `candidats : ${place.candidates.join(', ')}`;
  if (!published && pastOffer)
    comments['published'] = 'aucune date de publication dans le texte, et ses dates sont passées';
  // Not a guess: without a date in the text, the offer is published on the portal today.
  else if (!published) comments['published'] = 'date du jour : le texte n’en donne pas';
  if (!place.city && placeHint) comments['location.city'] = `indice : « ${placeHint.trim()} »`;
  if (!applyEmail && !applyUrl && emails[0])
    guess('apply.email', `${emails.join(' ou ')} (aucune n’est dite pour candidater)`);
  else if (!applyEmail && !applyUrl && urls[0])
    guess('apply.url', `${urls[0]} (le seul lien du texte : est-ce là qu’on candidate ?)`);
  if (pay.salary && !pay.periodWritten) guess('salary.period', pay.salary.period);
  if (pay.salary && !pay.basisWritten) guess('salary.basis', pay.salary.basis);

  const slug = offerSlug(
    published ?? dates.deadline ?? dates.start ?? dates.end ?? options.today,
    organisation?.slug ?? slugify(employer ?? 'organisation'),
    title?.title ?? 'offre',
  );
  const draft: Draft = { data, body, comments, slug, found: [], guesses, missing: [] };
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

/** An offer's file name: publication month, organisation, clean title (2026-01-mairie-x-charge-de-mission). */
export function offerSlug(date: string, organisation: string, title: string): string {
  return truncateSlug(
    [date.slice(0, 7), organisation, truncateSlug(slugify(title) || 'offre', 50)].join('-'),
  );
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
