/**
 * Result markup for `<pagefind-results>`, in Pagefind's template syntax
 * (https://github.com/bglw/adequate-little-templates): `{{ x }}` is escaped, `{{+ x +}}` is the
 * excerpt's own HTML. It mirrors OfferCard: title link, organisation, place, contract, dates.
 * The `meta.*` names are those of getOfferSearchData() in src/lib/search.ts.
 */
import { STATUS_FILTER } from '../../lib/search.ts';

export const RESULT_TEMPLATE = `
<li class="search-result">
  <h3 class="search-result-title"><a href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></h3>
  <p class="search-result-org">{{ meta.organisation }}</p>
  <ul class="meta">
    {{#if meta.lieu}}<li>{{ meta.lieu }}</li>{{/if}}
    <li>{{ meta.contrat }}</li>
    {{#if meta.teletravail}}<li>{{ meta.teletravail }}</li>{{/if}}
  </ul>
  <p class="search-result-dates">
    {{#if eq(meta.statut, "${STATUS_FILTER.closed}")}}<span class="badge badge-closed">Offre clôturée</span> {{/if}}
    Publiée le {{ meta.publiee }}{{#if meta.limite}} · date limite : {{ meta.limite }}{{/if}}
  </p>
  {{#if excerpt}}<p class="search-result-excerpt">{{+ excerpt +}}</p>{{/if}}
</li>`;

/** Shown while a result's data loads; hidden from assistive technology. */
export const PLACEHOLDER_TEMPLATE = `
<li class="search-result search-result-placeholder" aria-hidden="true">
  <p class="search-result-title"></p><p></p><p></p>
</li>`;
