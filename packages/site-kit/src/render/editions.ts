import type { Locale } from '@qiaoxin/i18n';
import type { Site } from '../site/types.js';
import type { ParseCache } from '../site/parse-cache.js';
import { traditionalSite } from './traditional.js';

/**
 * The site as readers of `locale` see it: converted to traditional characters for zh-Hant, its
 * articles kept in `kept` when given (the build's parse cache).
 */
export function editionOf(site: Site, locale: Locale, kept?: ParseCache['derived']): Site {
  return locale === 'zh-Hant' && site.config.traditional
    ? traditionalSite(site, site.config.traditional, kept)
    : site;
}
