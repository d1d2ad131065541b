/**
 * `/offres/<slug>/date-limite.ics` of every open offer with a deadline, written into the build
 * output (the dev server serves the same files from src/routes/date-limite.ics.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { OfferView } from '../catalog.ts';
import { getDeadlineIcs, hasDeadlineEvent, type IcsContext } from '../ics.ts';
import { paths } from '../site.ts';

/** Writes the files; resolves with how many. */
export async function writeDeadlineCalendars(
  offers: readonly OfferView[],
  context: IcsContext,
  outDir: string,
): Promise<number> {
  const written = offers.filter(hasDeadlineEvent).map(async (offer) => {
    const file = path.join(outDir, ...paths.offerIcs(offer.slug).split('/'));
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    await fs.promises.writeFile(file, getDeadlineIcs(offer, context) ?? '');
  });
  return (await Promise.all(written)).length;
}
