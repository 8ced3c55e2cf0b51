/** The languages Qiaoxin ships strings for. zh-CN is the default and the fallback. */
export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';

/**
 * Maps any BCP 47 tag to a supported locale: `zh*` → zh-CN, `en*` → en, anything else
 * (including nothing) → zh-CN, because the portals are Chinese first.
 */
export function resolveLocale(lang: string | null | undefined): Locale {
  const tag = (lang ?? '').trim().toLowerCase();
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  return defaultLocale;
}

/** The `lang` attribute value for text written in a locale. */
export function langOf(locale: Locale): string {
  return locale === 'en' ? 'en' : 'zh-Hans';
}
