import type { Strings } from '../strings.js';

/** `<qx-pagination>`: page links for long lists. */
export const paginationStrings = {
  group: 'pagination',
  'zh-CN': { label: '分页', previous: '上一页', next: '下一页', page: '第{{page}}页' },
  en: { label: 'Pagination', previous: 'Previous', next: 'Next', page: 'Page {{page}}' },
} as const satisfies Strings;
