import type { Strings } from '../strings.js';

/** A string group as the elements in @qiaoxin/components give theirs: zh-Hant loaded apart. */
export const probeStrings = {
  group: 'probe',
  'zh-CN': { label: '您的当前位置:', page: '第{{page}}页' },
  en: { label: 'You are here:', page: 'Page {{page}}' },
  loadZhHant: () => import('./probe-zh-hant.js'),
} as const satisfies Strings;
