/** Offers built through the real schema and catalog, for the PDF and calendar unit tests. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { buildCatalog, type OfferView } from '../../src/lib/catalog.ts';
import { OfferSchema, type OfferInput } from '../../src/schema/offer.ts';
import { OrganisationSchema } from '../../src/schema/organisation.ts';

export const SITE = 'https://offres.example.org';
export const NOW = new Date('2025-02-10T12:00:00Z');

const ORGANISATIONS = [
  { slug: 'ville-du-mont-dore', data: { name: 'Ville du Mont-Dore', kind: 'collectivite' } },
  {
    slug: 'climat-et-energie',
    data: { name: 'Climat & Énergie « citoyens »', kind: 'association' },
  },
];

export function makeOffer(
  slug: string,
  input: Partial<OfferInput>,
  html: string,
  now = NOW,
): OfferView {
  const data = OfferSchema.parse({
    title: 'Chargé·e de mission',
    organisation: 'climat-et-energie',
    contract: 'cdd',
    location: { city: 'Le Mont-Dore', postalCode: '98809' },
    published: '2025-01-31',
    deadline: '2025-02-21',
    apply: { email: 'recrutement@example.org' },
    ...input,
  });
  const organisations = ORGANISATIONS.map((org) => ({
    slug: org.slug,
    data: OrganisationSchema.parse(org.data),
    html: '',
  }));
  const catalog = buildCatalog([{ slug, data, html }], organisations, now);
  const offer = catalog.bySlug.get(slug);
  if (!offer) throw new Error(`offer ${slug} not built`);
  return offer;
}

export function pdftotext(file: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

export function pdfinfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => {
        const index = line.indexOf(':');
        return [line.slice(0, index).trim(), line.slice(index + 1).trim()];
      }),
  );
}

/** Renders page 1 with pdftoppm and decodes the QR code on it, or returns undefined. */
export function decodeQrOnFirstPage(file: string): string | undefined {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offres-qr-'));
  try {
    execFileSync('pdftoppm', [
      '-r',
      '150',
      '-f',
      '1',
      '-l',
      '1',
      '-png',
      '-singlefile',
      file,
      path.join(dir, 'page'),
    ]);
    const png = PNG.sync.read(fs.readFileSync(path.join(dir, 'page.png')));
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    return code?.data;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes bytes to a temporary file for the poppler tools; removed by the returned function. */
export function withTempPdf<T>(bytes: Uint8Array, use: (file: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offres-pdf-'));
  try {
    const file = path.join(dir, 'fiche.pdf');
    fs.writeFileSync(file, bytes);
    return use(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
