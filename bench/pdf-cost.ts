// What a PDF sheet costs to draw with the project's renderer (pdfkit): `sample` sheets spread
// over the corpus (old and recent, open and closed, short and long), each drawn on this thread
// and timed by this thread's CPU clock, after a few warm-up sheets that pay the one-off costs
// (fonts, code loading). The median is the typical sheet; the build draws them on a worker pool.
import fs from 'node:fs';
import path from 'node:path';
import { buildCatalogFromCheck } from '../src/lib/outputs/catalog.ts';
import { checkContent } from '../src/lib/content-check/index.ts';
import { getOfferSheet } from '../src/lib/pdf/offer-sheet.ts';
import { renderSheet } from '../src/lib/pdf/render-sheet.ts';

export interface PdfCost {
  sheets: number;
  medianCpuMs: number;
  p90CpuMs: number;
  averageBytes: number;
}

const WARM_UP = 10;

/** Every `step`-th file of a folder, in name order (names start with the publication month). */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, k) => items[Math.floor((k * items.length) / count)] as T);
}

export async function measurePdfCost(
  contentDir: string,
  sample: number,
  context: { site: string; now: Date },
): Promise<PdfCost> {
  // A small content dir holding the sampled offers and every organisation.
  const scratch = fs.mkdtempSync(path.join(path.dirname(contentDir), 'pdf-sample-'));
  try {
    fs.cpSync(path.join(contentDir, 'organisations'), path.join(scratch, 'organisations'), {
      recursive: true,
    });
    fs.mkdirSync(path.join(scratch, 'offers'));
    const names = fs.readdirSync(path.join(contentDir, 'offers')).sort();
    for (const name of spread(names, sample + WARM_UP))
      fs.copyFileSync(path.join(contentDir, 'offers', name), path.join(scratch, 'offers', name));
    const content = await checkContent(scratch);
    const catalog = await buildCatalogFromCheck(content, context.now);
    const sheets = catalog.offers.map((offer) => getOfferSheet(offer, context));
    for (const sheet of sheets.slice(0, WARM_UP)) await renderSheet(sheet);
    const timed = sheets.slice(WARM_UP);
    const cpu: number[] = [];
    let bytes = 0;
    for (const sheet of timed) {
      const before = process.threadCpuUsage();
      const pdf = await renderSheet(sheet);
      const used = process.threadCpuUsage(before);
      cpu.push((used.user + used.system) / 1000);
      bytes += pdf.byteLength;
    }
    cpu.sort((a, b) => a - b);
    const at = (q: number) => cpu[Math.min(cpu.length - 1, Math.floor(q * cpu.length))] ?? 0;
    return {
      sheets: timed.length,
      medianCpuMs: at(0.5),
      p90CpuMs: at(0.9),
      averageBytes: timed.length > 0 ? bytes / timed.length : 0,
    };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
