// Helpers for the <qx-search> tests (not shipped), shared by its test files.
import { fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { QxSearch } from '../search/qx-search.js';
import { part, waitUntil } from './index.js';

// A real Pagefind index of a few portal pages, written by the package build
// (scripts/build-search-fixture.js).
export const zh = '/search-fixture/zh/pagefind/';
export const en = '/search-fixture/en/pagefind/';
export const action = '/search-fixture/search/';

export const render = (bundle = zh, lang?: string) =>
  fixture<QxSearch>(
    html`<qx-search action=${action} bundle-path=${bundle} lang=${ifDefined(lang)}></qx-search>`,
  );
export const root = (el: QxSearch) => el.shadowRoot!;

export const input = (el: QxSearch) => root(el).querySelector('input')!;
export const active = (el: QxSearch) => root(el).activeElement;

/** Types `query` as a reader does: focus, then an input event per change. */
export async function type(el: QxSearch, query: string) {
  input(el).focus();
  input(el).value = query;
  input(el).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Waits for the element to settle after a search: results, a message, or nothing. */
export const settled = (el: QxSearch, what = 'result') =>
  waitUntil(() => part(el, what), `no [part=${what}]`);
