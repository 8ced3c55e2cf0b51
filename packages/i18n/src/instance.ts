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

type Loader = NonNullable<Strings['loadZhHant']>;

// Page-wide state, beside the instance so every bundle on the page shares it: each group
// registered (1), and each zh-Hant loader with its load once started (0 until then).
// (Written for size: every element's bundle carries it; each has a 3 KB budget.)
type State = Map<string | Loader, Promise<unknown> | 0 | 1>;

/**
 * Loads and adds the zh-Hant strings of every group registered with a loader, each loader
 * once. If a load fails, zh-Hant shows zh-CN for its groups. (Elements carry no zh-Hant
 * strings.) Called by setLocale, by registerStrings on a zh-Hant page and by LocaleController
 * for a host in zh-Hant, so a group registered later loads its strings when it is needed.
 */
export function loadZhHant(): Promise<unknown> {
  state.forEach(
    (load, loader) =>
      load ||
      state.set(
        loader,
        (loader as Loader)().then(
          (module) => i18n.addResourceBundle('zh-Hant', namespace, module.default, true, false),
          (error: unknown) => console.warn('[qiaoxin] zh-Hant strings failed to load', error),
        ),
      ),
  );
  return Promise.all(state.values());
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

const state: State = ((i18n as I18n & { qx?: State }).qx ??= new Map());

/**
 * Adds a component's built-in strings, once per page. Strings a site has already added for
 * the same keys (through `i18n.addResourceBundle`) win over the built-in ones. A group's
 * `loadZhHant` is called once zh-Hant is needed (see loadZhHant).
 */
export function registerStrings(strings: Strings): void {
  const loader = strings.loadZhHant;
  if (state.has(strings.group)) return;
  state.set(strings.group, 1);
  addStrings(i18n, strings);
  if (loader && !state.has(loader)) state.set(loader, 0);
  // A page in zh-Hant (from the start or by setLocale) loads them now, showing zh-CN until
  // they arrive; hosts then re-render (LocaleController listens to the store's "added").
  if (i18n.language == 'zh-Hant') void loadZhHant();
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
    // No zh-Hant record (the built-in groups load theirs: loadZhHant): zh-CN stands in.
    if (record)
      target.addResourceBundle(locale, namespace, { [strings.group]: record }, true, false);
  }
}

/** The page-wide language of Qiaoxin components. */
export function getLocale(): Locale {
  return resolveLocale(i18n.language);
}

/**
 * Switches every component that has no `lang` of its own to `locale` (any `zh*`/`en*` tag).
 * For zh-Hant it first loads the zh-Hant strings of the groups registered (see loadZhHant).
 */
export async function setLocale(locale: string): Promise<Locale> {
  const resolved = resolveLocale(locale);
  // Strings first, so hosts re-render once, in traditional characters, not first in zh-CN.
  if (resolved === 'zh-Hant') await loadZhHant();
  await i18n.changeLanguage(resolved);
  return resolved;
}
