import type { Locale } from '@qiaoxin/i18n';

/**
 * The Intl locale for formatting in a Qiaoxin locale. English numbers follow en-US
 * (compact "60B", not en-GB's "60bn"); English dates follow en-GB ("2 Jun 2023").
 */
export function intlLocale(locale: Locale, purpose: 'number' | 'date'): string {
  if (locale === 'zh-CN') return 'zh-CN';
  return purpose === 'date' ? 'en-GB' : 'en-US';
}

/**
 * Formats a number the way each language's portals write it: Chinese groups digits only
 * from five digits up (1024, 12,345), English always groups (1,024).
 */
export function formatNumber(
  value: number,
  locale: Locale,
  options: Intl.NumberFormatOptions = {},
): string {
  const useGrouping = locale === 'zh-CN' ? 'min2' : 'always';
  return new Intl.NumberFormat(intlLocale(locale, 'number'), {
    useGrouping,
    ...options,
  } as Intl.NumberFormatOptions).format(value);
}
