// Helpers for the issue-17 blocks whose items sit in a parent's shadow list (<qx-notice-item>,
// <qx-photo-news-item>, <qx-attachment>, <qx-link-group>). Functions, not a base class: the
// custom-elements manifest documents only what each element's own module declares.
import { html, isServer, type LitElement } from 'lit';
import type { Locale, LocaleController } from '@qiaoxin/i18n';
import { formatDay, parseDay } from './date.js';
import { isSafeUrl } from './safe-url.js';
import { warn } from './warn.js';

const ask = 'qx-list-locale';

/**
 * Lets the items inside `list` ask for its language (see itemLocale). The innermost list
 * answers first; an outer one keeps its answer.
 */
export function answerLocale(list: HTMLElement, l10n: LocaleController): void {
  // On the server an event from a slotted item goes item → slot → the slot's root node. Lit's
  // renderer attaches no shadow root to the server's stand-in element, so that root node is the
  // document and the list never hears the question; with one attached (the stand-in's, never
  // rendered) the path runs slot → shadow root → list, as in a browser.
  if (isServer) list.attachShadow({ mode: 'open' });
  list.addEventListener(ask, (event) => {
    (event as CustomEvent<{ locale?: Locale }>).detail.locale ??= l10n.locale;
  });
}

/**
 * The language an item renders in: its own `lang`, else its list's, else the page's. Asked
 * with a bubbling event rather than `closest()`, because Lit's server renderer carries events
 * up to the parent element but has no tree to search: a `<qx-notice-list lang="en">` written
 * by site-kit gets English items in the HTML, before any script runs.
 */
export function itemLocale(item: HTMLElement, l10n: LocaleController): Locale {
  if (item.hasAttribute('lang')) return l10n.locale;
  const detail: { locale?: Locale } = {};
  item.dispatchEvent(new CustomEvent(ask, { bubbles: true, detail }));
  return detail.locale ?? l10n.locale;
}

/** Re-renders a list's items, after the list's language changed or items came. */
export function updateItems(list: HTMLElement): void {
  for (const item of list.children) (item as Partial<LitElement>).requestUpdate?.();
}

/**
 * The host is no list item (`role="none"`): its own shadow root holds the `<li>` of its
 * parent's shadow `role="list"`, as in <qx-news-item>. A light-DOM `role="listitem"` whose list
 * sits in another shadow root is invalid HTML to a checker that cannot see that list. Called
 * from `willUpdate`, so server rendering (which never connects an element) writes it too.
 */
export function beListItem(item: HTMLElement): void {
  if (!item.hasAttribute('role')) item.setAttribute('role', 'none');
}

/**
 * `url` when it may be a link or an image: relative, or http, https, mailto or tel; a
 * `javascript:` or other URL is refused, with a warning when `check` (once per change).
 */
export function safeUrl(el: HTMLElement, url: string | undefined, check?: boolean) {
  if (!url || isSafeUrl(url)) return url || undefined;
  if (check) warn(el, `refused unsafe URL "${url}".`);
  return undefined;
}

/**
 * An attribute's value read by `parse`; when it cannot be read, undefined and a warning that
 * names the attribute (the element then leaves that piece out, never prints "NaN").
 */
function read<T>(
  el: HTMLElement,
  name: string,
  value: string | undefined,
  parse: (text: string) => T,
) {
  const text = value?.trim();
  const result = text ? parse(text) : undefined;
  if (text && result === undefined) warn(el, `ignored invalid ${name} "${text}".`);
  return result;
}

/** A `YYYY-MM-DD` day, or undefined (with a warning) when it is not a real day. */
export const readDay = (el: HTMLElement, value: string | undefined) =>
  read(el, 'date', value, parseDay);

/** A whole number ≥ 0 written in an attribute, or undefined (with a warning) for anything else. */
export const readCount = (el: HTMLElement, name: string, value: string | undefined) =>
  read(el, name, value, (text) => (/^\d+$/.test(text) ? Number(text) : undefined));

/**
 * The day as portals write it (2024-05-01; 1 May 2024 in English), in a `<time>`. No `lang` of
 * its own: the item's language is its own `lang`, its list's or the page's, which it inherits.
 */
export const dayTime = (day: string, locale: Locale) =>
  html`<time part="date" datetime=${day}>${formatDay(day, locale)}</time>`;
