/**
 * Google's JobPosting requirements as a runtime check of parsed JSON-LD
 * (https://developers.google.com/search/docs/appearance/structured-data/job-posting):
 * required title, description (HTML), datePosted, hiringOrganization.name, jobLocation (or
 * jobLocationType TELECOMMUTE with applicantLocationRequirements); validThrough, employmentType,
 * baseSalary and identifier well-formed when present. The TypeScript side is `schema-dts`.
 */
import assert from 'node:assert/strict';
import type { JobPosting, WithContext } from 'schema-dts';
import { EMPLOYMENT_TYPES } from '../../src/lib/job-posting.ts';

const UNITS = ['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmpty(value: unknown, what: string): void {
  assert.ok(
    typeof value === 'string' && value.trim() !== '',
    `${what}: a non-empty string is required`,
  );
}

function assertAddress(address: unknown, where: string): void {
  assert.ok(isObject(address) && address['@type'] === 'PostalAddress', `${where}: PostalAddress`);
  nonEmpty(address['addressLocality'], `${where}.addressLocality`);
  assert.match(
    String(address['addressCountry']),
    /^[A-Z]{2}$/,
    `${where}.addressCountry (ISO 3166-1)`,
  );
  if (address['addressCountry'] === 'FR') {
    assert.match(String(address['postalCode']), /^\d{5}$/, `${where}.postalCode`);
    nonEmpty(address['addressRegion'], `${where}.addressRegion`);
  }
}

export function assertGoogleJobPosting(
  value: unknown,
  name: string,
): asserts value is WithContext<JobPosting> {
  assert.ok(isObject(value), `${name}: JobPosting is an object`);
  assert.equal(value['@context'], 'https://schema.org', `${name}: @context`);
  assert.equal(value['@type'], 'JobPosting', `${name}: @type`);
  nonEmpty(value['title'], `${name}: title`);
  nonEmpty(value['description'], `${name}: description`);
  assert.match(String(value['description']), /<[a-z]/, `${name}: description is HTML`);
  assert.match(String(value['datePosted']), ISO_DATE, `${name}: datePosted`);
  assert.match(String(value['validThrough']), ISO_DATE_TIME, `${name}: validThrough`);
  assert.ok(
    String(value['validThrough']) > String(value['datePosted']),
    `${name}: validThrough after datePosted`,
  );

  const organisation = value['hiringOrganization'];
  assert.ok(isObject(organisation), `${name}: hiringOrganization`);
  nonEmpty(organisation['name'], `${name}: hiringOrganization.name`);
  const sameAs = organisation['sameAs'];
  if (sameAs !== undefined)
    assert.ok(typeof sameAs === 'string' && /^https?:\/\//.test(sameAs), `${name}: sameAs`);

  const types = value['employmentType'];
  assert.ok(Array.isArray(types) && types.length > 0, `${name}: employmentType`);
  for (const type of types)
    assert.ok(
      (EMPLOYMENT_TYPES as readonly unknown[]).includes(type),
      `${name}: employmentType ${String(type)}`,
    );

  const remote = value['jobLocationType'] === 'TELECOMMUTE';
  if (remote) {
    const requirements = value['applicantLocationRequirements'];
    assert.ok(
      isObject(requirements) && requirements['@type'] === 'Country',
      `${name}: applicantLocationRequirements`,
    );
    nonEmpty(requirements['name'], `${name}: applicantLocationRequirements.name`);
  } else {
    assert.equal(
      value['jobLocationType'],
      undefined,
      `${name}: jobLocationType is TELECOMMUTE or absent`,
    );
  }
  if (value['jobLocation'] !== undefined || !remote) {
    const location = value['jobLocation'];
    assert.ok(
      isObject(location) && location['@type'] === 'Place',
      `${name}: jobLocation is a Place`,
    );
    assertAddress(location['address'], `${name}: jobLocation.address`);
  }

  const salary = value['baseSalary'];
  if (salary !== undefined) {
    assert.ok(isObject(salary) && salary['@type'] === 'MonetaryAmount', `${name}: baseSalary`);
    assert.match(String(salary['currency']), /^[A-Z]{3}$/, `${name}: baseSalary.currency`);
    const amount = salary['value'];
    assert.ok(
      isObject(amount) && amount['@type'] === 'QuantitativeValue',
      `${name}: baseSalary.value`,
    );
    assert.ok(UNITS.includes(String(amount['unitText'])), `${name}: baseSalary.value.unitText`);
    const numbers = ['value', 'minValue', 'maxValue'].filter((k) => amount[k] !== undefined);
    assert.ok(
      numbers.length > 0 && numbers.every((k) => typeof amount[k] === 'number'),
      `${name}: amounts are numbers`,
    );
  }
  const identifier = value['identifier'];
  if (identifier !== undefined) {
    assert.ok(
      isObject(identifier) && identifier['@type'] === 'PropertyValue',
      `${name}: identifier`,
    );
    nonEmpty(identifier['name'], `${name}: identifier.name`);
    nonEmpty(identifier['value'], `${name}: identifier.value`);
  }
}
