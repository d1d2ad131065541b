/**
 * Finds the commune an offer names: « 75010 Paris », « Lieu de travail : Boulari - Mont-Dore »,
 * « basé à Poitiers », « à Ivry sur Seine ». Names are looked up in the official list; when
 * several communes fit (Mont-Dore in the Puy-de-Dôme, Le Mont-Dore in New Caledonia) hints in
 * the text (a .nc address, « Nouvelle-Calédonie ») decide, otherwise the candidates are listed.
 */
/** The official list of communes, handed in by the caller (node-adapter.ts on the command line). */
export interface Gazetteer {
  communes: () => RawCommune[];
  namesForPostalCode: (postalCode: string) => string[];
  /** Name comparison key: no case, accents, hyphens; « St » is « Saint ». */
  normaliseName: (name: string) => string;
}

export interface RawCommune {
  nom: string;
  type: string;
  departement?: string;
  codesPostaux?: string[];
}

export interface PlaceGuess {
  city?: string;
  postalCode?: string;
  /** "Le Mont-Dore (98809)" … when the text does not say which one. */
  candidates: string[];
  /** What in the text gave it away. */
  source?: string;
}

const indexes = new WeakMap<Gazetteer, Map<string, RawCommune[]>>();

/** Normalised name, and the name without its article ("le-mont-dore" → "mont-dore"), → communes. */
function getNameIndex(gazetteer: Gazetteer): Map<string, RawCommune[]> {
  const known = indexes.get(gazetteer);
  if (known) return known;
  const byName = new Map<string, RawCommune[]>();
  indexes.set(gazetteer, byName);
  for (const c of gazetteer.communes()) {
    if (c.type !== 'commune-actuelle' || !c.codesPostaux?.length) continue;
    const key = gazetteer.normaliseName(c.nom);
    for (const k of new Set([key, key.replace(/^(?:le|la|les|l)-/, '')])) {
      const list = byName.get(k) ?? [];
      list.push(c);
      byName.set(k, list);
    }
  }
  return byName;
}

/** Département codes the text points to, beyond the name itself. */
const HINTS: [RegExp, string][] = [
  [/\.nc\b|nouvelle[- ]cal[ée]donie|nouméa|\bRESPNC\b/i, '988'],
  [/\.pf\b|polyn[ée]sie|papeete|tahiti/i, '987'],
  [/r[ée]union|\.re\b/i, '974'],
  [/guadeloupe/i, '971'],
  [/martinique/i, '972'],
  [/guyane/i, '973'],
  [/mayotte/i, '976'],
];

export function findPlace(text: string, gazetteer: Gazetteer): PlaceGuess {
  // 1. "75010 Paris" or "Rennes (35000)": the postal code decides.
  const written = [
    ...[...text.matchAll(/\b(\d{5})\s+([\p{Lu}][\p{L}'’ -]{1,60})/gu)].map((m) => [m, m[1], m[2]]),
    ...[
      ...text.matchAll(/([\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+)*)(?: \d+e)? \((\d{5})\)/gu),
    ].map((m) => [m, m[2], m[1]]),
  ] as [RegExpExecArray, string, string][];
  const found: (PlaceGuess & { city: string; postalCode: string; at: number })[] = [];
  for (const [m, postalCode, words] of written.sort((a, b) => a[0].index - b[0].index)) {
    const wanted = gazetteer.normaliseName(words.trim());
    const city = gazetteer
      .namesForPostalCode(postalCode)
      .find((n) => wanted.startsWith(gazetteer.normaliseName(n)));
    if (city)
      found.push({
        city: city.replace(/ \d+(?:e|er) Arrondissement$/, ''),
        postalCode,
        candidates: [],
        source: m[0].trim(),
        at: m.index,
      });
  }
  const places = [...new Map(found.map((f) => [`${f.city} (${f.postalCode})`, f])).values()];
  if (places.length === 1 && places[0]) return withoutOffset(places[0]);
  if (places.length > 1) {
    // Several places (a head office, a forwarder's address): the job's is the one its line says.
    const before = (at: number) => text.slice(Math.max(0, at - 60), at);
    const job = places.filter(
      (p) =>
        /lieu|bas[ée]e?\b|poste|travail|situ[ée]|localisation|antenne|mission/i.test(
          before(p.at),
        ) && !/si[èe]ge|adresse|bureaux? (?:de|du)|courrier/i.test(before(p.at)),
    );
    if (job.length === 1 && job[0]) return withoutOffset(job[0]);
    return { candidates: places.map((p) => `${p.city} (${p.postalCode})`) };
  }
  // 2. Names after "Lieu de travail :", "basé à", "à", each split on dashes and commas.
  const hinted = HINTS.filter(([re]) => re.test(text)).map(([, dep]) => dep);
  let hint: PlaceGuess | undefined;
  for (const { phrase, stated } of candidatePhrases(text)) {
    const guess = lookUpName(phrase, hinted, gazetteer);
    if (guess && stated) return guess;
    // « à Paris » anywhere in the text may be a diploma's or a head office's city: a hint only.
    if (guess && !hint)
      hint = {
        candidates:
          guess.candidates.length > 0 ? guess.candidates : [`${guess.city} (${guess.postalCode})`],
        ...(guess.source ? { source: guess.source } : {}),
      };
  }
  return hint ?? { candidates: [] };
}

function withoutOffset({ at: _at, ...place }: PlaceGuess & { at: number }): PlaceGuess {
  return place;
}

/** Phrases that may name the commune; `stated` when the text says it is the job's place. */
function candidatePhrases(text: string): { phrase: string; stated: boolean }[] {
  const phrases: { phrase: string; stated: boolean }[] = [];
  for (const m of text.matchAll(
    /(?:lieu(?: de travail)?|localisation|ville|commune)\s*:\s*([^\n]+)/giu,
  )) {
    for (const phrase of (m[1] ?? '').split(/\s[-–—]\s|[,(/]|\)/))
      phrases.push({ phrase, stated: true });
  }
  const connector = "(?:[\\s-](?:sur|sous|en|lès|les|lez|de|du|des|la|le|d'|l')(?=[\\s-]))";
  const name = `[\\p{Lu}][\\p{L}'’]+(?:${connector}*[\\s-][\\p{Lu}][\\p{L}'’]+)*`;
  for (const m of text.matchAll(
    new RegExp(`(?<![\\p{L}])(à|au|basée? à|situé à)\\s+(${name})`, 'gu'),
  ))
    phrases.push({ phrase: m[2] ?? '', stated: (m[1] ?? '').length > 2 });
  return phrases
    .map(({ phrase, stated }) => ({ phrase: phrase.trim(), stated }))
    .filter((p) => p.phrase.length > 1);
}

function lookUpName(
  phrase: string,
  hintedDeps: string[],
  gazetteer: Gazetteer,
): PlaceGuess | undefined {
  const index = getNameIndex(gazetteer);
  // Longest prefix first: "Ivry sur Seine avec les bénévoles" → "Ivry sur Seine".
  const words = phrase.split(/\s+/);
  for (let n = Math.min(words.length, 6); n >= 1; n--) {
    const name = words.slice(0, n).join(' ');
    let found = index.get(gazetteer.normaliseName(name));
    if (!found) continue;
    if (hintedDeps.length > 0 && found.some((c) => hintedDeps.includes(c.departement ?? ''))) {
      found = found.filter((c) => hintedDeps.includes(c.departement ?? ''));
    }
    const options = found.flatMap((c) =>
      (c.codesPostaux ?? []).map((cp) => ({ city: c.nom, postalCode: cp })),
    );
    const [only] = options;
    if (options.length === 1 && only) return { ...only, candidates: [], source: phrase };
    const sameCity = new Set(options.map((o) => o.city)).size === 1 ? options[0]?.city : undefined;
    return {
      ...(sameCity ? { city: sameCity } : {}),
      candidates: options.slice(0, 12).map((o) => `${o.city} (${o.postalCode})`),
      source: phrase,
    };
  }
  return undefined;
}
