/**
 * The five real seed offers, built with the fixture's fixed "now" (2026-03-01): every fact
 * kept, all closed (their deadlines are past), no apply button, no script.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { getFixture, readDist, type Fixture } from '../support/fixtures.ts';
import { factsOf, parseHtml, textOf } from './helpers.ts';

let site: Fixture;
before(async () => {
  site = await getFixture();
});

function offerPage(slug: string) {
  return parseHtml(readDist(site, `/offres/${slug}/`));
}

interface Expected {
  slug: string;
  title: string;
  organisation: string;
  facts: Record<string, string>;
  mailto?: string;
  bodyIncludes: string[];
}

const seeds: Expected[] = [
  {
    slug: '2019-08-poitiers-collectif-charge-de-campagne',
    title: 'Chargé.e de campagne',
    organisation: 'Poitiers Collectif',
    facts: {
      place: 'Poitiers (86000), Vienne, Nouvelle-Aquitaine',
      contract: 'CDD',
      workingTime: 'Temps partiel, 20 h par semaine',
      published: '15 août 2019',
      updated: '1er septembre 2019',
      deadline: '6 septembre 2019',
      start: '16 septembre 2019',
      duration: '6 mois',
      pay: '1 047 € brut / mois',
    },
    bodyIncludes: ['secrétaire-chargé de communication', 'Animer les réseaux sociaux du Collectif'],
  },
  {
    slug: '2019-09-a-nous-la-democratie-coordinateur-actions-militantes',
    title: 'Coordinateur.trice des actions militantes',
    organisation: 'À nous la démocratie !',
    facts: {
      place: 'Paris (75010), Île-de-France',
      contract: 'Stage, CDD',
      workingTime: 'Temps plein',
      duration: "Stage de 2 mois suivi d'un CDD de 3 mois",
    },
    bodyIncludes: ['mouvement citoyen né en 2016', '22 cour des Petites Ecuries'],
  },
  {
    slug: '2025-01-ville-du-mont-dore-assistant-communication',
    title: 'Assistant(e) de communication',
    organisation: 'Ville du Mont-Dore',
    facts: {
      place: 'Le Mont-Dore (98809), Nouvelle-Calédonie',
      contract: 'Fonction publique',
      published: '31 janvier 2025',
      deadline: '21 février 2025, heure de Nouméa',
      start: '1er mai 2025',
      reference: '3134-25-0232/SR',
    },
    bodyIncludes: [
      'Corps / Grade',
      'Rédacteur',
      'Cabinet du Maire',
      'Gestion du budget de la cellule communication',
    ],
  },
  {
    slug: '2019-12-collectif-3r-charge-plaidoyer-municipales',
    title: 'Chargé de plaidoyer élections municipales',
    organisation: 'Collectif 3R',
    facts: {
      place: 'Ivry-sur-Seine (94200), Val-de-Marne, Île-de-France',
      contract: 'Mission (prestation)',
      remote: 'Télétravail partiel',
      start: 'dès que possible',
      end: '31 mars 2020',
      pay: "Rémunération au tarif solidaire sur la base d'une prestation de services",
    },
    // Closed: its « Candidature » section, with the address, is withdrawn.
    bodyIncludes: ['Syctom', 'Baisse des Ordures Ménagères'],
  },
  {
    slug: '2023-11-groupe-ecologiste-nord-charge-de-mission-stage',
    title: 'Chargé·e de mission auprès du groupe écologiste au Département du Nord',
    organisation: 'Groupe écologiste EÉLV – Génération.s au Département du Nord',
    facts: {
      place: 'Lille (59000), Nord, Hauts-de-France',
      contract: 'Stage',
      remote: 'Télétravail partiel',
      deadline: '20 novembre 2023',
      start: 'janvier ou février 2024',
      duration: '4 à 6 mois, de janvier/février à juin/juillet 2024',
    },
    // Closed: its « Candidature » section, with the person to write to, is withdrawn.
    bodyIncludes: ['Entretiens prévus', 'jurys citoyens'],
  },
];

for (const seed of seeds) {
  test(`seed ${seed.slug}: every fact on the page, closed`, () => {
    const page = offerPage(seed.slug);
    assert.equal(textOf(page.querySelector('h1')), seed.title);
    assert.equal(textOf(page.querySelector('.offer-org')), seed.organisation);
    const facts = factsOf(page);
    for (const [key, value] of Object.entries(seed.facts)) {
      assert.equal(facts[key], value, `fact "${key}"`);
    }
    const body = textOf(page.querySelector('.prose'));
    for (const fragment of seed.bodyIncludes)
      assert.ok(body.includes(fragment), `body should include « ${fragment} »`);
    // Closed: a clear notice, no apply section, no script but « copy link » and « save ».
    assert.match(textOf(page.querySelector('.notice-closed')), /Offre clôturée/);
    assert.equal(page.querySelector('.apply'), null, 'a closed offer has no apply box');
    assert.deepEqual(
      page
        .querySelectorAll('script')
        .filter((s) => s.getAttribute('type') !== 'application/ld+json')
        .map((s) => /\/_astro\/(\w+)\.astro_/.exec(s.getAttribute('src') ?? '')?.[1])
        .sort(),
      ['SaveOffer', 'ShareOffer'],
    );
  });
}

test('seed 004: approximate stipend and its extras', () => {
  const facts = factsOf(offerPage('2023-11-groupe-ecologiste-nord-charge-de-mission-stage'));
  assert.equal(
    facts['pay'],
    'environ 600 € de gratification / mois — plus titres restaurant (part employeur : 50 %) et remboursement des frais de transports en commun (50 %)',
  );
});

test('seed 000: no broken image from the old site', () => {
  const html = readDist(site, '/offres/2019-08-poitiers-collectif-charge-de-campagne/');
  assert.ok(!html.includes('/images/2025/'), 'the old site image path must be dropped');
  assert.equal(parseHtml(html).querySelectorAll('.prose img').length, 0);
});
