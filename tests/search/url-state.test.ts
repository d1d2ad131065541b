// The search page's URL ↔ state mapping, engine queries and first-state excerpts, without a browser.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getSearchClientConfig } from '../../src/lib/search.ts';
import { getIndexedText } from '../../src/lib/search-excerpt.ts';
import { slugify } from '../../src/lib/slug.ts';
import { toEngineQuery } from '../../src/scripts/search/query.ts';
import {
  asksForSearch,
  fromPagefind,
  parseSearchParams,
  resolveFilters,
  toPagefindSort,
  toSearchParams,
} from '../../src/scripts/search/url-state.ts';

const config = getSearchClientConfig(3);
const known = {
  région: { 'Nouvelle-Calédonie': 1, 'Île-de-France': 3, 'À distance': 1 },
  contrat: { CDD: 2, Stage: 1 },
};

describe('search URL state', () => {
  it('slugs filter values like the site does', () => {
    assert.equal(slugify('Provence-Alpes-Côte d’Azur'), 'provence-alpes-cote-d-azur');
    assert.equal(slugify('Corse-du-Sud (2A)'), 'corse-du-sud-2a');
    assert.equal(slugify('À distance'), 'a-distance');
  });

  it('reads the header form’s ?q=: open offers, default order', () => {
    const url = parseSearchParams(new URLSearchParams('q=+elus+locaux+'), config);
    assert.deepEqual(url, { q: 'elus locaux', filterSlugs: {}, includeClosed: false, sort: '' });
  });

  it('round-trips query, filters, status and sort', () => {
    const state = {
      q: 'chargé de mission',
      filters: { région: ['Nouvelle-Calédonie'], contrat: ['Stage', 'CDD'] },
      includeClosed: true,
      sort: 'limite',
    };
    const params = toSearchParams(state, config);
    assert.equal(
      params.toString(),
      'q=charg%C3%A9+de+mission&region=nouvelle-caledonie&contrat=cdd&contrat=stage&statut=toutes&tri=limite',
    );
    const url = parseSearchParams(params, config);
    assert.deepEqual(
      { ...url, filters: resolveFilters(url.filterSlugs, known), filterSlugs: undefined },
      {
        ...state,
        filters: { région: ['Nouvelle-Calédonie'], contrat: ['CDD', 'Stage'] },
        filterSlugs: undefined,
      },
    );
  });

  it('drops unknown filter values and sorts; statut only switches bundle', () => {
    const url = parseSearchParams(
      new URLSearchParams('region=atlantide&region=a-distance&tri=hasard&statut=x&statut=toutes'),
      config,
    );
    assert.equal(url.sort, '');
    assert.equal(url.includeClosed, false, 'the first statut= wins, like URLSearchParams.get');
    assert.deepEqual(resolveFilters(url.filterSlugs, known), { région: ['À distance'] });
    assert.deepEqual(resolveFilters(url.filterSlugs, null), {});
    assert.equal(
      parseSearchParams(new URLSearchParams('statut=toutes'), config).includeClosed,
      true,
    );
  });

  it('reads Pagefind’s state back, keeping the bundle and sort the page chose', () => {
    const previous = {
      q: 'avant',
      filters: { région: ['Bretagne'] },
      includeClosed: true,
      sort: 'limite',
    };
    const state = fromPagefind(
      ' plaidoyer',
      { statut: ['Ouverte'], région: ['Corse'], contrat: [] },
      previous,
      config,
    );
    assert.deepEqual(state, {
      q: 'plaidoyer',
      filters: { région: ['Corse'] },
      includeClosed: true,
      sort: 'limite',
    });
  });

  it('loads the search at once only for a URL that asks for one', () => {
    const ask = (query: string) =>
      asksForSearch(parseSearchParams(new URLSearchParams(query), config));
    assert.equal(ask(''), false);
    assert.equal(ask('q=+'), false, 'blanks only');
    assert.equal(ask('tri=hasard&utm_source=lettre'), false, 'nothing the page knows');
    for (const query of ['q=élus', 'region=corse', 'statut=toutes', 'tri=limite'])
      assert.equal(ask(query), true, query);
  });

  it('sorts by relevance with a query, newest first without one, or as chosen', () => {
    assert.deepEqual(toPagefindSort('', 'plaidoyer', config), {});
    assert.deepEqual(toPagefindSort('', '', config), { publication: 'desc' });
    assert.deepEqual(toPagefindSort('limite', 'plaidoyer', config), { limite: 'asc' });
    assert.deepEqual(toPagefindSort('recentes', '', config), { publication: 'desc' });
  });
});

describe('first-state excerpt', () => {
  it('reads an offer body as Pagefind indexes it', () => {
    const text = getIndexedText(
      '<h1>Chargé·e de mission</h1><div><p>La Ville recrute.</p><h2>Missions</h2>' +
        '<ul><li>Animer l’équipe</li><li>Rédiger</li></ul><p>Voir <a href="/x">le site</a>. Fin<br>ici &amp; là</p></div>',
    );
    assert.equal(
      text.split(/\s+/).filter(Boolean).join(' '),
      "Chargé·e de mission. La Ville recrute. Missions. Animer l'équipe. Rédiger. Voir le site. Fin ici & là.",
    );
  });
});

describe('engine query', () => {
  it('drops French stop words, unless nothing else is left or the phrase is exact', () => {
    assert.equal(toEngineQuery('chargé de mission'), 'chargé mission');
    assert.equal(
      toEngineQuery('Chargée DE la communication et des réseaux'),
      'Chargée communication réseaux',
    );
    assert.equal(toEngineQuery('  élus   locaux '), 'élus locaux');
    assert.equal(toEngineQuery('de la'), 'de la');
    assert.equal(toEngineQuery('"chargé de mission"'), '"chargé de mission"');
  });
});
