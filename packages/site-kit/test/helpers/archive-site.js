// A copy of sites/jinshan given 25 articles across five years (and a page size of 5), for the
// archive and feed tests: yearly archives, year navigation, RSS feeds and sitemap.xml need years
// of articles and lists longer than a page.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildWithCli, copySite, edit } from './site-copy.js';

export const base = 'https://www.example.org/jinshan/';
export const editions = [
  ['', '侨联动态'],
  ['zh-hant/', '僑聯動態'],
  ['en/', 'Federation News'],
];

// qldt's articles, by year: 25 in all, so its feed is cut at 20 and a year fills two pages.
// '2022-01-01 07:00' in China is still 2021 in UTC: it belongs to 2022 all the same.
export const qldt = [
  ...Array.from({ length: 7 }, (_, i) => [`y2019-${i + 1}`, `2019-0${i + 1}-15`]),
  ...Array.from({ length: 9 }, (_, i) => [`y2020-${i + 1}`, `2020-0${i + 1}-10 09:00`]),
  ['y2021-1', '2021-03-01'],
  ['y2021-2', '2021-12-31 23:30'],
  ['y2022-new-year', '2022-01-01 07:00'],
  ['y2022-2', '2022-06-30'],
  ['y2023-1', '2023-02-01'],
  ['y2023-2', '2023-05-04'],
  ['y2023-3', '2023-08-08'],
  ['y2023-4', '2023-10-01'],
  ['y2023-5', '2023-11-11'],
];
/** The archive site, written to `parent/into`; its folder. */
export async function archiveSite(parent, into) {
  const dir = await copySite(join(parent, into));
  await edit(dir, 'site.config.json', (text) =>
    text.replace('"traditional": "hk"', '"traditional": "hk",\n  "pageSize": 5'),
  );
  for (const [slug, published] of qldt) {
    // Titles in simplified characters, with markup characters the feed must escape.
    const body = `侨联${slug}的报道。`;
    await writeFile(
      join(dir, 'content/articles', `${slug}.md`),
      `---\ntitle: 侨联活动 ${slug} <&>\npublished: '${published}'\ncategory: qldt\n${
        slug === 'y2023-5' ? 'summary: 国际侨联的年度总结\n' : ''
      }---\n\n${body}\n`,
    );
  }
  return dir;
}

/** The file a site URL is served from, in `out`. */
export const fileOfUrl = (url) => {
  assert.ok(url.startsWith(base), `${url} is absolute on the site's address`);
  const path = url.slice(base.length);
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
};

/** The archive site in `parent/site`, built with the CLI; its output folder. */
export async function builtArchiveSite(parent) {
  const dir = await archiveSite(parent, 'site');
  const built = await buildWithCli(dir);
  assert.equal(built.code, 0, built.stderr);
  return join(dir, 'dist');
}
