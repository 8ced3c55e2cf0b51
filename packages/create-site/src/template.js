// The files of a new site folder. Everything a district must still supply is marked 待填写
// ("to be filled in") so it is easy to find and hard to publish unnoticed.

const PLACEHOLDER = '待填写';

/** JSON as Prettier writes it: objects expanded, arrays of strings on one line. */
const json = (value) =>
  `${JSON.stringify(value, null, 2).replace(/\[\n\s*("[^"\n]*"(?:,\n\s*"[^"\n]*")*)\n\s*\]/g, (_, items) => `[${items.split(/,\n\s*/).join(', ')}]`)}\n`;
/** A single-quoted YAML scalar (the repo's Prettier style), safe for any text. */
const yaml = (text) => `'${text.replace(/'/g, "''")}'`;
const xml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Today as YYYY-MM-DD in China time, the zone article dates are read in. */
export function chinaDate(now = new Date()) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

export const categories = [
  { id: 'qldt', zh: '侨联动态', en: 'Federation News' },
  { id: 'tzgg', zh: '通知公告', en: 'Notices' },
];

/**
 * The emblem: a disc in the primary colour with a white ring and the short name's first
 * character. A starting point until the district supplies its own logo.svg.
 */
export function logoSvg({ primary, shortZh }) {
  const [first = '侨'] = Array.from(shortZh.trim());
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
  <circle cx="32" cy="32" r="31" fill="${primary}"/>
  <circle cx="32" cy="32" r="26" fill="none" stroke="#ffffff" stroke-width="2"/>
  <path d="M16 46c5 3.5 11 3.5 16 0s11-3.5 16 0" fill="none" stroke="#ffffff" stroke-width="2" stroke-linecap="round" opacity=".8"/>
  <text x="32" y="28" text-anchor="middle" dominant-baseline="central" font-family="'Noto Serif CJK SC','Source Han Serif SC','Songti SC',SimSun,'Noto Sans CJK SC',serif" font-size="22" font-weight="700" fill="#ffffff">${xml(first)}</text>
</svg>
`;
}

/**
 * Every file of the new site, as relative path → contents.
 * @param {{ id: string, nameZh: string, nameEn: string, shortZh: string, shortEn: string,
 *   primary: string, emblemColour?: string, basePath: string, siteKitRange: string,
 *   themeSchema?: string, now?: Date }} site
 */
export function siteFiles(site) {
  const { id, nameZh, nameEn, shortZh, shortEn, primary, basePath } = site;
  // The other schemas sit beside theme.schema.json; stats.json is two folders further down.
  const schema = (/** @type {string} */ name, up = '') =>
    site.themeSchema && {
      $schema: `${up}${site.themeSchema.replace(/theme\.schema\.json$/, name)}`,
    };
  const today = chinaDate(site.now);
  return {
    'package.json': json({
      name: `@qiaoxin-site/${id}`,
      version: '0.0.0',
      private: true,
      type: 'module',
      scripts: { build: 'qiaoxin-site build', dev: 'qiaoxin-site dev' },
      devDependencies: { '@qiaoxin/site-kit': site.siteKitRange },
    }),
    'site.config.json': json({
      ...schema('site.config.schema.json'),
      id,
      name: { zh: nameZh, en: nameEn },
      shortName: { zh: shortZh, en: shortEn },
      basePath,
      siteUrl: `https://www.example.org${basePath}`,
      logo: 'logo.svg',
      categories,
      nav: [
        { zh: '首页', en: 'Home', href: '/' },
        ...categories.map((c) => ({ zh: c.zh, en: c.en, href: `/${c.id}/` })),
        { zh: '简介', en: 'About', href: '/about/' },
      ],
      footer: {
        organiser: { zh: nameZh, en: nameEn },
        // Phone and email are left out until known: a placeholder there is not a tel: or
        // mailto: link, and the footer warns about it on every page.
        address: {
          zh: `地址、电话、电子邮箱${PLACEHOLDER}`,
          en: 'Address, phone and email to be filled in',
        },
        icp: `ICP备案号${PLACEHOLDER}`,
        police: `公网安备号${PLACEHOLDER}`,
        siteCode: PLACEHOLDER,
      },
      home: { stats: ['overview'] },
    }),
    'theme.json': json({
      ...(site.themeSchema && { $schema: site.themeSchema }),
      primary,
    }),
    // theme.json keeps the colour as written; the emblem gets plain hex, which every SVG reader knows.
    'logo.svg': logoSvg({ ...site, primary: site.emblemColour ?? primary }),
    'content/about.md': `---
title: 简介
lang: zh-CN
summary: ${yaml(`${nameZh}简介`)}
---

${nameZh}（简称${shortZh}）是……（${PLACEHOLDER}：组织性质、领导关系、成立时间）。

## 主要职能

（${PLACEHOLDER}：联系归侨侨眷和海外侨胞、维护侨益、服务发展等职能。）

## 组织机构

（${PLACEHOLDER}：领导班子、内设机构、基层侨联组织。）
`,
    'content/articles/welcome.md': `---
title: ${yaml(`${shortZh}网站开通`)}
published: ${yaml(today)}
author: 本站编辑
source: 本站原创
category: qldt
summary: ${yaml(`${nameZh}门户网站开通，设有侨联动态、通知公告和简介栏目。`)}
lang: zh-CN
---

${nameZh}门户网站今日开通。网站将及时发布侨联工作动态和通知公告，为广大归侨侨眷和海外侨胞提供信息服务。

## 栏目介绍

“侨联动态”报道侨联的工作和活动，“通知公告”发布通知和公告，“简介”介绍${shortZh}的职能和组织机构。

（示例文章：请替换或删除 content/articles/welcome.md。）
`,
    'content/data/stats.json': json({
      ...schema('stats.schema.json', '../../'),
      overview: {
        heading: { zh: '侨联概况', en: 'At a Glance' },
        items: [
          {
            value: 0,
            unit: { zh: '个', en: '' },
            label: {
              zh: `基层侨联组织（${PLACEHOLDER}）`,
              en: 'grassroots federations (to be filled in)',
            },
          },
          {
            value: 0,
            unit: { zh: '人', en: '' },
            label: {
              zh: `归侨侨眷（${PLACEHOLDER}）`,
              en: 'returned overseas Chinese and relatives (to be filled in)',
            },
          },
        ],
      },
    }),
  };
}
