/** Where the job is, for `npm run new`: the postal code decides the commune (checked live). */
import { getCommunesForPostalCode, resolvePlace } from '../../src/lib/geo.ts';
import type { YamlObject } from '../../src/lib/import/offer-yaml.ts';
import type { Answers } from './answers.ts';

/** Postal code first: it decides the commune; the city is then picked among its communes. */
export async function askPlace(
  answers: Answers,
  remoteOnly: boolean,
): Promise<YamlObject | undefined> {
  const country = (
    await answers.get('country', 'Pays (code ISO à 2 lettres)', { default: 'FR' })
  ).toUpperCase();
  const postalCode = await answers.get('postal-code', 'Code postal du lieu de travail', {
    optional: remoteOnly,
    check: (a) =>
      country !== 'FR' || getCommunesForPostalCode(a).length > 0
        ? undefined
        : `aucune commune n'a le code postal « ${a} » (5 chiffres, par exemple 86000)`,
  });
  if (!postalCode && remoteOnly && answers.flags['city'] === undefined) return undefined;
  const communes =
    country === 'FR'
      ? [
          ...new Set(
            getCommunesForPostalCode(postalCode).map((c) => c.replace(/ \d+e Arrondissement$/, '')),
          ),
        ]
      : [];
  let city: string;
  if (answers.flags['city'] === undefined && answers.prompter && communes.length > 0) {
    city =
      communes.length === 1
        ? (communes[0] ?? '')
        : (communes[
            await answers.prompter.choose(`Communes du code postal ${postalCode} :`, communes)
          ] ?? '');
    answers.record('city', city);
    console.log(`  ✓ ${city} (${postalCode})`);
  } else {
    city = await answers.get('city', 'Ville', {
      check: (a) => {
        const place = resolvePlace({ city: a, postalCode, country });
        return place.ok ? undefined : place.message;
      },
    });
  }
  return country === 'FR'
    ? { city, postalCode }
    : { city, ...(postalCode ? { postalCode } : {}), country };
}
