import type { Strings } from '../strings.js';

/** `<qx-site-footer>`: organiser, contact and registration (备案) lines. */
export const siteFooterStrings = {
  group: 'siteFooter',
  'zh-CN': {
    label: '网站信息',
    organiser: '主办单位',
    address: '地址',
    phone: '电话',
    email: '邮箱',
    icp: 'ICP备案号',
    police: '公安备案号',
    siteCode: '网站标识码',
    sitemap: '网站地图',
  },
  en: {
    label: 'Site information',
    organiser: 'Organiser',
    address: 'Address',
    phone: 'Phone',
    email: 'Email',
    icp: 'ICP licence',
    police: 'Public security filing',
    siteCode: 'Website ID',
    sitemap: 'Sitemap',
  },
} as const satisfies Strings;
