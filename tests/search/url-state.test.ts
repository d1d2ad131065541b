// The search page's URL ↔ state mapping, orders, engine queries, filter facets and first-state
// excerpts, without a browser.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getSearchClientConfig } from '../../src/lib/search-client.ts';
import { getIndexedText } from '../../src/lib/search-excerpt.ts';
import { getDuration, getMonthlyPay, getPayBand, getStart } from '../../src/lib/search-facets.ts';
import { slugify } from '../../src/lib/slug.ts';
import { getOptions, labelFor } from '../../src/scripts/search/filters-view.ts';
import { getNotice } from '../../src/scripts/search/notice.ts';
import { toEngineQuery } from '../../src/scripts/search/query.ts';
import {
  EMPTY_STATE,
  asksForSearch,
  getSorts,
  parseSearchParams,
  resolveSlug,
  toSearchParams,
  toggleFilter,
} from '../../src/scripts/search/url-state.ts';

const config = getSearchClientConfig(3, [{ dir: 'pagefind/archives-2025', year: '2025' }]);
const parse = (query: string) => parseSearchParams(new URLSearchParams(query), config);

describe('search URL state', () => {
  it('slugs filter values like the site does', () => {
    assert.equal(slugify('Provence-Alpes-Côte d’Azur'), 'provence-alpes-cote-d-azur');
    assert.equal(slugify('Corse-du-Sud (2A)'), 'corse-du-sud-2a');
    assert.equal(slugify('À distance'), 'a-distance');
  });

  it('reads the header form’s ?q=: open offers, default order, first page', () => {
    assert.deepEqual(parse('q=+elus+locaux+'), { ...EMPTY_STATE, q: 'elus locaux' });
  });

  it('round-trips query, filters, status, sort and page', () => {
    const state = {
      q: 'chargé de mission',
      filters: { région: ['nouvelle-caledonie'], contrat: ['cdd', 'stage'] },
      includeClosed: true,
      sort: 'limite',
      page: 2,
    };
    const params = toSearchParams(state, config);
    assert.equal(
      params.toString(),
      'q=charg%C3%A9+de+mission&region=nouvelle-caledonie&contrat=cdd&contrat=stage&statut=toutes&tri=limite&page=2',
    );
    assert.deepEqual(parseSearchParams(params, config), state);
  });

  it('keeps every filter value of the URL, known or not; drops unknown sorts and pages', () => {
    const url = parse(
      'region=Atlantide&region=a-distance&tri=hasard&page=0&statut=x&statut=toutes',
    );
    assert.deepEqual(url.filters, { région: ['a-distance', 'atlantide'] });
    assert.equal(url.sort, '');
    assert.equal(url.page, 1);
    assert.equal(url.includeClosed, false, 'the first statut= wins, like URLSearchParams.get');
    assert.equal(parse('statut=toutes').includeClosed, true);
    assert.equal(parse('page=3').page, 3);
  });

  it('matches slugs with the values a bundle knows', () => {
    const known = ['Nouvelle-Calédonie', 'Île-de-France', 'À distance'];
    assert.equal(resolveSlug('a-distance', known), 'À distance');
    assert.equal(resolveSlug('hauts-de-france', known), undefined);
  });

  it('ticks and unticks values, back to the first page', () => {
    const two = toggleFilter({ ...EMPTY_STATE, page: 3 }, 'contrat', 'stage', true);
    assert.deepEqual(toggleFilter(two, 'contrat', 'cdd', true).filters, {
      contrat: ['cdd', 'stage'],
    });
    assert.equal(two.page, 1);
    assert.deepEqual(toggleFilter(two, 'contrat', 'stage', false).filters, {});
  });

  it('loads the search at once only for a URL that asks for one', () => {
    assert.equal(asksForSearch(parse('')), false);
    assert.equal(asksForSearch(parse('q=+')), false, 'blanks only');
    assert.equal(asksForSearch(parse('tri=hasard&utm_source=lettre')), false, 'nothing known');
    for (const query of ['q=élus', 'region=corse', 'statut=toutes', 'tri=limite', 'page=2'])
      assert.equal(asksForSearch(parse(query)), true, query);
  });

  it('orders open offers, then closed ones: deadlines soonest first, then latest closed', () => {
    assert.deepEqual(getSorts({ q: 'plaidoyer', sort: '' }, config), { open: {}, closed: {} });
    assert.deepEqual(getSorts({ q: '', sort: '' }, config), {
      open: { publication: 'desc' },
      closed: { publication: 'desc' },
    });
    assert.deepEqual(getSorts({ q: 'x', sort: 'limite' }, config), {
      open: { limite: 'asc' },
      closed: { limite: 'desc' },
    });
    assert.deepEqual(getSorts({ q: '', sort: 'recentes' }, config), {
      open: { publication: 'desc' },
      closed: { publication: 'desc' },
    });
  });
});

describe('filter options', () => {
  const contrat = config.filters.find((f) => f.key === 'contrat')!;
  const salaire = config.filters.find((f) => f.key === 'salaire')!;
  const debut = config.filters.find((f) => f.key === 'début')!;

  it('keeps a selected value no offer has, ticked, with 0, and names it', () => {
    const state = { ...EMPTY_STATE, filters: { contrat: ['alternance', 'stage'] } };
    const options = getOptions(
      contrat,
      {
        counts: { contrat: { Stage: 2, CDD: 3, CDI: 0 } },
        resolved: { contrat: { stage: 'Stage' } },
      },
      state,
      config,
    );
    assert.deepEqual(
      options.map((o) => [o.label, o.count, o.selected]),
      [
        ['Alternance', 0, true],
        ['CDD', 3, false],
        ['Stage', 2, true],
      ],
    );
    assert.equal(labelFor('hauts-de-france', config.labels), 'Hauts-de-France');
    assert.equal(labelFor('la-reunion', config.labels), 'La Réunion');
    assert.equal(labelFor('mon-tag', config.labels), 'Mon tag');
    const pay = config.filters.find((f) => f.key === 'rémunération')!;
    const none = getOptions(
      pay,
      { counts: {}, resolved: {} },
      {
        ...EMPTY_STATE,
        filters: { rémunération: ['indiquee'] },
      },
      config,
    );
    assert.deepEqual(
      none.map((o) => o.label),
      ['Indiquée'],
    );
  });

  it('lists bands in their order and months chronologically, « dès que possible » first', () => {
    const order = (filter: typeof salaire, values: string[]) =>
      getOptions(
        filter,
        { counts: { [filter.key]: Object.fromEntries(values.map((v) => [v, 1])) }, resolved: {} },
        EMPTY_STATE,
        config,
      ).map((o) => o.label);
    assert.deepEqual(
      order(salaire, [
        '3 000 € par mois ou plus',
        'Moins de 1 000 € par mois',
        '1 000 à 1 999 € par mois',
      ]),
      ['Moins de 1 000 € par mois', '1 000 à 1 999 € par mois', '3 000 € par mois ou plus'],
    );
    assert.deepEqual(order(debut, ['mai 2026', 'janvier 2027', 'Dès que possible', 'avril 2026']), [
      'Dès que possible',
      'avril 2026',
      'mai 2026',
      'janvier 2027',
    ]);
  });
});

describe('notice', () => {
  const region = config.filters.find((f) => f.key === 'région')!;
  const options = (state: typeof EMPTY_STATE) =>
    new Map([
      [
        'région',
        getOptions(
          region,
          { counts: { région: { Corse: 2 } }, resolved: { région: { corse: 'Corse' } } },
          state,
          config,
        ),
      ],
    ]);

  it('names a value with no open offer, with links to closed offers and to its removal', () => {
    const state = { ...EMPTY_STATE, filters: { région: ['corse', 'hauts-de-france'] } };
    assert.deepEqual(getNotice(state, { total: 2 }, options(state), config), {
      text: 'Aucune offre ouverte pour Hauts-de-France.',
      links: [
        {
          text: 'Chercher aussi dans les offres clôturées',
          href: '?region=corse&region=hauts-de-france&statut=toutes',
          action: { includeClosed: '' },
        },
        {
          text: 'Retirer le filtre Hauts-de-France',
          href: '?region=corse',
          action: { removeFilter: 'région', value: 'hauts-de-france' },
        },
      ],
    });
    const closed = { ...state, includeClosed: true, q: 'stage' };
    const { text, links } = getNotice(closed, { total: 2 }, options(closed), config);
    assert.equal(text, 'Aucune offre pour Hauts-de-France, avec « stage ».');
    assert.deepEqual(
      links.map((l) => l.text),
      ['Retirer le filtre Hauts-de-France'],
    );
  });

  it('says when a query finds nothing, when no offer is open, and nothing otherwise', () => {
    const state = { ...EMPTY_STATE, q: 'municipales' };
    assert.equal(
      getNotice(state, { total: 0 }, options(state), config).text,
      'Aucune offre ouverte ne correspond à « municipales ».',
    );
    assert.equal(
      getNotice(state, undefined, options(state), config).text,
      'Aucune offre n’est ouverte en ce moment.',
    );
    assert.deepEqual(getNotice(state, { total: 3 }, options(state), config), {
      text: '',
      links: [],
    });
  });
});

describe('search facets', () => {
  const base = { published: '2026-02-01', tags: [] };
  it('turns pay into a monthly band, in euros', () => {
    const pay = (salary: object, extra: object = {}) =>
      getMonthlyPay({
        ...base,
        ...extra,
        salary: { currency: 'EUR', basis: 'gross', ...salary },
      } as never);
    assert.equal(pay({ min: 2200, period: 'month' }), 2200);
    assert.equal(pay({ min: 36000, period: 'year' }), 3000);
    assert.equal(Math.round(pay({ min: 75200, currency: 'XPF', period: 'month' }) ?? 0), 630);
    assert.equal(pay({ min: 6000, period: 'total' }), undefined);
    assert.equal(pay({ min: 6000, period: 'total' }, { durationMonths: 6 }), 1000);
    assert.deepEqual(
      getPayBand({ ...base, salary: { min: 350, period: 'day', currency: 'EUR', basis: 'gross' } }),
      ['3 000 € par mois ou plus'],
    );
    assert.deepEqual(getPayBand(base), []);
  });

  it('names the start and the duration', () => {
    assert.deepEqual(getStart({ ...base, start: '2026-04-01' }), ['avril 2026']);
    assert.deepEqual(getStart({ ...base, start: '2026-01-15' }), ['Dès que possible']);
    assert.deepEqual(getStart({ ...base, startText: 'Dès que possible' }), ['Dès que possible']);
    assert.deepEqual(getStart({ ...base, startText: 'janvier ou février 2024' }), []);
    assert.deepEqual(getDuration({ ...base, durationMonths: 6 }), ['4 à 6 mois']);
    assert.deepEqual(getDuration({ ...base, durationMonths: 12 }), ['7 à 12 mois']);
    assert.deepEqual(getDuration({ ...base, start: '2026-01-01', end: '2026-03-01' }), [
      '3 mois ou moins',
    ]);
    assert.deepEqual(getDuration(base), []);
    // Starting as soon as possible: from publication to the end.
    assert.deepEqual(
      getDuration({
        ...base,
        published: '2019-12-01',
        startText: 'dès que possible',
        end: '2020-03-31',
      }),
      ['4 à 6 mois'],
    );
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
