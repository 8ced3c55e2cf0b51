import i18next, { type i18n as I18n } from 'i18next';
import { defaultLocale, resolveLocale, type Locale } from './locale.js';
import { en } from './resources/en.js';
import { zhCN } from './resources/zh-CN.js';

export const namespace = 'qiaoxin';

function createInstance(): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    initAsync: false,
    lng: resolveLocale(globalThis.document?.documentElement.lang),
    fallbackLng: defaultLocale,
    supportedLngs: ['zh-CN', 'en'],
    ns: [namespace],
    defaultNS: namespace,
    resources: { 'zh-CN': { [namespace]: zhCN }, en: { [namespace]: en } },
    interpolation: { escapeValue: false }, // Lit escapes when rendering
    returnNull: false,
    showSupportNotice: false,
    // Reached only when a key is missing in every language, zh-CN included: show nothing
    // rather than the raw key, and say so in the console.
    parseMissingKeyHandler: (key: string) => {
      console.warn(`[qiaoxin] missing i18n string "${key}"`);
      return '';
    },
  } as Parameters<I18n['init']>[0]);
  return instance;
}

// One instance per page, even when several bundles (a CDN build, a site's own) each carry
// a copy of this module: they meet on a global symbol.
const key = Symbol.for('qiaoxin.i18n');
const registry = globalThis as typeof globalThis & { [key]?: I18n };

/** The shared i18next instance. Sites may call `i18n.addResourceBundle` to add or override strings. */
export const i18n: I18n = (registry[key] ??= createInstance());

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
