/**
 * Everything printed on an offer's PDF sheet, as plain data: the renderer draws it, the cache
 * hashes it. Facts come from getOfferFacts(), so the sheet shows exactly the page's facts.
 */
import type { OfferView } from '../catalog.ts';
import { formatDate } from '../format.ts';
import { addDays, getStartOfLocalDay } from '../lifecycle.ts';
import {
  formatLastDay,
  formatPlace,
  getMailtoHref,
  getOfferFacts,
  type Fact,
} from '../offer-facts.ts';
import { DEFAULT_TIME_ZONE, SITE_NAME, paths } from '../site.ts';

export interface OfferSheet {
  slug: string;
  title: string;
  organisation: string;
  status: OfferView['status'];
  /** Shown on page one of a closed offer. */
  closedNotice?: string;
  /** Key facts, organisation excluded (it heads the sheet). */
  facts: Fact[];
  /** Sanitised body HTML. */
  html: string;
  /** How to apply; absent once the offer is closed, as on the page. */
  apply?: {
    instructions?: string;
    email?: string;
    emailSubject?: string;
    url?: string;
    deadline?: string;
  };
  /** Canonical absolute URL of the offer page. */
  url: string;
  siteName: string;
  /** Host name of the site, for running headers. */
  siteHost: string;
  /** Keywords for the PDF metadata. */
  keywords: string;
  /** Summary for the PDF metadata: contract, organisation, place. */
  subject: string;
  /**
   * The day the sheet's content dates from: an open offer's last update (or publication), a
   * closed one's first closed day. Never the build's day: a sheet changes only when its offer
   * does or closes, so it is drawn once per version and stays the same, byte for byte and in
   * the cache, in every later build (a printed sheet cannot count the days left anyway).
   */
  datedOn: string;
  /** The footer's « Offre publiée le 3 mars 2026 », « … mise à jour le … », « … clôturée le … ». */
  dateLine: string;
}

export interface SheetContext {
  /** The site's absolute base URL (Astro `site`). */
  site: string | URL;
  /** The build's "now" (SOURCE_DATE_EPOCH when set). */
  now: Date;
}

const zoneNames = new Map<string, string>();

/** « heure locale : Nouvelle-Calédonie » for a time zone (Intl formatters are slow to create: memoised). */
function describeTimeZone(timeZone: string): string {
  let description = zoneNames.get(timeZone);
  if (description === undefined) {
    const name = new Intl.DateTimeFormat('fr-FR', { timeZone, timeZoneName: 'shortGeneric' })
      .formatToParts(new Date(0))
      .find((part) => part.type === 'timeZoneName')?.value;
    const place = name?.replace(/^heure\s*:\s*/, '');
    description = place && place !== name ? `heure locale : ${place}` : `fuseau ${timeZone}`;
    zoneNames.set(timeZone, description);
  }
  return description;
}

/** The day a sheet dates from and the footer's line saying so (OfferSheet.datedOn). */
function getSheetDate(offer: OfferView): Pick<OfferSheet, 'datedOn' | 'dateLine'> {
  if (offer.status === 'closed') {
    const datedOn = addDays(offer.lastOpenDay, 1);
    return { datedOn, dateLine: `Offre clôturée le ${formatDate(datedOn)}` };
  }
  const { published, updated } = offer.data;
  return updated
    ? { datedOn: updated, dateLine: `Offre mise à jour le ${formatDate(updated)}` }
    : { datedOn: published, dateLine: `Offre publiée le ${formatDate(published)}` };
}

/** The deadline fact without « (plus que 3 jours) »: a sheet does not change with the days. */
function withoutDaysLeft(fact: Fact, offer: OfferView): Fact {
  const deadline = offer.data.deadline;
  return fact.key === 'deadline' && deadline
    ? { ...fact, value: formatLastDay(deadline, offer) }
    : fact;
}

/** The subject line the page's « Candidater par e-mail » link fills in. */
function getEmailSubject(offer: OfferView): string | undefined {
  const href = getMailtoHref(offer);
  return href ? (new URL(href).searchParams.get('subject') ?? undefined) : undefined;
}

export function getOfferSheet(offer: OfferView, context: SheetContext): OfferSheet {
  const { data } = offer;
  const url = new URL(paths.offer(offer.slug), context.site).href;
  const facts = getOfferFacts(offer)
    .filter((fact) => fact.key !== 'organisation')
    .map((fact) => withoutDaysLeft(fact, offer));
  const contract = facts.find((fact) => fact.key === 'contract')?.value ?? '';
  const place = formatPlace(offer);
  const sheet: OfferSheet = {
    slug: offer.slug,
    title: data.title,
    organisation: offer.organisation.data.name,
    status: offer.status,
    facts,
    html: offer.html,
    url,
    siteName: SITE_NAME,
    siteHost: new URL(context.site).host,
    keywords: [...new Set([...data.contract, ...data.tags])].join(', '),
    subject: [contract, offer.organisation.data.name, place].filter(Boolean).join(' — '),
    ...getSheetDate(offer),
  };
  if (offer.status === 'closed') {
    sheet.closedNotice =
      `Les candidatures étaient ouvertes jusqu'au ${formatDate(offer.lastOpenDay)} inclus. ` +
      'Cette fiche est conservée pour mémoire.';
  } else {
    const apply: NonNullable<OfferSheet['apply']> = {};
    if (data.apply.instructions) apply.instructions = data.apply.instructions;
    if (data.apply.email) {
      apply.email = data.apply.email;
      const subject = getEmailSubject(offer);
      if (subject) apply.emailSubject = subject;
    }
    if (data.apply.url) apply.url = data.apply.url;
    if (data.deadline) {
      apply.deadline = `${formatDate(data.deadline)} inclus (${describeTimeZone(offer.timeZone)})`;
    }
    sheet.apply = apply;
  }
  return sheet;
}

/** Start instants of the days sheets date from (a build has a few hundred of them). */
const creationDates = new Map<string, number>();

/**
 * The sheet's creation instant: the start of its generation day. A day, not the build's exact
 * instant, so that a cached sheet and a fresh one made the same day are byte-identical.
 */
export function getSheetCreationDate(sheet: OfferSheet): Date {
  // Memoised: time zone arithmetic costs tens of microseconds.
  let time = creationDates.get(sheet.datedOn);
  if (time === undefined) {
    if (creationDates.size >= 10_000) creationDates.clear();
    time = getStartOfLocalDay(sheet.datedOn, DEFAULT_TIME_ZONE).getTime();
    creationDates.set(sheet.datedOn, time);
  }
  return new Date(time);
}
