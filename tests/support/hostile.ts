// The hostile set: content an attacker (or a careless copy from Word) could send by pull request.
// `writeRefused()` writes the cases `npm run check` and the build must both refuse, each with
// the file it must name; `writeInert()` the cases both accept, whose output must stay inert.
// Symbolic links are made here, at test time, to a fake `.git/config` outside the content dir.
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { PNG } from 'pngjs';

const SVG_NS = 'xmlns="http://www.w3.org/2000/svg"';
export const CLEAN_SVG = `<svg ${SVG_NS} viewBox="0 0 10 10"><title>Logo</title><rect width="10" height="10" fill="#12395b"/></svg>`;
/** What a CI checkout keeps in .git/config: it must never be published. */
export const SECRET = 'extraheader = AUTHORIZATION: basic c2VjcmV0LXRva2Vu';

export function offer(fields: Record<string, string>, body = 'Le texte de l’offre.'): string {
  const data = {
    title: '"Chargé·e de mission"',
    organisation: 'collectif-sur',
    contract: 'cdd',
    'location:\n  city': 'Poitiers\n  postalCode: "86000"',
    published: '2026-02-10',
    deadline: '2026-04-15',
    'apply:\n  email': 'contact@collectif-sur.fr',
    ...fields,
  };
  const lines = Object.entries(data).map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n${body}\n`;
}

export function organisation(name: string, extra = ''): string {
  return `name: ${JSON.stringify(name)}\nkind: association\ncity: Poitiers\npostalCode: "86000"\n${extra}`;
}

/** Throws unless `xml` is well-formed XML (jsdom's strict XML parser: control characters too). */
export function assertWellFormedXml(xml: string, what = 'the document'): void {
  try {
    new JSDOM(xml, { contentType: 'application/xml' });
  } catch (error) {
    throw new Error(`${what} is not well-formed XML: ${String(error)}`, { cause: error });
  }
}

export function png(width: number, height: number): Buffer {
  return PNG.sync.write(new PNG({ width, height }));
}

/** One refused case: where it is, the file the report must name, and the problem code. */
export interface RefusedCase {
  name: string;
  /** Displayed path, relative to the content dir. */
  file: string;
  code: string;
  /** A word the French message must hold. */
  says: RegExp;
}

function write(contentDir: string, file: string, data: string | Uint8Array): void {
  const target = path.join(contentDir, file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, data);
}

/** A fake `.git/config` beside the content dir, and a link to it at `file`. */
function link(contentDir: string, file: string): void {
  const secret = path.join(path.dirname(contentDir), 'fake-git', 'config');
  fs.mkdirSync(path.dirname(secret), { recursive: true });
  fs.writeFileSync(secret, `[http]\n\t${SECRET}\n`);
  fs.mkdirSync(path.dirname(path.join(contentDir, file)), { recursive: true });
  fs.symlinkSync(secret, path.join(contentDir, file));
}

const withLogo = (name: string, logo: string) => organisation(name, `logo: ./logos/${logo}\n`);

/** Writes every refused case into `contentDir` (plus one valid organisation) and lists them. */
export function writeRefused(contentDir: string): RefusedCase[] {
  const cases: RefusedCase[] = [];
  const add = (
    name: string,
    file: string,
    code: string,
    says: RegExp,
    data?: string | Uint8Array,
  ) => {
    if (data !== undefined) write(contentDir, file, data);
    cases.push({ name, file, code, says });
  };
  write(contentDir, 'organisations/collectif-sur.yaml', organisation('Collectif sûr'));
  // Names the build cannot publish.
  add('dot-file', 'offers/.2026-02-cachee.md', 'file-name', /caché/, offer({}));
  fs.mkdirSync(path.join(contentDir, 'offers/2026-02-dossier.md'), { recursive: true });
  add('folder named .md', 'offers/2026-02-dossier.md', 'not-an-offer', /dossier/);
  add('numbers only', 'offers/2.md', 'file-name', /numérique/, offer({}));
  link(contentDir, 'offers/2026-02-lien.md');
  add('linked offer', 'offers/2026-02-lien.md', 'symlink', /lien symbolique/);
  link(contentDir, 'organisations/lien.yaml');
  add('linked organisation', 'organisations/lien.yaml', 'symlink', /lien symbolique/);
  // Impersonation: two files for one organisation.
  add(
    'x.yaml',
    'organisations/double.yaml',
    'duplicate',
    /plusieurs fichiers/,
    organisation('Double'),
  );
  add(
    'x.yml',
    'organisations/double.yml',
    'duplicate',
    /double\.yaml/,
    organisation('Faux double'),
  );
  // Logos.
  const logos: [string, string, string | Uint8Array, RegExp][] = [
    [
      'prefixed script',
      'prefixe.svg',
      `<svg ${SVG_NS} xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></svg>`,
      /s:script/,
    ],
    [
      'entity',
      'entite.svg',
      `<!DOCTYPE svg [<!ENTITY x "&#60;script&#62;alert(1)&#60;/script&#62;">]><svg ${SVG_NS}>&x;</svg>`,
      /ENTITY/,
    ],
    [
      'set href',
      'animation.svg',
      `<svg ${SVG_NS}><a><set attributeName="href" to="&#106;avascript:alert(1)"/><text>x</text></a></svg>`,
      /animation/,
    ],
    ['event handler', 'onload.svg', `<svg ${SVG_NS} onload="alert(1)"><rect/></svg>`, /onload/],
    [
      'external image',
      'externe.svg',
      `<svg ${SVG_NS} xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="https://evil.example/t.png"/></svg>`,
      /lien hors du fichier/,
    ],
    [
      'external style',
      'style.svg',
      `<svg ${SVG_NS}><style>@import url(https://evil.example/a.css);</style></svg>`,
      /ressource externe/,
    ],
    [
      'foreignObject',
      'etranger.svg',
      `<svg ${SVG_NS}><foreignObject><p xmlns="http://www.w3.org/1999/xhtml">x</p></foreignObject></svg>`,
      /foreignobject/,
    ],
    ['SVG named .png', 'deguise.png', CLEAN_SVG, /n'est pas une image PNG/],
    [
      'HTML named .png',
      'page.png',
      '<!doctype html><script>alert(1)</script>',
      /n'est pas une image PNG/,
    ],
    ['huge PNG', 'immense.png', png(5000, 1), /trop grand/],
  ];
  for (const [name, file, data, says] of logos) {
    const slug = `logo-${path.basename(file).replace('.', '-')}`;
    write(contentDir, `organisations/logos/${file}`, data);
    add(name, `organisations/${slug}.yaml`, 'logo', says, withLogo(`Logo ${name}`, file));
  }
  link(contentDir, 'organisations/logos/lien.svg');
  add('linked logo file', 'organisations/logos/lien.svg', 'symlink', /lien symbolique/);
  add(
    'linked logo',
    'organisations/logo-lien.yaml',
    'logo',
    /lien symbolique/,
    withLogo('Logo lien', 'lien.svg'),
  );
  // Text that would make feeds ill-formed or hide itself.
  const texts: [string, Record<string, string>, string, RegExp][] = [
    ['Word line break', { title: '"Chargé\\vde mission"' }, '', /Word/],
    ['non-character', { salaryText: '"Selon profil \\uFFFF"' }, '', /n’existe pas/],
    [
      'ESC in a URL',
      { 'apply:\n  email': 'a@b.fr\n  url: "https://collectif-sur.fr/\\e[31m"' },
      '',
      /échappement/,
    ],
    [
      'zero-width title',
      { title: '"\\u200B\\u200B\\u200B\\u200B\\u200B\\u200B"' },
      '',
      /invisibles/,
    ],
    [
      'bidi override',
      { 'apply:\n  email': 'a@b.fr\n  instructions: "CV \\u202Efdp.exe"' },
      '',
      /sens du texte/,
    ],
    ['NUL in the body', {}, 'Texte\u0000caché', /contrôle/],
    ['timed date', { deadline: '2026-04-15T01:00:00+02:00' }, '', /fuseau/],
  ];
  texts.forEach(([name, fields, body, says], i) => {
    const file = `offers/2026-02-texte-${i + 1}.md`;
    add(
      name,
      file,
      'schema',
      says,
      offer({ title: `"Poste ${i + 1} à pourvoir"`, ...fields }, body || undefined),
    );
  });
  return cases;
}

/** Accepted but hostile: markup in every plain field, an IDN e-mail, a clean SVG and PNG logo. */
export const MARKUP = `<script>window.__pwned='x'</script><img src=x onerror=alert(1)>`;

export function writeInert(contentDir: string): void {
  // A comment is dropped by the sanitiser: the published file shows it was sanitised.
  write(
    contentDir,
    'organisations/logos/collectif-sur.svg',
    CLEAN_SVG.replace('<title>', '<!-- exporté --><title>'),
  );
  write(contentDir, 'organisations/logos/images-sures.png', png(64, 32));
  write(
    contentDir,
    'organisations/collectif-sur.yaml',
    organisation(
      `Collectif ]]> & ${MARKUP}`,
      'logo: ./logos/collectif-sur.svg\nemail: contact@écologie.fr\n',
    ),
  );
  write(
    contentDir,
    'organisations/images-sures.yaml',
    organisation('Images sûres', 'logo: ./logos/images-sures.png\n'),
  );
  write(
    contentDir,
    'offers/2026-02-balisage.md',
    offer(
      {
        title: JSON.stringify(`Chargé·e ${MARKUP} de mission`),
        salaryText: JSON.stringify(`<b>1 500 €</b> ${MARKUP} ]]> & net`),
        'apply:\n  email': `contact@écologie.fr\n  instructions: ${JSON.stringify(`CV ${MARKUP}`)}`,
        reference: '"R&D <1>"',
      },
      `Corps <script>window.__pwned='body'</script> & **gras** ]]>`,
    ),
  );
}
