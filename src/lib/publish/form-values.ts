/**
 * The publishing form's values (flat, keyed by frontmatter path: "salary.min") to and from the
 * offer data the importer and the YAML writer use. Nothing is corrected here: what is typed is
 * written as typed, and the content check says what is wrong with it.
 */
import { isPlaceholder } from '../content-check/placeholder.ts';
import type { YamlObject, YamlValue } from '../import/offer-yaml.ts';

export type FormValues = Record<string, string | boolean | string[]>;

/** Draft data → form values; placeholders (« A-COMPLETER ») become empty fields. */
export function toFormValues(data: YamlObject, prefix = ''): FormValues {
  const values: FormValues = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined || isPlaceholder(value)) continue;
    const path = prefix + key;
    if (key === 'tags' && Array.isArray(value))
      values[path] = value.filter((v) => typeof v === 'string').join(', ');
    else if (Array.isArray(value)) values[path] = value.map(String);
    else if (typeof value === 'object') Object.assign(values, toFormValues(value, `${path}.`));
    else if (typeof value === 'boolean') values[path] = value;
    else values[path] = String(value);
  }
  if (typeof values['contract'] === 'string') values['contract'] = [values['contract']];
  return values;
}

/** Form values → offer data, empty fields left out. */
export function toOfferData(values: FormValues): YamlObject {
  const text = (key: string): string | undefined => {
    const v = values[key];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  };
  // A plain number is written as a number; anything else as typed, for the check to explain.
  const number = (key: string): YamlValue | undefined => {
    const v = text(key);
    return v !== undefined && /^\d+(?:\.\d+)?$/.test(v) ? Number(v) : v;
  };
  const object = (entries: Record<string, YamlValue | undefined>): YamlObject | undefined =>
    Object.values(entries).some((v) => v !== undefined) ? entries : undefined;
  const contracts = Array.isArray(values['contract']) ? values['contract'] : [];
  const currency = text('salary.currency');
  const salary =
    text('salary.min') === undefined && text('salary.max') === undefined
      ? undefined
      : {
          min: number('salary.min'),
          max: number('salary.max'),
          currency: currency === 'EUR' ? undefined : currency,
          period: text('salary.period'),
          basis: text('salary.basis'),
          approximate: values['salary.approximate'] === true ? true : undefined,
        };
  const tags = text('tags')
    ?.split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  return {
    title: text('title'),
    organisation: text('organisation'),
    contract: contracts.length > 1 ? contracts : contracts[0],
    workingTime: text('workingTime'),
    hoursPerWeek: number('hoursPerWeek'),
    location: object({ city: text('location.city'), postalCode: text('location.postalCode') }),
    remote: text('remote') === 'none' ? undefined : text('remote'),
    published: text('published'),
    deadline: text('deadline'),
    start: text('start'),
    startText: text('startText'),
    end: text('end'),
    durationMonths: number('durationMonths'),
    durationText: text('durationText'),
    salary,
    salaryText: text('salaryText'),
    apply: object({
      email: text('apply.email'),
      url: text('apply.url'),
      instructions: text('apply.instructions'),
    }),
    reference: text('reference'),
    tags: tags && tags.length > 0 ? tags : undefined,
  };
}
