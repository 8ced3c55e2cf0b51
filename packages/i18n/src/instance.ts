import i18next, { type i18n as I18n, type InitOptions } from 'i18next';
import { defaultLocale, locales, resolveLocale, type Locale } from './locale.js';
import type { Strings } from './strings.js';

export const namespace = 'qiaoxin';

/**
 * The options of the shared instance, read at call time (`<html lang>` gives the language).
 * Exported so the i18next-lite parity tests build both implementations from the same options.
 */
export function initOptions(): InitOptions {
  return {
    initAsync: false,
    lng: resolveLocale(globalThis.document?.documentElement.lang),
    fallbackLng: defaultLocale,
    supportedLngs: locales, // i18next copies it before adding cimode
    ns: [namespace],
    defaultNS: namespace,
    resources: {}, // each component registers its own strings: see registerStrings
    interpolation: { escapeValue: false }, // Lit escapes when rendering
    // Reached only when a key is missing in every language, zh-CN included: show nothing
    // rather than the raw key, and say so in the console.
    parseMissingKeyHandler: (key: string) => {
      console.warn(`[qiaoxin] missing i18n string "${key}"`);
      return '';
    },
  } as InitOptions;
}

// No element imports the zh-Hant strings (each has a 3 KB budget): they are one data module,
// ./strings/zh-hant.ts, loaded once, when a page or an element first needs them. A dynamic
// import, so bundlers give it a chunk of its own that zh-CN and en pages never download; it
// imports nothing, so that chunk shares no code with the element's.
let zhHant: Promise<unknown> | undefined;

/**
 * Loads and adds the built-in zh-Hant strings, once. If that fails, zh-Hant shows zh-CN.
 * (It adds them as addZhHant does, written out: a call would cost every element bytes.)
 */
export function loadZhHant(): Promise<unknown> {
  return (zhHant ??= import('./strings/zh-hant.js').then(
    (module) => i18n.addResourceBundle('zh-Hant', namespace, module.zhHantStrings, true, false),
    (error: unknown) => console.warn('[qiaoxin] zh-Hant strings failed to load', error),
  ));
}

function createInstance(): I18n {
  const instance = i18next.createInstance();
  void instance.init(initOptions());
  // A page that starts in zh-Hant shows zh-CN strings until these arrive; hosts then
  // re-render (LocaleController listens to the store's "added").
  if (instance.language === 'zh-Hant') void loadZhHant();
  return instance;
}

// One instance per page, even when several bundles (a CDN build, a site's own) each carry
// a copy of this module: they meet on a global symbol.
const key = Symbol.for('qiaoxin.i18n');
const registry = globalThis as typeof globalThis & { [key]?: I18n };

/** The shared i18next instance. Sites may call `i18n.addResourceBundle` to add or override strings. */
export const i18n: I18n = (registry[key] ??= createInstance());

// Registered groups live beside the instance, so every bundle on the page sees them.
const registered: Set<string> = ((i18n as I18n & { qxGroups?: Set<string> }).qxGroups ??=
  new Set());

/**
 * Adds a component's built-in strings, once per page. Strings a site has already added for
 * the same keys (through `i18n.addResourceBundle`) win over the built-in ones.
 */
export function registerStrings(strings: Strings): void {
  if (registered.has(strings.group)) return;
  registered.add(strings.group);
  addStrings(i18n, strings);
}

type Target = {
  addResourceBundle(lng: string, ns: string, res: object, deep: boolean, ow: boolean): unknown;
};

/**
 * How registerStrings adds a group to an instance: deep, not overwriting. Exported so the
 * i18next-lite parity tests register strings exactly as pages do.
 */
export function addStrings(target: Target, strings: Strings): void {
  for (const locale of locales) {
    const record = strings[locale];
    // No zh-Hant record (the built-in groups have theirs in ./zh-hant.ts): zh-CN stands in.
    if (record)
      target.addResourceBundle(locale, namespace, { [strings.group]: record }, true, false);
  }
}

/**
 * How the zh-Hant strings of every built-in group (keyed by group) are added: as addStrings
 * adds a group, so strings a site has already added for the same keys win.
 */
export function addZhHant(target: Target, strings: object): void {
  target.addResourceBundle('zh-Hant', namespace, strings, true, false);
}

/** The page-wide language of Qiaoxin components. */
export function getLocale(): Locale {
  return resolveLocale(i18n.language);
}

/**
 * Switches every component that has no `lang` of its own to `locale` (any `zh*`/`en*` tag).
 * For zh-Hant it first loads the zh-Hant strings (see loadZhHant).
 */
export async function setLocale(locale: string): Promise<Locale> {
  const resolved = resolveLocale(locale);
  // Strings first, so hosts re-render once, in traditional characters, not first in zh-CN.
  if (resolved === 'zh-Hant') await loadZhHant();
  await i18n.changeLanguage(resolved);
  return resolved;
}
