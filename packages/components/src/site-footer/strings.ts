import type { Strings } from '@qiaoxin/i18n';
import { loadZhHant } from '../internal/zh-hant.js';

/** `<qx-site-footer>`: field labels of the organiser, contact and registration (备案) lines. */
export const siteFooterStrings = {
  group: 'siteFooter',
  'zh-CN': {
    organiser: '主办单位',
    address: '地址',
    phone: '电话',
    email: '邮箱',
    icp: 'ICP备案号',
    police: '公安备案号',
    siteCode: '网站标识码',
    labelSuffix: '：',
  },
  en: {
    organiser: 'Organiser',
    address: 'Address',
    phone: 'Phone',
    email: 'Email',
    icp: 'ICP licence',
    police: 'Public security filing',
    siteCode: 'Website ID',
    labelSuffix: ': ',
  },
  loadZhHant,
} as const satisfies Strings;
