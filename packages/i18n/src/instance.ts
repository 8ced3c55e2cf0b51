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
    supportedLngs: ['zh-CN', 'en'],
    ns: [namespace],
    defaultNS: namespace,
    resources: {}, // each component registers its own strings: see registerStrings
    interpolation: { escapeValue: false }, // Lit escapes when rendering
    returnNull: false,
    showSupportNotice: false,
    // Reached only when a key is missing in every language, zh-CN included: show nothing
    // rather than the raw key, and say so in the console.
    parseMissingKeyHandler: (key: string) => {
      console.warn(`[qiaoxin] missing i18n string "${key}"`);
      return '';
    },
  } as InitOptions;
}

function createInstance(): I18n {
  const instance = i18next.createInstance();
  void instance.init(initOptions());
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

/**
 * How registerStrings adds a group to an instance: deep, not overwriting. Exported so the
 * i18next-lite parity tests register strings exactly as pages do.
 */
export function addStrings(
  target: {
    addResourceBundle(lng: string, ns: string, res: object, deep: boolean, ow: boolean): unknown;
  },
  strings: Strings,
): void {
  for (const locale of locales) {
    target.addResourceBundle(locale, namespace, { [strings.group]: strings[locale] }, true, false);
  }
}

/** The page-wide language of Qiaoxin components. */
export function getLocale(): Locale {
  return resolveLocale(i18n.language);
}

/** Switches every component that has no `lang` of its own to `locale` (any `zh*`/`en*` tag). */
export async function setLocale(locale: string): Promise<Locale> {
  const resolved = resolveLocale(locale);
  await i18n.changeLanguage(resolved);
  return resolved;
}
