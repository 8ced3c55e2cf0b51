import type { Locale } from '@qiaoxin/i18n';
import type { Site } from '../site/types.js';
import { traditionalSite } from './traditional.js';

/** The site as readers of `locale` see it: converted to traditional characters for zh-Hant. */
export function editionOf(site: Site, locale: Locale): Site {
  return locale === 'zh-Hant' && site.config.traditional
    ? traditionalSite(site, site.config.traditional)
    : site;
}
