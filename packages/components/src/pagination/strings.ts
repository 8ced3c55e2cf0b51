import type { Strings } from '@qiaoxin/i18n';
import { loadZhHant } from '../internal/zh-hant.js';

/**
 * `<qx-pagination>`: the landmark's name, the step links, each page link's accessible name,
 * and the plain-text status shown when no page URL can be built.
 */
export const paginationStrings = {
  group: 'pagination',
  'zh-CN': {
    label: '分页',
    previous: '上一页',
    next: '下一页',
    page: '第{{page}}页',
    status: '第{{page}}页，共{{total}}页',
  },
  en: {
    label: 'Pagination',
    previous: 'Previous',
    next: 'Next',
    page: 'Page {{page}}',
    status: 'Page {{page}} of {{total}}',
  },
  loadZhHant,
} as const satisfies Strings;
