/**
 * Pay as offers write it: « 1047€ brut », « Gratification mensuelle : environ 600 euros + titres
 * restaurant », « 649,13 € par mois », « 2 100 à 2 400 € bruts », « 350 000 XPF ».
 */

export interface PayGuess {
  /** True when the text says per what the amount is paid. */
  periodWritten?: boolean;
  /** True when the text says brut, net or gratification (otherwise `basis` is a guess). */
  basisWritten?: boolean;
  salary?: {
    min: number;
    max?: number;
    period: 'hour' | 'day' | 'month' | 'year' | 'total';
    basis: 'gross' | 'net' | 'stipend';
    approximate?: boolean;
    currency?: 'XPF';
  };
  salaryText?: string;
}

const PAY_LINE =
  /r[ée]mun[ée]ration|salaire|gratification|indemnit[ée]|tarif|brut|\bnet\b|€|euros?\b/i;
const CURRENCY = /€|euros?\b|EUR\b|XPF\b|F\s?CFP\b|francs? CFP/iu;
const XPF = /XPF\b|F\s?CFP\b|francs? CFP/iu;
/** An amount: « 2 300 », « 2.300 », « 649,13 », « 35k », followed (maybe after « à 2 400 ») by a currency. */
const AMOUNT =
  /(\d{1,3}(?:[ \u00a0.]\d{3})+|\d+)(,\d{1,2})?\s*(k\s*)?(?=\s*(?:(?:à|-|et)\s*\d[\d \u00a0.,]*\s*k?\s*)?(?:€|euros?\b|EUR\b|XPF\b|F\s?CFP\b|francs? CFP))/giu;

export function findPay(lines: string[]): PayGuess {
  const line =
    lines.find(
      (l) =>
        PAY_LINE.test(l) &&
        /r[ée]mun[ée]ration|salaire|gratification|indemnit[ée]/i.test(l) &&
        CURRENCY.test(l),
    ) ?? lines.find((l) => /r[ée]mun[ée]ration|salaire|gratification|indemnit[ée]/i.test(l));
  if (!line) return {};
  const matches = [...line.matchAll(AMOUNT)];
  // « 30-35 k€ »: the k of a range's second end counts for the first too.
  const thousands = matches.some((m) => m[3]);
  const amounts = matches.map((m) => {
    const n = Number(`${(m[1] ?? '').replace(/[ \u00a0.]/g, '')}${(m[2] ?? '').replace(',', '.')}`);
    return m[3] || (thousands && n < 1000) ? n * 1000 : n;
  });
  // Only the words from the pay keyword on speak about pay (« l'horaire hebdomadaire légal » before it does not).
  const keyword = line.search(/r[ée]mun[ée]ration|salaire|gratification|indemnit[ée]|tarif/i);
  const segment = keyword > 0 ? line.slice(keyword) : line;
  const value = segment.replace(/^[^:]{0,60}:\s*/, '').trim();
  if (amounts.length === 0) return { salaryText: value.slice(0, 300) };
  const [min = 0, second] = amounts;
  const period = /horaire|\/\s*h\b|de l['’]heure|par heure/i.test(segment)
    ? 'hour'
    : /journali|par jour|\/\s*jour|\bTJM\b/i.test(segment)
      ? 'day'
      : /annuel|par an\b|\/\s*an\b/i.test(segment)
        ? 'year'
        : /mensuel|par mois|\/\s*mois/i.test(segment) || (min >= 300 && min < 12000)
          ? 'month'
          : min >= 12000 && !XPF.test(line)
            ? 'year'
            : 'hour';
  const basis = /gratification|stage/i.test(segment)
    ? 'stipend'
    : /\bnets?\b/i.test(segment)
      ? 'net'
      : 'gross';
  const salary: NonNullable<PayGuess['salary']> = { min, period, basis };
  if (XPF.test(line)) salary.currency = 'XPF';
  if (second !== undefined && second > min && /(?:à|-|et)\s*\d/.test(line)) salary.max = second;
  if (/environ|approximativement|\benv\./i.test(segment)) salary.approximate = true;
  // What the numbers cannot say (meal vouchers, transport) stays in words.
  const periodWritten =
    /horaire|heure|\/\s*h\b|jour|TJM|annuel|par an\b|\/\s*an\b|mensuel|mois/i.test(segment);
  const basisWritten = /gratification|stage|\bbruts?\b|\bnets?\b/i.test(segment);
  return /\+|tickets?|titres? restaurant|primes?/i.test(value)
    ? { salary, salaryText: value.slice(0, 300), periodWritten, basisWritten }
    : { salary, periodWritten, basisWritten };
}
