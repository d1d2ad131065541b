/** The offer questions of `npm run new`, each checked with the schema's own field validators. */
import type { YamlObject } from '../../src/lib/import/offer-yaml.ts';
import {
  CONTRACTS,
  OfferSchema,
  PAY_BASES,
  PAY_PERIODS,
  REMOTE_MODES,
} from '../../src/schema/index.ts';
import { Answers, checkWith, toList, toNumber } from './answers.ts';
import { askPlace } from './ask-place.ts';
import type { Check } from './prompt.ts';

const field = OfferSchema.shape;
const optional = { optional: true } as const;

export async function askOffer(answers: Answers, today: string): Promise<YamlObject> {
  const data: YamlObject = {};
  const put = (key: string, value: string | number | string[] | YamlObject | undefined) => {
    if (value !== undefined && value !== '' && !(typeof value === 'number' && Number.isNaN(value)))
      data[key] = value;
  };
  put('title', await answers.get('title', 'Intitulé du poste', { check: checkWith(field.title) }));
  const contracts = toList(
    await answers.get(
      'contract',
      `Contrat(s), séparés par des virgules (${CONTRACTS.join(', ')})`,
      { check: checkWith(field.contract, toList) },
    ),
  );
  put('contract', contracts.length === 1 ? contracts[0] : contracts);
  put(
    'workingTime',
    await answers.get('working-time', 'Temps de travail (full-time ou part-time)', {
      ...optional,
      check: checkWith(field.workingTime),
    }),
  );
  put(
    'hoursPerWeek',
    toNumber(
      await answers.get('hours', 'Heures par semaine', {
        ...optional,
        check: checkWith(field.hoursPerWeek, toNumber),
      }),
    ),
  );
  const remote = await answers.get('remote', `Télétravail (${REMOTE_MODES.join(', ')})`, {
    default: 'none',
    check: checkWith(field.remote),
  });
  if (remote !== 'none') put('remote', remote);
  put('location', await askPlace(answers, remote === 'full'));
  put(
    'published',
    await answers.get('published', 'Date de publication (AAAA-MM-JJ)', {
      default: today,
      check: checkWith(field.published),
    }),
  );
  const published = typeof data['published'] === 'string' ? data['published'] : today;
  const notBefore = (what: string) => (a: string) =>
    a < published
      ? `${what} (${a}) est antérieure à la date de publication (${published})`
      : undefined;
  put(
    'deadline',
    await answers.get('deadline', 'Date limite de candidature (AAAA-MM-JJ)', {
      ...optional,
      check: both(checkWith(field.deadline), notBefore('la date limite')),
    }),
  );
  put(
    'start',
    await answers.get('start', 'Date de prise de poste (AAAA-MM-JJ)', {
      ...optional,
      check: checkWith(field.start),
    }),
  );
  if (data['start'] === undefined)
    put(
      'startText',
      await answers.get('start-text', 'Début en toutes lettres (ex. « dès que possible »)', {
        ...optional,
        check: checkWith(field.startText),
      }),
    );
  put(
    'durationMonths',
    toNumber(
      await answers.get('duration-months', 'Durée en mois', {
        ...optional,
        check: checkWith(field.durationMonths, toNumber),
      }),
    ),
  );
  const location = data['location'];
  const postalCode =
    typeof location === 'object' &&
    !Array.isArray(location) &&
    typeof location['postalCode'] === 'string'
      ? location['postalCode']
      : '';
  put('salary', await askSalary(answers, /^98[678]/.test(postalCode) ? 'XPF' : 'EUR'));
  put(
    'salaryText',
    await answers.get('salary-text', 'Rémunération en toutes lettres', {
      ...optional,
      check: checkWith(field.salaryText),
    }),
  );
  put('apply', await askApply(answers));
  put(
    'reference',
    await answers.get('reference', "Référence de l'employeur", {
      ...optional,
      check: checkWith(field.reference),
    }),
  );
  const tags = toList(
    await answers.get(
      'tags',
      'Étiquettes, séparées par des virgules (ex. communication, campagne-electorale)',
      { ...optional, check: checkWith(field.tags, toList) },
    ),
  );
  if (tags.length > 0) put('tags', tags);
  if (answers.flags['draft'] === true) data['draft'] = true;
  return data;
}

function both(first: Check, second: Check): Check {
  return (answer) => first(answer) ?? second(answer);
}

/** `currency` is the default: XPF (franc CFP) in New Caledonia, Polynesia, Wallis-et-Futuna. */
async function askSalary(
  answers: Answers,
  currency: 'EUR' | 'XPF',
): Promise<YamlObject | undefined> {
  const salary = OfferSchema.shape.salary.unwrap().shape;
  const min = toNumber(
    await answers.get('salary-min', 'Rémunération chiffrée : montant (Entrée si aucun)', {
      ...optional,
      check: checkWith(salary.min, toNumber),
    }),
  );
  if (min === undefined) return undefined;
  const data: YamlObject = { min };
  const max = toNumber(
    await answers.get('salary-max', 'Montant maximum', {
      ...optional,
      check: checkWith(salary.max, toNumber),
    }),
  );
  if (max !== undefined) data['max'] = max;
  data['period'] = await answers.get('salary-period', `Période (${PAY_PERIODS.join(', ')})`, {
    default: 'month',
    check: checkWith(salary.period),
  });
  data['basis'] = await answers.get('salary-basis', `Base (${PAY_BASES.join(', ')})`, {
    default: 'gross',
    check: checkWith(salary.basis),
  });
  const chosen = await answers.get('salary-currency', 'Devise (EUR ou XPF)', {
    default: currency,
    check: checkWith(salary.currency),
  });
  if (chosen !== 'EUR') data['currency'] = chosen;
  return data;
}

async function askApply(answers: Answers): Promise<YamlObject> {
  const apply = OfferSchema.shape.apply.shape;
  const email = await answers.get('email', 'E-mail pour candidater', {
    optional: true,
    check: checkWith(apply.email),
  });
  const noChannel = !email && !answers.prompter && answers.flags['url'] === undefined;
  if (noChannel) answers.missing.push('--email ou --url (au moins un moyen de candidater)');
  const url = noChannel
    ? ''
    : await answers.get('url', 'Adresse web pour candidater (https://…)', {
        optional: Boolean(email),
        check: checkWith(apply.url),
      });
  const instructions = await answers.get(
    'instructions',
    'Pièces à envoyer (ex. « CV et lettre de motivation »)',
    { ...optional, check: checkWith(apply.instructions) },
  );
  const data: YamlObject = {};
  for (const [key, value] of Object.entries({ email, url, instructions }))
    if (value) data[key] = value;
  return data;
}
