import type { Locale } from '@qiaoxin/i18n';

/**
 * The Intl locale for formatting in a Qiaoxin locale. Traditional Chinese writes compact
 * numbers with 萬/億 (zh-CN: 万/亿). English numbers follow en-US (compact "60B", not
 * en-GB's "60bn"); English dates follow en-GB ("2 Jun 2023").
 */
export function intlLocale(locale: Locale, purpose: 'number' | 'date'): string {
  if (locale !== 'en') return locale;
  return purpose === 'date' ? 'en-GB' : 'en-US';
}

/**
 * Formats a number the way each language's portals write it: Chinese, in either script,
 * groups digits only from five digits up (1024, 12,345), English always groups (1,024).
 */
export function formatNumber(
  value: number,
  locale: Locale,
  options: Intl.NumberFormatOptions = {},
): string {
  const useGrouping = locale === 'en' ? 'always' : 'min2';
  return new Intl.NumberFormat(intlLocale(locale, 'number'), {
    useGrouping,
    ...options,
  } as Intl.NumberFormatOptions).format(value);
}
