/** The languages Qiaoxin ships strings for. zh-CN is the default and the fallback. */
export const locales = ['zh-CN', 'zh-Hant', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';

/**
 * Maps any BCP 47 tag to a supported locale: `zh-Hant*` and `zh-TW`/`zh-HK`/`zh-MO` →
 * zh-Hant, other `zh*` → zh-CN, `en*` → en, anything else (including nothing) → zh-CN,
 * because the portals are Chinese first. An explicit script wins over the region
 * (zh-Hans-HK is simplified). Two fixed regular expressions, because every element's
 * bundle carries this (each has a 3 KB budget).
 */
export function resolveLocale(lang: string | null | undefined): Locale {
  // "_" as "-", so \b ends a subtag; private-use subtags (-x-…) say nothing about the script.
  const tag = `${lang}`
    .trim()
    .toLowerCase()
    .replace(/_/g, '-')
    .replace(/-x\b.*/, '');
  if (/^en\b/.test(tag)) return 'en';
  // Regions whose Chinese is written in traditional characters when a tag names no script.
  return /^zh\b(.*-hant\b|(?!.*-hans\b).*-(tw|hk|mo)\b)/.test(tag) ? 'zh-Hant' : defaultLocale;
}

/** The `lang` attribute value for text written in a locale: zh-CN text is `zh-Hans`. */
export function langOf(locale: Locale): string {
  return locale === 'zh-CN' ? 'zh-Hans' : locale;
}
